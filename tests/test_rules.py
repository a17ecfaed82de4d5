"""Each attribution rule of rhetoric.extract on its own: the quote rules (QUOTE_RULES) and the
sentence rules (SENTENCE_RULES), called directly on small texts written for the test."""
from pathlib import Path

import pytest

from rhetoric.actors import load_actors
from rhetoric.corpus import read_article
from rhetoric.extract import attribution as at
from rhetoric.extract import reported as rp
from rhetoric.extract.context import ArticleContext
from rhetoric.extract.stance import stance_toward

ROOT = Path(__file__).resolve().parents[1]
REG = load_actors(ROOT / "tests" / "unseen" / "actors.yml")


def context(tmp_path, body: str) -> ArticleContext:
    p = tmp_path / "r1.md"
    p.write_text(f"---\nid: r1\ntitle: t\noutlet: null\npublished: 2025-05-09\nlanguage: en\n---\n{body}\n",
                 encoding="utf-8")
    return ArticleContext(read_article(p), REG)


def first_quote(ctx: ArticleContext, rule, index: int = 0):
    """Apply ``rule`` alone to the quote ``index`` of the article (earlier quotes attributed by
    all the rules, as in the pipeline)."""
    for q in ctx.quotes[:index]:
        site = at.quote_site(ctx, q)
        stmt = next((s for r in at.QUOTE_RULES if (s := r(ctx, site)) is not None), None)
        if stmt is not None:
            ctx.statements.append(stmt)
            ctx.last_quote = (stmt, site.close)
    return rule(ctx, at.quote_site(ctx, ctx.quotes[index]))


def test_quote_rules_are_in_the_documented_order():
    assert [r.__name__ for r in at.QUOTE_RULES] == [
        "table_row", "blockquote", "after_quote", "dash_after", "note_under_numbered", "signature_after", "lemma_source", "next_part", "verb_before", "quoted_verb", "paren_after", "unnamed_group_before", "listed_in_text", "speech_noun_before", "item_head",
        "clip_note", "rendering", "caption_before", "label_after_speech", "colon_before", "label_lead", "entry_label", "text_of_the_one_who_spoke",
        "according_to", "source_tag", "added_after", "continuation", "joined_quote", "who_field", "named_before", "named_after",
        "bracketed_words", "section_voice", "titled_list", "document_owner"]
    assert [r.__name__ for r in rp.SENTENCE_RULES] == ["table_row", "reporting_verbs", "nouns_from", "according_to_sentence"]


def test_after_quote_takes_the_subject_of_the_verb_after_the_quote(tmp_path):
    ctx = context(tmp_path, '"Ankara is violating every UN resolution," Gerapetritis said.')
    stmt = first_quote(ctx, at.after_quote)
    assert stmt.speaker == "gerapetritis" and stmt.kind == "direct" and stmt.verb == "said"


def test_after_quote_takes_an_inverted_subject(tmp_path):
    ctx = context(tmp_path, '"Hamas threatens our citizens," said Netanyahu.')
    assert first_quote(ctx, at.after_quote).speaker == "netanyahu"


def test_after_quote_leaves_a_quote_inside_another_clause(tmp_path):
    ctx = context(tmp_path, 'The talks opened what some call a "golden era," observers say.')
    assert first_quote(ctx, at.after_quote) is None


def test_verb_before_takes_the_subject_of_the_verb_before_the_quote(tmp_path):
    ctx = context(tmp_path, 'Netanyahu said that "Hamas will pay a heavy price for this attack."')
    stmt = first_quote(ctx, at.verb_before)
    assert stmt.speaker == "netanyahu" and stmt.verb == "said"


def test_verb_before_stops_at_a_passive(tmp_path):
    ctx = context(tmp_path, 'The drones are known as "Skydagger" in Turkey.')
    assert first_quote(ctx, at.verb_before) is None


def test_unnamed_group_before_gives_the_words_of_many_to_the_group_quoted_nearby(tmp_path):
    ctx = context(tmp_path, '"We will fight on," Hamas said.\nIts leaders defended what many called "resistance."')
    stmt = first_quote(ctx, at.unnamed_group_before, 1)
    assert stmt is not None and stmt.speaker == "hamas" and stmt.kind == "partial"


def test_speech_noun_before_takes_the_owner_of_the_noun(tmp_path):
    ctx = context(tmp_path, 'Netanyahu repeated his claim that "Hamas started this war and will lose it."')
    stmt = first_quote(ctx, at.speech_noun_before)
    assert stmt is not None and stmt.speaker == "netanyahu"


def test_colon_before_takes_the_name_that_opens_the_sentence(tmp_path):
    ctx = context(tmp_path, "Orbán told state radio: “The bureaucrats in Brussels want to destroy our families.”")
    stmt = first_quote(ctx, at.colon_before)
    assert stmt.speaker == "orban" and stmt.kind == "direct"


def test_according_to_takes_the_name_after_it(tmp_path):
    ctx = context(tmp_path, 'The army "will not withdraw from the border area," according to Netanyahu.')
    assert first_quote(ctx, at.according_to).speaker == "netanyahu"


def test_continuation_gives_a_standalone_quote_to_the_previous_speaker(tmp_path):
    ctx = context(tmp_path, '"We have shown that cooperation works," Meloni said. "Others will follow."')
    stmt = first_quote(ctx, at.continuation, 1)
    assert stmt.speaker == "meloni" and stmt.inherit_from is not None


def test_continuation_goes_on_after_a_connective_and_a_colon(tmp_path):
    ctx = context(tmp_path, '"We will not be blackmailed by anyone," Tusk told the Sejm on Thursday. '
                            'And: "Hungary must choose between Brussels and Moscow."')
    stmt = first_quote(ctx, at.continuation, 1)
    assert stmt is not None and stmt.speaker == "tusk"


def test_a_topic_lead_with_a_colon_names_the_topic_and_the_voice_goes_on(tmp_path):
    # "On <actor>:" announces what the next words are about, not who says them (session 12)
    ctx = context(tmp_path, '"We will not be blackmailed by anyone," Tusk told the Sejm on Thursday.\n\n'
                            'On the Hungarian prime minister: "He has chosen Moscow over his allies."')
    assert first_quote(ctx, at.colon_before, 1) is None
    stmt = first_quote(ctx, at.continuation, 1)
    assert stmt is not None and stmt.speaker == "tusk" and stmt.primary == "orban"


def test_a_sequel_lead_after_a_timestamp_goes_on_with_the_voice_before(tmp_path):
    ctx = context(tmp_path, '**10:02** — "Brussels has waited long enough," Meloni says.\n\n'
                            '**10:05** — And a minute later: "Italy will not pay for the mistakes of others."')
    stmt = first_quote(ctx, at.continuation, 1)
    assert stmt is not None and stmt.speaker == "meloni" and stmt.primary is None


def test_a_colon_lead_with_a_verb_or_a_speaker_is_not_a_topic(tmp_path):
    ctx = context(tmp_path, '"We will not be blackmailed by anyone," Tusk said.\n\n'
                            'And Orbán, a day later: "Nobody blackmails Poland."')
    assert first_quote(ctx, at.colon_before, 1).speaker == "orban"
    assert first_quote(ctx, at.continuation, 1) is None


def test_a_quote_after_a_sentence_about_the_last_speaker_is_theirs(tmp_path):
    # session 12: "He presses on." says nothing of speech, but he is the voice the text follows
    ctx = context(tmp_path, '"Brussels has waited long enough," Meloni says.\n\n'
                            '**10:05** — She presses on. "Italy will not pay for the mistakes of others."')
    stmt = first_quote(ctx, at.named_before, 1)
    assert stmt is not None and stmt.speaker == "meloni"


def test_a_sentence_that_is_only_a_name_announces_the_quote_after_it(tmp_path):
    ctx = context(tmp_path, '"Brussels has waited long enough," Meloni says.\n\n'
                            'Orbán, in reply. "Hungary will decide for itself."')
    assert first_quote(ctx, at.named_before, 1).speaker == "orban"


def test_a_quote_after_a_sentence_about_someone_else_is_not_theirs(tmp_path):
    ctx = context(tmp_path, '"Brussels has waited long enough," Meloni says.\n\n'
                            'Orbán was jeered outside parliament. "Traitor!"')
    assert first_quote(ctx, at.named_before, 1) is None


@pytest.mark.parametrize("sentence", ['She said Orbán had praised Meloni, while Tusk was "lecturing everyone."',
                                      'Orbán had praised Meloni, Magyar wrote, whereas Tusk was "lecturing everyone."'])
def test_a_quote_that_is_another_subjects_predicate_is_not_the_inner_verbs(tmp_path, sentence):
    # session 12: "Orbán had praised …, while Tusk was “…”": the quote is told by whoever tells
    # the sentence (the first reporting verb), not by the subject of a verb inside what is told
    ctx = context(tmp_path, "Magyar answered on Monday. " + sentence)
    stmt = first_quote(ctx, at.verb_before)
    assert stmt is None or stmt.speaker == "magyar"


def test_continuation_needs_a_previous_quote_statement(tmp_path):
    ctx = context(tmp_path, '"Others will follow."')
    assert first_quote(ctx, at.continuation) is None


def sentence_rule(ctx: ArticleContext, rule, si: int = 0):
    at.quote_statements(ctx)
    claimed = [(*s.claimed(), s) for s in ctx.statements if s.sent_lo <= si <= s.sent_hi]
    return rule(ctx, si, claimed, [])


def test_reporting_verbs_open_a_statement_to_the_end_of_the_clause(tmp_path):
    ctx = context(tmp_path, "Gerapetritis accused Turkey of violating Greek airspace, but the talks went on.")
    (stmt,) = sentence_rule(ctx, rp.reporting_verbs)
    assert stmt.speaker == "gerapetritis" and ctx.body[stmt.start:stmt.end].endswith("Greek airspace")


def test_reporting_verbs_skip_verbs_inside_a_quote_statement(tmp_path):
    ctx = context(tmp_path, '"They accused us of everything," Netanyahu said.')
    assert [s.verb for s in sentence_rule(ctx, rp.reporting_verbs)] == []


def test_nouns_from_give_a_statement_to_each_actor_listed(tmp_path):
    ctx = context(tmp_path, "Israel pressed on with the operation despite objections from the EU and the United States.")
    found = sentence_rule(ctx, rp.nouns_from)
    assert [s.speaker for s in found] == ["eu", "united_states"]
    assert {s.nominal_target for s in found} == {("israel", -1)}


def test_according_to_sentence_makes_the_sentence_a_statement(tmp_path):
    ctx = context(tmp_path, "Egypt will host new talks next week, according to Badr Abdelatty.")
    (stmt,) = sentence_rule(ctx, rp.according_to_sentence)
    assert stmt.speaker == "abdelatty" and stmt.verb == "according to"


def test_authorial_statements_are_sentences_that_evaluate_an_actor(tmp_path):
    ctx = context(tmp_path, "Hamas brutally violated the ceasefire.\nThe weather was mild.")
    found = rp.authorial_statements(ctx, set())
    assert [s.speaker for s in found] == ["author"] and found[0].fixed_targets.get("hamas", 0) < 0


def test_after_quote_passes_over_a_title_before_the_name(tmp_path):
    ctx = context(tmp_path, '"We will not accept this," Greek Foreign Minister Giorgos Gerapetritis told reporters.')
    assert first_quote(ctx, at.after_quote).speaker == "gerapetritis"


def test_after_quote_takes_a_name_followed_by_an_appositive(tmp_path):
    ctx = context(tmp_path, '"This is a dangerous step," Ana Kovač, a researcher at a Zagreb institute, said.')
    assert first_quote(ctx, at.after_quote).speaker == "Ana Kovač"


def test_after_quote_gives_it_to_the_organisation_named_before(tmp_path):
    ctx = context(tmp_path, 'The United Nations answered at once. "The talks must resume," it said.')
    assert first_quote(ctx, at.after_quote).speaker == "un"


def test_named_before_takes_the_speaker_of_the_sentence_before_the_quote(tmp_path):
    ctx = context(tmp_path, 'Orbán insisted he had done nothing wrong. "We defend our borders and nothing else."')
    stmt = first_quote(ctx, at.named_before)
    assert stmt.speaker == "orban" and stmt.kind == "direct"


def test_named_after_takes_the_subject_of_the_next_paragraph(tmp_path):
    ctx = context(tmp_path, 'ATHENS, March 11 (wire) - "Ankara is once again trying to impose its will on Cyprus."\n'
                            'Greek Foreign Minister Giorgos Gerapetritis wrote those words on X late on Monday.')
    stmt = first_quote(ctx, at.named_after)
    assert stmt.speaker == "gerapetritis"
    assert ctx.body[slice(*stmt.date_zone[0])].startswith("Greek Foreign Minister")


def test_named_after_needs_the_next_sentence_to_point_back(tmp_path):
    ctx = context(tmp_path, '"Ankara is once again trying to impose its will on Cyprus."\nGerapetritis flew to Nicosia.')
    assert first_quote(ctx, at.named_after) is None


def test_a_relative_clause_gives_the_speaker_of_its_verb(tmp_path):
    ctx = context(tmp_path, "The foreign minister, Giorgos Gerapetritis, who on Monday accused Turkey of provocation, "
                            "left for Brussels.")
    found = sentence_rule(ctx, rp.reporting_verbs)
    assert [s.speaker for s in found] == ["gerapetritis"]


def test_an_unnamed_official_of_an_organisation_speaks_for_it(tmp_path):
    ctx = context(tmp_path, "A NATO official, speaking on condition of anonymity, praised Finland as a reliable ally.")
    assert [s.speaker for s in sentence_rule(ctx, rp.reporting_verbs)] == ["nato"]


def test_a_person_in_apposition_to_a_possessive_is_the_subject_of_a_participle(tmp_path):
    ctx = context(tmp_path, "Hungary's prime minister, Viktor Orbán, changed his tone a day after accusing Brussels "
                            "of blackmail.")
    assert [s.speaker for s in sentence_rule(ctx, rp.reporting_verbs)] == ["orban"]


def test_a_progressive_verb_reports_speech(tmp_path):
    ctx = context(tmp_path, "By Friday afternoon Orbán was describing the European Union as a partner.")
    assert [s.speaker for s in sentence_rule(ctx, rp.reporting_verbs)] == ["orban"]


@pytest.mark.parametrize("body", [
    "Ankara did not respond to a request for comment.",
    "Netanyahu declined to say what Israel would do next.",
    "Orbán has yet to respond to the accusations.",
    "Had Ankara answered, Athens would have welcomed it.",
    "The ministry never publicly commented on the report.",
])
def test_absences_and_imagined_speech_are_not_statements(tmp_path, body):
    ctx = context(tmp_path, body)
    assert sentence_rule(ctx, rp.reporting_verbs) == []


def test_a_verb_form_after_a_determiner_is_a_noun(tmp_path):
    ctx = context(tmp_path, "The drones are a warning that the region could ignite.")
    assert sentence_rule(ctx, rp.reporting_verbs) == []


def rows_of(tmp_path, body: str, published: str = "2025-05-09", authorial: bool = False) -> list[dict]:
    """The statements of ``body`` (registry: tests/unseen), the article's own ones only with ``authorial``."""
    p = tmp_path / "r2.md"
    p.write_text(f"---\nid: r2\ntitle: t\noutlet: null\npublished: {published}\nlanguage: en\n---\n{body}\n",
                 encoding="utf-8")
    from rhetoric.extract.statements import extract_article

    return [r for r in extract_article(read_article(p), REG) if authorial or r["kind"] != "authorial"]


def test_the_speakers_own_state_is_not_the_target_when_another_actor_is_named(tmp_path):
    rows = rows_of(tmp_path, '"Kenya will keep its officers in Haiti until order returns," Ruto said.')
    assert [r["target"] for r in rows] == ["haiti"]


def test_the_speakers_own_side_is_the_target_when_nobody_else_is_named(tmp_path):
    rows = rows_of(tmp_path, "Finnish Foreign Minister Elina Valtonen stressed Finland's sovereign right to defend "
                             "its borders.")
    assert [(r["target"], r["stance"] > 0) for r in rows] == [("finland", True)]


def test_a_statement_that_names_nobody_is_about_the_actor_of_its_context(tmp_path):
    body = ("Orbán answered the European Commission within hours.\n"
            '"This is enough now. No more pressure, no more blackmail," he said.')
    rows = rows_of(tmp_path, body)
    assert [r["target"] for r in rows] == ["commission"]


def test_a_reply_that_names_nobody_is_about_the_side_the_article_names_most(tmp_path):
    # the actor named just before (Merz, the host) is a bystander; the article is about Hungary
    body = ("Hungary and Poland traded barbs over grain all week. Warsaw accused Budapest of breaking "
            "the rules of the single market, and Orbán answered that Poland was lying.\n"
            "On Friday Tusk flew to Berlin for talks with Merz.\n"
            '"Enough. This has to stop," Tusk told reporters there.')
    rows = [r for r in rows_of(tmp_path, body) if r["speaker"] == "tusk"]
    assert [r["target"] for r in rows] == ["hungary"]


def test_of_the_actors_a_statement_names_without_a_cue_the_article_s_counterpart_is_the_target(tmp_path):
    # Ukraine is named first; the quarrel the article reports is with Hungary
    body = ("Poland and Hungary have quarrelled for weeks over Orbán's veto. Hungary blocked the aid "
            "package again on Monday.\n"
            '"Ukraine will get its money, and Budapest will have to explain itself," Tusk said.')
    assert [r["target"] for r in rows_of(tmp_path, body)] == ["hungary"]


@pytest.mark.parametrize("body, praised", [
    ('"Greece and Italy are loyal partners of the European Union," Tusk said.', ["greece", "italy"]),
    ('"Norway remains one of the closest allies of Japan," Tusk said.', ["norway"]),
])
def test_praise_as_a_partner_or_member_of_y_is_for_the_partner_not_y(tmp_path, body, praised):
    rows = rows_of(tmp_path, body)
    assert [r["target"] for r in rows if r["stance"] > 0] == praised


def test_a_wish_for_reconciliation_is_a_statement_toward_the_other_side(tmp_path):
    # without the cue, a neutral verb and no stance word made it an attributed fact
    body = ("Tusk spoke after the summit. Poland, he added, wished to turn the page on the current "
            "tensions with Hungary.")
    assert [(r["speaker"], r["target"], r["stance"]) for r in rows_of(tmp_path, body)] == [("tusk", "hungary", 1)]


def test_the_official_after_an_unnamed_official_of_an_organisation_is_that_organisation(tmp_path):
    body = ("A Commission official, speaking on condition of anonymity, spoke to reporters on Monday. "
            'The official’s verdict on Budapest was blunt: "Hungary is blackmailing the whole union."')
    assert [(r["speaker"], r["target"]) for r in rows_of(tmp_path, body)] == [("commission", "hungary")]


def test_a_name_in_apposition_to_a_title_is_the_speaker_behind_an_auxiliary(tmp_path):
    # "the Kremlin chief of staff, Dmitry Peskov, had asked": Peskov, not the Kremlin (Russia)
    body = ('Earlier this month the Kremlin chief of staff, Dmitry Peskov, had asked on television: '
            '"By what right does Finland host these troops?"')
    assert [(r["speaker"], r["target"]) for r in rows_of(tmp_path, body)] == [("peskov", "finland")]


def test_a_quote_that_declines_to_comment_is_no_statement_unless_it_judges(tmp_path):
    assert rows_of(tmp_path, '"We will not comment on what Hungary may decide next week," Sikorski said.') == []
    body = '"I won\'t speculate about Hungary, but its veto is a disgrace," Sikorski said.'
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["sikorski"]


def test_a_verdict_after_a_copula_is_on_its_subject_not_on_the_nearer_name_after_it(tmp_path):
    body = '"Meloni is a truly wise leader, Italy is one of our closest partners," Rama said.'
    scores = {r["target"]: r["stance"] for r in rows_of(tmp_path, body)}
    assert scores.get("meloni", 0) > 0 and scores.get("italy", 0) > 0


def test_our_army_in_a_quote_is_the_speakers_armed_force(tmp_path):
    # Russia, named in the paragraph before, is not what a minister's words about her army are about
    body = ("Russia has massed troops near the border for weeks.\n"
            '"We are giving our army the air defence it has long needed," Lithuania said.')
    assert [r["target"] for r in rows_of(tmp_path, body)] == ["lithuanian_armed_forces"]


@pytest.mark.parametrize("quote, force", [
    ("The new air-defence systems help us build a modern and capable military", "lithuanian_armed_forces"),
    ("They are building a modern and capable military", None)])
def test_building_up_a_force_told_by_its_own_side_is_about_that_force(tmp_path, quote, force):
    # session 12: no "our army", but the speaker tells of building a force: the speaker's own
    body = f'Russia has massed troops near the border for weeks.\n"{quote}," Lithuania said.'
    targets = [r["target"] for r in rows_of(tmp_path, body)]
    assert (force in targets) if force else ("lithuanian_armed_forces" not in targets)


def test_the_polarity_lexicon_signs_a_target_no_cue_reaches(tmp_path):
    body = '"Cyprus has been unfair to us for decades," Gerapetritis said, in a rare rebuke.'
    rows = rows_of(tmp_path, body)
    assert [(r["target"], r["stance"]) for r in rows] == [("cyprus", -1)]


def test_a_word_of_blame_outweighs_the_courtesy_words_around_it(tmp_path):
    # "privileges" and "granted" are praise words in VADER's ratings; "exploited"
    # is blame, and counts twice (rhetoric.extract.polarity)
    body = ('Greek officials said that Cyprus had exploited "the privileges granted to its '
            'embassy".')
    rows = rows_of(tmp_path, body)
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("cyprus", True)]


def test_a_word_of_blame_that_vader_lacks_comes_from_the_general_inquirer(tmp_path):
    # "repudiating": not in VADER's lexicon; the Harvard General Inquirer's "repudiate" is negative
    body = '"Hungary keeps repudiating the agreements it signed," Sikorski said.'
    rows = rows_of(tmp_path, body)
    assert [(r["target"], r["stance"]) for r in rows] == [("hungary", -1)]


def test_the_general_inquirer_is_read_as_its_csv_reader_reads_it():
    import csv

    from rhetoric.extract import polarity

    path = polarity.general_inquirer_path()
    with path.open(encoding="utf-8", newline="") as f:
        expected = [(r["Entry"], r["Positiv"], r["Negativ"]) for r in csv.DictReader(f)]
    assert polarity.general_inquirer_rows(path.read_text(encoding="utf-8")) == expected
    assert len(polarity.blame_words()) > 1500
    # a word with a neutral sense ("foreign" minister) is not blame; one negative in every sense is
    assert "foreign" not in polarity.blame_words() and "interference" in polarity.blame_words()


@pytest.mark.parametrize("body", ['"That is a matter for the United Nations," Tusk said.',
                                  '"The United Nations will decide in March," Tusk said.'])
def test_a_polar_word_inside_a_name_is_no_evaluation(tmp_path, body):
    # VADER rates "united" +1.8; capitalised inside a sentence, it is part of a name
    assert [(r["target"], r["stance"]) for r in rows_of(tmp_path, body)] == [("un", 0)]


def test_the_wider_lexicon_does_not_make_an_attributed_fact_a_statement(tmp_path):
    # "delayed" is negative only in the General Inquirer: the fact test reads VADER's words
    body = "Warsaw said the shipment of grain to Ukraine had been delayed."
    assert rows_of(tmp_path, body) == []


def test_an_act_condemned_is_the_doers_and_one_step_milder_for_the_one_it_is_done_to(tmp_path):
    body = ('"Russia\'s sale of rockets to Turkey is a flagrant provocation," Gerapetritis said.')
    rows = {r["target"]: r["stance"] for r in rows_of(tmp_path, body)}
    assert rows.get("russia") == -2 and rows.get("turkey") == -1


def test_you_in_a_quote_is_whom_the_quote_itself_says_it_is_addressed_to(tmp_path):
    body = ('Orbán spoke to the European Commission on Friday.\n'
            '"My word to Berlin is plain: you have failed Europe," Tusk said.')
    assert [(r["target"], r["stance"]) for r in rows_of(tmp_path, body)] == [("germany", -1)]


def test_the_receiver_of_an_act_is_not_the_target_when_no_cue_decides(tmp_path):
    # the codebook: the victim of an act is not thereby its target; "against Ukraine" names the
    # receiver, Moscow runs the campaign
    rows = rows_of(tmp_path, '"This campaign against Ukraine is run from Moscow," Tusk said.')
    assert [r["target"] for r in rows] == ["russia"]


def test_a_person_named_by_role_in_reported_speech_is_the_target(tmp_path):
    body = "Nicosia on Friday blamed the Greek foreign minister for the collapse of the talks."
    rows = rows_of(tmp_path, body)
    assert [(r["speaker"], r["target"], r["stance"] < 0) for r in rows] == [("cyprus", "gerapetritis", True)]


def test_a_person_named_by_role_of_a_state_in_a_quote_is_the_target_not_the_state(tmp_path):
    body = '"The remarks of the prime minister of Hungary are reckless," Tusk said.'
    rows = rows_of(tmp_path, body)
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("orban", True)]


def test_a_date_between_the_verb_and_a_partial_quote_dates_it(tmp_path):
    body = "Szijjártó wrote late on Tuesday that Warsaw had shown “utter contempt for its neighbours”."
    assert [(r["speaker"], r["said_on"]) for r in rows_of(tmp_path, body)] == [("szijjarto", "2025-05-06")]


@pytest.mark.parametrize("when", ["on Thursday", "late on Thursday", "last week", "earlier this month", "on 8 May"])
def test_a_time_adverbial_between_subject_and_verb_keeps_the_subject_the_speaker(tmp_path, when):
    rows = rows_of(tmp_path, f"Greece {when} accused Turkey of repeated provocations in the Aegean.")
    assert [(r["speaker"], r["target"], r["kind"]) for r in rows] == [("greece", "turkey", "reported")]


def test_the_articles_own_voice_that_reports_an_act_is_not_an_authorial_claim(tmp_path):
    from rhetoric.extract.statements import extract_article

    p = tmp_path / "r4.md"
    p.write_text("---\nid: r4\ntitle: t\noutlet: null\npublished: 2025-05-09\nlanguage: en\n---\n"
                 "Ruto renewed the accusation during a visit to Nairobi's port.\n"
                 "It was the harshest language yet about Hungary, a long-standing ally.\n"
                 "The hypocrisy of Hungary's position is plain to see.\n", encoding="utf-8")
    rows = [r for r in extract_article(read_article(p), REG) if r["kind"] == "authorial"]
    assert [(r["target"], r["stance"] < 0, r["quote"][:15]) for r in rows] == [("hungary", True, "The hypocrisy o")]


def test_a_relative_clause_is_a_statement_of_its_own_and_its_subject_speaks_the_main_verb(tmp_path):
    body = ("Sikorski, who on Tuesday called the Hungarian decision shameful in a radio interview, "
            "insisted that talks with Budapest would go on.")
    rows = rows_of(tmp_path, body)
    assert [(r["speaker"], r["quote"][:20]) for r in rows] == [("sikorski", "called the Hungarian"),
                                                              ("sikorski", "insisted that talks ")]
    assert (rows[0]["target"], rows[0]["stance"] < 0) == ("hungary", True)  # "the Hungarian decision"


def test_a_relative_clause_after_a_quote_does_not_give_its_stance(tmp_path):
    body = ('Ruto said that "Kenyan officers trained the Haitian police for months," which critics describe '
            'as a reckless and shameful adventure.')
    rows = rows_of(tmp_path, body)
    assert rows and all(r["stance"] >= 0 for r in rows if r["speaker"] == "ruto")


def test_the_answers_of_a_transcript_are_the_interviewees_and_the_questions_nobodys(tmp_path):
    from rhetoric.extract.statements import extract_article

    p = tmp_path / "r3.md"
    p.write_text("---\nid: r3\ntitle: \"Transcript: Giorgos Gerapetritis on Cyprus\"\noutlet: null\n"
                 "published: 2025-05-09\nlanguage: en\n---\n"
                 "Greece's foreign minister gave an interview to state radio today.\n\n"
                 "Q: Is Turkey behaving like a bully?\n\n"
                 "A: Turkey is undermining every effort at peace in Cyprus. We will not accept it.\n\n"
                 "**Q:** And the talks?\n\n"
                 "**A:** The talks are dead as long as Ankara insists on two states.\n", encoding="utf-8")
    rows = extract_article(read_article(p), REG)
    assert {r["speaker"] for r in rows} == {"gerapetritis"}
    assert not any("bully" in r["quote"] for r in rows)  # a question is nobody's statement
    assert any("undermining" in r["quote"] and r["target"] == "turkey" and r["stance"] < 0 for r in rows)
    assert all(r["said_on"] == "2025-05-09" and r["channel"] == "interview" for r in rows)


def test_a_cue_in_a_quote_that_names_no_one_is_about_the_target_from_the_context(tmp_path):
    # Hungary is the target from the paragraph before; "blackmail" is the verdict on it, whatever
    # the praise words of the union around it say (the lexicon reads those only when no cue does)
    body = ("Hungary vetoed the sanctions package again on Monday, the third time this year.\n"
            '"Such blackmail has no place in a proud, generous and successful union," Tusk said.')
    assert [(r["target"], r["stance"] < 0) for r in rows_of(tmp_path, body)] == [("hungary", True)]


@pytest.mark.parametrize("body", ['"That is no way to treat a loyal friend and partner," Tusk said of Hungary.',
                                  '"This is not how one treats the allies who stood by you," Tusk told Hungary.'])
def test_a_reproach_frame_makes_the_praise_words_after_it_a_rebuke(tmp_path, body):
    # "friend", "partner", "allies" name what the target failed to respect: a reproach
    assert [(r["target"], r["stance"] < 0) for r in rows_of(tmp_path, body)] == [("hungary", True)]


@pytest.mark.parametrize("body", ['"Frankly, it makes no sense for Hungary to block the aid again," Tusk said.',
                                  '"Hungary has ignored its obligations as a member to respect the court," Tusk said.',
                                  '"Hungary is persona non grata here," Tusk said.'])
def test_charges_in_plain_words_are_hostile(tmp_path, body):
    # "makes no sense", ignoring one's obligations (whatever the obligation's words: "respect"),
    # declaring someone persona non grata
    assert [(r["target"], r["stance"] < 0) for r in rows_of(tmp_path, body)] == [("hungary", True)]


def test_the_same_day_in_the_paragraph_of_a_quote_counts_from_the_paragraph_before(tmp_path):
    # "the same day" is Monday (the paragraph before), and the sentence tells the occasion
    body = ("On Monday, Orbán vetoed the package once more.\n"
            "Speaking to reporters in Brussels the same day, Tusk reached for a blunt word. "
            '"Hungary is blackmailing the whole union," he said.')
    assert [(r["speaker"], r["said_on"]) for r in rows_of(tmp_path, body)] == [("tusk", "2025-05-05")]


def test_a_quote_in_which_the_speaker_only_says_what_it_is_is_no_statement(tmp_path):
    # the codebook: a self-description with no target but the speaker; with a cue or a
    # negation it says something of the other side, and stays
    body = ("Hungary blocked the aid package for a third time on Monday.\n"
            '"We are a patient union of twenty-seven democracies," Tusk said.')
    assert rows_of(tmp_path, body) == []
    body = ("Hungary blocked the aid package for a third time on Monday.\n"
            '"We are a patient union, not a hostage," Tusk said.')
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["tusk"]


def test_the_actor_before_a_parenthetical_attribution_is_what_the_quote_goes_on_about(tmp_path):
    # "Orbán, Tusk told reporters, had been “…”": Orbán is the subject of the quoted predicate
    body = 'Orbán, Tusk told reporters, had been "quietly sabotaging every decision of the council."'
    assert [(r["speaker"], r["target"], r["stance"] < 0) for r in rows_of(tmp_path, body)] == [("tusk", "orban", True)]


def test_a_word_of_relation_inside_a_name_is_no_praise_but_a_label_inside_one_counts():
    from rhetoric.extract import stance as st

    text = "We will raise it with the alliance next week."
    span = (text.index("the alliance"), text.index(" next"))
    assert st.stance_toward(text, {"nato": [span]}, None, names=[span]) == {"nato": 0}
    assert st.stance_toward(text, {"nato": [span]}, None) == {"nato": 1}  # read as praise without the name
    text = "They shield the Tamil terrorists."
    span = (text.index("the Tamil"), len(text) - 1)
    assert st.stance_toward(text, {"ltte": [span]}, None, names=[span])["ltte"] < 0


def test_the_subject_of_a_participle_is_past_a_subordinate_clause_that_opens_the_sentence(tmp_path):
    # "After Orbán vetoed …, the Commission froze …, citing": the Commission cites, not Orbán
    body = ('After Orbán vetoed the package on Monday, the Commission froze the funds for Hungary, '
            'citing "systematic breaches of the rule of law".')
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["commission"]


def test_a_target_from_the_context_takes_no_cue_that_reaches_another_actor_named(tmp_path):
    from rhetoric.extract.targets import stance_toward

    body = '"Finland stood by us as a true friend; the veto is reckless," Tusk said.'
    ctx = context(tmp_path, body)
    lo, hi = 0, len(ctx.body)
    scores = stance_toward(ctx, lo, hi, [], None, unnamed="hungary", speaker="tusk")
    # "friend" is Finland's; only "reckless" reaches Hungary, which the quote does not name
    assert scores["hungary"] == -2 and scores["finland"] > 0


@pytest.mark.parametrize("body, sign", [('"The two brothers from Budapest were released on Friday," Tusk told Hungary.', 0),
                                        ('"Hungary and Poland are brother nations," Tusk said.', 1)])
def test_brothers_are_praise_only_as_a_figure_of_kinship_between_nations(tmp_path, body, sign):
    rows = rows_of(tmp_path, body)
    assert [(r["target"], (r["stance"] > 0) - (r["stance"] < 0)) for r in rows] == [("hungary", sign)]


def test_no_more_before_a_hostile_act_is_a_demand_to_stop_it_not_praise(tmp_path):
    body = ('Hungary vetoed the aid package again on Monday.\n'
            '"No more vetoes, no more blackmail of our union," Tusk said.')
    assert [(r["target"], r["stance"] < 0) for r in rows_of(tmp_path, body)] == [("hungary", True)]


@pytest.mark.parametrize("body", ['"We are ready to work together with Budapest on the budget," Tusk said.',
                                  '"I believe Hungary and Poland have turned a new page," Tusk said.'])
def test_the_wish_to_work_with_someone_and_a_new_page_are_conciliatory(tmp_path, body):
    assert [(r["target"], r["stance"] > 0) for r in rows_of(tmp_path, body)] == [("hungary", True)]


def test_a_statement_inside_a_relative_clause_ends_with_the_clause(tmp_path):
    # "was furious and disgusted" is the main clause's, said of Tusk now, not of Hungary then
    body = 'Tusk, who last year had called Hungary "a reliable partner", was furious and disgusted on Friday.'
    assert [(r["target"], r["stance"] > 0) for r in rows_of(tmp_path, body)] == [("hungary", True)]


@pytest.mark.parametrize("body, target, sign", [
    ('"Berlin was right to send the tanks, and it was right on the sanctions too," Tusk said.', "germany", 1),
    ('"Hungary is solely responsible for the collapse of the talks," Tusk said.', "hungary", -1),
    ("Tusk said Hungary had been plainly wrong about the aid.", "hungary", -1)])
def test_right_wrong_and_responsibility_for_a_harm_are_verdicts(tmp_path, body, target, sign):
    rows = rows_of(tmp_path, body)
    assert [(r["target"], (r["stance"] > 0) - (r["stance"] < 0)) for r in rows] == [(target, sign)]


@pytest.mark.parametrize("body, sign", [('"Berlin has openly backed the illegal blockade of our ports," Tusk said.', -1),
                                        ('"Berlin has backed an end to the blockade," Tusk said.', 1)])
def test_backing_a_harm_is_the_backers_fault_backing_its_end_is_not(tmp_path, body, sign):
    rows = rows_of(tmp_path, body)
    assert [(r["target"], (r["stance"] > 0) - (r["stance"] < 0)) for r in rows] == [("germany", sign)]


def test_the_outlet_a_speaker_told_is_never_the_target_of_what_was_told(tmp_path):
    rows = rows_of(tmp_path, 'Lin Jian told Xinhua the decision was "arrogant and reckless".')
    assert [r["target"] for r in rows] == [""]


@pytest.mark.parametrize("second, target", [("Read my speech, and stop listening to the Prime Minister of Italy.", "meloni"),
                                            ("I asked Rome to stop it.", "hungary")])
def test_a_continuation_that_names_someone_new_is_about_them_unless_it_points_back(tmp_path, second, target):
    body = f'"Hungary is blackmailing the whole union," Tusk said. And: "{second}"'
    assert target in [r["target"] for r in rows_of(tmp_path, body)[1:]]


@pytest.mark.parametrize("body", ["Tusk may argue that Hungary is blackmailing the union.",
                                  "It is unclear whether Tusk will condemn Hungary.",
                                  "Tusk did not say whether he blamed Hungary for the collapse.",
                                  "Tusk did not say that Hungary is blackmailing the union."])
def test_speech_asked_about_supposed_or_denied_is_nobodys_statement_not_even_the_authors(tmp_path, body):
    # an indirect question ("whether he blamed"), a modal ("may argue") or a negation: no one
    # said it, and the verdict words in it are not the article's own either
    assert rows_of(tmp_path, body) == []


@pytest.mark.parametrize("body", ['In a post on X, Tusk called the Hungarian veto "a disgrace".',
                                  'Tusk, speaking to reporters in Brussels, said the Hungarian veto was "a disgrace".'])
def test_a_states_act_named_by_its_demonym_is_that_state_and_a_place_is_no_receiver(tmp_path, body):
    # "the Hungarian veto": Hungary's act; "to reporters in Brussels": where he spoke, not the EU
    assert [(r["target"], r["stance"] < 0) for r in rows_of(tmp_path, body)] == [("hungary", True)]


@pytest.mark.parametrize("line", ['"Hungary is blackmailing the union." — Donald Tusk, on X',
                                  '“Hungary is blackmailing the union,” – Polish Prime Minister Donald Tusk'])
def test_dash_after_gives_a_quote_to_the_name_after_a_dash(tmp_path, line):
    ctx = context(tmp_path, "Budapest vetoed the package again on Monday.\n" + line)
    stmt = first_quote(ctx, at.dash_after)
    assert stmt is not None and stmt.speaker == "tusk" and stmt.kind == "direct"


def test_dash_after_leaves_a_dash_that_goes_on_with_the_sentence(tmp_path):
    ctx = context(tmp_path, 'The "reset" — Tusk called it a slogan — did not last.')
    assert first_quote(ctx, at.dash_after) is None


def test_a_short_line_with_a_quote_attributed_after_a_dash_is_text_not_a_heading():
    from rhetoric.corpus import passages

    body = "Reactions\n“We will not be blackmailed” — Donald Tusk\n‘We cannot negotiate about our sovereignty’"
    assert [p.kind for p in passages(body)] == ["heading", "text", "heading"]


def test_the_leader_of_a_state_is_its_head_of_government_before_an_opposition_leader(tmp_path):
    # the registry has Orbán (Prime Minister of Hungary) and Magyar (Opposition leader in Hungary)
    rows = rows_of(tmp_path, 'The Hungarian leader hit back: "Poland is a hypocrite."')
    assert [(r["speaker"], r["target"]) for r in rows] == [("orban", "poland")]


def test_this_move_is_the_other_sides_not_the_speakers_own_state(tmp_path):
    body = 'Budapest vetoed the aid package on Monday. Tusk said Warsaw "strongly condemns this move".'
    assert [(r["target"], r["stance"] < 0) for r in rows_of(tmp_path, body)] == [("hungary", True)]


@pytest.mark.parametrize("after", ["That was Tusk's verdict on Friday.", "Those were the words of Tusk on Friday.",
                                   "That was how Tusk greeted the news on Friday."])
def test_named_after_takes_the_speaker_of_a_sentence_that_says_what_the_quote_was(tmp_path, after):
    ctx = context(tmp_path, f'"Hungary is blackmailing the union."\n{after}')
    stmt = first_quote(ctx, at.named_after)
    assert stmt is not None and stmt.speaker == "tusk"


@pytest.mark.parametrize("body, target", [('"Budapest keeps lecturing us about democracy," Tusk said.', "hungary"),
                                          ('"Poland should mind its own business," Orbán said.', "poland")])
def test_lecturing_and_mind_your_own_business_are_rebukes(tmp_path, body, target):
    assert [(r["target"], r["stance"] < 0) for r in rows_of(tmp_path, body)] == [(target, True)]


@pytest.mark.parametrize("body, target", [('"The Hungarian-led blockade is reckless," Tusk said.', "hungary"),
                                          ('"The Chinese-made missiles are a threat," Tusk said of Hungary.', "hungary")])
def test_a_state_that_leads_or_backs_something_is_named_by_its_demonym_a_maker_is_not(tmp_path, body, target):
    # "Hungarian-led": Hungary does it; "Chinese-made": where a product comes from, a bystander
    assert [r["target"] for r in rows_of(tmp_path, body)] == [target]


def test_praise_of_a_country_said_of_its_leader_is_also_praise_of_the_state(tmp_path):
    rows = rows_of(tmp_path, '"Orbán is a wise statesman who leads a successful country," Tusk said.')
    assert {(r["target"], r["stance"] > 0) for r in rows} == {("orban", True), ("hungary", True)}
    # another state named: the country is that one, or the speaker's own, not the leader's
    rows = rows_of(tmp_path, '"Orbán is a wise statesman, but Poland is a successful country too," Tusk said.')
    assert "hungary" not in {r["target"] for r in rows}


@pytest.mark.parametrize("body, quote", [
    ("\"Some in Brussels keep telling us 'Poland is the problem, Warsaw must give in now'\", Tusk said.",
     "Some in Brussels keep telling us"),
    ("“My critics wrote that ‘Orbán has betrayed every ally we have’,” Orbán said.", "My critics wrote that"),
])
def test_others_words_at_the_end_of_a_quote_are_not_the_speakers(tmp_path, body, quote):
    # the speaker reports what others say: the statement stops before it, its stance does not
    # read it (these nested words are hostile; the speaker's own are neutral), its target stays
    rows = rows_of(tmp_path, body)
    assert [r["quote"] for r in rows] == [quote] and all(r["stance"] == 0 for r in rows)


@pytest.mark.parametrize("body", [
    "\"Hungary calls it a 'peace mission', but it is a veto on our aid,\" Tusk said.",  # a term in scare quotes
    "\"People told me 'Poland will never give in to threats', and they were right,\" Tusk said.",  # words go on
])
def test_a_nested_term_or_a_nested_quote_the_speaker_goes_on_from_stays_in(tmp_path, body):
    assert [r["quote"] for r in rows_of(tmp_path, body)][0].rstrip(",").endswith(("aid", "right"))


@pytest.mark.parametrize("body", [
    '"We call on Budapest to respect the agreement and show good faith," Tusk said.',
    '"I hope that Hungary will honour its commitments," Tusk said.',
    '"We expect Orbán to keep his word," Tusk said.',
])
def test_an_appeal_is_the_act_asked_for_not_praise_of_the_addressee(tmp_path, body):
    # (no praise; a demand put on someone, "We expect Orbán to …", is hostile as the codebook codes
    # demands: session 26)
    assert [r["stance"] <= 0 for r in rows_of(tmp_path, body)] == [True]


@pytest.mark.parametrize("body", [
    '"We wish to turn the page with Hungary," Tusk said.',  # the speaker's own wish
    '"Orbán is a great leader and I want to thank him," Tusk said.',  # praise before the wish
])
def test_the_speakers_own_wish_is_not_an_appeal(tmp_path, body):
    assert [r["stance"] > 0 for r in rows_of(tmp_path, body)] == [True]


def test_a_quote_that_speaks_to_an_actor_as_you_is_about_them(tmp_path):
    # a reply: "you" is the one answered, named by the text (not only the article's most named)
    body = ('Orbán spoke first: "Poland must choose." Tusk answered: "We do not know what Brussels plans. '
            'We hope that you will keep your promises."')
    assert [(r["speaker"], r["target"]) for r in rows_of(tmp_path, body)][-1] == ("tusk", "orban")
    # "you" guessed from whom the article names most is not enough to choose it
    body = 'Tusk complained to journalists: "Do you know what they did in Brussels? Nobody told us."'
    rows = rows_of(tmp_path, "Orbán came. Orbán left. " + body)
    assert rows and "orban" not in {r["target"] for r in rows}


@pytest.mark.parametrize("body, target", [
    # the act told by its verb, its doer the subject; the receiver ("from Athens") is not it
    ("Ankara withdrew its ambassador from Athens on Monday. Merz called the withdrawal “a needless escalation”.",
     "turkey"),
    # the act told by its noun with a possessor
    ("Maduro's expulsion of the diplomats came at dawn. Rubio described the expulsion as “a reckless act”.",
     "maduro"),
])
def test_a_verdict_on_an_act_named_by_a_noun_is_on_its_doer(tmp_path, body, target):
    assert [r["target"] for r in rows_of(tmp_path, body)] == [target]


def test_words_named_only_as_accusations_are_the_last_statement_of_another_side(tmp_path):
    body = ('Maduro told reporters: “Bogotá is sheltering our enemies.” Petro’s minister agreed with him on little. '
            'Petro called the accusations “absurd”.')
    # nothing tells an accusation by that word: the last statement before by another side, Maduro's
    assert [(r["speaker"], r["target"]) for r in rows_of(tmp_path, body)][-1] == ("petro", "maduro")


@pytest.mark.parametrize("body", ['A source close to Orbán said Poland "is bluffing".',
                                  'An aide to Merz told reporters that Hungary "has gone too far".'])
def test_someone_unnamed_near_an_actor_is_not_that_actor(tmp_path, body):
    assert all(r["speaker"] not in ("orban", "merz") for r in rows_of(tmp_path, body))


@pytest.mark.parametrize("body", ['"Our partnership with Orbán has never been stronger," Meloni said.',
                                  'Meloni said the talks had returned relations "to where they were" and that she '
                                  'expected Orbán in Rome soon.'])
def test_relations_with_a_leader_are_relations_with_the_state(tmp_path, body):
    assert {r["target"] for r in rows_of(tmp_path, body)} == {"orban", "hungary"}


def test_relations_told_in_a_sentence_without_the_leader_do_not_add_the_state(tmp_path):
    rows = rows_of(tmp_path, '"We will deepen ties with our allies. Orbán is wrong," Meloni said.')
    assert {r["target"] for r in rows} == {"orban"}


def test_a_statement_that_only_names_the_victim_of_an_act_has_no_target(tmp_path):
    # the codebook: the receiver of an act is not thereby evaluated
    rows = rows_of(tmp_path, '"They raise the cost of any military operation against Hungary," Tusk said.')
    assert [r["target"] for r in rows] == [""]


def test_a_role_inside_a_quote_is_the_person_of_that_role_named_before(tmp_path):
    body = 'Orbán arrived in Berlin on Monday. "We spoke for an hour with the prime minister about the budget," Merz said.'
    assert [r["target"] for r in rows_of(tmp_path, body)] == ["orban"]


def test_the_topic_a_sentence_announces_is_what_a_pronoun_after_it_refers_to(tmp_path):
    body = ('Tusk said: "We will not give in." As for Orbán, his veto last week was a blunder. '
            'On Monday he said: "Poland is lecturing us again."')
    assert [r["speaker"] for r in rows_of(tmp_path, body)][-1] == "orban"


def test_its_refers_to_a_state_or_body_never_to_a_person(tmp_path):
    body = ('Meloni criticised the tariffs. China, which denies dumping, recalled its envoy. '
            'Its foreign ministry said the tariffs were "a grave mistake by Rome".')
    assert [r["speaker"] for r in rows_of(tmp_path, body)][-1] in ("china", "china_mfa")  # not "the Its …"


def test_a_pronoun_in_a_parenthetical_attribution_is_not_the_name_before_it(tmp_path):
    body = ('In an interview on Monday, Orbán returned to Tusk. '
            'Tusk, he complained, had "cowardly sent his ministers to attack me".')
    assert [(r["speaker"], r["target"]) for r in rows_of(tmp_path, body)] == [("orban", "tusk")]


@pytest.mark.parametrize("body, speakers", [
    ('Orbán spoke on Tuesday. He also complained that "Berlin was very weak."', ["orban"]),  # active
    ("Merz also accused Orbán of stalling the talks.", ["merz"]),
    ("Merz is also accused of stalling the talks.", []),  # passive: nobody's statement
])
def test_also_before_a_reporting_verb_is_active_unless_after_a_form_of_be(tmp_path, body, speakers):
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == speakers


def test_a_participle_after_its_clause_is_said_by_that_clauses_subject_with_its_circumstances(tmp_path):
    rows = rows_of(tmp_path, "Orbán went further in a radio interview on Friday morning, calling Tusk a coward.")
    assert [(r["speaker"], r["target"], r["stance"] < 0) for r in rows] == [("orban", "tusk", True)]
    assert rows[0]["quote"].startswith("Orbán went further")  # when and where are part of it


def test_a_quoted_noun_keeps_its_complement_after_the_quote(tmp_path):
    rows = rows_of(tmp_path, 'Orbán called the sanctions "a frontal attack" on Hungarian farmers, without naming Warsaw.')
    assert [r["quote"] for r in rows] == ['Orbán called the sanctions "a frontal attack" on Hungarian farmers']


def test_its_statement_is_the_statement_of_whom_its_refers_to(tmp_path):
    body = ('Berlin was slow to answer. Its first statement, on Saturday, condemned "any violation" of the treaty '
            'without naming Budapest.')
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["germany"]


# (a quote about another: "We acted because the risk was real", the speaker's own act and no one
# else's, is a self-description the codebook does not code, session 24)
@pytest.mark.parametrize("body", ['"We acted because Brussels left us no choice," Orbán was quoted as saying on Saturday.',
                                  '"We acted because Brussels left us no choice," the prime minister, Viktor Orbán, was '
                                  'quoted as saying.'])
def test_was_quoted_as_saying_gives_the_speaker(tmp_path, body):
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["orban"]


def test_for_a_person_opens_that_persons_view(tmp_path):
    rows = rows_of(tmp_path, 'For Merz, a veteran of such talks, Orbán at a minimum "broke one of the rules of '
                             'European diplomacy".')
    assert [(r["speaker"], r["target"]) for r in rows] == [("merz", "orban")]
    # a state's "for" is a point of view told by the article, not a statement
    assert rows_of(tmp_path, 'For Hungary, the vote "was a defeat of common sense".') == []


def test_quoted_words_in_the_next_sentence_that_names_nobody_continue_the_speaker(tmp_path):
    body = ('Tusk answered Orbán directly: "How dare you lecture Poland?" The comparison is "absurd, insulting," '
            'a "disgrace for Hungary."')
    assert {r["speaker"] for r in rows_of(tmp_path, body)} == {"tusk"} and len(rows_of(tmp_path, body)) == 3
    # a sentence that names someone is not a continuation
    body = 'Tusk answered Orbán directly: "How dare you lecture Poland?" The vote in Berlin was "a farce, a shame."'
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["tusk"]


@pytest.mark.parametrize("body, speaker", [
    ('On Monday Orbán called Poland "a hypocrite". On Tuesday the same man spoke of Tusk as "a great partner".',
     "orban"),
    ('On Monday Meloni called Poland "a hypocrite". On Tuesday the same woman said Tusk was "a great partner".',
     "meloni"),
])
def test_the_same_man_or_woman_is_the_person_named_before(tmp_path, body, speaker):
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == [speaker, speaker]


@pytest.mark.parametrize("lead, speaker", [("According to a readout from Orbán's office", "orban"),
                                           ("According to the statement issued by Budapest", "hungary")])
def test_according_to_a_document_from_someone_is_their_statement(tmp_path, lead, speaker):
    body = f'{lead}, the two leaders reaffirmed ties based on "mutual respect and the rule of law".'
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == [speaker]


def test_an_unresolved_possessive_role_is_never_kept_with_its_pronoun(tmp_path):
    body = 'The two delegations were more polite. "Our ties must stay strong," their joint statement said.'
    assert all(not r["speaker"].lower().startswith("the their") for r in rows_of(tmp_path, body))


def test_the_speakers_side_where_it_speaks_is_not_its_target(tmp_path):
    rows = rows_of(tmp_path, '"The United States condemns any violation of the treaty," Rubio said.')
    assert "united_states" not in {r["target"] for r in rows}
    # its own side named as what the statement is about still is ("Kosovo's sovereign right …")
    rows = rows_of(tmp_path, '"Hungary has the sovereign right to build its defence," Orbán said.')
    assert [(r["target"], r["stance"] > 0) for r in rows] == [("hungary", True)]


def test_praise_with_a_reservation_after_but_not_is_a_reproach(tmp_path):
    rows = rows_of(tmp_path, '"Dialogue with Hungary is always welcome, but not one-sided," Tusk said.')
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("hungary", True)]


def test_a_statement_after_a_flashback_in_the_past_perfect_does_not_take_its_date(tmp_path):
    body = ('Orbán met Tusk in Warsaw. Orbán, who in January had said the blame lay with "the Polish government", '
            'was all smiles. "Special thanks for this detailed information," he told Tusk.')
    rows = rows_of(tmp_path, body)
    assert rows[0]["said_on"] == "2025-01"  # the flashback is dated
    assert rows[-1]["quote"].startswith("Special thanks") and rows[-1]["said_on"] != "2025-01"


def test_a_broadcast_transcript_gives_soundbites_to_their_speaker_and_reads_narration_as_text(tmp_path):
    body = ("ANCHOR (studio): Good evening. Tusk answered Budapest today.\n\n"
            "REPORTER (Warsaw): He called Orbán's veto blackmail. Here he is.\n\n"
            "TUSK (soundbite, interpreted): Hungary is blackmailing the union. We will not give in.\n\n"
            "ANCHOR (studio): Did Budapest answer?\n\n"
            "REPORTER (Warsaw): Not yet.\n\n"
            "TUSK (soundbite): Poland will keep helping Ukraine.")
    rows = rows_of(tmp_path, body)
    assert {r["speaker"] for r in rows} == {"tusk"}
    quotes = [r["quote"] for r in rows]
    assert "Hungary is blackmailing the union." in quotes and "Poland will keep helping Ukraine." in quotes
    assert any(q.startswith("He called Orbán's veto blackmail") for q in quotes)  # the narration's reported speech
    assert not any("Did Budapest answer" in q for q in quotes)  # the anchor's question


@pytest.mark.parametrize("body, speaker", [
    ("Hungary's prime minister accused Poland of hypocrisy.", "orban"),
    ("Hungary's prime minister accused Poland of hypocrisy. Today he called Tusk a great leader.", "orban"),
])
def test_a_states_role_named_with_its_possessive_is_the_person_of_that_role(tmp_path, body, speaker):
    assert {r["speaker"] for r in rows_of(tmp_path, body)} == {speaker}


def test_a_capitalised_institution_is_no_persons_name(tmp_path):
    body = ('The International Court of Justice had ordered Hungary not to act, and he went ahead anyway. '
            'Orbán spoke first. "The court has no say here," he said.')
    assert all(r["speaker"] != "International Court" for r in rows_of(tmp_path, body))
    assert [r["speaker"] for r in rows_of(tmp_path, body)][-1] == "orban"


def test_an_adjective_after_and_does_not_end_a_reported_clause(tmp_path):
    rows = rows_of(tmp_path, "Orbán called the Polish answer childish and unfounded.")
    assert [r["quote"] for r in rows] == ["Orbán called the Polish answer childish and unfounded"]
    rows = rows_of(tmp_path, "Orbán called the Polish answer childish and accused Warsaw of lying.")
    # a verb after "and" begins a second predicate of the same subject: since session 20 both are
    # one statement (``reported._coordinated``; the realistic sets' gold codes them as one)
    assert {r["quote"] for r in rows} == {"Orbán called the Polish answer childish and accused Warsaw of lying"}


def test_a_speech_noun_after_with_is_the_clause_subjects(tmp_path):
    body = 'Tusk spoke on Monday. He ended the post with a warning that Budapest "will pay for this move".'
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["tusk"]


def test_a_transcripts_capital_labels_are_no_one_a_pronoun_could_mean(tmp_path):
    body = ("ANCHOR (studio): Good evening.\n\n"
            "ON-SCREEN QUOTE (read by the anchor): \"We condemn this move.\" — Donald Tusk, on X\n\n"
            "REPORTER (Warsaw): He ended the post with a warning that Budapest \"will pay for it\".")
    assert {r["speaker"] for r in rows_of(tmp_path, body)} == {"tusk"}


def test_a_timeline_entry_dates_what_it_tells(tmp_path):
    body = ("Timeline of the row.\n\n"
            "- **March 2023.** On 14 March Orbán tells state radio that Poland \"is lecturing us\".\n"
            "- **2024.** Tusk says Hungary \"is blocking the union\".\n"
            "- **9 May 2025.** Orbán calls Tusk \"a reliable partner\".")
    got = [(r["speaker"], r["said_on"]) for r in rows_of(tmp_path, body, published="2025-06-01")]
    assert got == [("orban", "2023-03-14"), ("tusk", "2024"), ("orban", "2025-05-09")]


def test_the_president_of_a_state_named_with_its_long_name_is_its_president(tmp_path):
    body = 'Petro said he "rejects the warlike statements issued by the Prime Minister of the Republic of Hungary".'
    assert [r["target"] for r in rows_of(tmp_path, body)] == ["orban"]


def test_a_place_that_leads_a_paragraph_is_no_speaker_label(tmp_path):
    body = ('What the papers say.\n\n**Warsaw.** The daily Rzeczpospolita put the row in a headline: "Orbán loses '
            'patience." Tusk said Hungary "is blocking the union".\n\n**Budapest.** Orbán said Poland "is lecturing us".')
    rows = rows_of(tmp_path, body)
    assert {r["speaker"] for r in rows} == {"tusk", "orban"}  # not Poland, not Hungary
    assert not any("loses patience" in r["quote"] for r in rows)  # a headline is nobody's statement


def test_a_states_role_followed_by_a_name_is_that_named_person(tmp_path):
    body = ("Hungary's Prime Minister Viktor Orbán on Monday condemned Poland's decision to close the border, "
            'calling it "an act of hostility against our farmers".')
    rows = rows_of(tmp_path, body)
    # (the words run from the title before the name: session 24's span of a named subject)
    assert [(r["speaker"], r["quote"].split()[0]) for r in rows] == [("orban", "Hungary's")]


# Regressions found by the review of session 8's change (each once misread by a new rule)
@pytest.mark.parametrize("body, speaker", [
    ('Police Chief Anna Kowalska said: "Hungary is blackmailing the union."', "Police Chief Anna Kowalska"),
    ("Hungary's Foreign Minister Ádám Kovács said: \"Poland is lying about the drones.\"", "hungary"),
])
def test_an_institution_word_in_a_title_or_a_non_ascii_name_after_a_role_keeps_the_speaker(tmp_path, body, speaker):
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == [speaker]  # not the author, not another minister


@pytest.mark.parametrize("quote", ["Germany is a great partner, but not the only one.",
                                   "Demand for help was high and Germany will be praised as a generous ally."])
def test_praise_is_not_undone_by_but_not_the_only_or_by_a_noun_that_looks_like_an_appeal(tmp_path, quote):
    assert [r["stance"] > 0 for r in rows_of(tmp_path, f'Tusk said: "{quote}"')] == [True]


def test_words_of_others_in_the_next_sentence_do_not_continue_the_speaker(tmp_path):
    for after in ['Critics have long seen the plan as a "blackmail scheme by Hungary".',
                  'The so-called "Hungarian peace plan" was a blackmail scheme.']:
        rows = rows_of(tmp_path, f'Tusk said: "Russia is lying about the drones." {after}')
        assert [r["quote"] for r in rows] == ['Tusk said: "Russia is lying about the drones.']


def test_a_timeline_entry_does_not_set_the_year_of_a_date_paragraphs_later(tmp_path):
    body = ("2014 — Russia annexed Crimea.\n\nThe war followed.\n\nMany things changed since.\n\n"
            "8 May: Tusk said that Russia was lying.")
    assert [r["said_on"] for r in rows_of(tmp_path, body)] == ["2025-05-08"]


def test_a_possessive_role_subject_is_part_of_the_reported_statement(tmp_path):
    rows = rows_of(tmp_path, "Hungary’s prime minister said on Monday that Poland was lying.")
    assert [(r["speaker"], r["quote"].split()[0]) for r in rows] == [("orban", "Hungary’s")]


def test_section_labels_of_a_bulletin_are_nobodys_voice(tmp_path):
    """"HEADLINES.", "ITEM TWO: WARSAW." and "CUE:" head sections: they name no one the article
    names, so their paragraphs are article text, read by the other rules (a label that is a
    person the text names, "TUSK:", still speaks)."""
    body = ("**HEADLINES.** Warsaw answers Budapest. And the grain row goes on.\n\n"
            "**ITEM ONE: THE ROW.** Donald Tusk said on Monday that Hungary \"is blocking the union\".\n\n"
            "**ITEM TWO: BUDAPEST.** Orbán accused Poland of \"lecturing us\".\n\n"
            "**CUE: EXPLAINER.** Why does the border matter? Hungary has not ratified the deal.")
    rows = rows_of(tmp_path, body)
    assert {r["speaker"] for r in rows} == {"tusk", "orban"}
    assert not any(r["quote"].startswith(("Why does", "Warsaw answers")) for r in rows)
    labelled = ("Donald Tusk spoke to us in Warsaw.\n\nHOST: What now?\n\nTUSK: Hungary is blocking the union.\n\n"
                "HOST: And then?\n\nTUSK: We will not give in to blackmail.")
    assert [r["speaker"] for r in rows_of(tmp_path, labelled)] == ["tusk", "tusk"]


@pytest.mark.parametrize("after, said_on", [
    ("He was speaking to reporters in Gdańsk on Tuesday.", "2025-05-06"),
    ("His remarks came on Wednesday, after the vote.", "2025-05-07"),
    ("The border reopened on Tuesday.", ""),       # another event's date: not the occasion
    ('Orbán was speaking on Tuesday, "in anger".', ""),  # another speaker, and a quote of its own
])
def test_the_occasion_told_right_after_a_statement_dates_it(tmp_path, after, said_on):
    body = f'Tusk said that Hungary "is blocking the union". {after}'
    rows = [r for r in rows_of(tmp_path, body) if r["speaker"] == "tusk"]
    assert [r["said_on"] for r in rows] == [said_on]


def test_a_second_complement_after_but_that_stays_in_the_statement(tmp_path):
    body = "Tusk said in a statement that dialogue was precious but that threats from Hungary were unacceptable."
    rows = rows_of(tmp_path, body)
    assert [(r["speaker"], r["quote"].endswith("unacceptable")) for r in rows] == [("tusk", True)]
    # not a clause of its own whose speaker is Hungary ("threats from Hungary")
    assert [r["quote"] for r in rows_of(tmp_path, "Tusk said dialogue was precious but Hungary was wrong.")] \
        == ["Tusk said dialogue was precious"]


def test_states_that_have_all_condemned_something_speak(tmp_path):
    rows = rows_of(tmp_path, "Germany, Poland and Ukraine have all condemned the blockade by Hungary.")
    assert [(r["speaker"] in {"germany", "poland", "ukraine"}, r["target"]) for r in rows] == [(True, "hungary")]


def _all_rows(tmp_path, body: str) -> list[dict]:
    from rhetoric.extract.statements import extract_article

    p = tmp_path / "ed.md"
    p.write_text(f"---\nid: ed\ntitle: t\noutlet: null\npublished: 2025-05-09\nlanguage: en\n---\n{body}\n",
                 encoding="utf-8")
    return extract_article(read_article(p), REG)


@pytest.mark.parametrize("sentence, target", [
    ("We urge Hungary, whose veto has stalled the package, to let the vote go ahead.", "hungary"),
    ("I believe Warsaw was right to close the border.", "poland"),
    ("And we ask Germany's leaders to keep their promise.", "germany"),
])
def test_the_authors_opinion_in_the_first_person_is_a_statement_about_the_actor_it_names(tmp_path, sentence, target):
    rows = [r for r in _all_rows(tmp_path, f"The grain row went on. {sentence}") if r["kind"] == "authorial"]
    assert [(r["speaker"], r["target"]) for r in rows] == [("author", target)]


def test_the_first_person_of_a_bulletin_or_a_quote_is_no_opinion_of_the_author(tmp_path):
    body = ('We will have more on Hungary in our morning programme. Tusk said: "We believe Hungary is '
            'blocking the union."')
    assert not [r for r in _all_rows(tmp_path, body) if r["kind"] == "authorial"]


def test_the_same_role_who_had_spoken_is_that_speaker_and_its_relative_clause_no_target_or_date(tmp_path):
    body = ('On Monday Orbán said Poland was "lecturing us". Tusk answered on Monday evening.\n\n'
            'Then came Wednesday. The same prime minister who had attacked Warsaw on Monday told reporters '
            'on Wednesday that Tusk was "a great leader".')
    last = [r for r in rows_of(tmp_path, body) if "great leader" in r["quote"]]
    assert [(r["speaker"], r["target"], r["said_on"]) for r in last] == [("orban", "tusk", "2025-05-07")]


def test_a_date_in_the_speakers_past_perfect_clause_dates_only_a_statement_made_in_it(tmp_path):
    body = ('Orbán, who had attacked Warsaw on Monday, told reporters that Tusk was "a great leader". '
            'Tusk, who in January had said that Orbán was "a loyal partner", kept quiet.')
    got = [(r["speaker"], r["said_on"]) for r in rows_of(tmp_path, body)]
    assert got == [("orban", ""), ("tusk", "2025-01")]


def test_he_in_what_a_speaker_reports_is_the_speaker_and_so_is_the_subject_of_a_verb_after_and(tmp_path):
    body = ('Tusk met farmers in Lublin on Monday.\n\nOrbán spoke in Budapest. The Polish prime minister '
            'wrote that he was "shocked" by Hungary\'s conduct and called the blockade "blackmail".')
    rows = rows_of(tmp_path, body)
    # (two statements; one speaker's clauses in one sentence quote its words together)
    assert [(r["speaker"], r["quote"]) for r in rows] == [("tusk", 'The Polish prime minister wrote that he was '
                                                           '"shocked" by Hungary\'s conduct and called the blockade "blackmail"')] * 2


def test_a_pronoun_subject_opens_its_partial_quote_and_is_what_the_next_he_refers_to(tmp_path):
    body = ('Tusk was in Budapest on Monday. He then called Orbán "a partner we can trust". Asked about '
            'his own post, he said Poland had never threatened Hungary.')
    got = [(r["speaker"], r["quote"].split()[0]) for r in rows_of(tmp_path, body)]
    assert got == [("tusk", "He"), ("tusk", "he")]  # not Orbán, named last before "he"


@pytest.mark.parametrize("sentence", [
    'Orbán\'s veto was "shameful and cynical," she said.',
    'Orbán\'s veto was "shameful and cynical," she said on Monday, adding that Warsaw would not give in.',
])
def test_a_quote_that_ends_the_opening_clause_is_the_attributions_speakers_and_about_its_subject(tmp_path, sentence):
    rows = rows_of(tmp_path, f"Tusk answered Budapest. {sentence.replace('she', 'he')}")
    first = [r for r in rows if r["quote"].startswith("Orbán's veto")]
    assert [(r["speaker"], r["target"], r["stance"] < 0) for r in first][:1] == [("tusk", "orban", True)]


def test_a_clause_before_a_quote_inside_a_longer_sentence_is_not_the_attributions(tmp_path):
    # '… "golden era," some say': no named speaker after it; a clause after the attribution
    rows = rows_of(tmp_path, 'It was, to many, a "golden era" for Hungary, some say.')
    assert rows == []


@pytest.mark.parametrize("sentence, speaker", [
    ('The state agency Xinhua wrote on Monday that Tokyo was "playing with fire".', "xinhua"),
    ('Xinhua said Japan had "crossed a red line".', "xinhua"),
    ('Prime Minister Fumio Kishida told Xinhua that Japan "will not be intimidated".', "Fumio Kishida"),  # a channel
    ('In a commentary carried by Xinhua, Beijing said Japan was "playing with fire".', "china"),
])
def test_an_outlet_that_writes_speaks_for_itself_and_one_spoken_to_is_a_channel(tmp_path, sentence, speaker):
    assert [r["speaker"] for r in rows_of(tmp_path, sentence)][:1] == [speaker]


def test_its_president_is_that_states_president(tmp_path):
    body = "Pashinyan attacked Azerbaijan on Monday. On Tuesday he called its president a reliable partner."
    assert [(r["speaker"], r["target"]) for r in rows_of(tmp_path, body)][-1:] == [("pashinyan", "aliyev")]


def test_the_president_in_a_ministers_mouth_is_the_ministers_own_when_the_state_has_one(tmp_path):
    body = ('Aliyev met Pashinyan in May. Azerbaijan\'s foreign minister, Jeyhun Bayramov, said: "The president\'s '
            'decision was made because Armenia broke its word."')
    rows = rows_of(tmp_path, body)
    assert "aliyev" not in {r["target"] for r in rows} and "armenia" in {r["target"] for r in rows}


def test_a_role_named_first_in_a_registry_description_wins_over_one_mentioned_in_passing(tmp_path):
    from rhetoric.actors import load_actors
    from rhetoric.extract.roles import first_holder, role_candidates

    p = tmp_path / "actors.yml"
    p.write_text("actors:\n"
                 "  - {id: turkey, name: Turkey, kind: state, affiliation: null, role: State, aliases: [Turkey]}\n"
                 "  - {id: baykar, name: Baykar, kind: organisation, affiliation: turkey, role: Drone maker, aliases: [Baykar]}\n"
                 "  - {id: selcuk, name: Selçuk Bayraktar, kind: person, affiliation: baykar,\n"
                 "     role: 'Head of Baykar, son-in-law of President Erdoğan', aliases: [Selçuk Bayraktar]}\n"
                 "  - {id: erdogan, name: Recep Tayyip Erdoğan, kind: person, affiliation: turkey,\n"
                 "     role: President of Turkey, aliases: [Erdoğan]}\n", encoding="utf-8")
    reg = load_actors(p)
    # (session 57: a kin relation after a comma, "son-in-law of President Erdoğan", is no office of his;
    # until then both were candidates, "the president" going to Bayraktar when he was named last)
    assert set(role_candidates(reg, "president", "turkey")) == {"erdogan"}
    assert first_holder(reg, "president", "turkey") == "erdogan"  # the tie-break when neither is named


def test_three_months_early_is_no_day_a_later_statement_is_dated_by(tmp_path):
    body = ('Warsaw took delivery of the tanks on Monday, three months early.\n\n'
            'Then came the line that travelled furthest: "Hungary is blackmailing the union," Tusk said.')
    assert [r["said_on"] for r in rows_of(tmp_path, body)] != ["2025-02"]
    day = ("### Thursday 8 May\n\n**Live, Warsaw, noon.** The tone was not Wednesday's. Tusk called Orbán "
           '"a partner we can trust".')
    assert [r["said_on"] for r in rows_of(tmp_path, day)] == ["2025-05-08"]


def test_a_podcast_with_time_codes_gives_its_clips_to_their_speaker_dated_by_the_lead_in(tmp_path):
    body = ("*Transcript of this week's show.*\n\n"
            "[00:00:05] ANNA: Welcome. Tomas, what happened?\n\n"
            "[00:00:20] TOMAS: On Monday Warsaw closed the border. Tusk posted a warning.\n\n"
            "[00:01:10] ANNA: Then yesterday, the press conference. Let's hear it.\n\n"
            "[00:01:15] CLIP, TUSK (interpreted): Hungary is blackmailing the union.\n\n"
            "[00:01:30] TOMAS: Strong words.\n\n"
            "[00:01:40] ANNA: There is more from the same event.\n\n"
            "[00:01:45] CLIP, TUSK: We will not give in to blackmail.")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [(r["speaker"], r["said_on"]) for r in rows if r["quote"].startswith(("Hungary is", "We will not"))] \
        == [("tusk", "2025-05-08"), ("tusk", "2025-05-08")]
    assert not any(r["speaker"] in ("Anna", "Tomas") for r in rows)  # the presenters narrate


def test_the_same_pronoun_in_the_next_sentence_is_the_same_person(tmp_path):
    body = ('Tusk was quick. On Monday he called Orbán\'s veto blackmail. And he said, in a radio interview, '
            'that he was "proud to work with President Zelensky".')
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["tusk", "tusk"]


@pytest.mark.parametrize("sentence, found", [
    ("Orbán posted on Facebook that Poland was dreaming of a new Polish empire.", True),
    ("Late on Monday Tusk posts that Hungary is blackmailing the union.", True),
    ("Poland posted troops on the border with Hungary.", False),
])
def test_posted_that_reports_speech_and_posted_troops_does_not(tmp_path, sentence, found):
    rows = rows_of(tmp_path, sentence)
    assert bool(rows) == found and all(r["stance"] < 0 for r in rows)


@pytest.mark.parametrize("sentence, found", [
    ("Tusk called an extraordinary press conference on Hungary's veto.", False),
    ("Orbán called snap elections after the Polish veto.", False),
    ("Tusk called Orbán's veto blackmail.", True),
])
def test_call_that_convenes_is_no_speech(tmp_path, sentence, found):
    assert bool(rows_of(tmp_path, sentence)) == found


def test_a_claim_whose_source_closes_the_paragraph_in_brackets_is_that_sources(tmp_path):
    body = ('### 1. The veto\n\n**Claim:** Hungary\'s veto is "pure blackmail of the whole union." '
            '(Donald Tusk, Prime Minister of Poland, on X, 6 May)\n\n'
            '**Verdict: Opinion.** Hungary has vetoed two packages this year.\n\n'
            '**Claim:** Poland "is lecturing us again." (Orbán, state radio, 2 May)')
    rows = rows_of(tmp_path, body)
    got = [(r["speaker"], r["said_on"], r["quote"][:14]) for r in rows]
    assert got == [("tusk", "2025-05-06", "Hungary's veto"), ("orban", "2025-05-02", 'Poland "is lec')]


def test_a_list_of_participles_after_as_is_one_statement_and_coordinated_verbs_are_not(tmp_path):
    one = "Tusk described Orbán's policy as cynical, driven by Moscow and obsessed with blackmail."
    assert [r["quote"].endswith("blackmail") for r in rows_of(tmp_path, one)] == [True]
    # coordinated verbs of one subject are one statement since session 20 (``reported._coordinated``)
    one_reply = {r["quote"] for r in rows_of(tmp_path, "Tusk criticized the veto, called it blackmail and demanded talks.")}
    assert len(one_reply) == 1 and next(iter(one_reply)).endswith("demanded talks")


def _titled_rows(tmp_path, title: str, body: str) -> list[dict]:
    from rhetoric.extract.statements import extract_article

    p = tmp_path / "op.md"
    p.write_text(f'---\nid: op\ntitle: "{title}"\noutlet: null\npublished: 2025-05-09\nlanguage: en\n---\n{body}\n',
                 encoding="utf-8")
    return [r for r in extract_article(read_article(p), REG) if r["kind"] == "authorial"]


def test_in_an_opinion_piece_the_authors_evaluative_sentence_is_a_statement_and_a_counterfactual_is_not(tmp_path):
    body = ("Hungary's veto was a cheap stunt dressed up as principle. "
            "Had Orbán answered in kind, Poland would have had its crisis.")
    rows = _titled_rows(tmp_path, "Opinion: the veto that shamed Budapest", body)
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("hungary", True)]
    assert _titled_rows(tmp_path, "Hungary vetoes the package", body) == []  # news: no cue, no verdict


@pytest.mark.parametrize("body, said_on", [
    ('It started on Tuesday the 6th. At a rally in Kraków, Tusk told supporters that Hungary was "blackmailing us".',
     "2025-05-06"),
    ('The border closed on Tuesday. Tusk said that Hungary was "blackmailing us".', ""),
])
def test_a_statement_whose_sentence_tells_its_occasion_takes_the_time_told_before_it(tmp_path, body, said_on):
    assert [r["said_on"] for r in rows_of(tmp_path, body)] == [said_on]


def test_a_platforms_feature_is_a_channel_not_a_speaker(tmp_path):
    body = 'Tusk spoke in Gdańsk. On Facebook Live he said that Hungary was "blackmailing the union".'
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["tusk"]


def test_a_bold_lead_is_not_the_subject_of_a_verb_after_and(tmp_path):
    from rhetoric.extract.clauses import subject_of, verbs_in

    ctx = context(tmp_path, "**Warsaw answers.** On Monday Tusk summoned Hungary's ambassador and demanded an apology.")
    s = ctx.sents[0]
    vm = [m for m in verbs_in(ctx, s.start, s.end, False) if m.group() == "demanded"][0]
    assert subject_of(ctx, vm.start(), vm.end(), s.start).ref == "tusk"  # not Poland ("Warsaw")


def test_an_outlet_named_before_is_no_antecedent_of_an_anaphoric_statement(tmp_path):
    body = ('Tusk attacked Hungary again. "Orbán is blackmailing us," he told Xinhua that night. '
            'Tusk, who yesterday called the veto unjustifiable, insisted that talks would resume.')
    assert "xinhua" not in {r["target"] for r in rows_of(tmp_path, body)}


@pytest.mark.parametrize("sentence", [
    "Hungary, for its part, has said nothing at all about the Polish veto.",
    "The Hungarian government wrote not a word about Poland.",
])
def test_saying_nothing_is_no_statement(tmp_path, sentence):
    assert rows_of(tmp_path, sentence) == []


def test_saying_that_nothing_happened_is_still_speech(tmp_path):
    from rhetoric.extract.clauses import verb_matches

    ctx = context(tmp_path, "Tusk said nothing was agreed with Hungary.")
    assert [ok for _m, ok in verb_matches(ctx, 0, len(ctx.body), False)] == [True]


@pytest.mark.parametrize("sentence, found", [
    ('Xinhua saw the visit as a test of the "golden age" in Japan\'s relations with Beijing.', True),
    ("Poland saw its exports to Hungary rise as prices fell.", False),
])
def test_saw_x_as_y_is_a_view_and_saw_x_rise_is_not(tmp_path, sentence, found):
    rows = rows_of(tmp_path, sentence)
    assert bool(rows) == found
    if found:  # the quoted words keep their complement "in Japan's relations with Beijing"
        assert rows[0]["quote"].endswith("with Beijing") and rows[0]["speaker"] == "xinhua"


def test_a_quoted_word_keeps_an_in_complement_but_not_its_occasion(tmp_path):
    rows = rows_of(tmp_path, 'Tusk called the veto "blackmail" in a speech in Gdańsk.')
    assert [r["quote"] for r in rows] == ['Tusk called the veto "blackmail"']


def test_a_statement_dated_by_a_month_of_that_year_takes_the_year_told_before(tmp_path):
    body = 'In March 2019 the first talks failed.\n\nBy June of that year, Tusk said that Hungary was "lying".'
    assert [r["said_on"] for r in rows_of(tmp_path, body)] == ["2019-06"]


@pytest.mark.parametrize("body", [
    '"Hungary is blackmailing the union," Xinhua quoted Tusk as saying.',
    'Xinhua quoted Tusk as saying that Hungary was "blackmailing the union".',
])
def test_an_outlet_that_quotes_someone_as_saying_is_not_the_speaker(tmp_path, body):
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["tusk"]


def test_an_in_brief_item_is_a_statement_and_headlines_are_not(tmp_path):
    body = ("**Headlines.** Tusk says Hungary is blackmailing the union.\n\n"
            "**In brief.** Tusk said on Monday that Hungary was \"blackmailing the union\".")
    rows = rows_of(tmp_path, body)
    assert [r["quote"].split()[0] for r in rows] == ["Tusk"]


def test_a_newsroom_we_that_expects_is_no_opinion(tmp_path):
    rows = _all_rows(tmp_path, "Live updates. We expect Hungary to announce its veto tonight.")
    assert [r for r in rows if r["kind"] == "authorial"] == []


# Regressions found by the review of session 9's change (each once misread by a new rule)
@pytest.mark.parametrize("body, speakers", [
    ("Lin Jian called the strike a flagrant violation of China's sovereignty.", ["lin_jian"]),  # not convened
    ('Orbán called the vote "a farce staged by Brussels".', ["orban"]),
    ('Zakharova called Poland "a hyena," the Polish foreign ministry said in a statement.', ["zakharova"]),
    ('Tusk called Orbán "Putin\'s Trojan horse" (Orbán, for his part, has denied any such ties).', ["tusk", "orban"]),
    ("Xinhua reported that the commerce ministry condemned Washington for its reckless tariffs.", ["mofcom"]),
    ("State media outlet Xinhua said that Lin Jian had accused Washington of bullying.", ["lin_jian"]),
    ("Supporters of Tusk who gathered in Warsaw accused Orbán of blackmail.", ["author"]),
    ("Orbán's critics said Brussels was right.", []),
    ('Zakharova spoke in Moscow on Monday. Sikorski wrote that she had called Poland "a hyena of Europe".', ["zakharova"]),
    ("Tusk said nothing justified the Russian aggression against Ukraine.", ["tusk"]),
    ("Orbán's posts on Facebook that attacked Brussels drew sharp criticism from Tusk.", ["tusk"]),
    ("Xinhua quoted an aide to Lin Jian as saying Japan was provoking China.", ["xinhua"]),
])
def test_review_of_session_9_speakers(tmp_path, body, speakers):
    got = [r["speaker"] for r in _all_rows(tmp_path, body)]
    assert list(dict.fromkeys(got)) == speakers


@pytest.mark.parametrize("body, said_on", [
    ('"Orbán is blackmailing the union," Tusk told reporters. He spoke after Orbán gave a speech in Budapest '
     'on Monday.', ""),
    ('Hungary vetoed the aid package on 12 March. At a press conference in Warsaw, Sikorski accused Budapest of '
     '"sabotage".', ""),
    ("In a Sunday interview with Polsat, Tusk accused Orbán of betraying Ukraine.", "2025-05-04"),
])
def test_review_of_session_9_dates(tmp_path, body, said_on):
    assert [r["said_on"] for r in rows_of(tmp_path, body)][:1] == [said_on]


def test_review_of_session_9_clauses_and_transcripts(tmp_path):
    but_that = rows_of(tmp_path, "Tusk said that Poland would help, but that was before Orbán vetoed the aid package.")
    assert not any("vetoed" in r["quote"] and r["speaker"] == "tusk" for r in but_that)
    listed = rows_of(tmp_path, "Sikorski described the veto as shameful, accused Budapest of blackmail and "
                               "demanded that Brussels act.")
    assert len(listed) == 2
    briefing = ("Lin Jian took questions on Monday.\n\nREUTERS: Will China retaliate against Japan?\n\n"
                "LIN JIAN: Japan must stop its provocations.\n\nAFP: What about the tariffs?\n\n"
                "LIN JIAN: The US tariffs are economic bullying.")
    assert {r["speaker"] for r in rows_of(tmp_path, briefing)} == {"lin_jian"}
    letter = ("The foreign ministers of Poland and Finland wrote in a joint letter on Monday:\n\n"
              "> We urge Hungary to lift its veto immediately.")
    assert not [r for r in _all_rows(tmp_path, letter) if r["kind"] == "authorial"]


def test_review_of_session_9_opinion_and_cues(tmp_path):
    title = "Opinion: Europe must stand with Kyiv"
    assert _titled_rows(tmp_path, title, "Orbán vetoed the aid package on Monday.") == []  # an act, no verdict
    shame = _titled_rows(tmp_path, title, "If Orbán had any shame, he would stop his shameful blackmail of Ukraine.")
    assert any(r["target"] == "orban" and r["stance"] < 0 for r in shame)
    for text, name in [("Hungary and Russia share common goals in undermining the union.", "Russia"),
                       ("Russia believes it has every right to attack its neighbours, which is absurd.", "Russia")]:
        assert stance_toward(text, {name: [(text.index(name), text.index(name) + len(name))]})[name] < 0, text


# Session 10: kinds read from the harbours set, each tested here in other wording (unseen registry)
@pytest.mark.parametrize("body, expected", [
    # reported speech whose attribution closes the sentence
    ("Tusk spoke in Gdańsk on Monday. Hungary was blackmailing the whole union, he said.",
     [("tusk", "Hungary was blackmailing the whole union")]),
    ("Budapest had betrayed its allies, Sikorski told the Sejm on Tuesday.",
     [("sikorski", "Budapest had betrayed its allies")]),
    ("Orbán's veto was a disgrace and an insult to Ukraine, said Tusk.",
     [("tusk", "Orbán's veto was a disgrace and an insult to Ukraine")]),
    # not when the verb reports more after it, nor a neutral account
    ("Tusk said on Monday that Orbán was blackmailing the union.",
     [("tusk", "Tusk said on Monday that Orbán was blackmailing the union")]),
    ("Tusk arrived in Gdańsk. The talks would resume in June, he said.", []),
])
def test_attribution_that_closes_a_sentence_of_reported_speech(tmp_path, body, expected):
    assert [(r["speaker"], r["quote"]) for r in rows_of(tmp_path, body)][:len(expected) or None] == expected


@pytest.mark.parametrize("body, speakers", [
    # a description no rule knows stands for the person last named
    ('Donald Tusk took the floor first. "Orbán is blackmailing us all," the 68-year-old told the Sejm.', ["tusk"]),
    ('Sikorski answered at once. "This is a shameful lie," the veteran added.', ["sikorski"]),
    # but not a body or a text
    ('Sikorski answered at once. "Hungary will bear the consequences," the notice said.', []),
    ('Sikorski answered at once. "Hungary will bear the consequences," the ministry said.', ["the ministry"]),
])
def test_a_description_as_the_subject_of_an_attribution(tmp_path, body, speakers):
    assert [r["speaker"] for r in rows_of(tmp_path, body)][:1] == speakers


@pytest.mark.parametrize("body, speakers", [
    # a quote standing alone after a sentence that a person opens
    ('Tusk had words for Orbán as well. "He is holding the whole union hostage."', ["tusk"]),
    ('She was less kind to Budapest. "Orbán is a disgrace to Europe."', []),  # "she": nobody named
    ('Zakharova spoke on Monday. She was less kind to Warsaw. "Poland is a hyena."', ["zakharova"]),
    # not a place, not the object of "told"
    ('Tusk landed at Chopin Airport. The Warsaw Palace was quiet. "Orbán is a disgrace."', []),
])
def test_a_quote_after_a_sentence_a_person_opens(tmp_path, body, speakers):
    assert [r["speaker"] for r in rows_of(tmp_path, body)][:1] == speakers


def test_a_pronoun_is_not_the_object_of_told_in_its_own_sentence(tmp_path):
    body = ('Zakharova spoke on Monday. "Warsaw lies," Sikorski told the Leinster House, and she said that '
            'Poland was a hyena and a disgrace.')
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["sikorski", "sikorski"]


_PRESSER = """Warsaw, Tuesday 13 May. Donald Tusk answered questions for half an hour.

**[10:02] CHAIR:** Questions, please. Piotr Nowak.

**PIOTR NOWAK (radio):** Prime minister, on Sunday you said that Orbán was a liar and a traitor. Do you still think so?

**TUSK:** I said it and I meant it. Orbán is blackmailing the whole union.

Hungary has betrayed Ukraine again and again.

[The prime minister then left the podium for a minute.]

**[10:09] CHAIR:** Anna Zielińska.

**ANNA ZIELIŃSKA (daily):** Sikorski said yesterday that Budapest was sabotaging the sanctions. Is that the government's line?

**TUSK:** It is. Hungary must stop this sabotage.

**[10:15] CHAIR:** Thank you.

Orbán had no comment by the evening."""


def test_a_press_conference_with_named_reporters(tmp_path):
    rows = [(r["speaker"], r["quote"]) for r in rows_of(tmp_path, _PRESSER, published="2025-05-13")]

    def has(speaker, opening):
        return any(s == speaker and q.startswith(opening) for s, q in rows)

    # the reporters ask: their questions are nobody's statements; what they report others said is theirs
    assert not {"Piotr Nowak", "Anna Zielińska"} & {s for s, _ in rows}
    assert has("tusk", "said that Orbán was a liar")  # "you said": the one who answers
    assert has("sikorski", "Sikorski said yesterday that")
    # an answer goes on in the paragraphs without a label, not in an editor's bracket
    assert has("tusk", "Hungary has betrayed Ukraine")
    assert not any(q.startswith(("The prime minister then", "[")) for _, q in rows)


@pytest.mark.parametrize("body, speakers", [
    # a verb coordinated with a reporting verb has its subject, not the reported clause's
    ('Tusk told reporters that Orbán was "a traitor", and added: "Hungary is a disgrace to Europe."',
     ["tusk", "tusk"]),
    ('Sikorski wrote that Zakharova had lied again and said: "Russia is a terrorist state."', ["sikorski"]),
    # but a subject of its own speaks for itself
    ('Tusk said that Orbán was "a traitor", and Orbán replied: "Tusk is a liar and a coward."',
     ["tusk", "orban"]),
])
def test_a_verb_coordinated_with_a_reporting_verb(tmp_path, body, speakers):
    assert [r["speaker"] for r in rows_of(tmp_path, body)][-len(speakers):] == speakers


@pytest.mark.parametrize("body, speakers", [
    # a role several actors hold is the one of the state named just before
    ("Warsaw shrugged. Then Budapest answered. The prime minister wrote that Poland was a hypocrite.",
     ["orban"]),
    ("Budapest was silent. Warsaw reacted fast. The prime minister wrote that Hungary was a disgrace.",
     ["tusk"]),
    # a relative clause ends with its sentence: the next sentence's subject is no part of it
    ("Budapest vetoed the package, which is to say nothing moved. Then Warsaw reacted. The prime minister "
     "wrote that Hungary was a disgrace.", ["tusk"]),
])
def test_a_role_of_the_state_named_just_before(tmp_path, body, speakers):
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == speakers


def _opinion_rows(tmp_path, title: str, body: str) -> list[tuple[str, str, int]]:
    from rhetoric.extract.statements import extract_article

    p = tmp_path / "col.md"
    p.write_text(f'---\nid: col\ntitle: "{title}"\noutlet: null\npublished: 2025-05-09\nlanguage: en\n---\n{body}\n',
                 encoding="utf-8")
    return [(r["speaker"], r["target"], r["stance"]) for r in extract_article(read_article(p), REG)]


def test_a_column_in_the_first_person_is_an_opinion_piece(tmp_path):
    body = ("Last month, in this column, I wrote that Hungary had been reckless to block the aid. "
            "Orbán's veto looks worse every week.")
    rows = _opinion_rows(tmp_path, "Looking back: I was too kind to Budapest", body)
    # what the author wrote before is the author's statement; the evaluation is read as opinion
    assert ("author", "hungary", -1) in rows or ("author", "hungary", -2) in rows
    assert any(s == "author" and t == "orban" for s, t, _ in rows)
    # a title that quotes someone in the first person is no column
    rows = _opinion_rows(tmp_path, "I will not give in, says Tusk", "Orbán's veto looks worse every week.")
    assert not any(t == "orban" for _, t, _ in rows)


@pytest.mark.parametrize("body, speakers", [
    # an inverted conditional after a colon, a semicolon or a dash imagines the speech
    ("The record is thin: had Orbán answered in kind, we would know what Budapest wants.", []),
    ("Nobody knows; had Tusk condemned the veto, Budapest would have walked out.", []),
    # but a clause after a colon that reports speech is speech
    ("The message was clear: Tusk condemned Orbán's veto as blackmail.", ["tusk"]),
])
def test_a_conditional_inside_a_sentence_imagines_the_speech(tmp_path, body, speakers):
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == speakers


def test_a_pronoun_subject_and_the_adjuncts_before_it_open_a_reported_statement(tmp_path):
    body = "Tusk spoke first. In a post on Friday he accused Orbán of blackmail."
    assert [r["quote"] for r in rows_of(tmp_path, body)] == ["In a post on Friday he accused Orbán of blackmail"]


@pytest.mark.parametrize("body", [
    "Asked whether the sanctions he had demanded on Sunday included a veto, Tusk would not say.",
    "Reporters wondered if the words the minister had condemned were Orbán's own.",
])
def test_a_verb_inside_an_indirect_question_is_no_speech(tmp_path, body):
    assert not [r for r in rows_of(tmp_path, body) if r["verb"] in ("demanded", "condemned")]


def test_the_statement_is_whose_sentence_brought_it_in(tmp_path):
    body = ("Budapest answered within the hour, in a statement read on state radio.\n\n"
            "\"Poland is waging a campaign of lies against Hungary,\" the statement began.\n\n"
            "\"Warsaw will regret this insult,\" it concluded.")
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["hungary", "hungary"]


@pytest.mark.parametrize("body, expected", [
    # the author's opinion about the statement just told is about its speaker
    ('Tusk called Orbán "a traitor". We find this charge reckless.', ("author", "tusk", -1)),
    ('Orbán said on Friday that he would lift the veto. We welcome the retreat.', ("author", "orban", 1)),
    ('Orbán said on Friday that he would lift the veto. We do not admire the route to it.', ("author", "orban", -1)),
    # a demand with "should" is the author's, not a statement of the one who should speak
    ("We believe the European Union should say plainly that vetoes are not blackmail.", ("author", "eu", None)),
])
def test_the_authors_opinion_of_the_statement_just_told(tmp_path, body, expected):
    rows = _opinion_rows(tmp_path, "Our view: the veto", body)
    speaker, target, sign = expected
    assert any(s == speaker and t == target and sign in (None, (st > 0) - (st < 0)) for s, t, st in rows), rows
    assert "eu" not in {s for s, _, _ in rows}  # "should say" is no statement of the EU


@pytest.mark.parametrize("body, speakers", [
    # a text owned by a role is the role's statement
    ("Budapest was silent. The Polish prime minister's post on X called Orbán \"a traitor to Europe\".", ["tusk"]),
    # "note" after a possessive is a noun; the owner of the note read out is the speaker
    ('Sikorski met Tusk on Monday. "Hungary must lift its veto now," the prime minister\'s note read.', ["tusk"]),
    # his spokesperson speaks for him, and so does "the spokesperson" that follows
    ('Tusk landed in Brussels. According to his spokesperson, he was furious. "The prime minister condemns this '
     'blackmail by Budapest," the spokesperson said.', ["tusk"]),
])
def test_a_text_or_a_spokesperson_of_the_speaker(tmp_path, body, speakers):
    assert [r["speaker"] for r in rows_of(tmp_path, body)][-1:] == speakers


# Regressions found by the review of session 10's change (each once misread by a new rule)
@pytest.mark.parametrize("body, expected", [
    # the pronoun or role that closes reported words is not a person named in those words
    ("Tusk spoke in Gdańsk on Monday. Orbán has betrayed Europe and must be stopped, he said.", ["tusk"]),
    ("Tusk spoke in Gdańsk on Monday. Orbán has betrayed Europe and must be stopped, the prime minister said.",
     ["tusk"]),
    ("Tusk spoke. Orbán is betraying Europe and must be stopped, said the prime minister.", ["tusk"]),
    # a participle or a subordinate clause before the attribution is no reported speech
    ("After meeting Merz and condemning Russia in Berlin on Tuesday, Tusk told reporters.", []),
    # the usual wire tails
    ("Orbán is betraying Europe and must be stopped, Tusk told a news conference.", ["tusk"]),
    ("Orbán is betraying Europe and must be stopped, Tusk said in a speech to parliament on Monday.", ["tusk"]),
    ("Orbán is betraying Europe and must be stopped, Tusk told reporters on the sidelines of the UN General "
     "Assembly in New York.", ["tusk"]),
])
def test_review_of_session_10_closing_attributions(tmp_path, body, expected):
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == expected


@pytest.mark.parametrize("title, body, authorial", [
    # a quote headline in the speaker's first person, or a Roman numeral, is no column
    ("Tusk: I will not be intimidated by Moscow", "Hungary was the only member state to vote no. Orbán was defeated.",
     False),
    ("Poland marks World War I armistice", "Hungary was the only member state to vote no. Orbán was defeated.", False),
    # outside an opinion piece "we find", "we hope" set a scene; they judge nobody
    ("Drones over Poland", "Sikorski called Orbán a traitor on Monday. We find him later in his office in Warsaw.",
     False),
    ("Drones over Poland", "Merz told reporters that Russia was testing NATO. We hope to bring you his remarks.",
     False),
])
def test_review_of_session_10_opinion_pieces(tmp_path, title, body, authorial):
    assert any(s == "author" for s, _, _ in _opinion_rows(tmp_path, title, body)) == authorial


@pytest.mark.parametrize("body, speakers", [
    # a source, officials, an outlet or an institution after a quote is not the person named last
    ('Merz met Tusk in Berlin on Monday. "Orbán is working for the Kremlin," the source said.', []),
    ('Merz met Tusk in Berlin on Monday. "Orbán is working for the Kremlin," the officials said.', []),
    ('Merz met Tusk in Berlin on Monday. "Orbán is working for the Kremlin," the Times said in an editorial.', []),
    ('Merz met Tusk in Berlin on Monday. "Russia is testing NATO and will fail," the Pentagon said.', []),
])
def test_review_of_session_10_descriptions(tmp_path, body, speakers):
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == speakers


@pytest.mark.parametrize("body, said_on", [
    # the date of an occasion for speaking dates what is said at it
    ("Merz gave a speech. At the 3 May press conference, Tusk called Orbán a liar.", "2025-05-03"),
    ("Merz gave two interviews. In the 3 May interview he said Orbán was isolated.", "2025-05-03"),
    # a standfirst that previews or updates is no occasion
    ("*Ahead of Thursday's summit in Brussels, we look at what leaders have said about Hungary.*\n\n"
     "Tusk has called Orbán a traitor.", ""),
    ("*This article was updated on Wednesday with a statement from the Kremlin.*\n\n"
     "Tusk has called Orbán a traitor.", ""),
])
def test_review_of_session_10_dates(tmp_path, body, said_on):
    assert [r["said_on"] for r in rows_of(tmp_path, body)][-1:] == [said_on]


@pytest.mark.parametrize("body, speakers", [
    # a bare quote after a sentence a person opens needs that sentence to announce speech
    ('Tusk was jeered by a crowd outside parliament on Monday. "Traitor! Traitor! Orbán was right!"', []),
    ('Tusk had praise for Sikorski as well. "He is the best foreign minister Poland ever had."', ["tusk"]),
    # place words end a name only after a preposition or "the"; elsewhere they are surnames
    ("Mike Castle, a former Delaware congressman, said Orbán had betrayed NATO.", ["Mike Castle"]),
    # "a statement from the Kremlin" is the Kremlin's, not the one who rejected it
    ('Tusk rejected a statement from Budapest on Monday as lies. "Warsaw provoked the incident," the statement '
     'said.', ["tusk", "hungary"]),
])
def test_review_of_session_10_speakers(tmp_path, body, speakers):
    assert list(dict.fromkeys(r["speaker"] for r in rows_of(tmp_path, body))) == speakers


def test_review_of_session_10_press_conferences(tmp_path):
    body = ("Warsaw, Tuesday. The two leaders took questions.\n\n"
            "**MERZ:** Germany stands with Poland. Russia is testing NATO and it will fail.\n\n"
            "**TUSK:** Why would I not agree? Is there anyone in Europe who still trusts Orbán?\n\n"
            "**Q:** Can you confirm that Russia sent the drones? Do you accuse Orbán of lying?\n\n"
            "**TUSK:** I cannot say more today.\n\n"
            "Tusk paused and looked out at the rain. Merz had called him an hour earlier.\n\n"
            "**MERZ:** Thank you.")
    rows = [(r["speaker"], r["quote"]) for r in rows_of(tmp_path, body, published="2025-05-13")]
    # a registry voice that answers with questions still answers
    assert any(s == "tusk" and "Is there anyone" in q for s, q in rows)
    # "Do you accuse …?" asks what the answerer may say; it reports nothing
    assert not any(q.startswith("accuse") or "accuse Orbán" in q for _, q in rows)
    # narration between the turns is no answer
    assert not any(q.startswith(("Tusk paused", "Merz had called")) and s == "tusk" for s, q in rows)


@pytest.mark.parametrize("body, speakers", [
    # a verb in a leading "When …," clause does not introduce the main clause's quote
    ('When Tusk called Orbán, protesters began to chant "traitor".', []),
    ('When Tusk spoke, he called Orbán "a traitor".', ["tusk"]),
    # "called X." or "called X to the podium" summons; "called X, among other things, a traitor" speaks
    ("Tusk called Orbán to the podium and left.", []),
    ("Tusk called Orbán, among other things, a traitor.", ["tusk"]),
    # a run of capitals with a digit is a thing, not a person ("Bayraktar TB2")
    ('Sikorski praised the Bayraktar TB2 drones. He said Orbán was "a disgrace".', ["sikorski"]),
])
def test_called_and_things_that_are_not_people(tmp_path, body, speakers):
    assert list(dict.fromkeys(r["speaker"] for r in rows_of(tmp_path, body))) == speakers


@pytest.mark.parametrize("body, speakers", [
    # "said only that": an account, withheld; unless what it says is a strong verdict
    ("Warsaw was silent. The ministry said only that the two men had discussed the arming of Ukraine.", []),
    ("Tusk said only that Orbán was a traitor and a liar.", ["tusk"]),
])
def test_said_only_that_is_an_account(tmp_path, body, speakers):
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == speakers


@pytest.mark.parametrize("body, speakers", [
    # calling an actor something the broad lexicon rates is a judgement, whatever the verb
    ("Tusk told reporters that Orbán was a traitor.", ["tusk"]),
    ("Sikorski said Budapest was the aggressor in this quarrel.", ["sikorski"]),
    # a plain account stays an attributed fact
    ("Tusk said the vote in Hungary was on Monday.", []),
])
def test_a_reported_name_for_an_actor_is_a_judgement(tmp_path, body, speakers):
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == speakers


@pytest.mark.parametrize("body, speakers", [
    # a role noun that modifies another role is not that role ("a government spokesperson")
    # and "the government" with no registry actor is the state named just before
    ('Poland protested on Monday. The cabinet met in emergency session. The government described the veto '
     'as "naked blackmail".', ["poland"]),
])
def test_the_government_is_the_state_named_just_before(tmp_path, body, speakers):
    from rhetoric.extract.roles import role_candidates

    reg = load_actors(ROOT / "tests" / "realistic" / "frontiers" / "actors.yml")
    assert "khaleel" not in role_candidates(reg, "the government")  # "Maldivian government spokesperson"
    assert list(dict.fromkeys(r["speaker"] for r in rows_of(tmp_path, body))) == speakers


# Regressions found by the second review of session 10 (each once misread by a fix)
@pytest.mark.parametrize("body, expected", [
    # an opening adjunct before "X told …" is nobody's words
    ("At a rally in Budapest on Saturday, Orbán told supporters to resist Brussels.",
     [("orban", "Orbán told supporters to resist Brussels")]),
    ("Earlier this week in Brussels, Tusk warned Orbán against another veto.",
     [("tusk", "Tusk warned Orbán against another veto")]),
    # "called the decision to …", "called X out" criticise; "As X said, “…”" brings in X's quote
    ("Tusk called the decision to block the sanctions a betrayal of Ukraine by Orbán.",
     [("tusk", "Tusk called the decision to block the sanctions a betrayal of Ukraine by Orbán")]),
    ('As Zakharova said on Monday, "Poland is the hyena of Europe."', [("zakharova", "Poland is the hyena of Europe.")]),
    # a name that is a subject, not a participle, opens reported words
    ("Beijing is helping Russia wage its war on Ukraine, Tusk told reporters.",
     [("tusk", "Beijing is helping Russia wage its war on Ukraine")]),
    ("Tusk said simply that Orbán had lied to Europe.", [("tusk", "Tusk said simply that Orbán had lied to Europe")]),
    # a colon: the clause before it names who speaks
    ("Merz spoke first in Berlin on Monday. Tusk was blunt: Orbán has betrayed Europe and must be stopped, he said.",
     [("tusk", "Orbán has betrayed Europe and must be stopped")]),
])
def test_review_of_session_10_second_read(tmp_path, body, expected):
    got = [(r["speaker"], r["quote"]) for r in rows_of(tmp_path, body)]
    assert all(e in got for e in expected), got


@pytest.mark.parametrize("body, speakers", [
    # a description stands for the person just named, not for another one
    ('Tusk visited the border village of Wola on Monday. "We are afraid of Russia every night," the farmer said.',
     []),
    ('Sikorski accused Orbán of lying. "The minister will withdraw that remark about Hungary," the Speaker said.',
     ["sikorski"]),
    # "Downing Street was silent": a place; "Mike Castle, a former congressman": a person
    ('Tusk arrived in London on Monday. Downing Street was silent. "Orbán has betrayed Europe," he said.', ["tusk"]),
    # "made a brief statement" brings in whose the statement is
    ('Zakharova made a brief statement on Monday. "Poland is a hyena of Europe," the statement said.', ["zakharova"]),
])
def test_review_of_session_10_second_read_speakers(tmp_path, body, speakers):
    assert list(dict.fromkeys(r["speaker"] for r in rows_of(tmp_path, body))) == speakers


@pytest.mark.parametrize("body, said_on", [
    # a news lead's "on Thursday" keeps the weekdays counted from publication
    ("Tusk accused Hungary on Thursday of betraying Europe.\n\nThe crisis began on Wednesday 16 April, when "
     "drones crossed into Poland.\n\nSpeaking in Warsaw on Thursday, Tusk said Orbán had betrayed Europe.",
     "2025-05-08"),
])
def test_review_of_session_10_second_read_dates(tmp_path, body, said_on):
    assert [r["said_on"] for r in rows_of(tmp_path, body)][-1:] == [said_on]


@pytest.mark.parametrize("title, opinion", [
    ("Why I no longer trust Orbán", True), ("What I saw in Budapest", True), ("In My View: Orbán has to go", True),
    ("Warsaw Notebook: I have seen this film before", True),
    ("Tusk: I will not be intimidated by Moscow", False), ("Poland marks World War I armistice", False),
])
def test_review_of_session_10_second_read_titles(tmp_path, title, opinion):
    from rhetoric.extract.context import ArticleContext
    from rhetoric.extract.reported import opinion_piece

    p = tmp_path / "t.md"
    p.write_text(f'---\nid: t\ntitle: "{title}"\noutlet: null\npublished: 2025-05-09\nlanguage: en\n---\nText.\n',
                 encoding="utf-8")
    assert opinion_piece(ArticleContext(read_article(p), REG)) == opinion


def test_a_page_of_letters_and_a_policy_brief_are_the_authors_opinion(tmp_path):
    # the letters' own judgements and the analysts' "We judge …" are the article's own voice,
    # signed by the broad lexicon where no cue reaches
    body = "Orbán's veto of the aid package was cynical and cruel.\n\n— Anna Kowalska, Gdańsk"
    assert _opinion_rows(tmp_path, "Letters: the veto and the ferry", body) == [("author", "orban", -1)]
    assert not [r for r in _opinion_rows(tmp_path, "Budapest blocks the aid package", body) if r[0] == "author"]
    # (the short standfirst reads as a heading, and still says what the piece is)
    body = ("*Programme note no. 3. The views of the programme's analysts are their own.*\n\n"
            "We judge that Hungary's veto is the most damaging step of the year.")
    assert _opinion_rows(tmp_path, "The aid package and the veto", body) == [("author", "hungary", -1)]


def test_a_role_word_in_the_complement_of_a_registry_role_is_not_that_role():
    # "Spokeswoman of Russia's foreign ministry" is a spokeswoman, not the ministry; "Ministry
    # of Foreign Affairs of China" is a ministry
    from rhetoric.extract.roles import role_candidates

    assert role_candidates(REG, "the ministry") == ["mofcom", "china_mfa"]
    assert role_candidates(REG, "the foreign ministry") == ["china_mfa"]
    assert "zakharova" in role_candidates(REG, "the spokeswoman")
    # only bodies: a person's title in the complement counts ("Chief of the General Staff" is a
    # general), and a second role after a comma is a role ("…, commander of KFOR")
    from conftest import ROOT

    study = load_actors(ROOT / "data" / "actors.yml")
    assert role_candidates(study, "the commander") == ["ulutas"]
    assert role_candidates(study, "the Serbian general") == ["mojsilovic"]


def test_a_news_storys_dated_account_of_an_act_is_not_its_verdict(tmp_path):
    # an act named in a sentence that tells when it happened is the story, not the author's stance;
    # a verdict in the same story still is one
    rows = _all_rows(tmp_path, "Finland applied to join NATO last May, after Russia's invasion of Ukraine.\n\n"
                               "Hungary complied with the ruling on 3 September.")
    assert [r for r in rows if r["kind"] == "authorial"] == []
    rows = _all_rows(tmp_path, "Orbán's veto was a cynical act of blackmail.")
    assert [(r["speaker"], r["target"]) for r in rows if r["kind"] == "authorial"] == [("author", "orban")]


def test_an_act_named_by_its_noun_in_a_reported_clause_is_not_the_reporters(tmp_path):
    # "Rama wrote that the delivery …": Rama reports on the delivery, he did not make it
    body = ("Turkey delivered the drones on Monday. Rama wrote that the delivery \"changes the region\". "
            "Gerapetritis called the delivery \"a provocation\".\n")
    rows = [(r["speaker"], r["target"]) for r in _all_rows(tmp_path, body) if r["speaker"] == "gerapetritis"]
    assert rows == [("gerapetritis", "turkey")]
    # but a noun after the verb that did the act is its doer's ("review of session 11")
    body = "Russia launched the attack on Odesa overnight. Sikorski called the attack \"barbaric\".\n"
    assert [(r["speaker"], r["target"]) for r in _all_rows(tmp_path, body) if r["speaker"] == "sikorski"] == [
        ("sikorski", "russia")]


def test_review_of_session_11_opinion_markers_and_dated_verdicts(tmp_path):
    # a belief about a state of affairs is not a verdict the lexicon signs; a verdict frame is
    assert _opinion_rows(tmp_path, "Opinion: Europe must act", "I suspect Tusk knows the danger better than anyone.") == [
        ("author", "tusk", 0)]
    assert _opinion_rows(tmp_path, "Opinion: Europe must act", "We consider Hungary's veto a serious error.") == [
        ("author", "hungary", -1)]
    # a news standfirst about someone's views, and "Letter-bomb", make no opinion piece
    body = "*Viktor Orbán insists his views on Ukraine are his own, not Moscow's.*\n\nCritics in Brussels were furious."
    assert _opinion_rows(tmp_path, "The veto", body) == []
    assert _opinion_rows(tmp_path, "Letter-bomb sent to embassy", "A letter bomb was sent to the Polish embassy on Tuesday.") == []
    # a closing disclaimer does
    body = "Orbán's veto was a gift to the Kremlin.\n\n*The views expressed in this article are those of the author.*"
    assert _opinion_rows(tmp_path, "The veto", body) == [("author", "orban", -1)]
    # a dated sentence with a copula judges, in a news story too
    rows = _all_rows(tmp_path, "Hungary's veto on Monday was an act of sabotage.")
    assert [(r["speaker"], r["target"]) for r in rows if r["kind"] == "authorial"] == [("author", "hungary")]


def test_second_review_of_session_11_acts_relations_and_opinion(tmp_path):
    # whoever condemns an act is not its doer
    body = ("Russia attacked a fuel depot in eastern Poland on Tuesday night. Tusk condemned the attack on Wednesday. "
            "Merz said the attack was “barbaric and cowardly.”\n")
    assert [(r["speaker"], r["target"]) for r in _all_rows(tmp_path, body) if r["speaker"] == "merz"] == [("merz", "russia")]
    # a partner's plight is no reproach
    assert [r["stance"] for r in _all_rows(tmp_path, "Merz said Poland was a nervous ally that deserved reassurance.\n")] == [1]
    # dated news told with a relative clause's or a passive's copula is still an account
    for sentence in ("Finland, which was neutral for decades, joined NATO in April 2023, after Russia's invasion of Ukraine.",
                     "The border was closed in November 2023, after Russia's invasion of Ukraine pushed migrants north."):
        assert [r for r in _all_rows(tmp_path, sentence) if r["kind"] == "authorial"] == []
    # a copula that tells is not signed by the lexicon in a first-person frame
    assert _opinion_rows(tmp_path, "Opinion: x", "I suspect Tusk is aware of the danger of war.") == [("author", "tusk", 0)]
    # the disclaimer's other wordings
    body = "Orbán's veto was a gift to the Kremlin.\n\n*The views expressed are solely those of the author.*"
    assert _opinion_rows(tmp_path, "The veto", body) == [("author", "orban", -1)]


@pytest.mark.parametrize("body", ['"When the Hungarians veto our aid, it is very bad news for us," Tusk said.',
                                  'Tusk said the Hungarians were blackmailing the union.'])
def test_a_state_named_by_its_people_after_the_is_that_state(tmp_path, body):
    # session 12: "the Turks", "the Hungarians": a people noun from the registry's demonyms
    assert [r["target"] for r in rows_of(tmp_path, body)] == ["hungary"]


def test_a_demonym_that_is_its_own_plural_is_not_taken_for_the_people(tmp_path):
    from rhetoric.extract.roles import people_nouns

    assert people_nouns("turkish") == ("turks",) and people_nouns("american") == ("americans",)
    assert people_nouns("chinese") == () and people_nouns("french") == ()


# --- review of session 12: the new rules in other wording --------------------------------------

@pytest.mark.parametrize("lead", ["More from Orbán:", "Then, from the Hungarian prime minister:",
                                  "But in Orbán's words:", "And the reply from Budapest:"])
def test_review12_a_lead_that_names_the_source_is_not_a_topic(tmp_path, lead):
    body = f'"We will not be blackmailed," Tusk told reporters in Warsaw. {lead} "Hungary decides for itself."'
    assert "tusk" not in [r["speaker"] for r in rows_of(tmp_path, body)[1:]]


@pytest.mark.parametrize("middle", ["Tusk was jeered as he left the hall.", "He was met outside by protesters.",
                                    "He read aloud a letter from Orbán.", "He points to a banner behind the podium."])
def test_review12_a_sentence_about_the_last_speaker_that_shows_others_words_does_not_pass_them_on(tmp_path, middle):
    body = f'"We will not give up on Ukraine," Tusk said. {middle} "Traitor! Hungary will never surrender."'
    assert [r["speaker"] for r in rows_of(tmp_path, body)].count("tusk") == len(
        [r for r in rows_of(tmp_path, body) if "give up" in r["quote"]])


@pytest.mark.parametrize("body, target", [
    ('"Hungary has vetoed the aid to Ukraine — a shameful betrayal," Tusk said.', "hungary"),
    ('"Orbán met Putin — a disgrace for the union," Tusk said.', "orban")])
def test_review12_a_phrase_after_a_dash_that_sums_up_an_act_is_about_its_doer(tmp_path, body, target):
    rows = rows_of(tmp_path, body)
    assert any(r["target"] == target and r["stance"] < 0 for r in rows)


@pytest.mark.parametrize("body", ['"Budapest is far too eager to provoke Poland," Tusk said.',
                                  '"Poland was right to reject Orbán\'s demands," Tusk said.'])
def test_review12_eagerness_and_a_verdict_on_ones_own_side_are_not_friendliness(tmp_path, body):
    assert all(r["stance"] <= 0 for r in rows_of(tmp_path, body) if r["target"] in ("hungary", "orban"))


@pytest.mark.parametrize("quote", ["To build an army out of the so-called security force is a threat to peace",
                                   "We must build a skilled labour force for our factories",
                                   "Europe must build a strong army of its own"])
def test_review12_a_force_that_is_not_the_speakers_is_not_its_armed_force(tmp_path, quote):
    body = f'"{quote}," Lithuania said.'
    assert "lithuanian_armed_forces" not in [r["target"] for r in rows_of(tmp_path, body)]


def test_review12_a_sentence_opened_by_another_clause_keeps_its_verbs_subject(tmp_path):
    body = 'As Magyar noted on Monday, Orbán said the visit was a success, while Tusk was "nervous about Ukraine".'
    assert "orban" in [r["speaker"] for r in rows_of(tmp_path, body) if "nervous" in r["quote"]]


def test_review12_a_people_noun_that_a_registry_actor_holds_is_not_the_state(tmp_path):
    from rhetoric.actors import load_actors
    from rhetoric.extract.roles import roles_of

    yml = tmp_path / "actors.yml"
    yml.write_text("actors:\n"
                   "  - {id: serbia, name: Serbia, kind: state, affiliation: null, role: State, aliases: [Serbia]}\n"
                   "  - {id: kosovo_serbs, name: Kosovo Serbs, kind: group, affiliation: null, role: Community,"
                   " aliases: [Kosovo Serbs]}\n"
                   "  - {id: turkey, name: Turkey, kind: state, affiliation: null, role: State, aliases: [Turkey]}\n",
                   encoding="utf-8")
    people = roles_of(load_actors(yml)).people_of
    assert "serbs" not in people and people.get("turks") == "turkey"


# --- session 13 (shoals read): one test per kind, in wording of its own ---------------------------

@pytest.mark.parametrize("thing", ["Polish Krab howitzers", "German Leopard tanks", "Turkish Bayraktar drones"])
def test_a_demonym_and_a_capitalised_word_are_a_thing_not_a_person(tmp_path, thing):
    body = (f"Orbán spoke in Budapest on Monday. The next day, as {thing} rolled east, he told reporters "
            "that Poland was a reckless neighbour.")
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["orban"]


def test_a_blockquote_signed_on_the_line_below_is_the_signers_and_dated_there(tmp_path):
    body = ("Tusk did not wait for the summit to end.\n\n"
            "> Hungary's veto is a disgrace for the whole union. We will find another way.\n"
            "> — Donald Tusk (@donaldtusk) May 6, 2025\n\n"
            "The Hungarian government did not answer.")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [(r["speaker"], r["said_on"]) for r in rows if "disgrace" in r["quote"]] == [("tusk", "2025-05-06")]
    assert any(r["target"] == "hungary" and r["stance"] < 0 for r in rows)


def test_a_blockquote_after_a_colon_is_the_words_of_the_one_the_lead_in_names(tmp_path):
    body = ("On Tuesday Orbán answered on Facebook within the hour:\n\n"
            "> Poland should mind its own business and stop lecturing Budapest.\n\n"
            "Warsaw was not impressed.")
    rows = rows_of(tmp_path, body)
    assert [r["speaker"] for r in rows if "mind its own" in r["quote"]][:1] == ["orban"]


def test_a_blockquote_opened_by_a_quotation_mark_is_paired_as_marks_say():
    from rhetoric.corpus import passages
    from rhetoric.extract.quotes import find_quotes

    body = '> "We will not give in," Tusk said.\n> The summit ends on Friday.'
    paras = [p for p in passages(body) if p.kind == "text"]
    qs = find_quotes(body, paras)
    assert [(body[q.start:q.end], q.block) for q in qs] == [
        ("We will not give in,", False), ("The summit ends on Friday.", True)]


def test_a_section_under_an_opinion_heading_is_the_authors_view(tmp_path):
    news = "Tusk flew to Brussels on Monday. Tusk looked weak and confused at the summit.\n\n"
    assert not [r for r in _opinion_rows(tmp_path, "Summit week", news) if r[0] == "author"]
    rows = _opinion_rows(tmp_path, "Summit week", news + "**Our assessment**\n\n"
                         "- Tusk looked weak and confused at the summit.\n\n**Next week**\n\nOrbán looked weak too.")
    assert [r for r in rows if r[0] == "author"] == [("author", "tusk", -1)]
    rows = _opinion_rows(tmp_path, "Summit week", news + "My view, for what it is worth: Tusk looked weak and "
                         "confused at the summit.")
    assert [r for r in rows if r[0] == "author"] == [("author", "tusk", -1)]


def test_kind_before_of_is_no_praise_and_deserving_credit_is():
    from rhetoric.extract import stance as st
    from rhetoric.extract.polarity import polar_words

    assert polar_words("the same kind of audience") == [] and polar_words("a kind man")
    assert [h.polarity for h in st.find_cues("tusk deserves real credit for the deal")] == [1]


def test_a_date_inside_a_clause_reported_without_that_is_not_when_it_was_said(tmp_path):
    body = ("Orbán spoke in Budapest on Tuesday. He said the veto had been agreed in March last year "
            "and that Poland was a reckless neighbour.")
    rows = rows_of(tmp_path, body)
    assert rows and all(r["said_on"] == "2025-05-06" for r in rows)


@pytest.mark.parametrize("before, said_on", [
    ("It was Orbán's first trip to Warsaw since the row of last October, and nobody mentioned it.", ""),
    ("Orbán's visit came after the elections of March, and nobody mentioned them.", ""),
    ("Orbán flew to Warsaw on the evening of 6 May, and nobody met him.", "2025-05-06")])
def test_a_date_after_since_or_a_nouns_of_is_no_time_of_the_story(tmp_path, before, said_on):
    rows = rows_of(tmp_path, f"{before} He said that Poland was a reckless neighbour.")
    assert [r["said_on"] for r in rows if r["speaker"] == "orban"] == [said_on]


@pytest.mark.parametrize("said, sign", [
    ('"Poland is not to be trifled with. We will not accept the slightest blackmail," Tusk said.', -1),
    ("Tusk said on Tuesday that Poland was far too small to threaten anyone.", 1),
    ('"Poland has never attacked anybody," Tusk said.', 1)])
def test_the_speakers_side_wronged_or_harming_nobody_is_said_to_the_other_side(tmp_path, said, sign):
    rows = rows_of(tmp_path, f"Orbán vetoed the aid package on Monday. {said}")
    assert [(r["target"], (r["stance"] > 0) - (r["stance"] < 0)) for r in rows if r["speaker"] == "tusk"] == \
        [("hungary", sign)]


def test_refusing_an_act_is_hostile_to_it_whatever_the_negation():
    from rhetoric.extract import stance as st

    for text in ("we will not accept the slightest blackmail", "poland will never bow to such threats"):
        assert [h.polarity for h in st.find_cues(text)] and all(h.polarity < 0 for h in st.find_cues(text))
    assert all(h.polarity > 0 for h in st.find_cues("we will not threaten anyone"))


@pytest.mark.parametrize("body, want", [
    ('Tusk answered Orbán within the hour, accusing him of "playing Moscow\'s game".', ("orban", -1)),
    ('Orbán called Warsaw on Friday. Tusk later thanked him for "an honest conversation".', ("orban", 1)),
    ('Tusk met Orbán in Brussels and blamed the Hungarian leader for "the deadlock".',
     ("orban", -1))])
def test_a_charge_or_praise_of_a_pronoun_or_role_outside_the_quote_is_about_whom_it_stands_for(tmp_path, body, want):
    rows = [r for r in rows_of(tmp_path, body) if r["speaker"] == "tusk"]
    assert [(r["target"], (r["stance"] > 0) - (r["stance"] < 0)) for r in rows] == [want]


@pytest.mark.parametrize("said, target, sign", [
    ("Tusk said he planned to visit Budapest before the summer with several ministers.", "hungary", 1),
    ("Tusk said he would pay an official visit to Hungary in June.", "hungary", 1),
    ("Tusk said that the joint exercises of Hungary and Russia were a menace to Poland's security.", "hungary", -1)])
def test_a_planned_visit_is_friendly_and_a_danger_to_someone_is_not(tmp_path, said, target, sign):
    rows = [r for r in rows_of(tmp_path, said) if r["speaker"] == "tusk"]
    assert rows and (rows[0]["target"], (rows[0]["stance"] > 0) - (rows[0]["stance"] < 0)) == (target, sign)


def test_what_someone_has_said_is_not_dated_by_the_day_told_before(tmp_path):
    body = ("On Monday Tusk met Orbán in Brussels. He has also said that Hungary was a danger to "
            "Poland's security.")
    rows = [r for r in rows_of(tmp_path, body) if "has also said" in r["quote"]]
    assert rows and all(r["said_on"] == "" for r in rows)


@pytest.mark.parametrize("lead", ["* In the same post: ", "Later in the interview: ", "Elsewhere in his statement: "])
def test_a_lead_that_points_back_to_the_same_words_lets_the_speaker_go_on(tmp_path, lead):
    body = ('Tusk answered on X in the afternoon. "Hungary is blackmailing Europe," he wrote.\n\n'
            f'{lead}"Orbán is a disgrace to the union. We will not be intimidated."')
    rows = rows_of(tmp_path, body)
    assert [r["speaker"] for r in rows if "disgrace" in r["quote"]] == ["tusk"]


@pytest.mark.parametrize("body", [
    "After talks with Tusk in Budapest on Monday, Orbán thanked his guest for his support of the summit.",
    "Tusk flew to Budapest on Monday. Orbán said his guest was always welcome in Hungary.",
    "Tusk met Orbán in Warsaw. Later Orbán praised his host for a frank and useful meeting."])
def test_the_guest_the_host_or_the_counterpart_is_the_person_met(tmp_path, body):
    rows = [r for r in rows_of(tmp_path, body) if r["speaker"] == "orban"]
    assert rows and rows[0]["target"] == "tusk" and rows[0]["stance"] > 0


def test_a_handle_that_spells_a_persons_name_is_that_person():
    from rhetoric.extract.context import article_mentions

    text = "Sikorski replied to @donaldtusk and @OrbanViktor, not to @PolandMFA or @unknownuser."
    assert [(m.actor, m.text) for m in article_mentions(text, REG) if m.text.startswith("@")] == [
        ("tusk", "@donaldtusk"), ("orban", "@OrbanViktor")]


def test_he_after_the_official_of_a_body_is_that_bodys_official(tmp_path):
    body = ("Tusk described Orbán as a man of his word.\n\n"
            "A NATO official, speaking to a radio station, praised Poland as a reliable ally.\n\n"
            'Asked about the drones, the official did not answer. "Russia keeps testing our patience," he said.')
    assert [r["speaker"] for r in rows_of(tmp_path, body) if "patience" in r["quote"]] == ["nato"]


def test_a_partial_quote_followed_by_its_that_clause_is_one_statement_with_it(tmp_path):
    body = 'Tusk wrote on X that it was "perfectly obvious" that Hungary wanted to wreck the summit.'
    rows = [r for r in rows_of(tmp_path, body) if r["speaker"] == "tusk"]
    assert rows and rows[0]["quote"].endswith("that Hungary wanted to wreck the summit")


def test_a_topic_lead_with_a_relative_clause_keeps_the_voice_and_not_the_clauses_date(tmp_path):
    body = ('- *Orbán*, Friday, after prayers in Budapest: "Brussels is punishing us." On the Polish prime '
            'minister, whom he met in Warsaw last September: "That meeting had a purpose. But Tusk is stubborn."')
    rows = [r for r in rows_of(tmp_path, body) if "stubborn" in r["quote"]]
    assert [(r["speaker"], r["target"], r["said_on"]) for r in rows] == [("orban", "tusk", "2025-05-09")]


def test_reminding_someone_of_something_reports_speech(tmp_path):
    rows = rows_of(tmp_path, "The Commission reminded Budapest on Monday that Hungary had violated the rule of "
                             "law again and again.")
    assert [(r["speaker"], r["target"], r["said_on"]) for r in rows] == [("commission", "hungary", "2025-05-05")]


# --- review13: a second read of session 13's rules found these in ordinary wording; each fails
# on the rules as first committed -------------------------------------------------------------

@pytest.mark.parametrize("body, speaker, want", [
    # a verdict on one's own side stays one (the own-side redirection is for the wronged and the warned)
    ("The European Commission froze funds for Hungary on Tuesday.\n\nOpposition leader Péter Magyar said: "
     "“Hungary has become a corrupt and lawless state.”", "magyar", ("hungary", -1)),
    ("Poland and Germany have argued for weeks over border controls.\n\n“Poland was wrong to close the "
     "crossings so abruptly,” Tusk said on Monday.", "tusk", ("poland", -1)),
    # a refused or someone else's visit is no friendliness
    ("Donald Tusk said on Monday he had refused to visit Budapest while Viktor Orbán blocked aid.", "tusk",
     ("hungary", -1)),
    # "very kind of X to" praises
    ("Viktor Orbán said on Monday: “It was very kind of Giorgia Meloni to host us in Rome.”", "orban", ("meloni", 1)),
])
def test_review13_targets_and_signs_in_ordinary_wording(tmp_path, body, speaker, want):
    rows = [r for r in rows_of(tmp_path, body) if r["speaker"] == speaker]
    assert rows and (rows[-1]["target"], (rows[-1]["stance"] > 0) - (rows[-1]["stance"] < 0)) == want


@pytest.mark.parametrize("body, said_on", [
    ("## Monday 5 May\n\n**14:05** Donald Tusk has said that Germany is “dumping migrants” on Poland.", "2025-05-05"),
    ("Donald Tusk spoke to reporters on the sidelines of Thursday's EU summit in Brussels. “Germany is dumping "
     "migrants on Poland,” he said.", "2025-05-08"),
    ("Viktor Orbán set out his position in a letter of 6 May to the Commission. “Brussels is blackmailing "
     "Hungary,” he wrote.", "2025-05-06"),
    ("Donald Tusk said, as he was arriving in Brussels on Thursday, that Germany was “dumping migrants” on "
     "Poland.", "2025-05-08"),
])
def test_review13_occasions_still_date_the_words(tmp_path, body, said_on):
    rows = rows_of(tmp_path, body)
    assert rows and rows[0]["said_on"] == said_on


@pytest.mark.parametrize("body, bad", [
    ("The pro-government daily @MagyarNemzet wrote on Sunday that Brussels was “blackmailing Hungary”.", "magyar"),
    ("In a post on X, @Petrobras_co said Venezuela had “lied repeatedly”.", "petro"),
    ("Viktor Orbán wrote on X:\n\n> Brussels wants war. Hungary wants peace.\n\n- Péter Magyar is due to hold "
     "a rally in Budapest on Sunday.", "magyar"),
    ("Donald Tusk accused Germany on Monday of “dumping migrants”.\n\n> Editor's note: An earlier version of "
     "this article misstated the date of the Berlin meeting.", None),
    ("Viktor Orbán's veto reminded many in Brussels that Hungary could still block aid to Ukraine.", "orban"),
])
def test_review13_no_speaker_from_a_handle_a_list_item_a_note_or_a_thing(tmp_path, body, bad):
    rows = rows_of(tmp_path, body)
    assert bad not in [r["speaker"] for r in rows]
    assert not any("Editor" in r["quote"] for r in rows)


def test_review13_a_signed_embed_with_a_blank_quoted_line_and_a_two_paragraph_blockquote(tmp_path):
    body = ("Poland reacted sharply.\n\n> Germany must stop pushing migrants across our border.\n>\n"
            "> — Donald Tusk (@donaldtusk) May 4, 2025")
    assert [(r["speaker"], r["said_on"]) for r in rows_of(tmp_path, body)] == [("tusk", "2025-05-04")]
    body = ("Viktor Orbán wrote on Facebook:\n\n> Brussels is blackmailing Hungary again.\n\n> We will not give in.\n\n"
            "— translated from the Hungarian original")
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["orban", "orban"]


@pytest.mark.parametrize("body, bad", [
    ("German Galushchenko called the strike “a deliberate act of terror”.", None),
    ("Sikorski said on Monday that Lithuania faced a growing danger to its security from Russian drones.",
     ("lithuania", -1)),
    ("Péter Szijjártó blocked the EU statement on Monday.\n\nRadosław Sikorski said after talks with his guest "
     "from Finland that the alliance was “united and strong”.", ("szijjarto", 1)),
    ("Viktor Orbán met Giorgia Meloni in Rome on Monday.\n\nBack in Budapest, Orbán was asked about the journalist "
     "Anna Kovács. He dismissed her reporting, accusing her of “spreading Brussels propaganda”.", ("meloni", -1)),
])
def test_review13_no_target_from_a_first_name_a_danger_faced_a_guest_described_or_an_unlisted_person(tmp_path, body,
                                                                                                     bad):
    rows = rows_of(tmp_path, body)
    if bad is None:
        assert [r["speaker"] for r in rows] == ["German Galushchenko"]
    else:
        assert bad not in [(r["target"], (r["stance"] > 0) - (r["stance"] < 0)) for r in rows]


def test_review13_a_that_of_time_after_a_partial_quote_is_no_clause_of_it(tmp_path):
    body = ('Tusk said relations had reached “a historic low” that week, after Viktor Orbán blocked the aid.')
    rows = [r for r in rows_of(tmp_path, body) if r["speaker"] == "tusk"]
    assert rows and "Orbán blocked" not in rows[0]["quote"]


# --- session 14 ------------------------------------------------------------------------------

def test_an_annotated_speech_in_quoted_blockquotes_is_the_speaker_its_first_paragraph_names(tmp_path):
    # a speech's passages in "> “…”" boxes, a correspondent's notes between them, nobody named
    # beside any box: the first paragraph tells who spoke, and when
    body = ("*Donald Tusk addressed the Sejm on Tuesday. His passages on Hungary follow, with our notes.*\n\n"
            "**On the veto**\n\n"
            "> “Budapest is holding the whole Union hostage, and we will not pay the ransom.”\n\n"
            "*Note: Viktor Orbán had blocked the package a week before.*\n\n"
            "> “Hungary remains our friend, but its government has chosen Moscow.”\n\n"
            "*Note: the chamber applauded.*")
    rows = [r for r in rows_of(tmp_path, body, published="2025-05-09") if r["kind"] != "authorial"]
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-05-06"), ("tusk", "2025-05-06")]


def test_a_quoted_blockquote_with_its_attribution_inside_stays_an_ordinary_quote(tmp_path):
    body = "Reporters waited in Warsaw.\n\n> “We will not pay the ransom,” Tusk said."
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["tusk"]


def test_the_object_of_a_causative_verb_is_the_speaker_of_the_infinitive_after_it(tmp_path):
    # "…, prompting X to accuse Y": X was made to speak, and spoke
    body = "Budapest vetoed the aid package on Tuesday, prompting Donald Tusk to accuse Viktor Orbán of blackmail."
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["tusk"]
    # but not someone asked to speak, nor an unnamed group "in" a country
    body = "The Commission wrote to Warsaw on Tuesday, urging Donald Tusk to condemn the veto."
    assert "tusk" not in [r["speaker"] for r in rows_of(tmp_path, body)]
    body = "The veto came on Tuesday, leading many in Poland to argue that Budapest was isolated."
    assert "poland" not in [r["speaker"] for r in rows_of(tmp_path, body)]


def test_the_short_demonyms_the_package_lacks_name_their_state(tmp_path):
    # countryinfo gives "Saudi Arabian" and no "Kazakh": "the Saudi foreign minister" is the
    # registry's foreign minister of Saudi Arabia (roles._EXTRA_DEMONYMS)
    reg = tmp_path / "actors.yml"
    reg.write_text("actors:\n"
                   "  - {id: saudi_arabia, name: Saudi Arabia, kind: state, role: State, aliases: [Saudi Arabia, Riyadh]}\n"
                   "  - {id: canada, name: Canada, kind: state, role: State, aliases: [Canada, Ottawa]}\n"
                   "  - {id: faisal, name: Faisal bin Farhan, kind: person, affiliation: saudi_arabia,\n"
                   "     role: Foreign Minister of Saudi Arabia, aliases: [Faisal bin Farhan]}\n", encoding="utf-8")
    p = tmp_path / "s1.md"
    p.write_text("---\nid: s1\ntitle: t\noutlet: null\npublished: 2025-05-09\nlanguage: en\n---\n"
                 "Asked about the row on Monday, the Saudi foreign minister said Canada had made \"a grave mistake\".\n",
                 encoding="utf-8")
    from rhetoric.extract.statements import extract_article

    rows = extract_article(read_article(p), load_actors(reg))
    assert [r["speaker"] for r in rows] == ["faisal"]


def test_a_role_with_a_name_in_apposition_is_that_person(tmp_path):
    # "His chief diplomat, Péter Szijjártó, went further, calling …": the name, not a role label
    body = ("Viktor Orbán wrote on Monday that Warsaw was lying. His chief diplomat, Péter Szijjártó, went further, "
            "calling the Polish decision \"hysterical\".")
    assert ("szijjarto", "poland") in [(r["speaker"], r["target"]) for r in rows_of(tmp_path, body)]


def test_a_partial_quote_that_is_the_predicate_of_a_named_subject_is_said_of_that_subject(tmp_path):
    # "Orbán, Sikorski wrote, was “…”": the quote is said of Orbán, who does the attacking
    body = "Orbán, Radosław Sikorski wrote on Tuesday, was “attacking Ukraine at the worst possible moment”."
    got = {(r["speaker"], r["target"]): r["stance"] for r in rows_of(tmp_path, body)}
    assert got.get(("sikorski", "orban"), 0) < 0, got
    body = "The Hungarian leader was, Radosław Sikorski wrote, “attacking Ukraine at the worst possible moment”."
    got = {(r["speaker"], r["target"]): r["stance"] for r in rows_of(tmp_path, body)}
    assert got.get(("sikorski", "orban"), 0) < 0, got
    # a role in the reported clause of a partial quote is a candidate target too
    body = "Sikorski said that the Hungarian prime minister was “quietly attacking the Commission”."
    got = {(r["speaker"], r["target"]): r["stance"] for r in rows_of(tmp_path, body)}
    assert got.get(("sikorski", "orban"), 0) < 0, got


def test_the_post_is_the_words_of_whoever_is_told_as_writing_on_a_platform(tmp_path):
    # "“…,” the post went on": the one who wrote on Facebook, not whoever spoke last
    body = ("Donald Tusk told reporters on Monday that talks would continue. Viktor Orbán replied on Facebook "
            "an hour later. \"Warsaw is lying to its own people,\" the post went on.")
    rows = rows_of(tmp_path, body)
    assert [r["speaker"] for r in rows if "lying" in r["quote"]] == ["orban"]
    # a post nobody is told as writing is nobody's (not a speaker called "the post")
    body = "\"Warsaw is lying to its own people,\" the post went on."
    assert "the post" not in [r["speaker"] for r in rows_of(tmp_path, body)]
    # a label before the sentence that names the writer does not hide the writer
    body = ("**The post.** On Tuesday Viktor Orbán put a comment of his own under the report: "
            "\"Warsaw is lying to its own people again.\"")
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["orban"]


def test_a_partial_quote_and_a_second_that_clause_of_its_verb_are_one_statement(tmp_path):
    body = "Sikorski wrote that Orbán was \"Moscow's errand boy\" and that Hungary would pay for the veto."
    rows = [r for r in rows_of(tmp_path, body) if r["speaker"] == "sikorski"]
    assert rows and all(r["quote"].endswith("Hungary would pay for the veto") for r in rows), rows


def test_words_that_go_on_after_a_closing_attribution_belong_to_the_statement(tmp_path):
    body = ("Orbán answered within the hour. Warsaw was lying to its own voters, he wrote, "
            "and to the whole of Europe about the veto.")
    rows = [r for r in rows_of(tmp_path, body) if r["speaker"] == "orban"]
    assert rows and all(r["quote"].endswith("the whole of Europe about the veto") for r in rows), rows


def test_the_stance_of_a_statement_stops_where_the_next_one_of_its_subject_begins(tmp_path):
    # "She thanked X for “…” and called Y's words “…”": the thanks are X's, the charge is Y's
    body = ("Poland's prime minister, Donald Tusk, did not wait long. He thanked Lithuania for its \"steadfast "
            "help\" at the border and called the Hungarian leader's words \"cynical and dangerous\".")
    got = {(r["target"], (r["stance"] > 0) - (r["stance"] < 0)) for r in rows_of(tmp_path, body)}
    assert ("lithuania", 1) in got and ("orban", -1) in got, got
    for body in ("Donald Tusk did not wait long. He thanked Lithuania for its \"steadfast help\" and called "
                 "Orbán's words \"cynical\".",
                 "Donald Tusk did not wait long. He called Orbán's words \"cynical\" and thanked Lithuania for "
                 "its \"steadfast help\"."):
        got = {(r["target"], (r["stance"] > 0) - (r["stance"] < 0)) for r in rows_of(tmp_path, body)}
        assert got == {("lithuania", 1), ("orban", -1)}, (body, got)


def test_an_attack_is_its_doers_hostile_act():
    from rhetoric.extract.stance import stance_toward

    text = "Pashinyan called a new Azerbaijani attack very likely."
    got = stance_toward(text, {"azerbaijan": [(text.index("Azerbaijani"), text.index("Azerbaijani") + 11)]})
    assert got["azerbaijan"] < 0, got


def test_a_quoted_relation_noun_keeps_its_complement_apart():
    # 'called X a “true friend” of Y': the praise is X's, whatever the quotation marks
    from rhetoric.extract.stance import stance_toward

    text = 'Tusk called Sikorski a "true friend" of Lithuania'
    got = stance_toward(text, {"sikorski": [(12, 20)], "lithuania": [(text.index("Lithuania"), len(text))]}, "sikorski")
    assert got["sikorski"] > 0, got


def test_a_closing_attribution_may_be_followed_by_a_clause_of_circumstance(tmp_path):
    # a wire lead: "<claim>, <Title Name> said on Saturday, as <what was happening>."
    body = ("WARSAW - Budapest is blackmailing the whole union with its veto, Prime Minister Donald Tusk "
            "said on Saturday, as the foreign ministers of the bloc gathered for a second day of talks in Brussels "
            "on the budget and on the enlargement of the union.")
    rows = rows_of(tmp_path, body)
    assert [r["speaker"] for r in rows] == ["tusk"] and rows[0]["quote"].startswith("Budapest is blackmailing"), rows


def test_a_word_that_classifies_a_weapon_is_no_judgement():
    # "combat drones", "attack helicopters": kinds of arms, not a stance
    from rhetoric.extract.polarity import polar_words

    assert polar_words("kosovo has received thousands of combat drones, months early") == []
    assert polar_words("the army bought new attack helicopters") == []
    assert polar_words("a combat he cannot win") != []  # the word itself still counts elsewhere


def test_a_word_that_classifies_a_practice_of_arms_and_a_debt_owed_are_no_judgement():
    from rhetoric.extract.polarity import polar_words

    assert polar_words("an army trained in modern warfare tactics and combat operations") == []
    assert [w for w in polar_words("a historic debt to bring the two nations together")] == []
    assert polar_words("moscow wages hybrid warfare against its neighbours") != []


# --- review14: a second read of session 14's rules found these; each failed before its fix ----

@pytest.mark.parametrize("body, who, above", [
    ("Merz said the attack on Turkey's embassy in Berlin was “a disgrace” and offered Ankara his support.", "turkey", -2),
    ("Merz said Orbán had been “unfairly attacked” by the Polish press.", "orban", -2),
    ("Tusk said he understood why Turkey felt it was being attacked from all sides, calling Ankara “a partner we "
     "need”.", "turkey", 0),
])
def test_review14_the_one_attacked_is_not_the_attacker(tmp_path, body, who, above):
    got = {r["target"]: r["stance"] for r in rows_of(tmp_path, body)}
    assert got.get(who, 0) > above, got


@pytest.mark.parametrize("body, not_speaker", [
    ("Brussels is pushing Orbán to condemn the “reckless escalation” by Ankara, diplomats told Reuters.", "orban"),
    ("Critics said the leak could prompt Merz to denounce Turkey's “reckless” drone programme.", "merz"),
])
def test_review14_someone_pressed_or_yet_to_be_prompted_has_said_nothing(tmp_path, body, not_speaker):
    assert not_speaker not in [r["speaker"] for r in rows_of(tmp_path, body)]



def test_review14_an_evaluative_word_before_a_weapon_still_judges(tmp_path):
    got = {r["target"]: r["stance"] for r in rows_of(tmp_path, "Orbán said Turkey made “superb drones” and Hungary "
                                                                 "would buy more.")}
    assert got.get("turkey", 0) > 0, got


def test_review14_a_future_perfect_by_a_day_still_looks_ahead():
    import datetime as dt

    from rhetoric.extract.dates import find_temporal_expressions

    found = [te.date.value for te in find_temporal_expressions(
        "Tusk said the new batteries would have arrived by Monday, in time for the summit.", dt.date(2025, 5, 7))]
    assert found == ["2025-05-12"], found


def test_review14_narration_after_a_closing_attribution_is_not_the_statement(tmp_path):
    rows = rows_of(tmp_path, "Turkey's conduct was “reckless”, Tusk said, and then left for Brussels without taking "
                             "questions.")
    assert rows and not any("left for Brussels" in r["quote"] for r in rows), rows


def test_review14_a_document_brought_in_after_the_standfirst_is_not_the_standfirsts_speaker(tmp_path):
    body = ("*Tusk spoke to reporters in Warsaw yesterday about the drone incursions.*\n\n"
            "He was asked about a Hungarian government letter sent to Brussels last week. The letter is blunt.\n\n"
            "> \"Hungary will not support any sanctions against Turkey and regards Poland's demands as "
            "irresponsible.\"")
    assert "tusk" not in [r["speaker"] for r in rows_of(tmp_path, body)]


def test_review14_a_meeting_to_confront_is_no_friendship(tmp_path):
    got = {r["target"]: r["stance"] for r in rows_of(tmp_path, "Merz said he would meet Orbán next week to tell him "
                                                                 "that the veto was “blackmail”.")}
    assert got.get("orban", 0) <= -2, got


def test_a_guest_expected_or_invited_is_a_promise_of_hospitality(tmp_path):
    for body in ("Meloni told reporters on Monday that she expected Tusk in Rome within weeks.",
                 "Sikorski said on Monday that he had invited Szijjártó to visit Warsaw."):
        rows = rows_of(tmp_path, body)
        assert [r["stance"] > 0 for r in rows if r["target"] in ("tusk", "szijjarto")] == [True], (body, rows)
    from rhetoric.extract.stance import find_cues

    assert not find_cues("the ministry expected a rise in exports")


def test_it_after_a_text_as_the_subject_before_is_whoever_wrote_the_text(tmp_path):
    body = ("Orbán replied on Facebook on Monday. The post did not name Poland; it said that Warsaw was "
            "\"lying to its own voters\".")
    rows = [r for r in rows_of(tmp_path, body) if "lying" in r["quote"]]
    assert [r["speaker"] for r in rows] == ["orban"], rows


def test_a_verdict_on_a_leader_said_of_a_state_is_on_the_one_who_leads_it(tmp_path):
    # "We are talking about a great leader", said with no name of Turkey: Erdoğan, the Turk the
    # article names most (their_leader, the inverse of their_country)
    reg = tmp_path / "actors.yml"
    reg.write_text("actors:\n"
                   "  - {id: hungary, name: Hungary, kind: state, role: State, aliases: [Hungary, Budapest]}\n"
                   "  - {id: turkey, name: Turkey, kind: state, role: State, aliases: [Turkey, Ankara]}\n"
                   "  - {id: orban, name: Viktor Orbán, kind: person, affiliation: hungary,\n"
                   "     role: Prime Minister of Hungary, aliases: [Viktor Orbán, Orbán]}\n"
                   "  - {id: erdogan, name: Recep Tayyip Erdoğan, kind: person, affiliation: turkey,\n"
                   "     role: President of Turkey, aliases: [Recep Tayyip Erdoğan, Erdoğan]}\n", encoding="utf-8")
    p = tmp_path / "l1.md"
    p.write_text("---\nid: l1\ntitle: t\noutlet: null\npublished: 2025-05-09\nlanguage: en\n---\n"
                 "Viktor Orbán flew to Ankara on Monday for talks with Recep Tayyip Erdoğan.\n\n"
                 "Afterwards Orbán was effusive: “We are talking about a great leader of a great country.”\n",
                 encoding="utf-8")
    from rhetoric.extract.statements import extract_article

    rows = extract_article(read_article(p), load_actors(reg))
    assert ("erdogan", True) in [(r["target"], r["stance"] > 0) for r in rows], rows


def test_an_opening_participle_before_a_colon_lead_is_not_the_speaker(tmp_path):
    body = "Asked about Lithuania afterwards, Sikorski was blunt: “Vilnius has been a loyal friend.”"
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["sikorski"]


def test_an_opening_time_adjunct_belongs_to_a_reported_partial_quote(tmp_path):
    rows = rows_of(tmp_path, "Orbán vetoed the package on Monday. The next day Tusk called him “a traitor to Europe”.")
    assert [r["quote"] for r in rows if r["speaker"] == "tusk"] == ["The next day Tusk called him “a traitor to Europe”"]


def test_review14_a_time_since_when_is_no_time_of_speaking(tmp_path):
    rows = rows_of(tmp_path, "Orbán, who has held the post since 2010, said on Monday that Brussels was "
                             "\"blackmailing\" Hungary.")
    assert [r["said_on"] for r in rows if r["speaker"] == "orban"] == ["2025-05-05"], rows


def test_review14_a_clause_of_circumstance_may_quote_another_speaker(tmp_path):
    rows = rows_of(tmp_path, "Poland will not give in to blackmail, Prime Minister Donald Tusk said on Saturday, "
                             "as Orbán called the move “madness”.")
    assert "tusk" in {r["speaker"] for r in rows} and {r["speaker"] for r in rows} <= {"tusk", "orban"}, rows


# --- session 15 ------------------------------------------------------------------------------

def test_a_statement_reproduced_whole_in_one_pair_of_marks_over_several_paragraphs(tmp_path):
    # one opening mark in the blockquote's first paragraph, one closing mark at the end of its
    # last: every paragraph is the issuer's, whom the article's first paragraph names
    body = ("BRUSSELS - The European Commission released the following statement on Monday. We print it in "
            "full.\n\n"
            "**The text**\n\n"
            "> \"Beijing's new export licences are a breach of the commitments China made at the summit.\n"
            ">\n"
            "> The Union regrets that China has ignored every request for consultation.\n"
            ">\n"
            "> The Commission will defend European producers by all lawful means.\"\n\n"
            "Analysts expect a reply from Beijing within days.")
    rows = rows_of(tmp_path, body, published="2025-05-14")
    got = [(r["speaker"], r["said_on"], r["quote"][:20]) for r in rows]
    assert got == [("commission", "2025-05-12", "Beijing's new export"), ("commission", "2025-05-12", "The Union regrets th"),
                   ("commission", "2025-05-12", "The Commission will ")], got
    assert not any(r["quote"].endswith('"') or r["quote"].startswith('"') for r in rows)


def test_a_scripts_production_label_gives_the_speaker_in_its_bracket(tmp_path):
    # a radio or TV script: "GRAB (Name, role): “…”" is the named person's clip; the narration
    # ("VO:", "ANCHOR:") is read as article text; a sentence of a clip that names nobody is about
    # what the clip's sentence before was about
    body = ("SLUG: POLAND-HUNGARY/VETO\n\n"
            "ANCHOR: Warsaw and Budapest traded words again on Tuesday.\n\n"
            "VO: The prime minister spoke after the summit in Brussels.\n\n"
            "GRAB (Donald Tusk, prime minister of Poland): \"Budapest is holding the whole Union hostage. "
            "This is blackmail, pure and simple.\"\n\n"
            "VO: He had kinder words for Rome.\n\n"
            "GRAB (Tusk): \"As for Giorgia Meloni, she kept her word. That is rare and admirable these days.\"\n\n"
            "VO: In Budapest the answer came within the hour.\n\n"
            "ACTUALITY (Orbán, interpreted): \"Warsaw is lecturing us again.\"")
    rows = rows_of(tmp_path, body, published="2025-05-14")
    got = [(r["speaker"], r["target"], r["quote"].strip('"')[:12]) for r in rows]
    # (a clip of two short sentences is one utterance, one statement)
    assert got == [("tusk", "hungary", "Budapest is "), ("tusk", "meloni", "As for Giorg"),
                   ("orban", "poland", "Warsaw is le")], got
    assert {r["said_on"] for r in rows} == {"2025-05-13"}


@pytest.mark.parametrize("body, target", [
    # "not only" adds, it does not negate
    ("Merz said Hungary's veto not only harms Ukraine but shames the whole Union.", "hungary"),
    # a verb that works against a good thing named as its object (a polarity shifter): the cue
    # ("rapprochement") and a lexicon word ("friendship") turn hostile
    ("Tusk said Budapest would obstruct any rapprochement between Warsaw and Rome.", None),
    ("Merz said Hungary had disregarded its friendship with Poland.", "hungary"),
])
def test_an_addition_is_no_negation_and_a_good_thing_worked_against_is_hostile(tmp_path, body, target):
    rows = rows_of(tmp_path, body)
    assert rows and all(r["stance"] < 0 for r in rows), rows
    assert target is None or target in [r["target"] for r in rows], rows


def test_a_table_of_who_said_what_gives_each_row_to_the_speaker_its_row_names(tmp_path):
    # a data piece's table: the speaker's column and the words' column are found by their
    # headers; a quote in a row is the row's speaker's, a row without one is reported speech
    body = ("The veto week in one table.\n\n"
            "**Tuesday 6 May**\n\n"
            "| Speaker | Channel | Remark |\n"
            "|:--|:--|:--|\n"
            "| Donald Tusk, prime minister of Poland | press conference | \"Budapest is blackmailing the whole Union "
            "again.\" |\n"
            "| Orbán, the same evening | radio | Accused Warsaw of lecturing Hungary about democracy |\n\n"
            "| Country | Votes in favour | Votes against |\n"
            "|---|---|---|\n"
            "| Hungary | 0 | 1 |\n")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    got = [(r["speaker"], r["target"], r["stance"] < 0, r["said_on"]) for r in rows]
    assert got == [("tusk", "hungary", True, "2025-05-06"), ("orban", "poland", True, "2025-05-06")], got
    assert rows[1]["kind"] == "reported" and rows[1]["quote"].startswith("Accused Warsaw")


def _insulted_by(tmp_path, text: str, extra: str = "") -> list[str]:
    """The speakers of the statements about an insult in ``text``, with a registry whose "the
    ministry" is Poland's (and ``extra`` actors)."""
    reg = tmp_path / "actors.yml"
    reg.write_text("actors:\n"
                   "  - {id: poland, name: Poland, kind: state, role: State, aliases: [Poland, Warsaw]}\n"
                   "  - {id: hungary, name: Hungary, kind: state, role: State, aliases: [Hungary, Budapest]}\n"
                   "  - {id: poland_mfa, name: Polish foreign ministry, kind: organisation, affiliation: poland,\n"
                   "     role: Ministry of Foreign Affairs of Poland, aliases: [Polish foreign ministry, the ministry]}\n"
                   "  - {id: hungary_mfa, name: Hungarian foreign ministry, kind: organisation, affiliation: hungary,\n"
                   "     role: Ministry of Foreign Affairs of Hungary, aliases: [Hungary's foreign ministry]}\n" + extra,
                   encoding="utf-8")
    p = tmp_path / "m1.md"
    p.write_text(f"---\nid: m1\ntitle: t\noutlet: null\npublished: 2025-05-09\nlanguage: en\n---\n{text}\n",
                 encoding="utf-8")
    from rhetoric.extract.statements import extract_article

    return [r["speaker"] for r in extract_article(read_article(p), load_actors(reg)) if "insulted" in r["quote"]]


@pytest.mark.parametrize("text, speaker", [
    # the registry's "the ministry" is Poland's; an article that names only Hungary's ministry
    # means Hungary's by it
    ("Hungary's foreign ministry summoned the Polish envoy on Monday. The ministry said Warsaw had insulted "
     "Budapest.", "hungary_mfa"),
    # where Poland's ministry is named, the alias is still Poland's
    ("The Polish foreign ministry summoned the Hungarian envoy on Monday. The ministry said Budapest had "
     "insulted Warsaw.", "poland_mfa"),
    # and with no ministry named at all, it is the registry's
    ("Nobody was surprised on Monday. The ministry said Budapest had insulted Warsaw.", "poland_mfa"),
])
def test_an_alias_that_only_describes_means_the_actor_named_last_with_its_noun(tmp_path, text, speaker):
    assert _insulted_by(tmp_path, text) == [speaker]


def test_what_someone_does_instead_of_what_they_should_is_a_reproach_not_a_fact(tmp_path):
    # an attributed account with no evaluative word is a fact, unless it contrasts the act
    # with what should have been done ("instead of", "rather than")
    assert rows_of(tmp_path, "Merz said Budapest was talking to Beijing on Monday.") == []
    rows = rows_of(tmp_path, "Instead of working with the Commission, Tusk said, Hungary was courting Moscow.")
    assert [(r["speaker"], r["target"]) for r in rows] == [("tusk", "hungary")], rows
    rows = rows_of(tmp_path, "Merz said Budapest was talking to Beijing rather than listening to its partners.")
    assert [(r["speaker"], r["target"]) for r in rows] == [("merz", "hungary")], rows
    # review15: a choice of place or time is no reproach
    assert rows_of(tmp_path, "Tusk said on Thursday that the summit would be held in Warsaw rather than in "
                             "Brussels.") == []


def test_a_role_two_people_hold_is_the_one_speaking_in_the_paragraph(tmp_path):
    # both are prime ministers; Tusk was named last, but Orbán is the one whose words the
    # paragraph is giving
    body = ("Orbán answered on Facebook on Monday, a day after a speech by Donald Tusk.\n\n"
            "Next he went after Warsaw. \"Poland is isolated and bitter,\" he wrote. The prime minister called "
            "the Polish veto \"a disgrace\".")
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["orban", "orban"]


def test_a_question_word_opens_no_name(tmp_path):
    # "Which Iranian official said …?" (a quiz, an FAQ): "Which Iranian" is nobody's name
    rows = rows_of(tmp_path, "Which Polish official said Warsaw strongly condemned the veto?")
    assert not any(r["speaker"].startswith(("Which", "Whose")) for r in rows), rows


# --- review15: a second read of session 15's rules found these; each failed before its fix ----

@pytest.mark.parametrize("body, target, sign", [
    ('Tusk said on Thursday: "We will not simply trust Russia after this."', "russia", -1),
    ("Orbán said on Thursday that Hungary had not only never supported Ukraine's membership bid.", "ukraine", -1),
    ("Meloni said on Thursday that no one would be allowed to jeopardise the friendship between Italy and Albania.",
     "albania", 1),
    ("Ruto said on Tuesday that nothing would damage the strong partnership between Kenya and the United States.",
     "united_states", 1),
    ('"Anyone who tries to undermine the partnership with Albania will fail," Meloni said.', "albania", 1),
    ("Tusk said on Thursday that Hungary's veto blocks support for Ukraine.", "hungary", -1),
])
def test_review15_a_shifter_ruled_out_or_a_negation_after_not_only_keeps_its_sign(tmp_path, body, target, sign):
    got = {r["target"]: r["stance"] for r in rows_of(tmp_path, body)}
    assert target in got and (got[target] > 0) - (got[target] < 0) == sign, got


def test_review15_a_shifter_is_a_verb_and_its_object_ends_at_and(tmp_path):
    got = {r["target"]: r["stance"] for r in rows_of(tmp_path, 'Merz said on Friday: "We must prevent escalation and '
                                                                'build trust with Russia."')}
    assert got.get("russia", 0) >= 0, got
    from rhetoric.extract.stance import find_cues

    assert [h.polarity for h in find_cues("germany offered preventive support to poland")] == [1]


def test_review15_a_role_that_answers_the_one_who_spoke_is_the_other(tmp_path):
    body = ('Venezuelan President Nicolás Maduro on Thursday attacked his Colombian counterpart Gustavo Petro. '
            '"He is a traitor to the Bolivarian cause," Maduro said of Petro. The president responded within hours, '
            'saying on X that Maduro was a dictator who had destroyed Venezuela.')
    assert [r["speaker"] for r in rows_of(tmp_path, body) if "dictator" in r["quote"]][:1] == ["petro"]


def test_review15_only_a_table_of_words_said_gives_statements_and_short_rows_count(tmp_path):
    acts = ("What happened.\n\n| Date | Who | What |\n|---|---|---|\n"
            "| 9 May | Hungary | Vetoed a joint EU statement condemning Russia for the drone incursions over Poland |\n"
            "| 10 May | Russia | Recalled its ambassador from Warsaw |\n\n"
            "| Name | Votes | Comment |\n|---|---|---|\n"
            "| Viktor Orbán | 41% | A disappointing result for the prime minister, who had promised a landslide |\n")
    # (no row of these tables is anyone's words: what the general rules make of a long cell's
    # prose is theirs, as before tables were read)
    quotes = [r["quote"] for r in rows_of(tmp_path, acts)]
    assert not any(q.startswith(("Vetoed", "Recalled", "A disappointing")) for q in quotes), quotes
    said = ("Who said what.\n\n| Who | What was said |\n|---|---|\n"
            "| Donald Tusk | \"Russia is testing NATO.\" |\n"
            "| Viktor Orbán | Said Hungary would not back new sanctions on Russia |\n")
    assert [(r["speaker"], r["target"]) for r in rows_of(tmp_path, said)] == [("tusk", "russia"), ("orban", "russia")]


def test_review15_a_turn_in_an_answer_does_not_carry_the_praised_ally_into_the_reproach(tmp_path):
    body = ("Tusk spoke to our correspondent in Warsaw on Thursday.\n\n**Q:** How do you see the German help?\n\n"
            "**A:** I thank Chancellor Merz for the Patriot batteries. But the threat is real and it is growing every "
            "day. These are provocations, aggressive and dangerous ones.\n\n**Q:** And Hungary?\n\n"
            "**A:** Orbán has chosen his side. We will see what happens next.")
    rows = rows_of(tmp_path, body)
    assert not any(r["target"] == "merz" and r["stance"] < 0 for r in rows), rows


def test_review15_a_describing_alias_stays_its_own_when_its_side_is_named_since(tmp_path):
    sikorski = ("  - {id: sikorski, name: Radosław Sikorski, kind: person, affiliation: poland,\n"
                "     role: Foreign Minister of Poland, aliases: [Radosław Sikorski, Sikorski]}\n")
    text = ("Hungary's foreign ministry summoned the Polish ambassador on Monday. In Warsaw, Sikorski defended the new "
            "rules. The ministry said Budapest had insulted Poland.")
    assert _insulted_by(tmp_path, text, sikorski) == ["poland_mfa"]


def test_review15_a_reproduced_quote_may_reopen_its_mark_in_every_paragraph(tmp_path):
    body = ("The German government issued the following statement on Thursday.\n\n"
            "> \"The Federal Republic condemns the violation of Polish airspace by Russia.\n>\n"
            "> \"Germany stands with Poland and will support its request for consultations.\"")
    rows = rows_of(tmp_path, body)
    assert [(r["speaker"], r["quote"][:20]) for r in rows] == [("germany", "The Federal Republic"),
                                                              ("germany", "Germany stands with ")], rows


def test_review15_a_text_the_first_paragraph_says_follows_is_its_owners(tmp_path):
    body = ("The Polish government issued a statement on Thursday rejecting the remarks of Hungarian Prime Minister "
            "Viktor Orbán. His post on Facebook, which prompted the reply, is reproduced below in full.\n\n"
            "> \"Poland is isolated and bitter.\n>\n> \"Warsaw lectures everyone and listens to nobody.\"")
    rows = rows_of(tmp_path, body)
    assert [r["speaker"] for r in rows if r["kind"] == "direct"] == ["orban", "orban"], rows


def test_review15_a_clips_label_may_date_it(tmp_path):
    body = ("ANCHOR: Warsaw remembered the first weeks of the war on Tuesday.\n\n"
            "ARCHIVE SOT (Donald Tusk, March 2022): \"Russia is the aggressor and Putin is a war criminal.\"\n\n"
            "VO: Today the prime minister spoke again.\n\nSOT (Tusk): \"Russia is testing NATO every day.\"")
    assert [r["said_on"] for r in rows_of(tmp_path, body)] == ["2022-03", "2025-05-09"]


# --- review15b: a read of the review15 fixes found these; each failed before its fix ----------

@pytest.mark.parametrize("body, target, sign", [
    ("Tusk said on Thursday that Hungary, more than anyone, was blocking support for Ukraine.", "hungary", -1),
    ("Tusk said on Thursday that it was no secret that Hungary was blocking support for Ukraine.", "hungary", -1),
    ('Tusk said on Thursday: "Russia is not simply provoking Poland, it is testing the whole alliance."', "russia", -1),
    ("Tusk said on Thursday that the damage to the friendship with Germany was limited.", "germany", 1),
])
def test_review15b_a_shifter_reads_its_own_clause_and_not_simply_but_adds(tmp_path, body, target, sign):
    got = {r["target"]: r["stance"] for r in rows_of(tmp_path, body)}
    assert target in got and (got[target] > 0) - (got[target] < 0) == sign, got


def test_review15b_the_one_asked_replies_and_a_dismissal_is_the_others(tmp_path):
    lead = ('Venezuelan President Nicolás Maduro on Thursday attacked his Colombian counterpart Gustavo Petro. '
            '"He is a traitor to the Bolivarian cause," Maduro said of Petro. ')
    rows = rows_of(tmp_path, lead + 'Asked whether he would meet him, the president replied: "Colombia has betrayed '
                                    'Venezuela."')
    assert [r["speaker"] for r in rows if "betrayed" in r["quote"]] == ["maduro"], rows
    rows = rows_of(tmp_path, lead + "The president dismissed the accusation within hours, writing on X that Venezuela "
                                    "was ruled by a corrupt dictator.")
    assert [r["speaker"] for r in rows if "dictator" in r["quote"]][:1] == ["petro"], rows


def test_review15b_a_turn_inside_a_sentence_stops_the_carry_over(tmp_path):
    body = ("Tusk spoke to our correspondent in Warsaw on Thursday.\n\n**Q:** How do you see the German help?\n\n"
            "**A:** I thank Chancellor Merz for the Patriot batteries. The threat, however, is real and it is growing "
            "every day.\n\n**Q:** And Hungary?\n\n**A:** Orbán has chosen his side. We will see what happens next.")
    assert not any(r["target"] == "merz" and r["stance"] < 0 for r in rows_of(tmp_path, body))


def test_review15b_words_columns_with_a_qualifier_and_quoted_comments(tmp_path):
    for head in ("Key quote", "What was said (translated)", "Comment"):
        body = (f"Who said what.\n\n| Who | {head} |\n|---|---|\n| Donald Tusk | \"Russia is testing NATO.\" |\n")
        assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["tusk"], head


def test_review15b_the_following_statement_is_the_issuers_whatever_else_was_published(tmp_path):
    body = ("The Polish government issued the following statement on Thursday in response to Orbán's remarks, which "
            "were published on Facebook.\n\n> \"Poland rejects the insults of the Hungarian prime minister.\n>\n"
            "> \"Hungary has chosen isolation and will bear the consequences.\"")
    assert {r["speaker"] for r in rows_of(tmp_path, body) if r["kind"] == "direct"} == {"poland"}


@pytest.mark.parametrize("text, speaker", [
    # the other state named as the object of the ministry's act does not give the alias back
    ("Hungary's foreign ministry summoned Poland's ambassador on Monday. The ministry said Warsaw had insulted "
     "Budapest.", "hungary_mfa"),
    # nor does distance alone
    ("Hungary's foreign ministry on Monday condemned the new border rules.\n\n" + "The rules were drafted in "
     "the spring and published in the official gazette after a long consultation with hauliers and farmers. " * 5
     + "\n\nThe ministry said the rules had insulted Budapest.", "hungary_mfa"),
])
def test_review15b_a_describing_alias_switches_unless_a_person_of_its_side_is_named_since(tmp_path, text, speaker):
    assert _insulted_by(tmp_path, text) == [speaker]


def test_an_act_after_instead_of_is_the_doer_named_before_the_contrast(tmp_path):
    got = {r["target"]: r["stance"] for r in rows_of(
        tmp_path, '"Orbán should talk to his partners, instead of constantly threatening his neighbours," Tusk said.')}
    assert got.get("orban", 0) < 0, got


def test_a_pledge_of_ones_own_conduct_that_names_no_one_else_is_no_statement(tmp_path):
    # the codebook's self-description: "We will always …", "Poland will always …" about its own
    # conduct, naming none but its own side and judging no one
    assert rows_of(tmp_path, '"We will always defend the freedom of the press," Tusk said on Monday.') == []
    assert rows_of(tmp_path, '"Poland will always stand up for the rule of law in Poland," Tusk said.') == []
    # but a pledge toward another, or about another, is one
    assert [r["target"] for r in rows_of(tmp_path, '"Poland will continue to support Ukraine," Tusk said.')] == ["ukraine"]
    assert [r["speaker"] for r in rows_of(tmp_path, '"He will always be welcome in Warsaw," Tusk said of Orbán.')] == ["tusk"]


def test_a_pronoun_in_a_quote_is_the_subject_of_the_sentence_before_not_its_object(tmp_path):
    body = ('"Viktor Orbán is a cynic who flatters Marco Rubio. We have nothing to discuss with him and he is persona '
            'non grata here," Tusk said.')
    assert [(r["target"], r["stance"] < 0) for r in rows_of(tmp_path, body)] == [("orban", True)]


# --- session 16 -------------------------------------------------------------------------------

def test_presenters_of_a_programme_whose_clips_name_their_voice_in_brackets_narrate(tmp_path):
    # a programme read by two hosts ("ANNA:", "MARK:"), its clips labelled "CLIP (NAME):": the hosts
    # are narrators even when they call each other by name, so what they report is the person's
    body = ("ANNA: Good morning. Mark, what happened in Warsaw?\n\n"
            "MARK: Donald Tusk spoke to farmers on Monday. He said that Hungary had betrayed Europe.\n\n"
            "CLIP (TUSK): \"Budapest is blocking everything we try to do for Ukraine.\"\n\n"
            "ANNA: Strong words, Mark.")
    rows = rows_of(tmp_path, body)
    assert {r["speaker"] for r in rows} == {"tusk"}, rows
    assert any("betrayed" in r["quote"] for r in rows), rows


def test_a_clip_is_not_dated_by_the_day_a_host_opens_the_programme_with(tmp_path):
    # the hosts' greeting tells the day of the broadcast, not of the clip; the clip's lead-in
    # dates it, and without one it stays undated as any statement whose day the text does not tell
    body = ("ANNA: Good morning, it's Friday the ninth of May.\n\n"
            "MARK: Donald Tusk went on X.\n\n"
            "CLIP (TUSK): \"Budapest is blocking everything we try to do for Ukraine.\"\n\n"
            "MARK: And on Wednesday he was in Berlin.\n\n"
            "CLIP (TUSK): \"Germany is our closest partner in the Union.\"")
    assert [r["said_on"] for r in rows_of(tmp_path, body)] == ["", "2025-05-07"]


def test_a_statement_reproduced_in_paragraphs_after_a_standfirst_is_the_one_who_made_it(tmp_path):
    # nobody signs the passages: the standfirst tells who opened the meeting with a statement;
    # the editor's notes in brackets are nobody's words and do not end the quote, even when
    # they report what another side says
    body = ("*Donald Tusk opened the cabinet meeting on Monday with a statement on the veto. Below are its "
            "main passages; our notes are in brackets.*\n\n"
            "\"Hungary is blocking the package again. [The vote was due on Friday. Budapest says the package "
            "is unlawful.] This is blackmail, pure and simple.\n\n"
            "\"Germany has been a loyal partner to Poland.\"")
    rows = rows_of(tmp_path, body)
    got = [(r["speaker"], r["target"], r["said_on"]) for r in rows]
    assert got == [("tusk", "hungary", "2025-05-05"), ("tusk", "hungary", "2025-05-05"),
                   ("tusk", "germany", "2025-05-05")], got
    assert not any("Budapest says" in r["quote"] for r in rows)


@pytest.mark.parametrize("lead, speaker", [
    # an outlet that quotes someone passes on that one's words
    ("Xinhua quoted the Polish prime minister at length:", "tusk"),
    ("The agency cited Donald Tusk:", "tusk"),
    # the one who spoke, the words quoted by an outlet
    ("Donald Tusk wrote on X, in the words quoted by Xinhua:", "tusk"),
    # what one cites that is no one: the one who cites it speaks
    ("Donald Tusk quoted the Bible:", "tusk"),
])
def test_an_outlet_that_quotes_someone_before_a_colon_passes_on_that_ones_words(tmp_path, lead, speaker):
    rows = rows_of(tmp_path, f'On Monday Warsaw answered. {lead} "Hungary is blocking the package again."')
    assert [r["speaker"] for r in rows] == [speaker], rows


@pytest.mark.parametrize("quote, sign", [
    ("We want the best relations with Germany.", 1),
    ("Relations with Germany are living a golden age.", 1),
    ("Germany will always be welcome in Poland.", 1),
    ("Relations with Germany are not good.", -1),
])
def test_relations_praised_or_wished_for_are_warm_toward_the_other_side(tmp_path, quote, sign):
    got = {r["target"]: r["stance"] for r in rows_of(tmp_path, f'Tusk said on Monday: "{quote}"')}
    assert "germany" in got and (got["germany"] > 0) - (got["germany"] < 0) == sign, got


def test_a_pronoun_after_a_sentence_whose_only_person_is_the_source_of_words_is_that_person(tmp_path):
    # "… carried a charge from Meloni. Hungary, she said, …": the outlet is the subject, the
    # person named as the source speaks; and a guess made earlier (the last speaker for a "his")
    # has not taught the extraction that she is a man
    body = ("Meloni said on Monday that Italy would support Ukraine.\n\n"
            "The package was due on Friday. The vote was delayed. The markets fell.\n\n"
            "Tusk, Xinhua reported, claimed that his comments had been misunderstood.\n\n"
            "On Sunday Polish radio carried a charge from Meloni. Hungary, she said, had blocked the package.")
    rows = rows_of(tmp_path, body)
    assert [r["speaker"] for r in rows if "blocked" in r["quote"]] == ["meloni"], rows


def test_praise_held_at_a_distance_as_others_words_is_not_the_speakers(tmp_path):
    said = "Tusk said on Monday that German policy had produced "
    got = {r["target"]: r["stance"] for r in rows_of(tmp_path, said + 'what some describe as a "golden age" of '
                                                                     'relations with Italy.')}
    assert got.get("italy", 0) <= 0, got
    got = {r["target"]: r["stance"] for r in rows_of(tmp_path, said + "a golden age of relations with Italy.")}
    assert got.get("italy", 0) > 0, got


def test_a_pronoun_opening_a_section_is_the_person_its_heading_names(tmp_path):
    body = ("Donald Tusk called the veto blackmail on Sunday.\n\n**Did Orbán back down?**\n\n"
            "Partly. On Monday he said that Poland was a friend of Hungary.")
    rows = rows_of(tmp_path, body)
    assert [r["speaker"] for r in rows if "friend" in r["quote"]] == ["orban"], rows


def test_her_after_his_mother_is_the_mothers_and_a_reporting_pronoun_is_the_sentences_opener(tmp_path):
    # "his mother … her relatives": the relative's, so Tusk is not taken for a woman; and the
    # "he said" of a later clause is the person who opens the sentence, not one named before it
    body = ("Viktor Orbán spoke first and kept to the budget.\n\n"
            "Adam Nowak, a historian who writes for Gazeta Wyborcza, told a story about his mother, who grew up "
            "in Lviv; many of her friends, he said, were deported by Russia. \"Russia has never paid for it,\" he "
            "said.")
    rows = rows_of(tmp_path, body)
    assert {r["speaker"] for r in rows} == {"Adam Nowak"}, rows


def test_it_added_is_the_one_who_reported_in_the_sentence_before(tmp_path):
    # "…, the ministry said. “…” The sale, it added, …": the ministry goes on, not the state the
    # sentence before names (a sentence wholly in quotes between does not count)
    body = ('For months Japan had been making "baseless accusations" about China, the Chinese foreign ministry '
            'said on Monday. "The latest sale is a provocation." The sale, it added, "violates the spirit of '
            'the joint statement."')
    rows = rows_of(tmp_path, body)
    assert [r["speaker"] for r in rows if "violates" in r["quote"]] == ["china_mfa"], rows


def test_a_date_that_opens_what_a_parenthetical_report_tells_is_not_the_day_of_telling(tmp_path):
    # "On Friday afternoon, he told MPs, drones had crossed …": Friday is the drones' day; the
    # statements of the sitting are of the day it was held
    body = ("Donald Tusk came to the Sejm late yesterday to make a statement, three days after Russian drones "
            "crossed the border. On Friday afternoon, he told MPs, nineteen drones had entered Polish airspace. "
            "\"Russia is testing NATO, and Poland will answer,\" Tusk said.")
    rows = rows_of(tmp_path, body, published="2025-05-13")
    assert [r["said_on"] for r in rows if "testing" in r["quote"]] == ["2025-05-12"], rows


def test_a_states_office_named_with_its_holder_in_apposition_is_the_holder(tmp_path):
    got = [r["target"] for r in rows_of(tmp_path, "Donald Tusk also thanked Hungary's president, Mr Viktor Orbán.")]
    assert got == ["orban"], got


def test_entries_in_labelled_fields_are_the_words_of_the_one_the_who_field_names(tmp_path):
    body = ("**1. The veto**\n\n*Who, when:* A Polish government source, on Monday 5 May, after the summit.\n\n"
            "*What was said:* \"Hungary is holding the whole Union hostage.\"\n\n"
            "*What it means:* Warsaw has lost patience with Budapest.\n\n**2. The reply**\n\n"
            "*Who, when:* Viktor Orbán, on Tuesday 6 May.\n\n*Quote:* \"Warsaw should mind its own business.\"")
    got = [(r["speaker"], r["said_on"]) for r in rows_of(tmp_path, body)]
    assert got == [("poland", "2025-05-05"), ("orban", "2025-05-06")], got


def test_an_unnamed_source_of_a_state_speaks_for_it(tmp_path):
    got = [r["speaker"] for r in rows_of(tmp_path, 'A Polish diplomatic source said on Monday: "Hungary is holding '
                                                   'the whole Union hostage."')]
    assert got == ["poland"], got


def test_an_appositive_and_a_relative_clause_may_stand_between_a_speaker_and_the_verb(tmp_path):
    body = ("Giorgia Meloni, the former Italian foreign minister, who was attending the conference, said the "
            "comparison between Poles and Hungarians was unacceptable.")
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["meloni"]


def test_an_opening_when_clause_before_a_colon_lead_is_not_its_speaker(tmp_path):
    body = ('Orbán spoke first. When he raised the veto again, Tusk cut him off: "Hungary is holding the Union '
            'hostage."')
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["tusk"]


def test_a_headline_introduced_with_a_judgement_is_no_statement(tmp_path):
    body = ('Tusk said on Monday that the veto was a disgrace.\n\nXinhua\'s headline was unforgiving: "Orbán '
            'repents: I spoke too harshly about Poland".')
    rows = rows_of(tmp_path, body)
    assert [r["speaker"] for r in rows] == ["tusk"], rows


def test_ones_own_words_said_to_be_misread_is_no_statement(tmp_path):
    assert rows_of(tmp_path, "Orbán insisted on Monday that his remarks had been taken out of context.") == []
    assert rows_of(tmp_path, '"My words were misunderstood," Orbán said on Monday.') == []
    # but blaming another for it is one
    rows = rows_of(tmp_path, "Orbán said on Monday that his remarks had been twisted by the liars in Warsaw.")
    assert [r["target"] for r in rows] == ["poland"], rows


# --- review16: a read of session 16's rules found these; each failed before its fix ---------------

def test_review16_a_guest_the_programme_names_in_full_answers_whatever_the_clips(tmp_path):
    body = ("HOST: Good evening. The prime minister spoke in the Sejm this afternoon.\n\n"
            "CLIP (TUSK): \"Hungary is blocking the aid package for Ukraine.\"\n\n"
            "HOST: With me is Anna Kowal of the Centre for Eastern Studies. Anna, is he right?\n\n"
            "KOWAL: He is. Hungary is acting as Russia's Trojan horse inside the Union.")
    assert {r["speaker"] for r in rows_of(tmp_path, body)} == {"tusk", "Kowal"}


@pytest.mark.parametrize("sentence", [
    'On Monday, Tusk said, "Russia is testing NATO, and Poland will answer."',
    "On Monday, Tusk said in a statement, Hungary was blocking the aid package for Ukraine.",
])
def test_review16_a_date_before_a_reporting_clause_is_the_tellings_unless_the_report_goes_back(tmp_path, sentence):
    rows = rows_of(tmp_path, "Donald Tusk met NATO ambassadors in Warsaw. " + sentence, published="2025-05-13")
    assert [r["said_on"] for r in rows][:1] == ["2025-05-12"], rows


@pytest.mark.parametrize("quote, n", [
    ("We will not let [the U.S.] dictate to Hungary how to run its energy policy", 1),
    ("Hungary is blocking Europe [sic!] and Germany knows it", 1),
    ("Nobody will ever question [the 1991 treaty on good neighbourliness and friendly cooperation with Germany], "
     "because it has served Poland well", 1),
    ("Hungary is blocking Europe again. [The vote was due on Friday.] Germany knows it", 2),
])
def test_review16_only_a_sentence_in_brackets_is_an_editors_note_that_cuts_a_quote(tmp_path, quote, n):
    rows = rows_of(tmp_path, f'Tusk was blunt on Monday. "{quote}," he said.')
    assert len({r["statement_id"] for r in rows if r["kind"] == "direct"}) == n, rows


def test_review16_passages_after_text_that_brings_in_someone_else_are_not_the_first_speakers(tmp_path):
    body = ("*Donald Tusk opened the cabinet meeting on Monday with a statement on the veto.*\n\n"
            "\"Hungary is blocking the package again.\n\n\"This is blackmail.\"\n\n"
            "Meloni told Italian radio on Tuesday that Italy understood Hungary's concerns.\n\n"
            "\"Budapest has legitimate worries about the package.\n\n\"Germany and Poland must listen to them.\"")
    rows = rows_of(tmp_path, body)
    assert not any(r["speaker"] == "tusk" and ("worries" in r["quote"] or "listen" in r["quote"]) for r in rows), rows


def test_review16_a_later_passage_is_judged_on_its_own_words(tmp_path):
    body = ("*Donald Tusk opened Monday's cabinet meeting with a statement on the veto. Below are its main "
            "passages.*\n\n\"Hungary is blocking the aid package for Ukraine again. This is blackmail.\n\n"
            "\"We want the best relations with all our neighbours, and we will keep working for them.\"")
    rows = rows_of(tmp_path, body)
    assert not any("neighbours" in r["quote"] and r["stance"] < 0 for r in rows), rows


def test_review16_the_source_of_words_speaks_only_after_an_outlet_carried_them(tmp_path):
    body = ("Donald Tusk met protesting farmers in Lublin on Monday. The protest had drawn a message of support "
            "from Giorgia Meloni. Hungary, he said, was blocking the aid package for Ukraine.")
    assert [r["speaker"] for r in rows_of(tmp_path, body) if "blocking" in r["quote"]] == ["tusk"]


def test_review16_her_own_relative_does_not_take_the_speakers_pronoun(tmp_path):
    body = ("Giorgia Meloni arrived in Tirana on Monday for talks with Edi Rama.\n\n"
            "Accompanied by her daughter, she told reporters that Albania was a true friend of Italy.")
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["meloni"]


def test_review16_the_opener_of_a_sentence_does_not_take_a_pronoun_another_person_goes_with(tmp_path):
    body = ("Viktor Orbán stayed away from the summit in Rome, where Giorgia Meloni spoke for two hours; Hungary, "
            "she said, had chosen isolation.")
    assert not any(r["speaker"] == "orban" for r in rows_of(tmp_path, body))


def test_review16_a_heading_that_names_a_topic_takes_no_pronoun(tmp_path):
    body = ("Donald Tusk spent Monday in Brussels, where the summit ran late into the night.\n\n"
            "**The Orbán problem**\n\nHe told reporters after midnight that Hungary was blackmailing the Union.")
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["tusk"]


@pytest.mark.parametrize("sentence, targets", [
    ("Tusk condemned Hungary's latest veto, Viktor Orbán's third this year, as blackmail.", {"hungary", "orban"}),
    ("Merz praised Poland's resilience, Meloni's courage and Rama's patience.", {"poland", "meloni"}),
    ("Donald Tusk also thanked Hungary's prime minister Viktor Orbán for his help.", {"orban"}),
])
def test_review16_only_an_office_before_its_holder_gives_the_holder_for_the_state(tmp_path, sentence, targets):
    assert {r["target"] for r in rows_of(tmp_path, sentence)} == targets


@pytest.mark.parametrize("sentence", [
    '"The golden age of relations with China is over," Merz told reporters in Berlin on Monday.',
    '"Our close ties with Germany are a thing of the past," Orbán said on Monday.',
    "Tusk said on Monday that Hungary's policy had produced a so-called golden age of relations with Russia.",
])
def test_review16_relations_said_to_be_over_or_so_called_are_not_praise(tmp_path, sentence):
    assert not any(r["stance"] > 0 for r in rows_of(tmp_path, sentence))


@pytest.mark.parametrize("greeting", [
    "Good morning, and welcome to Morning Report on Thursday the eighth of May.",
    "Good morning. This is Radio Poland's Morning Report for Thursday, the eighth of May.",
])
def test_review16_a_programmes_greeting_gives_its_own_day_not_the_clips(tmp_path, greeting):
    body = (f"ANNA: {greeting}\n\nMARK: Donald Tusk went on X.\n\n"
            "CLIP (TUSK): \"Budapest is blocking everything we try to do for Ukraine.\"")
    assert [r["said_on"] for r in rows_of(tmp_path, body)] == [""]


def test_review16_days_after_an_event_told_with_an_irregular_verb_count_from_it(tmp_path):
    body = ("On Thursday Viktor Orbán met Vladimir Putin in Moscow. Donald Tusk came to the Sejm late yesterday to "
            "make a statement, four days after Orbán met Putin. \"Hungary is now Russia's ally,\" Tusk said.")
    assert [r["said_on"] for r in rows_of(tmp_path, body, published="2025-05-13")] == ["2025-05-12"]


def test_review16_a_body_that_reported_goes_on_with_it_warned(tmp_path):
    body = ('For months Japan had been making "baseless accusations" about Beijing, China\'s foreign ministry said '
            'on Monday. "The latest sale is a provocation." The sale, it warned, "will have consequences for the '
            'whole region."')
    assert [r["speaker"] for r in rows_of(tmp_path, body) if "consequences" in r["quote"]] == ["china_mfa"]


@pytest.mark.parametrize("lead, speaker", [
    ("Xinhua carried remarks by Lin Jian:", "lin_jian"),
    ("Tusk quoted NATO:", "tusk"),
])
def test_review16_an_outlet_passes_on_words_it_carried_and_only_an_outlet(tmp_path, lead, speaker):
    rows = rows_of(tmp_path, f'On Monday Beijing answered. {lead} "Japan must stop interfering in China\'s '
                             f'internal affairs."')
    assert [r["speaker"] for r in rows] == [speaker], rows


# --- session 17 -------------------------------------------------------------------------------

def test_a_month_without_its_year_follows_a_story_told_more_than_a_year_back(tmp_path):
    # "In March last year … In August": that August, the story goes forward from the time told;
    # a story told within the year keeps the month before publication
    body = ('In March last year Donald Tusk told the Sejm that "Russia is testing every one of us." '
            'Nothing came of it.\n\nIn August Tusk said: "Moscow has learnt nothing from the last war."')
    assert [r["said_on"] for r in rows_of(tmp_path, body, published="2025-11-20")] == ["2024-03", "2024-08"]
    recent = body.replace("In March last year", "In March")
    assert [r["said_on"] for r in rows_of(tmp_path, recent, published="2025-11-20")] == ["2025-03", "2025-08"]


@pytest.mark.parametrize("pronoun, named_before", [("she", "Elina Valtonen"), ("he", "Benjamin Netanyahu")])
def test_a_pronoun_after_the_representative_of_a_state_is_that_state(tmp_path, pronoun, named_before):
    # the registry has the state, not the person who speaks for it; a person of the pronoun's
    # gender named earlier is not the one
    body = (f'{named_before} spoke first and asked for a vote. The delegate of China rejected the draft. '
            f'"This text serves one side only and cannot pass," {pronoun} said.')
    assert [r["speaker"] for r in rows_of(tmp_path, body) if "one side" in r["quote"]] == ["china"]


def test_advised_reports_the_words_of_the_subject_of_its_own_clause(tmp_path):
    body = ('Orbán spoke of sovereignty, and his foreign minister, Péter Szijjártó, advised '
            '"everyone in Brussels who dreams of punishing Hungary to think again".')
    assert [r["speaker"] for r in rows_of(tmp_path, body) if "think again" in r["quote"]] == ["szijjarto"]


def test_the_date_of_a_signed_agreement_is_no_time_of_speaking(tmp_path):
    body = ('Nikol Pashinyan said the shelling broke the ceasefire agreement of 10 November 2020. '
            '"Our people are being driven from their homes," he said.')
    assert all(r["said_on"] != "2020-11-10" for r in rows_of(tmp_path, body, published="2023-09-21"))


@pytest.mark.parametrize("holding", ["acting", "caretaker", "interim"])
def test_a_role_held_for_now_is_the_role(tmp_path, holding):
    # "the acting Hungarian prime minister" is the prime minister of Hungary, not no one
    body = (f'Sikorski and Orbán met in Brussels. The {holding} Hungarian prime minister said afterwards that '
            f'Poland was "playing a dangerous game with Europe\'s security".')
    assert [r["speaker"] for r in rows_of(tmp_path, body) if "dangerous" in r["quote"]] == ["orban"]


@pytest.mark.parametrize("pronoun, speaker", [("him", "orban"), ("her", "meloni")])
def test_an_outlet_that_quoted_a_pronoun_as_saying_passes_on_that_persons_words(tmp_path, pronoun, speaker):
    body = (f'{"Orbán" if speaker == "orban" else "Giorgia Meloni"} left Warsaw early. The daily Nepszava quoted '
            f'{pronoun} as saying, before the plane took off, that the talks had been "a waste of everyone\'s time".')
    assert [r["speaker"] for r in rows_of(tmp_path, body) if "waste" in r["quote"]] == [speaker]


@pytest.mark.parametrize("institution", ["the Centre for Eastern Studies", "the Polish Institute of International "
                                         "Affairs"])
def test_a_person_of_an_institution_speaks_not_the_last_word_of_its_name(tmp_path, institution):
    body = (f'Orbán flew to Moscow. Wojciech Kowalski of {institution} told reporters that Budapest was '
            f'"drifting out of the Western family".')
    assert [r["speaker"] for r in rows_of(tmp_path, body) if "drifting" in r["quote"]] == ["Wojciech Kowalski"]


def test_a_month_without_its_year_does_not_follow_a_story_told_in_another_section(tmp_path):
    # a heading opens another answer: the month before publication, not the one after the
    # earlier answer's January 2023
    body = ('**Reader: Has Tusk said this before?**\n\nIn Davos in January 2023 Tusk told reporters: '
            '"Russia will test every border it can reach."\n\n**Reader: And Hungary?**\n\nIn October Orbán '
            'told state radio: "Poland is playing a dangerous game."')
    assert [r["said_on"] for r in rows_of(tmp_path, body, published="2026-02-13")] == ["2023-01", "2025-10"]


def test_it_reported_without_that_is_the_subject_of_the_verb_before(tmp_path):
    # "Its foreign ministry said it had noted …": "it" is the ministry, not the state of the
    # sentence before
    body = ('Beijing hit back on Tuesday. Its foreign ministry said it had noted "the provocative remarks of '
            'the Japanese leader, which gravely harm the political foundation of relations."')
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["china_mfa"]


def test_a_colon_leads_speaker_is_not_the_object_of_an_opening_preposition(tmp_path):
    body = ('The row went on. At a briefing in Moscow that night Zakharova went further: "Warsaw has chosen '
            'confrontation over common sense."')
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["zakharova"]


def test_a_parenthetical_pronoun_after_a_possessive_topic_is_the_sentences_opener(tmp_path):
    # "Tusk …: Orbán's veto, he said, was …": he reports on Orbán's veto; he is Tusk
    body = ('Donald Tusk, leaving the summit early, did not hide his anger: Orbán\'s veto, he said, was '
            '"a gift to the Kremlin and nothing else".')
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["tusk"]


def test_paragraphs_under_label_lines_in_capitals_are_the_words_of_the_one_each_names(tmp_path):
    # a reactions factbox: a line in capitals names the speaker and the occasion; the paragraphs
    # under it are that speaker's, quoted or reported, and a pronoun there is that speaker
    body = ('European leaders reacted on Monday to Hungary\'s veto.\n\nREACTIONS:\n\n'
            'DONALD TUSK, POLISH PRIME MINISTER, ON X, MONDAY:\n\n'
            '"Hungary has chosen Moscow over its partners, and Europe will remember it."\n\n'
            'PÉTER SZIJJÁRTÓ, HUNGARIAN FOREIGN MINISTER, TO REPORTERS IN BUDAPEST:\n\n'
            'Dismissed the criticism as hysteria from Warsaw. He said Poland wanted "to dictate to a sovereign '
            'country what it may think".\n\n'
            'ANNA KOWALCZYK, ANALYST AT A WARSAW THINK TANK:\n\n'
            '"Budapest has isolated itself inside the union."')
    rows = rows_of(tmp_path, body, published="2025-05-13")
    got = {(r["speaker"], r["said_on"]) for r in rows}
    assert ("tusk", "2025-05-12") in got, rows
    assert {r["speaker"] for r in rows if "dictate" in r["quote"] or "hysteria" in r["quote"]} == {"szijjarto"}, rows
    assert {r["speaker"] for r in rows if "isolated" in r["quote"]} == {"Anna Kowalczyk"}, rows
    assert not any("REACTIONS" in r["quote"] for r in rows)


def test_one_line_in_capitals_is_no_label_of_the_paragraphs_under_it(tmp_path):
    # a single caps line with a colon (a section's name) labels nothing
    body = 'BACKGROUND AND CONTEXT:\n\n"Hungary has chosen Moscow," Tusk said on Monday.'
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["tusk"]


def test_a_quoted_predicate_before_an_inverted_attribution_with_a_relative_clause(tmp_path):
    # US wire style: 'The veto "…," said Tusk, who …': the clause the quote ends is Tusk's
    body = ('The Hungarian veto "is a gift to the Kremlin and an insult to Ukraine," said Tusk, who flew to '
            'Brussels on Monday for the summit.')
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["tusk"]


def test_the_last_word_of_a_bodys_name_stands_for_it_once_the_name_was_given(tmp_path):
    # "the European Union … the Union": the body; "in the Union": its venue
    body = ('The European Union opened a case against Budapest on Monday. Szijjártó accused the Union '
            'of "blackmail dressed up as law".')
    assert [r["target"] for r in rows_of(tmp_path, body) if "blackmail" in r["quote"]] == ["eu"]
    from rhetoric.extract.context import article_mentions

    text = "The European Union met. Hungary's standing in the Union was weak, and the Union said so."
    assert [m.actor for m in article_mentions(text, REG)] == ["eu", "hungary", "eu"]


@pytest.mark.parametrize("sentence, target, sign", [
    ("Pashinyan called for an immediate halt to Azerbaijan's operation.", "azerbaijan", -1),
    ("Pashinyan stressed the necessity of reopening Azerbaijan's checkpoint on the road.", "azerbaijan", -1),
    ("Tusk said he hoped Merz would visit Warsaw before the summer.", "merz", 1),
    ("Tusk said the visit by Merz would open a new page between the two countries.", "merz", 1),
])
def test_demands_to_stop_and_hopes_of_a_visit_or_a_new_chapter_take_a_stance(tmp_path, sentence, target, sign):
    rows = rows_of(tmp_path, sentence)
    assert any(r["target"] == target and (r["stance"] > 0) == (sign > 0) and r["stance"] != 0 for r in rows), rows


def test_a_verb_whose_object_is_what_was_said_does_not_close_the_words_before_its_subject(tmp_path):
    # "The … of Poland, Radosław Sikorski, stressed the importance of …": the object is the words;
    # "…, he noted the next day": a time, the words are before the comma
    body = ("Poland's chief diplomat and former defence minister, Radosław Sikorski, stressed the importance of "
            "lifting Hungary's veto.")
    # (the words run from the subject's title since session 24: one statement, "stressed" and its object in it)
    assert [("stressed the importance" in r["quote"], r["quote"].endswith("veto.") or r["quote"].endswith("veto"))
            for r in rows_of(tmp_path, body)] == [(True, True)]
    body = "Hungary's veto was a gift to the Kremlin and a betrayal of Ukraine, Sikorski noted the next day."
    assert {r["quote"][:7] for r in rows_of(tmp_path, body)} == {"Hungary"}


def test_a_date_after_to_whom_a_verb_was_addressed_dates_it(tmp_path):
    # "wrote to Olaf Scholz on Tuesday about …": to whom, then when; "asked Orbán to resign on
    # Friday": the infinitive is the content, its date is not the asking's
    rows = rows_of(tmp_path, "Donald Tusk apologised to Friedrich Merz on Tuesday for the border checks.",
                   published="2025-05-09")
    assert {r["said_on"] for r in rows} == {"2025-05-06"}, rows


def test_what_may_follow_an_open_condition_is_no_verdict_of_the_author(tmp_path):
    # "If Orbán brings …, Tusk might …": a forecast, not the author's verdict (words quoted from
    # others are not the author's; a strong word of the author's own still makes one)
    body = 'If Orbán brings his "Nazi" talk about Kyiv to the dinner, Tusk might leave the table before dessert.'
    assert _titled_rows(tmp_path, "Brussels briefing", body) == []
    body = "If Orbán had any shame, he would stop his shameful blackmail."
    assert [r["target"] for r in _titled_rows(tmp_path, "Brussels briefing", body)] == ["orban"]


def test_the_question_put_to_a_speaker_is_no_words_of_theirs_before_a_closing_attribution(tmp_path):
    body = ('Tusk greeted Orbán at the door. Asked at the door whether Hungary owed Poland an apology for the veto, '
            'the Polish prime minister answered in one line.')
    assert rows_of(tmp_path, body) == []


# --- review17: a read of session 17's rules found these; each failed before its fix ---------------

def test_review17_section_titles_in_capitals_are_no_speakers_and_the_writers_text_ends_a_label(tmp_path):
    body = ("Poland's prime minister Donald Tusk on Monday criticised Hungary's veto of EU aid to Ukraine.\n\n"
            "KEY FACTS:\n\nHungary has blocked the 50 billion euro package since December.\n\n"
            "WHAT HAPPENS NEXT:\n\nBrussels could fine countries that refuse to take part.")
    assert {r["speaker"] for r in rows_of(tmp_path, body)} == {"tusk"}
    body = ("Reactions to the vote on Wednesday:\n\nDONALD TUSK, POLISH PRIME MINISTER, ON X:\n\n"
            '"This is a good day for Europe and a bad day for the Kremlin."\n\n'
            "PETER SZIJJARTO, HUNGARIAN FOREIGN MINISTER, TO REPORTERS:\n\n"
            '"Brussels has once again ignored the will of the member states."\n\n'
            "The European Parliament approved the resolution by 412 votes to 178.")
    rows = rows_of(tmp_path, body)
    assert {r["speaker"] for r in rows} == {"tusk", "szijjarto"}
    assert not any("412" in r["quote"] for r in rows)


def test_review17_a_label_that_puts_the_role_first_names_its_speaker(tmp_path):
    body = ('POLISH PRIME MINISTER DONALD TUSK:\n\n"Hungary has chosen Moscow over its partners."\n\n'
            'HUNGARIAN FOREIGN MINISTER PETER SZIJJARTO:\n\n"Warsaw should mind its own business."')
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["tusk", "szijjarto"]


def test_review17_the_union_inside_a_longer_name_or_as_a_place_is_no_mention_of_the_eu(tmp_path):
    from rhetoric.extract.context import article_mentions

    text = ("Tusk criticised the European Union. Trump used his State of the Union address to attack China. "
            "Prices rose across the Union.")
    assert [m.actor for m in article_mentions(text, REG)] == ["tusk", "eu", "china"]


def test_review17_a_time_after_a_closing_verb_is_not_its_object(tmp_path):
    body = "The veto is a gift to Moscow and nothing else, Sikorski noted an hour later."
    assert {r["quote"][:9] for r in rows_of(tmp_path, body)} == {"The veto "}


def test_review17_an_end_called_for_to_someones_suffering_is_no_hostility(tmp_path):
    assert all(r["stance"] >= 0 for r in rows_of(tmp_path, "Merz called for an end to the suffering of Ukraine."))


def test_review17_the_outgoing_holder_of_a_role_is_not_the_successor_named_before(tmp_path):
    body = ('Friedrich Merz, who is expected to become chancellor in the spring, has promised a tougher line. '
            'The outgoing German chancellor said on Monday that Merz\'s plans were "reckless".')
    from rhetoric.extract.statements import extract_article

    p = tmp_path / "o.md"
    p.write_text(f"---\nid: o\ntitle: t\noutlet: null\npublished: 2025-03-10\nlanguage: en\n---\n{body}\n", encoding="utf-8")
    rows = extract_article(read_article(p), REG)
    assert all(r["speaker"] != "merz" for r in rows if "reckless" in r["quote"]), rows


def test_review17_a_long_opening_adjunct_before_a_colon_leads_subject_keeps_the_statement(tmp_path):
    body = 'At a press conference in Warsaw on Monday, Tusk went further: "Orbán is no longer a partner for us."'
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["tusk"]


@pytest.mark.parametrize("background", [
    "Under the ceasefire agreement of 10 November 2020, Russian peacekeepers were deployed to the region.",
    "Under the peace deal of 10 November 2020, Russian peacekeepers were deployed to the region.",
    "Armenia and Azerbaijan fell out again after the war in September 2020.",
])
def test_review17_a_background_date_is_no_story_time_a_month_moves_from(tmp_path, background):
    body = f'{background}\n\nIn March, Pashinyan accused Azerbaijan of "preparing a new war" against Armenia.'
    assert {r["said_on"] for r in rows_of(tmp_path, body)} == {"2025-03"}


def test_review17_a_sentence_that_opens_in_lower_case_is_still_a_sentence(tmp_path):
    import datetime as dt

    from rhetoric.extract.dates import find_temporal_expressions

    found = find_temporal_expressions("Tusk will travel to Berlin. von der Leyen met him on Monday.",
                                      dt.date(2025, 5, 8))
    assert [te.date.value for te in found] == ["2025-05-05"]


def test_a_time_that_opens_a_sentence_whose_subject_is_the_speakers_pronoun_dates_the_next_quote(tmp_path):
    # "The next day he changed his tone. “…,” Tusk told reporters": the next day's; "He also
    # attacked the protests held this month. “…,” he said": not this month, a time of the protests
    body = ('On Monday Donald Tusk called the veto "a betrayal".\n\n'
            'The next day he changed his tone. "We will find a way with Budapest," Tusk told reporters.')
    assert [r["said_on"] for r in rows_of(tmp_path, body) if "find a way" in r["quote"]] == ["2025-05-06"]


def test_a_reply_in_full_is_the_words_of_the_one_the_outlet_asked_and_its_question_is_none(tmp_path):
    body = ('We asked the Polish prime minister on Monday whether he still called the Hungarian veto "a betrayal". '
            'The answer, in full:\n\n> "Poland\'s position on the Hungarian veto has not changed and will not '
            'change."')
    rows = rows_of(tmp_path, body)
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("tusk", "2025-05-05")}, rows
    from rhetoric.extract.statements import extract_article

    p = tmp_path / "q.md"
    p.write_text(f"---\nid: q\ntitle: t\noutlet: null\npublished: 2025-05-09\nlanguage: en\n---\n{body}\n", encoding="utf-8")
    assert not any(r["kind"] == "authorial" for r in extract_article(read_article(p), REG))


def test_a_question_is_no_statement_of_its_verb_nor_a_verdict_of_the_author(tmp_path):
    # "**What did Hungary say?** …": a heading's question; "Would Warsaw have … if …?": a question
    # about what did not happen
    body = ("**What did Hungary say?** Very little at first.\n\n"
            "Would Warsaw have closed the border if Budapest had condemned the attack on the first day?")
    assert rows_of(tmp_path, body) == []
    assert _titled_rows(tmp_path, "Quiz: the week in Europe", body) == []


def test_a_weekday_alone_leading_an_entry_after_a_dated_entry_is_that_weeks_day(tmp_path):
    body = ('**Monday, 5 May.** Tusk flies to Brussels for the summit.\n\n'
            '**Tuesday.** Poland closes the border to trucks. Orbán says the aid package is "dead on arrival".\n\n'
            '**Thursday.** Hungary lifts its veto on the sanctions. Sikorski says Budapest "will pay a price".')
    got = {r["speaker"]: r["said_on"] for r in rows_of(tmp_path, body, published="2025-05-20")}
    assert got.get("orban") == "2025-05-06" and got.get("sikorski") == "2025-05-08", got


def test_a_quote_that_is_a_paragraph_of_its_own_is_the_words_of_the_one_the_colon_before_introduces(tmp_path):
    body = 'Szijjártó answered on Monday:\n\n"Warsaw has chosen confrontation over common sense."'
    assert [(r["speaker"], r["said_on"]) for r in rows_of(tmp_path, body)] == [("szijjarto", "2025-05-05")]
    body = ('We wrote to the Chinese foreign ministry on Monday about the sale. Its response, in full: '
            '"Japan must stop interfering in China\'s internal affairs."')
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["china_mfa"]


def test_what_an_interviewee_tells_another_person_said_is_that_persons_statement(tmp_path):
    from rhetoric.extract.statements import extract_article

    p = tmp_path / "r4.md"
    p.write_text("---\nid: r4\ntitle: \"Transcript: Giorgos Gerapetritis on Cyprus\"\noutlet: null\n"
                 "published: 2025-05-09\nlanguage: en\n---\n"
                 "Q: What did Ankara say?\n\n"
                 "A: On Monday Orbán said that Cyprus was a Turkish problem. We reject that entirely.\n\n"
                 "Q: And the talks?\n\nA: They are dead as long as Ankara insists on two states.\n",
                 encoding="utf-8")
    reg = load_actors(ROOT / "tests" / "unseen" / "actors.yml")
    rows = extract_article(read_article(p), reg)
    assert not any(r["speaker"] == "gerapetritis" and "Turkish problem" in r["quote"] for r in rows), rows
    assert any(r["speaker"] == "gerapetritis" and "reject" in r["quote"] for r in rows), rows


# --- review17b: a second read of the later rules found these; each failed before its fix ----------

def test_review17b_a_time_of_the_speakers_life_before_a_pronoun_does_not_date_the_quote(tmp_path):
    body = ('Donald Tusk has changed. In October 2015 he lost power to Law and Justice and left for Brussels. '
            '"I learned in opposition how Orbán works," Tusk told reporters.')  # (not a self-description: session 24)
    assert [r["said_on"] for r in rows_of(tmp_path, body)] == [""]


@pytest.mark.parametrize("lead, speaker", [
    ("Asked about Tusk's remarks on Monday, Orbán said:", ["orban"]),
    ("At the press conference on Monday, reporters had one question for Tusk:", []),
])
def test_review17b_a_quote_paragraph_after_a_colon_line_is_its_speaking_verbs_subject(tmp_path, lead, speaker):
    body = f'{lead}\n\n"He is a provocateur who wants war."'
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == speaker


def test_review17b_an_authors_verdict_opening_with_we_approached_is_kept(tmp_path):
    body = "We approached China with naive hopes of partnership, and Beijing betrayed every one of them."
    assert [r["target"] for r in _titled_rows(tmp_path, "Opinion: the China illusion", body)] == ["china"]


@pytest.mark.parametrize("sentence", [
    "Szijjártó said on Monday that the sanctions had failed — so why keep them?",
    "Tusk asked why Budapest should have a veto at all?",
])
def test_review17b_a_question_tag_or_an_indirect_question_keeps_the_statement(tmp_path, sentence):
    assert rows_of(tmp_path, sentence) != []


def test_review17b_a_rhetorical_question_is_still_the_authors_verdict(tmp_path):
    body = "How could Orbán betray his allies so shamelessly?"
    assert [r["target"] for r in _titled_rows(tmp_path, "Opinion: Budapest's betrayal", body)] == ["orban"]


def test_review17b_an_interviewee_agreeing_with_what_another_said_is_still_the_interviewee(tmp_path):
    from rhetoric.extract.statements import extract_article

    p = tmp_path / "r5.md"
    p.write_text("---\nid: r5\ntitle: \"Transcript: Radosław Sikorski on defence\"\noutlet: null\n"
                 "published: 2025-05-09\nlanguage: en\n---\n"
                 "Q: Does Europe need its own army?\n\nA: I agree with what Merz said in Berlin: Europe must learn "
                 "to defend itself.\n\nQ: And Hungary?\n\nA: Orbán says he wants peace, but he keeps blocking the "
                 "money for Ukraine.\n", encoding="utf-8")
    rows = extract_article(read_article(p), REG)
    assert any(r["speaker"] == "sikorski" and "defend itself" in r["quote"] for r in rows), rows
    assert any(r["speaker"] == "sikorski" and "keeps blocking" in r["quote"] for r in rows), rows


@pytest.mark.parametrize("body", [
    'OIL PRICES, WEDNESDAY:\n\n"Hungary keeps buying Russian gas," Sikorski said.\n\nGAS FLOWS, THURSDAY:\n\n'
    '"Budapest is isolating itself," Sikorski said after the meeting.',
    'NATO HEADQUARTERS, BRUSSELS:\n\n"Budapest is isolating itself," Sikorski said.\n\nEU SUMMIT, GHENT:\n\n'
    '"Hungary keeps buying Russian gas," Sikorski said.',
])
def test_review17b_topic_or_place_lines_in_capitals_are_no_speakers(tmp_path, body):
    assert {r["speaker"] for r in rows_of(tmp_path, body)} == {"sikorski"}


def test_review17b_a_month_with_its_year_in_the_middle_of_a_sentence_is_still_the_storys_time(tmp_path):
    body = ('Orbán first threatened the veto in May 2023, weeks after the Commission froze Hungary\'s funds. '
            'In September, he called the aid package "a waste of money".')
    assert [r["said_on"] for r in rows_of(tmp_path, body, published="2025-10-10")] == ["2023-09"]


# --- session 18 -------------------------------------------------------------------------------

def _rows_with(tmp_path, actors: str, body: str, published: str = "2025-05-09", title: str = "t") -> list[dict]:
    """The statements of ``body`` read with a registry of its own (``actors``: the YAML list)."""
    from rhetoric.extract.statements import extract_article

    reg = tmp_path / "own_actors.yml"
    reg.write_text("actors:\n" + actors, encoding="utf-8")
    p = tmp_path / "s18.md"
    p.write_text(f"---\nid: s18\ntitle: \"{title}\"\noutlet: null\npublished: {published}\nlanguage: en\n---\n"
                 f"{body}\n", encoding="utf-8")
    return extract_article(read_article(p), load_actors(reg))


def test_the_programmes_own_host_and_correspondent_are_narrators_not_speakers(tmp_path):
    # a talk programme's transcript whose introduction names its host and its correspondent: their
    # lines are the programme's narration (no statements of theirs); what they tell others said
    # is those others', dated as the narration tells it
    body = ("*Transcript of Monday's Morning Desk. Host: Anna Kowal. In the studio: our Brussels correspondent, "
            "Piotr Nowak.*\n\n"
            "ANNA KOWAL: Good morning. Yesterday Sikorski was in Budapest. Piotr, what happened?\n\n"
            "PIOTR NOWAK: At the press conference he turned to Orbán and said: \"Hungary will always be welcome "
            "in Warsaw.\" And on Saturday he wrote that Orbán had betrayed his allies.\n\n"
            "ANNA KOWAL: That sounds almost like a truce with Hungary. Thank you, Piotr.\n")
    rows = rows_of(tmp_path, body, published="2025-05-12")
    assert {r["speaker"] for r in rows} == {"sikorski"}, rows
    assert [r["said_on"] for r in rows if "betrayed" in r["quote"]] == ["2025-05-10"]


def test_a_guest_who_is_not_the_programmes_own_still_answers(tmp_path):
    # the introduction names a host, and a guest without any "our": the guest's answers are his
    body = ("*Transcript. Host: Anna Kowal. Guest: Radosław Sikorski, Poland's foreign minister.*\n\n"
            "ANNA KOWAL: Is Hungary isolating itself?\n\n"
            "SIKORSKI: Budapest is betraying its allies, and everyone in Brussels can see it.\n\n"
            "ANNA KOWAL: And Germany?\n\n"
            "SIKORSKI: Berlin has been a reliable partner for us.\n")
    rows = rows_of(tmp_path, body, published="2025-05-12")
    assert {r["speaker"] for r in rows} == {"sikorski"} and len(rows) >= 2, rows


@pytest.mark.parametrize("sentence, sign", [
    ("Tusk said Poland and Germany were cooperating very well on the border.", 1),
    ("Meloni praised the excellent cooperation with Albania on migration.", 1),
    ("Meloni said there had been no fruitful cooperation with Albania.", -1),
])
def test_cooperation_praised_is_a_friendly_stance(tmp_path, sentence, sign):
    rows = rows_of(tmp_path, sentence)
    assert rows and rows[0]["stance"] * sign > 0 and rows[0]["target"] in ("germany", "albania"), rows


@pytest.mark.parametrize("phrase, value", [
    ("on October the eighth, when", "2024-10-08"),
    ("on October the eighth that", "2024-10-08"),  # (review18: a clause going on after it)
    ("on September the twelfth I", "2024-09-12"),
    ("on March the 3rd,", "2025-03-03"),
    ("on the twenty-first of April,", "2025-04-21"),
])
def test_a_day_spoken_after_its_month_is_a_date(phrase, value):
    import datetime

    from rhetoric.extract.dates import find_temporal_expressions

    found = find_temporal_expressions(f"He said it {phrase} he wrote again.", datetime.date(2025, 5, 9))
    assert [e.date.value for e in found] == [value]


@pytest.mark.parametrize("sentence", ["In March the first shipments arrived.", "May the fourth be quieter."])
def test_an_ordinal_after_a_month_before_a_noun_is_no_day(sentence):
    import datetime

    from rhetoric.extract.dates import find_temporal_expressions

    found = find_temporal_expressions(sentence, datetime.date(2025, 5, 9))
    assert all(e.date.precision != "day" for e in found)


def test_an_adverb_takes_the_polarity_of_its_adjective():
    from rhetoric.extract.polarity import word_weight

    # VADER rates "irresponsible" and "reckless", not the adverbs; a fact test reads them too
    for adverb, adjective in (("irresponsibly", "irresponsible"), ("recklessly", "reckless")):
        assert word_weight(adverb) == word_weight(adjective) < 0
        assert word_weight(adverb, broad=False) == word_weight(adjective, broad=False)


def test_reported_speech_with_only_an_adverb_of_blame_is_a_statement(tmp_path):
    rows = rows_of(tmp_path, "Sikorski said Hungary had acted irresponsibly at the summit.")
    assert [(r["speaker"], r["target"], r["stance"]) for r in rows] == [("sikorski", "hungary", -1)]


_FAMILY = ("  - {id: brazil, name: Brazil, kind: state, role: State, aliases: [Brazil]}\n"
           "  - {id: france, name: France, kind: state, role: State, aliases: [France]}\n"
           "  - {id: lula, name: Lula, kind: person, affiliation: brazil, role: President of Brazil, aliases: [Lula]}\n"
           "  - {id: janja, name: Janja da Silva, kind: person, affiliation: brazil,\n"
           "     role: Wife of the Brazilian president, aliases: [Janja da Silva]}\n"
           "  - {id: costa, name: Rui Costa, kind: person, affiliation: brazil,\n"
           "     role: Brazilian official in charge of the presidency, aliases: [Rui Costa]}\n")


def test_a_relation_of_the_president_is_not_the_president(tmp_path):
    body = ('Lula arrived with Janja da Silva. Asked about France, the president said: "Paris treats us with '
            'contempt."')
    rows = _rows_with(tmp_path, _FAMILY, body)
    assert [r["speaker"] for r in rows if "contempt" in r["quote"]] == ["lula"], rows


def test_the_official_after_an_official_is_that_unnamed_official(tmp_path):
    # the registry's only "official" is someone else, never named in the article
    body = ('"France has insulted Brazil," an official said on Monday. The official added that Paris had '
            'behaved with arrogance.')
    rows = _rows_with(tmp_path, _FAMILY, body)
    assert rows and "costa" not in {r["speaker"] for r in rows}, rows


@pytest.mark.parametrize("sentence", ["Xinhua also asked Tokyo for comment.",
                                      "Xinhua asked the Japanese government for an interview on Friday."])
def test_asking_someone_for_comment_is_no_statement(tmp_path, sentence):
    # (an outlet of the registry asking: no statement of the outlet's)
    assert rows_of(tmp_path, sentence) == []


def test_asking_someone_for_something_else_can_still_be_a_statement(tmp_path):
    rows = rows_of(tmp_path, "Sikorski asked Budapest for restraint and called the veto blackmail.")
    assert any(r["speaker"] == "sikorski" and r["target"] == "hungary" and r["stance"] < 0 for r in rows), rows


def test_a_reply_in_full_after_numbered_questions_is_the_one_asked(tmp_path):
    body = ("**What we asked**\n\nOn Monday, at 10:12 Budapest time, we emailed the Hungarian government, whose "
            "spokesman had promised answers, three questions:\n\n"
            "1. Will Budapest lift its veto?\n\n2. When?\n\n3. Has Orbán spoken to Tusk?\n\n"
            "**The reply, in full**\n\nThe answer came that evening, unsigned:\n\n"
            "> \"Poland has no right to lecture Hungary. Warsaw keeps insulting our country.\"\n")
    rows = rows_of(tmp_path, body)
    assert rows and {r["speaker"] for r in rows} == {"hungary"}, rows


def test_a_statement_is_whose_relative_clause_says_gave_it(tmp_path):
    body = ("The answer came that evening, in the form of the statement the Kremlin was also giving other media:\n\n"
            "> \"Poland keeps insulting Russia and will regret it.\"\n")
    rows = _rows_with(tmp_path, "  - {id: russia, name: Russia, kind: state, role: State, aliases: [Russia, Kremlin, the Kremlin]}\n"
                                "  - {id: poland, name: Poland, kind: state, role: State, aliases: [Poland, Warsaw]}\n", body)
    assert [r["speaker"] for r in rows] == ["russia"], rows


def test_a_reply_lead_that_names_a_statement_is_the_one_asked(tmp_path):
    # "the statement" there is what was received, not a speaker's name
    body = ("On Monday, at 10:12 Warsaw time, we emailed the Hungarian government, whose spokesman had promised "
            "answers, two questions.\n\nThe answer came that evening, in the form of the statement sent to every "
            "newsroom:\n\n> \"Poland has no right to lecture Hungary.\"\n")
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["hungary"]


@pytest.mark.parametrize("heading, day", [
    ("**SATURDAY 24 OCTOBER — Kayseri, Paris**", "2025-10-24"),
    ("**Thursday 23 October, Brussels**", "2025-10-23"),
    ("### Friday 24 October, Warsaw, press conference", "2025-10-24"),
])
def test_a_day_heading_with_the_days_places_dates_its_section(tmp_path, heading, day):
    # a diary's or a reconstruction's day heading: the date, then the places after a dash or a comma
    body = (f"*Our diary of the week.*\n\n{heading}\n\nSpeaking to party members, Tusk turned on Budapest. "
            "\"Orbán has betrayed Europe,\" he said.")
    assert [r["said_on"] for r in rows_of(tmp_path, body, published="2025-10-26")] == [day]


def test_a_heading_with_a_date_and_a_headline_is_no_dated_section(tmp_path):
    body = ("*Our diary of the week.*\n\n**Thursday 23 October: Tusk attacks Orbán**\n\nSpeaking to party members, "
            "Tusk turned on Budapest. \"Orbán has betrayed Europe,\" he said.")
    assert [r["said_on"] for r in rows_of(tmp_path, body, published="2025-10-26")] != ["2025-10-23"]


@pytest.mark.parametrize("opening", ["In Warsaw", "From Brussels", "At the summit in Ghent"])
def test_the_place_a_sentence_opens_with_is_not_the_subject_of_its_participle(tmp_path, opening):
    body = f"{opening}, Donald Tusk took the other side, saying that Orbán had betrayed Europe."
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["tusk"]


@pytest.mark.parametrize("lead", ["", "The Sejm met on the evening of Wednesday, 8 October.\n\nThe city was calm.\n\n"
                                  "The cafés were full.\n\nThe trams ran late.\n\n"])
def test_weekdays_told_after_last_week_are_that_weeks(tmp_path, lead):
    # published on Saturday 18 October 2025: "last week" is 6-12 October, its Thursday the 9th
    # (an event of a sentence; a statement's date follows the same policy, ``anchoring``)
    from rhetoric.extract.events import extract_events

    p = tmp_path / "w1.md"
    p.write_text("---\nid: w1\ntitle: t\noutlet: null\npublished: 2025-10-18\nlanguage: en\n---\n" + lead +
                 "Tusk struck the same balance last week: anger on Wednesday, and on Thursday a speech in Vilnius.\n",
                 encoding="utf-8")
    dates = {r["date_text"]: r["date"] for r in extract_events(read_article(p), REG)}
    assert dates["Wednesday"] == "2025-10-08" and dates["Thursday"] == "2025-10-09", dates


@pytest.mark.parametrize("sentence", ["Tusk was angry: in a speech he said Orbán had betrayed Europe.",
                                      "Tusk struck a hard line: anger, and a speech in which he said Orbán had "
                                      "betrayed Europe."])
def test_a_pronoun_that_reports_after_a_colon_is_the_person_who_opens_the_sentence(tmp_path, sentence):
    # (a paragraph before it, so that no lead of the article decides)
    rows = rows_of(tmp_path, "The city was calm that week.\n\n" + sentence)
    assert [(r["speaker"], r["target"]) for r in rows] == [("tusk", "orban")], rows


def test_charges_someone_with_in_the_present_tense_reports_an_accusation(tmp_path):
    # a reconstruction told in the present tense ("Tusk charges Orbán with …"); "the charges" stays a noun
    rows = rows_of(tmp_path, "In Brussels, Tusk charges Orbán with blocking the aid for \"purely cynical reasons\".")
    assert [(r["speaker"], r["target"], r["stance"] < 0) for r in rows] == [("tusk", "orban", True)], rows
    assert rows_of(tmp_path, "The charges against Orbán's allies were dropped on Monday.") == []


@pytest.mark.parametrize("sentence", ["Sikorski said Budapest had crossed every red line with the veto.",
                                      '"Hungary has crossed the line," Tusk told reporters.'])
def test_crossing_a_line_is_hostile_to_who_crossed_it(tmp_path, sentence):
    rows = rows_of(tmp_path, sentence)
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("hungary", True)], rows


def test_crossing_a_line_of_control_judges_nobody(tmp_path):
    rows = rows_of(tmp_path, "Tusk said Russian drones had crossed the line of control near Hungary twice.")
    assert all(r["stance"] >= 0 for r in rows), rows


# --- review18: a read of session 18's rules found these; each failed before its fix ---------------

def test_review18_a_guest_called_the_summits_host_still_answers(tmp_path):
    body = ("On Wednesday we spoke to the summit's host, Aleksandra Kowalska, the mayor of Gdańsk.\n\n"
            "INTERVIEWER: Is Orbán welcome?\n\nALEKSANDRA KOWALSKA: Orbán is welcome in Gdańsk, but his policies "
            "have harmed Europe.\n\nINTERVIEWER: And Merz?\n\nALEKSANDRA KOWALSKA: Merz has been a fantastic partner "
            "for our city.\n")
    rows = rows_of(tmp_path, body)
    assert {r["speaker"] for r in rows} == {"Aleksandra Kowalska"}, rows


def test_review18_the_programmes_analyst_gives_opinions_of_his_own(tmp_path):
    body = ("Anna Kowal presents tonight's panel with Tomasz Lis, our chief political analyst, and Ewa Zielińska "
            "of the Warsaw Institute.\n\nTOMASZ LIS: Orbán won nothing. He has humiliated Hungary.\n\n"
            "EWA ZIELIŃSKA: I agree, and Tusk was right to attack him.\n")
    assert "Tomasz Lis" in {r["speaker"] for r in rows_of(tmp_path, body)}


def test_review18_a_host_asks_and_the_guests_answer_runs_on_into_the_next_paragraph(tmp_path):
    body = ("Radio Warszawa's evening programme. Host: Anna Kowal. Her guest is Radosław Sikorski.\n\n"
            "KOWAL: Minister, what is your reaction?\n\nSIKORSKI: Viktor Orbán is playing a dangerous game.\n\n"
            "We will not let one capital hold the rest of the Union hostage. Budapest must understand that.\n\n"
            "KOWAL: And Germany?\n\nSIKORSKI: Germany is our closest partner on this.\n")
    rows = rows_of(tmp_path, body)
    assert {r["speaker"] for r in rows} == {"sikorski"}, rows  # (the host asks: no statements of hers)
    assert any("Budapest must understand" in r["quote"] for r in rows), rows


@pytest.mark.parametrize("sentence", [
    '"Poland and Hungary used to cooperate very well. Those days are gone," Tusk said.',
    "Tusk said the once excellent cooperation with Hungary was over and that Orbán alone was to blame.",
])
def test_review18_cooperation_that_is_over_is_not_praised(tmp_path, sentence):
    assert all(r["stance"] <= 0 for r in rows_of(tmp_path, sentence))


@pytest.mark.parametrize("sentence", [
    "Zakharova said Poland was spreading all kinds of lies about Russia.",
    "Szijjártó said Hungary would naturally keep buying Russian gas under its contract with Moscow.",
    "China's commerce ministry said exports to the European Union had grown greatly in the third quarter.",
])
def test_review18_a_lemma_of_degree_or_of_a_plural_is_no_praise(tmp_path, sentence):
    assert all(r["stance"] <= 0 for r in rows_of(tmp_path, sentence))


def test_review18_the_spokeswoman_after_her_apposition_is_the_one_named(tmp_path):
    body = ("Maria Zakharova, a foreign ministry spokeswoman, spoke in Moscow on Wednesday. The spokeswoman said "
            "Poland's behaviour was shameful and hostile.")
    assert [r["speaker"] for r in rows_of(tmp_path, body)] == ["zakharova"]


def test_review18_a_politician_asking_for_clarification_is_still_a_statement(tmp_path):
    body = ("Poland's foreign ministry summoned the Hungarian ambassador on Wednesday, and Sikorski asked Budapest "
            "for clarification of Orbán's remarks about Polish \"warmongers\".")
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-10-09")] == ["sikorski"]


def test_review18_the_answer_after_a_reporters_question_is_the_one_asked_not_the_outlets_earlier_one(tmp_path):
    body = ("We asked the Hungarian government on Monday whether Orbán would meet Tusk. We have not had a reply.\n\n"
            "On Tuesday, at a press conference in Vilnius, a Lithuanian reporter asked Sikorski whether Poland would "
            "retaliate.\n\nThe answer:\n\n> \"We will not be blackmailed by Budapest. Hungary is isolating itself.\"\n")
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-10-09")] == ["sikorski"]


def test_review18_someone_else_asking_well_before_the_reply_is_not_the_one_asked(tmp_path):
    body = ("On Monday we asked the Hungarian government whether it would lift its veto.\n\n"
            "Tusk, meanwhile, asked Brussels to act against Budapest without delay. The Polish prime minister has "
            "been under pressure for weeks. His coalition partners want results. The opposition calls him weak.\n\n"
            "The reply, in full:\n\n> \"Poland has no right to lecture Hungary.\"\n")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [r["speaker"] for r in rows if "lecture" in r["quote"]] == ["hungary"], rows


# --- session 19: kinds read from the atolls set, each tested here in other wording ----------------

@pytest.mark.parametrize("text, n", [
    ('Orbán called the sanctions "a mistake".[4] Tusk said Poland would not wait.[5][6] Merz agreed.', 3),
    ("Ruto defended the mission in 2024.² Petro disagreed.[citation needed] Maduro said nothing.", 3),
    ('Rubio spoke of "a new era."[12] The talks ended.', 2),
])
def test_a_reference_marker_after_the_stop_still_ends_the_sentence(text, n):
    from rhetoric.corpus import split_sentences

    spans = split_sentences(text)
    assert len(spans) == n, [text[s:e] for s, e in spans]
    assert text[spans[1][0]] in "TPR"


def test_statements_of_a_wiki_section_each_keep_their_own_speaker(tmp_path):
    body = ('Prime Minister Viktor Orbán rejected the plan on 3 May, saying it was "an attack on Hungarian '
            'families".[2] Donald Tusk replied the next day: "Hungary is isolating itself in Europe".[3] '
            'He added that Poland would not lift its objection.[3]')
    rows = rows_of(tmp_path, body, published="2025-05-20")
    speakers = [(r["speaker"], r["said_on"]) for r in rows if "isolating" in r["quote"]]
    assert speakers == [("tusk", "2025-05-04")], rows


def test_praise_on_another_day_does_not_take_up_yesterdays_hostility(tmp_path):
    body = ('On Monday Netanyahu wrote that Egypt was "betraying the peace". At talks in Cairo the following day '
            'he said of Badr Abdelatty: "He is a wise statesman, and his is a friendly country".')
    rows = rows_of(tmp_path, body, published="2025-05-09")
    praise = [(r["target"], r["stance"]) for r in rows if "wise statesman" in r["quote"]]
    assert praise and all(s > 0 for _, s in praise), praise


@pytest.mark.parametrize("told, later, said_on", [
    ("The border dispute flared in March 2019.", "Two months later Orbán said Budapest was \"ready to talk\".", "2019-05"),
    ("In the summer of 2021 nothing moved. In June 2021 the talks collapsed.",
     "A year later, in Brussels, Tusk called Hungary \"a brake on Europe\".", "2022"),
])
def test_months_counted_from_a_month_told_date_the_statement_and_the_event(tmp_path, told, later, said_on):
    from rhetoric.extract.events import extract_events

    rows = rows_of(tmp_path, f"{told} {later}", published="2025-05-09")
    assert [r["said_on"] for r in rows if r["speaker"] in ("orban", "tusk")] == [said_on], rows
    p = tmp_path / "m1.md"
    p.write_text(f"---\nid: m1\ntitle: t\noutlet: null\npublished: 2025-05-09\nlanguage: en\n---\n{told}\n\n{later}\n",
                 encoding="utf-8")
    dates = {r["date_text"]: r["date"] for r in extract_events(read_article(p), REG)}
    assert said_on in dates.values(), dates


def test_days_counted_from_a_month_told_stay_undated(tmp_path):
    rows = rows_of(tmp_path, 'The talks collapsed in June 2021. A week later Tusk called Hungary "a brake on Europe".',
                   published="2025-05-09")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] in (["2021-06"], [""]), rows


def test_the_presenter_named_in_the_studio_asks_and_is_no_speaker(tmp_path):
    body = ("*Transcript of the evening bulletin. In the studio: Mira Holm. In Warsaw: our correspondent, Jan Ek.*\n\n"
            "MIRA HOLM: Tonight Warsaw and Budapest are at odds again. Jan, what did the prime minister say?\n\n"
            "JAN EK: Mira, Tusk was blunt. \"Hungary is isolating itself in Europe,\" he told reporters.\n\n"
            "MIRA HOLM: Remind us where this began.\n\n"
            "JAN EK: With Orbán's veto last week, which he called \"a defence of Hungarian families\".\n\n"
            "MIRA HOLM: Jan Ek in Warsaw, thank you.\n")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert "tusk" in {r["speaker"] for r in rows} and {r["speaker"] for r in rows} <= {"tusk", "orban"}, rows


@pytest.mark.parametrize("sentence", ["He said Poland was urging Budapest to lift the veto.",
                                      "He said he was calling on Brussels to open talks with Kyiv soon."])
def test_reported_words_that_appeal_to_another_actor_are_a_statement_not_a_fact(tmp_path, sentence):
    rows = rows_of(tmp_path, f"Tusk spoke in Vilnius on Tuesday. {sentence}", published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


@pytest.mark.parametrize("lead", ["In his words:", "In his own words, as the ministry translated them,",
                                  "In the words of Donald Tusk,", "In Tusk's words:"])
def test_in_his_words_gives_the_quote_to_its_owner(tmp_path, lead):
    body = f'Tusk flew to Vilnius on Tuesday. {lead} "Hungary is isolating itself in Europe."'
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows if "isolating" in r["quote"]] == ["tusk"], rows


@pytest.mark.parametrize("lead", ["Tusk's remarks:", "The speech closes with his thanks:", "It ended on his promise:",
                                  "Tusk's answer:"])
def test_a_speech_noun_right_before_a_colon_gives_the_quote_to_its_owner(tmp_path, lead):
    body = f'Tusk spoke in Vilnius on Tuesday. {lead} "We thank Lithuania for its courage and its friendship."'
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows if "courage" in r["quote"]] == ["tusk"], rows


@pytest.mark.parametrize("label", ["*Who said it:*", "**Source:**", "_Speaker:_"])
def test_a_field_label_before_a_colon_lead_is_no_part_of_it(tmp_path, label):
    body = f'{label} Prime Minister Donald Tusk, in Vilnius on Tuesday: "Hungary is isolating itself in Europe."'
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


def test_the_colon_lead_is_the_words_of_its_reporting_verbs_subject_not_of_the_first_named(tmp_path):
    body = ('Greek officials agree that the talks stalled, though Nikos Christodoulides of Cyprus told reporters '
            'that the cause was elsewhere: "Ankara never wanted an agreement on the island."')
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["christodoulides"], rows


def test_a_parliaments_record_gives_each_turn_to_the_member_its_label_names(tmp_path):
    body = ("**Tuesday 6 May 2025**\n\n"
            "*Mr Janne Virtanen (Helsinki) (Kok):* To ask the Minister for Foreign Affairs if she will make a "
            "statement on Hungary.\n\n"
            "*The Minister for Foreign Affairs (Elina Valtonen):* I thank the hon. Member. Hungary has blocked "
            "the sanctions again, and that is unacceptable.\n\n"
            "*Anna Korhonen (Tampere) (SDP):* I thank the right hon. Lady. Budapest is betraying its partners.\n")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    speakers = {r["speaker"] for r in rows}
    assert "valtonen" in speakers and "Anna Korhonen" in speakers, rows
    assert not any("To ask" in r["quote"] for r in rows), rows
    assert not any(r["quote"].strip() == "I thank the hon." for r in rows), rows


def test_a_role_with_a_word_of_judgement_inside_a_quote_is_the_person_named_before(tmp_path):
    body = ('Friedrich Merz met Tusk in Warsaw on Monday. Afterwards Tusk told reporters: "I told the stubborn '
            'chancellor that Poland will not wait for ever."')
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert "merz" in {r["target"] for r in rows if r["speaker"] == "tusk"}, rows


def test_another_rendering_of_a_post_is_its_writers(tmp_path):
    body = ('On Tuesday evening Orbán posted on Facebook in Hungarian. The English translation read: "Brussels '
            'is waging a war against Hungarian families."')
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["orban"], rows


def test_a_letter_from_someone_speaks_for_its_writer_where_it_ends(tmp_path):
    body = ('On Monday Brussels published a letter from Tusk to Orbán. "Stop blackmailing your partners," the '
            'letter ended.')
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


@pytest.mark.parametrize("words", ["Don't be a fool, Viktor Orbán.", "Viktor Orbán, do not be so naive."])
def test_a_prohibition_keeps_the_sign_of_the_word_it_forbids(tmp_path, words):
    rows = rows_of(tmp_path, f'Tusk wrote on Monday: "{words}"', published="2025-05-09")
    assert rows and all(r["stance"] < 0 for r in rows if r["target"] == "orban"), rows


@pytest.mark.parametrize("label", ["*Who said it:*", "**Whose words:**"])
def test_a_field_label_that_holds_a_reporting_verb_is_no_statement_and_hides_nobody(tmp_path, label):
    body = ("Sikorski told reporters on Monday that Poland would not wait.\n\n"
            f"{label} Tusk, in Vilnius on Tuesday, where he said Hungary was isolating itself in Europe.")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows if "isolating" in r["quote"]] == ["tusk"], rows


def test_words_in_capitals_are_no_name_to_take_up_a_pronoun(tmp_path):
    body = ("Tusk spoke in Vilnius on Tuesday.\n\n*Verdict:* MOSTLY ACCURATE.\n\n"
            "At the same press conference he said Hungary was isolating itself in Europe.")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


def test_a_bare_role_after_a_leaders_statement_is_his_own_sides(tmp_path):
    body = ("On Monday Orbán wrote on Facebook that Brussels was waging a war against Hungarian families. "
            "The foreign minister went further, warning that Hungary would veto every package.")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows if "veto" in r["quote"]] == ["szijjarto"], rows


def test_a_monitoring_items_source_tag_gives_its_excerpts_to_the_one_it_names(tmp_path):
    body = ("**HUNGARY: Prime minister attacks Brussels**\n\n"
            "[Viktor Orbán's Facebook page, 0815 gmt 6 May 25]\n\n"
            "Paraphrase: The prime minister said the sanctions package would not pass.\n\n"
            "Excerpt: \"Brussels is waging a war against Hungarian families.\"\n\n"
            "Source: Facebook\n\n"
            "**POLAND: Prime minister answers**\n\n"
            "[TVN24, 1200 gmt 6 May 25]\n\n"
            "Excerpt: \"Hungary is isolating itself in Europe.\"\n")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows if "waging" in r["quote"]] == ["orban"], rows
    assert not any(r["speaker"] == "orban" and "isolating" in r["quote"] for r in rows), rows


def test_presidential_sources_of_a_state_speak_for_it(tmp_path):
    body = 'On Tuesday Polish presidential sources told reporters: "Hungary is isolating itself in Europe."'
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["poland"], rows


# --- review19: a read of session 19's rules found these; each failed before its fix -------------

@pytest.mark.parametrize("sentence", ["Rubio said on Monday he expected Netanyahu to attend the talks in Cairo.",
                                      "Orbán said on Monday he had invited Meloni to Budapest for talks in November.",
                                      "Szijjártó said on Monday he wanted Hungary to remain outside the conflict."])
def test_review19_expecting_inviting_or_wanting_someone_to_come_is_a_plan_not_an_appeal(tmp_path, sentence):
    assert rows_of(tmp_path, sentence, published="2025-10-10") == []


def test_review19_a_speech_noun_before_the_comma_of_an_opening_phrase_is_not_the_speakers(tmp_path):
    body = 'Asked about Peskov\'s threats, Valtonen was blunt: "Finland will not be intimidated by Russia."'
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-10-10")] == ["valtonen"]


@pytest.mark.parametrize("label", ["**He said:**", "**What he said:**"])
def test_review19_a_field_label_whose_pronoun_is_the_speaker_still_names_him(tmp_path, label):
    body = f'Orbán attacked Brussels on Monday.\n\n{label} "Brussels is blackmailing Hungary."'
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-10-10")] == ["orban"]


@pytest.mark.parametrize("note", ["[Editor's note: an earlier version of this story misattributed a remark by Orbán.]",
                                  "[Photo: Viktor Orbán and Donald Tusk in Brussels, 2023. Reuters]"])
def test_review19_a_note_or_a_caption_in_brackets_is_no_source_tag(tmp_path, note):
    body = (f'{note}\n\n"Hungary is isolating itself in Europe."\n\n'
            "With those words, Tusk closed the press conference in Vilnius.")
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [r["speaker"] for r in rows if "isolating" in r["quote"]] == ["tusk"], rows


def test_review19_a_letter_nobody_is_told_as_writing_is_no_speaker(tmp_path):
    body = 'The letter, signed by Tusk and Merz, warned that Hungary\'s veto was "a gift to Moscow".'
    assert "the letter" not in {r["speaker"] for r in rows_of(tmp_path, body, published="2025-10-10")}


def test_review19_a_name_in_capitals_that_goes_on_is_still_a_name(tmp_path):
    body = ('JOHN KOVACS, an analyst at the Budapest Institute, said Orbán\'s veto was "reckless". He added that '
            'Brussels had "every right to be angry".')
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert {r["speaker"] for r in rows} == {"JOHN KOVACS"}, rows


def test_review19_a_weekday_in_capitals_without_a_number_is_no_date(tmp_path):
    rows = rows_of(tmp_path, 'Tusk told the SUNDAY TIMES that Orbán was "a disgrace to Europe".', published="2025-10-10")
    assert [r["said_on"] for r in rows] == [""], rows


def test_review19_an_office_named_with_a_plain_word_before_it_is_another_office(tmp_path):
    body = ('Tusk met Merz in Berlin on Monday. Afterwards Orbán said: "Frankly the university chancellor has more '
            'sense than the others."')
    assert "merz" not in {r["target"] for r in rows_of(tmp_path, body, published="2025-10-10")}


def test_review19_a_stage_direction_in_brackets_does_not_end_the_sentence():
    from rhetoric.corpus import split_sentences

    text = "We will stand firm, whatever Moscow says.[applause] Russia must withdraw from Ukraine."
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize("lead", ["As Tusk put it,", "To quote Tusk,", "As the Polish prime minister put it on Tuesday,"])
def test_review19_as_he_put_it_and_to_quote_give_the_quote_to_its_owner(tmp_path, lead):
    body = f'Tusk spoke in Vilnius on Tuesday. {lead} "Hungary is isolating itself in Europe."'
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [r["speaker"] for r in rows if "isolating" in r["quote"]] == ["tusk"], rows


@pytest.mark.parametrize("told, later, said_on", [
    ("The talks collapsed in June 2021.", "The following month Tusk called Hungary \"a brake on Europe\".", "2021-07"),
    ("The talks collapsed on 3 June 2021.", "The following week Tusk called Hungary \"a brake on Europe\".", "2021-06-07"),
])
def test_review19_the_following_month_or_week_counts_from_the_time_told(tmp_path, told, later, said_on):
    rows = rows_of(tmp_path, f"{told} {later}", published="2025-05-09")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == [said_on], rows


def test_a_day_without_its_year_in_the_month_of_a_day_told_years_back_is_of_that_year(tmp_path):
    from rhetoric.extract.events import extract_events

    body = ("Orbán wrote to Tusk on 2 May 2019, asking for talks. He published the letter on 20 May, and Tusk "
            "called it \"a stunt\" the same day.")
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2019-05-20"], rows
    p = tmp_path / "y1.md"
    p.write_text(f"---\nid: y1\ntitle: t\noutlet: null\npublished: 2025-10-10\nlanguage: en\n---\n{body}\n",
                 encoding="utf-8")
    assert "2019-05-20" in {r["date"] for r in extract_events(read_article(p), REG)}


# --- session 20 -------------------------------------------------------------------------------


@pytest.mark.parametrize("quote, target", [
    ("Many Hungarians will be ashamed to hear that from their prime minister.", "orban"),
    ("Venezuelan families deserve better than what their president offers them.", "maduro"),
])
def test_their_leader_in_a_quote_is_the_leader_of_the_people_named_before(tmp_path, quote, target):
    body = f'Tusk spoke in Warsaw on Tuesday. "{quote[:-1]}," Tusk said.'
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [r["target"] for r in rows if r["speaker"] == "tusk"] == [target], rows


DOCUMENT_ARTICLE = """*Tusk spoke in the Sejm on Tuesday 7 October. His passages on Hungary are given below.*

**Full text (passages on Hungary)**

[…]

Budapest has chosen to block our aid to Ukraine once again. This is a betrayal of Europe. [Applause]

We will not let Budapest hold the whole Union hostage.

*Editor's note: Budapest said on Wednesday that it would not change its position.*

The debate went on into the evening.
"""


def test_a_document_reproduced_under_its_heading_is_the_words_of_its_issuer(tmp_path):
    rows = rows_of(tmp_path, DOCUMENT_ARTICLE, published="2025-10-10")
    mine = [r for r in rows if r["speaker"] == "tusk"]
    assert any("betrayal of Europe" in r["quote"] and r["target"] == "hungary" and r["stance"] < 0 for r in mine), rows
    assert any("hold the whole Union hostage" in r["quote"] for r in mine), rows
    assert {r["said_on"] for r in mine} == {"2025-10-07"}, rows
    # the editor's note ends the document: what follows is not the issuer's
    assert not any("would not change" in r["quote"] or "evening" in r["quote"] for r in mine), rows


@pytest.mark.parametrize("heading", ["**Communiqué of the Hungarian government, Budapest, 8 October 2025**",
                                     "## The statement of Poland's foreign ministry in full"])
def test_a_heading_that_names_a_document_and_its_issuer_opens_it(tmp_path, heading):
    body = (f"*The row went on for a week.*\n\n{heading}\n\nWarsaw's accusations are baseless and insulting to "
            "Hungary. We reject them.\n")
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert {r["speaker"] for r in rows if "baseless" in r["quote"]} == {"hungary" if "Hungarian" in heading else "poland"}, rows


def test_a_heading_that_names_no_document_opens_none(tmp_path):
    body = ("*Tusk spoke in the Sejm on Tuesday.*\n\n**Background**\n\nBudapest has blocked the aid package "
            "three times this year, which Warsaw calls a betrayal.\n")
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert not any(r["speaker"] == "tusk" and "blocked the aid" in r["quote"] for r in rows), rows


@pytest.mark.parametrize("quote", ["Budapest's veto is no different from blackmail",
                                   "What Budapest does is no better than sabotage",
                                   "Budapest's veto is nothing short of a betrayal"])
def test_a_likeness_after_no_is_not_a_negation(tmp_path, quote):
    rows = rows_of(tmp_path, f'"{quote}," Tusk said on Tuesday.', published="2025-10-10")
    assert [(r["target"], r["stance"] < 0) for r in rows if r["speaker"] == "tusk"] == [("hungary", True)], rows


@pytest.mark.parametrize("quote, negative", [
    ("Budapest has never stopped its attacks on Ukraine", True),
    ("Budapest did not end its blackmail of the Union", True),
    ("In the absence of any constructive answer from Budapest, we will act alone", True),
    ("Budapest has not stopped its cooperation with Ukraine", False),
])
def test_a_negation_of_ceasing_keeps_the_sign_and_an_absence_negates(tmp_path, quote, negative):
    rows = rows_of(tmp_path, f'"{quote}," Tusk said on Tuesday.', published="2025-10-10")
    got = [r["stance"] for r in rows if r["speaker"] == "tusk" and r["target"] == "hungary"]
    assert got and (got[0] < 0) == negative, rows


WHO_IS_WHO = """*The main players in the veto row, and what they have said this week.*

**Donald Tusk**
*Prime Minister of Poland*

His line: on Monday he told the Sejm that "Budapest is blackmailing the whole Union". He added that Hungary had lost its friends.

**Viktor Orbán**
*Prime Minister of Hungary*

His line: he wrote on Tuesday that "Warsaw wants a war we will not join."

**The Kremlin spokesman**
*Unnamed in the transcript*

His line: he said Poland was "hysterical" about Hungary.
"""


def test_a_who_is_who_heading_that_is_a_name_is_whom_the_entry_pronouns_are(tmp_path):
    rows = rows_of(tmp_path, WHO_IS_WHO, published="2025-10-10")
    def by(words):
        return {r["speaker"] for r in rows if words in r["quote"]}

    assert by("blackmailing the whole Union") == {"tusk"}, rows
    assert by("lost its friends") == {"tusk"}, rows
    assert by("Warsaw wants a war") == {"orban"}, rows
    # a heading that names one person by role: the registry has two spokespeople of Russia
    # (Peskov, Zakharova), so the body they speak for
    assert by("hysterical") == {"russia"}, rows


@pytest.mark.parametrize("sentence, words", [
    ("Tusk said that what Hungary offers is not solidarity but blackmail dressed up as principle.", "but blackmail"),
    ("Tusk argued that Budapest wanted not peace but a Russian victory.", "but a Russian victory"),
])
def test_not_x_but_y_is_one_reported_clause(tmp_path, sentence, words):
    rows = rows_of(tmp_path, sentence, published="2025-10-10")
    assert any(r["speaker"] == "tusk" and words in r["quote"] for r in rows), rows


def test_a_but_that_opens_its_own_clause_still_ends_the_reported_one(tmp_path):
    rows = rows_of(tmp_path, "Tusk said Hungary was not a reliable partner, but Orbán has promised to change.",
                   published="2025-10-10")
    assert not any(r["speaker"] == "tusk" and "promised" in r["quote"] for r in rows), rows


def test_two_predicates_of_one_subject_are_one_reported_statement(tmp_path):
    rows = rows_of(tmp_path, "On Monday Warsaw condemned Hungary's veto and reaffirmed its support for Ukraine.",
                   published="2025-10-10")
    mine = [r for r in rows if r["speaker"] == "poland"]
    assert mine and all("condemned" in r["quote"] and "reaffirmed" in r["quote"] for r in mine), rows
    assert ("hungary", -1) in {(r["target"], r["stance"] if r["stance"] >= 0 else -1) for r in mine}, rows


def test_predicates_of_two_subjects_stay_two_statements(tmp_path):
    rows = rows_of(tmp_path, "On Monday Tusk condemned Hungary's veto and Orbán rejected the criticism.",
                   published="2025-10-10")
    assert {r["speaker"] for r in rows if "rejected" in r["quote"]} == {"orban"}, rows
    assert not any(r["speaker"] == "tusk" and "rejected" in r["quote"] for r in rows), rows


@pytest.mark.parametrize("verdict", ["Tusk called the remark a disgraceful lie.",
                                     "Tusk said the claim was a disgraceful lie."])
def test_a_verdict_on_a_remark_is_on_whoever_made_it(tmp_path, verdict):
    body = f'"Warsaw is betraying Europe," Orbán told reporters in Budapest on Monday. {verdict}'
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [r["target"] for r in rows if r["speaker"] == "tusk"] == ["orban"], rows


THAT_WEDNESDAY = """Eight days ago Hungary vetoed the aid package.

**What Berlin said**

Merz said in his post of last Wednesday that Hungary was isolating itself. Within hours Rome agreed with him.

**What Warsaw said**

On that Wednesday Tusk wrote that Orbán was "a traitor to Europe". The next day he called Hungary "a Russian outpost".
"""


def test_that_wednesday_is_the_wednesday_the_story_told_for_statements_and_events(tmp_path):
    from rhetoric.extract.events import extract_events

    rows = rows_of(tmp_path, THAT_WEDNESDAY, published="2025-10-16")
    said = {r["quote"][:20]: r["said_on"] for r in rows if r["speaker"] == "tusk"}
    assert said == {"On that Wednesday Tu": "2025-10-08", "The next day he call": "2025-10-09"}, rows
    p = tmp_path / "w1.md"
    p.write_text(f"---\nid: w1\ntitle: t\noutlet: null\npublished: 2025-10-16\nlanguage: en\n---\n{THAT_WEDNESDAY}\n",
                 encoding="utf-8")
    dated = {r["date"] for r in extract_events(read_article(p), REG) if "that Wednesday" in r["sentence"]}
    assert dated == {"2025-10-08"}


def test_an_occasion_takes_the_time_told_before_it_when_that_sentence_names_only_the_speakers_side(tmp_path):
    body = ("Hungary vetoed the aid package on Monday 6 October.\n\n"
            "By Wednesday the mood in Warsaw had hardened. At a press conference the prime minister called "
            "Orbán \"a Kremlin errand boy\".")
    rows = rows_of(tmp_path, body.replace("the prime minister", "Tusk"), published="2025-10-10")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-10-08"], rows


def test_asked_about_someone_the_answer_is_not_theirs(tmp_path):
    body = ('Szijjártó stopped on his way to the plane. Asked what Tusk would have to do to mend ties with Hungary, '
            'he replied: "A simple apology would be the best way to ease the problem."')
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert {r["speaker"] for r in rows if "apology" in r["quote"]} == {"szijjarto"}, rows


def test_a_lead_that_names_whose_fear_the_line_was_is_not_its_speaker(tmp_path):
    body = ('Tusk spoke to the Sejm in the afternoon. "I regard Hungary as a friend," he said. '
            'Then came the words Budapest had dreaded: "Poland will not apologise for defending Europe."')
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert {r["speaker"] for r in rows if "apologise" in r["quote"]} == {"tusk"}, rows


def test_a_pronoun_refers_to_a_subject_named_in_apposition_to_a_role(tmp_path):
    body = ('Tusk was in Brussels. His foreign minister, Radosław Sikorski, had set the tone on Monday, when '
            'he called the Hungarian veto "an unfriendly act between allies".')
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert {r["speaker"] for r in rows if "unfriendly" in r["quote"]} == {"sikorski"}, rows


@pytest.mark.parametrize("before, speaker", [
    ("The next move belongs to Orbán.", "orban"),
    ("The last word went to Orbán.", "orban"),
    ("Warsaw sent a note to Orbán's office.", "tusk"),  # a possessive: not the one who speaks
    ("The protest drew a message of support from Orbán.", "tusk"),  # not a turn handed over
])
def test_he_may_be_the_one_person_the_turn_passed_to_just_before(tmp_path, before, speaker):
    body = f'"We reject this," Tusk said in Warsaw on Monday.\n\n{before} "We will talk to Warsaw in May," he said.'
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert {r["speaker"] for r in rows if "talk to Warsaw" in r["quote"]} == {speaker}, rows


@pytest.mark.parametrize("quote", ["I'm just not going to say anything about intelligence matters.",
                                   "We are not going to discuss the content of the talks."])
def test_a_refusal_to_say_anything_is_no_statement(tmp_path, quote):
    rows = rows_of(tmp_path, f'Asked about Hungary on Monday, Tusk said: "{quote}"', published="2025-10-10")
    assert not [r for r in rows if r["speaker"] == "tusk"], rows


def test_a_refusal_followed_by_a_verdict_is_a_statement(tmp_path):
    rows = rows_of(tmp_path, '"I am not going to comment on the veto, but it is shameful," Tusk said on Monday.',
                   published="2025-10-10")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


# --- review20: a read of session 20's rules found these; each failed before its fix -------------


@pytest.mark.parametrize("heading", ["**Read the full text here**", "**Statement of intent**",
                                     "**Text of the agreement is still secret**", "**Letter from Warsaw**",
                                     "## A message from Brussels"])
def test_review20_a_subhead_is_no_document(tmp_path, heading):
    body = (f"Tusk and Orbán met in Brussels on Monday.\n\n{heading}\n\nThe two governments have failed to agree "
            "on the sanctions, and Warsaw blames Budapest for the deadlock.\n\nOrbán left early.")
    rows = rows_of(tmp_path, body, published="2026-11-20")
    assert not [r for r in rows if "failed to agree" in r["quote"] and r["kind"] == "direct"], rows


@pytest.mark.parametrize("lead, heading, issuer", [
    ("Tusk attacked Orbán's speech on Sunday.", "**Orbán's speech in full**", "orban"),
    ("Sikorski spoke to reporters after Tusk's address on Monday.", "## The address in full", "tusk"),
    ("Orbán spoke in Tusnádfürdő on Saturday.", "**The speech in full**", "orban"),
])
def test_review20_a_document_is_of_whom_the_heading_or_the_introduction_says(tmp_path, lead, heading, issuer):
    body = f"{lead}\n\n{heading}\n\nBrussels has betrayed the farmers of Europe.\n"
    rows = rows_of(tmp_path, body, published="2026-11-20")
    assert {r["speaker"] for r in rows if "betrayed the farmers" in r["quote"]} == {issuer}, rows


@pytest.mark.parametrize("act", ["condemn Russia", "support Ukraine"])
def test_review20_a_failure_judged_by_a_copula_is_not_negated(tmp_path, act):
    rows = rows_of(tmp_path, f'"Hungary\'s failure to {act} is shameful," Tusk said on Monday.', published="2026-11-20")
    assert {r["stance"] < 0 for r in rows if r["target"] == "hungary"} == {True}, rows


def test_review20_a_person_named_by_role_in_a_section_stops_the_headings_pronoun(tmp_path):
    body = ("Who said what.\n\n**Donald Tusk**\n\n*Prime Minister of Poland*\n\nPoland's foreign minister backed "
            'him. He said on Monday that Hungary was "holding Europe hostage".')
    rows = rows_of(tmp_path, body, published="2026-11-20")
    assert {r["speaker"] for r in rows if "hostage" in r["quote"]} == {"sikorski"}, rows


def test_review20_a_joined_predicate_keeps_its_date(tmp_path):
    rows = rows_of(tmp_path, "Orbán praised Merz and criticised Brussels in a radio interview on Friday.",
                   published="2026-11-20")
    assert {r["said_on"] for r in rows} == {"2026-11-20"}, rows


def test_review20_the_line_someone_feared_goes_on_with_the_voice_of_the_paragraph_before(tmp_path):
    body = ('"Hungary is holding Europe hostage," Tusk said on Monday.\n\n'
            'Then the line Budapest had feared: "We will freeze every euro."')
    rows = rows_of(tmp_path, body, published="2026-11-20")
    assert {r["speaker"] for r in rows if "freeze" in r["quote"]} == {"tusk"}, rows


def test_review20_that_wednesday_after_a_later_day_told(tmp_path):
    body = ("Hungary vetoed the package on Wednesday, November 18. Tusk responded on Friday, November 20.\n\n"
            'On that Wednesday, Sikorski called the veto "a betrayal".')
    rows = rows_of(tmp_path, body, published="2026-11-27")
    assert [(r["target"], r["said_on"]) for r in rows if r["speaker"] == "sikorski"] == [("hungary", "2026-11-18")], rows


def test_review20_their_leader_with_a_person_between_and_germans(tmp_path):
    rows = rows_of(tmp_path, '"Many Germans wonder what their chancellor is doing," Tusk said on Monday.',
                   published="2026-11-20")
    assert [r["target"] for r in rows] == ["merz"], rows
    rows = rows_of(tmp_path, '"Many Hungarians admire Merz, but their prime minister has betrayed Europe," Tusk said.',
                   published="2026-11-20")
    assert "orban" in {r["target"] for r in rows}, rows


def test_review20_a_verb_after_but_has_the_subject_of_the_first_not_a_possessor(tmp_path):
    rows = rows_of(tmp_path, "Tusk welcomed the Commission's decision on Tuesday but warned Hungary that the veto "
                             "would cost it dearly.", published="2026-11-20")
    assert {r["speaker"] for r in rows if "warned" in r["quote"]} == {"tusk"}, rows


TICKER = """*The crawl as it ran on our news channel on Tuesday.*

**TUESDAY 7 OCTOBER**

09:12 POLAND: TUSK CALLS HUNGARY'S VETO "BLACKMAIL OF THE WHOLE UNION"

09:15 TUSK: "BUDAPEST HAS CHOSEN MOSCOW OVER ITS ALLIES"

10:02 ORBAN ON FACEBOOK: "WARSAW IS LYING TO EUROPE ABOUT OUR VETO"

10:05 SZIJJARTO ACCUSES POLAND OF "HYSTERIA"
"""


def test_a_ticker_in_capitals_is_read_as_running_text_and_quoted_as_written(tmp_path):
    rows = rows_of(tmp_path, TICKER, published="2025-10-08")
    said = {(r["speaker"], r["quote"]) for r in rows}
    assert ("tusk", "BUDAPEST HAS CHOSEN MOSCOW OVER ITS ALLIES") in said, rows
    assert ("orban", "WARSAW IS LYING TO EUROPE ABOUT OUR VETO") in said, rows
    assert any(r["speaker"] == "szijjarto" and r["target"] == "poland" and r["stance"] < 0 for r in rows), rows
    assert {r["said_on"] for r in rows} == {"2025-10-07"}, rows


def test_a_timed_line_in_capitals_is_text_and_a_label_line_keeps_its_capitals():
    from rhetoric.corpus import passages
    from rhetoric.extract.casing import running_case

    body = ("09:15 TUSK: \"BUDAPEST HAS CHOSEN MOSCOW OVER ITS ALLIES\"\n\n**17:14** Tusk: Budapest is lying\n\n"
            "DONALD TUSK, PRIME MINISTER OF POLAND, ON X:\n")
    kinds = [p.kind for p in passages(body)]
    assert kinds == ["text", "heading", "heading"]
    cased = running_case(body, REG, [(p.start, p.end) for p in passages(body)])
    assert len(cased) == len(body) and cased.startswith('09:15 Tusk: "Budapest has chosen Moscow over its allies"')
    assert cased.endswith("DONALD TUSK, PRIME MINISTER OF POLAND, ON X:\n")


# --- session 21: kinds read from the valleys set, each tested here in other wording ---------------

CARDS = """*Our explainer as posted on Saturday.*

**Card 3**

"Budapest has chosen Moscow over its allies"

Donald Tusk
Prime Minister of Poland, on X

**Card 4**

TUESDAY
"Warsaw is lying to Europe about our veto"

Viktor Orbán, in a radio interview
"""


def test_a_quote_card_is_the_words_of_the_name_on_the_line_under_it(tmp_path):
    rows = rows_of(tmp_path, CARDS, published="2025-10-11")
    got = {(r["speaker"], r["target"]) for r in rows}
    assert ("tusk", "hungary") in got and ("orban", "poland") in got, rows
    assert [(r["stance"] < 0, r["said_on"]) for r in rows if r["speaker"] == "orban"] == [(True, "2025-10-07")], rows


def test_a_quotation_line_under_no_signature_stays_a_heading(tmp_path):
    body = ("‘A kind of blackmail’\n\nTusk accused Hungary of blackmail on Monday.\n\n"
            "\"Budapest has chosen Moscow\"\n\nThe row went on.")
    rows = rows_of(tmp_path, body, published="2025-10-11")
    assert not any("kind of blackmail" in r["quote"] or r["quote"] == "Budapest has chosen Moscow" for r in rows), rows


SUBTITLES = """*The subtitles of our clip, published on Friday.*

1
00:00:00,000 --> 00:00:04,000
[NARRATOR] The veto came at the summit.

2
00:00:04,000 --> 00:00:06,000
[ON SCREEN: BRUSSELS, 6 OCTOBER 2025]

3
00:00:06,000 --> 00:00:10,000
[TUSK, translated] Hungary has betrayed its allies again.

4
00:00:10,000 --> 00:00:14,000
Budapest is blackmailing the whole Union.

5
00:00:14,000 --> 00:00:18,000
[NARRATOR] The answer came from Budapest.

6
00:00:18,000 --> 00:00:20,000
[ON SCREEN: BUDAPEST, 7 OCTOBER 2025]

7
00:00:20,000 --> 00:00:24,000
[ORBÁN] Warsaw is lying to Europe about our veto.
"""


def test_subtitle_cues_speak_for_the_bracketed_voice_until_the_next_and_the_caption_dates_them(tmp_path):
    rows = rows_of(tmp_path, SUBTITLES, published="2025-10-10")
    got = sorted((r["speaker"], r["target"], r["said_on"], r["stance"] < 0) for r in rows)
    assert got == [("orban", "poland", "2025-10-07", True), ("tusk", "hungary", "2025-10-06", True),
                   ("tusk", "hungary", "2025-10-06", True)], rows


MEMCON = """*The government released the record of the call on Friday. Extracts follow.*

MEMORANDUM OF CONVERSATION

PARTICIPANTS: The Prime Minister; President Viktor Orbán of Hungary

DATE AND TIME: 3 October 2025, 10:00 - 10:40

Prime Minister Tusk: Thank you for taking the call.

The Prime Minister: Your veto is blackmail. Hungary is hurting the whole Union. Poland will not accept it.

Orbán: Warsaw is lying to Europe about our veto. We will not be told what to do.
"""


def test_a_role_label_speaks_for_its_holder_and_a_record_is_dated_by_its_header(tmp_path):
    rows = rows_of(tmp_path, MEMCON, published="2025-10-10")
    veto = [r for r in rows if "blackmail" in r["quote"]]
    assert [(r["speaker"], r["target"] in ("orban", "hungary"), r["said_on"]) for r in veto] == [("tusk", True, "2025-10-03")], rows
    # three short sentences of one answer are one utterance
    assert veto[0]["quote"] == "Your veto is blackmail. Hungary is hurting the whole Union. Poland will not accept it.", rows
    assert {r["said_on"] for r in rows} == {"2025-10-03"}, rows


POSTS = """Hi all,

The week began in Brussels. Budapest answered the next morning.

> **Viktor Orbán** @PM_ViktorOrban · Oct 7
>
> Warsaw is lying to Europe about our veto.

The Polish side then went further:

> **Polish government account** · X · Oct 8
>
> Hungary is blackmailing the whole Union.
"""


def test_an_embedded_posts_header_above_it_names_and_dates_its_author(tmp_path):
    rows = rows_of(tmp_path, POSTS, published="2025-10-12")
    got = [(r["speaker"], r["target"], r["said_on"]) for r in rows if "Warsaw is lying" in r["quote"]]
    assert got == [("orban", "poland", "2025-10-07")], rows
    # a header that names no one the registry knows: the lead's speaker, dated by the header
    got = [(r["speaker"], r["target"], r["said_on"]) for r in rows if "blackmailing" in r["quote"]]
    assert got == [("poland", "hungary", "2025-10-08")], rows


def test_an_infinitive_after_went_on_to_or_was_quick_to_reports_speech(tmp_path):
    rows = rows_of(tmp_path, "Valtonen spoke after the summit in Helsinki. She was quick to condemn Hungary's veto "
                             "as blackmail.", published="2025-10-12")
    assert [(r["speaker"], r["target"], r["stance"] < 0) for r in rows] == [("valtonen", "hungary", True)], rows
    rows = rows_of(tmp_path, "Tusk spoke on Monday. He went on to praise Merz as a great European.", published="2025-10-12")
    assert [(r["speaker"], r["target"], r["stance"] > 0) for r in rows] == [("tusk", "merz", True)], rows
    # what someone refused to do is no speech
    assert rows_of(tmp_path, "Orbán refused to praise Tusk.", published="2025-10-12") == []


def test_a_heading_with_a_parts_label_and_a_place_before_its_date_dates_its_section(tmp_path):
    body = ("*Our deck, as presented to subscribers.*\n\n**Part 2 — Brussels, 9 October 2025**\n\n"
            "- Tusk: \"Hungary is blackmailing the whole Union.\"\n")
    rows = rows_of(tmp_path, body, published="2025-11-20")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-10-09")], rows


def test_a_name_in_apposition_after_a_title_and_the_body_it_serves_is_the_speaker(tmp_path):
    rows = rows_of(tmp_path, "The ambassador of the United States to the European Union, Jamieson Greer, said Hungary "
                             "was blackmailing the Union.", published="2025-10-03")
    assert {r["speaker"] for r in rows} == {"greer"}, rows


def test_two_quoted_words_joined_by_and_in_one_clause_are_one_statement(tmp_path):
    rows = rows_of(tmp_path, 'Valtonen called the Hungarian veto "reckless" and "a gift to the Kremlin".',
                   published="2025-10-03")
    assert len({r["statement_id"] for r in rows}) == 1, rows
    assert rows[0]["quote"].endswith('"reckless" and "a gift to the Kremlin"'), rows


def test_a_colon_leads_subject_after_a_place_is_the_name_after_its_title(tmp_path):
    rows = rows_of(tmp_path, 'In Budapest, the opposition leader Péter Magyar offered little comfort: "Orbán has '
                             'isolated Hungary in Europe."', published="2025-10-03")
    assert {r["speaker"] for r in rows} == {"magyar"}, rows


def test_his_refers_back_to_a_he_who_spoke_in_an_earlier_sentence(tmp_path):
    body = ("Tusk was in Brussels on Monday. At a briefing for Hungarian reporters in the hall of Polish Jews, he "
            "said that Budapest was lying. Budapest, not the Hungarians. Warsaw was furious.\n\n"
            'The next day his office said this: "Poland will not accept blackmail from Hungary."')
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert [r["speaker"] for r in rows if "blackmail" in r["quote"]] == ["tusk"], rows


def test_a_demonym_before_a_warplane_or_its_pilots_names_the_state(tmp_path):
    rows = rows_of(tmp_path, 'On Tuesday a Hungarian fighter jet flew over the border. "This was a provocation," '
                             'Tusk said.', published="2025-10-03")
    assert [(r["speaker"], r["target"]) for r in rows] == [("tusk", "hungary")], rows


def test_a_sentence_that_says_nothing_joins_an_utterance_only_between_two_that_do(tmp_path):
    body = ("*The record of the call, released on Friday.*\n\n"
            "TUSK: Your veto is blackmail. We will see about that. Hungary is hurting the whole Union.\n\n"
            "ORBÁN: Warsaw is lying about our veto. We will see about that.")
    quotes = [r["quote"] for r in rows_of(tmp_path, body, published="2025-10-10")]
    assert "Your veto is blackmail. We will see about that. Hungary is hurting the whole Union." in quotes, quotes
    assert "Warsaw is lying about our veto." in quotes and not any(q.endswith("lying about our veto. We will see about that.")
                                                                   for q in quotes), quotes


def test_in_an_opinion_piece_a_demand_of_its_subject_is_the_authors_statement(tmp_path):
    body = ("*Anna Nowak is a former ambassador. She writes in a personal capacity; the views here are her own.*\n\n"
            "The veto was the week's real news. So here is my advice. Budapest should publish what it has agreed "
            "and how it will be used, in coordination with its partners.")
    rows = _all_rows(tmp_path, body)
    assert [(r["speaker"], r["target"]) for r in rows] == [("author", "hungary")], rows


# --- review21: a read of session 21's rules found these; each failed before its fix -------------

def test_review21_a_headline_over_a_byline_a_label_or_a_title_is_no_card(tmp_path):
    body = ('"We cannot negotiate about our sovereignty, not now"\n\nBy Jelena Petrović\n\n'
            '"Sovereignty is not for sale, never"\n\nJelena Petrović, Warsaw correspondent\n\n'
            "“The troublemaker of Europe”\n\nViktor Orbán, Hungary\n\nThe prime minister has blocked the package.\n\n"
            "“The Polish Century: How Poland Became Europe’s Engine”\n\nDonald Tusk, foreword\n\n"
            "Tusk said on Thursday that Hungary was blackmailing the Union.")
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [(r["speaker"], "blackmailing" in r["quote"]) for r in rows] == [("tusk", True)], rows
    # a card signed with a dash is its signer's
    rows = rows_of(tmp_path, "“Russia will test us again, and we must be ready”\n\n— Friedrich Merz, Munich",
                   published="2025-10-10")
    assert [r["speaker"] for r in rows] == ["merz"], rows


def test_review21_a_sound_in_brackets_is_no_voice_and_the_last_voice_goes_on(tmp_path):
    body = ("[NARRATOR] The rally came on Sunday.\n\n[TUSK, translated] Hungary is blackmailing the Union.\n\n"
            "[APPLAUSE] Budapest is lying to Europe about its veto.\n\n[ORBÁN] Warsaw is lying about our veto.\n\n"
            "Poland wants to dictate to Hungary.")
    got = [(r["speaker"], r["quote"][:8]) for r in rows_of(tmp_path, body, published="2025-10-10")]
    assert ("orban", "Poland w") in got, got  # (after the last label, the last voice goes on)
    assert not any(s.lower() == "applause" for s, _ in got), got


def test_review21_an_utterance_does_not_join_sentences_about_different_people(tmp_path):
    body = ("Tusk spoke to us on Monday.\n\nQ: What about Hungary?\n\n"
            "Tusk: Orbán is a disgrace for Europe. Magyar would be a good partner.\n\nQ: Anything else?\n\nTusk: No.")
    got = {(r["target"], r["quote"]) for r in rows_of(tmp_path, body, published="2025-10-10")}
    assert ("orban", "Orbán is a disgrace for Europe.") in got and ("magyar", "Magyar would be a good partner.") in got, got


def test_review21_an_updated_line_does_not_date_an_interview(tmp_path):
    body = ("*Tusk spoke to us in Warsaw on Monday.*\n\nUpdated: 9 October 2025, 18:02\n\n"
            "Q: What about Hungary?\n\nTusk: Orbán is blackmailing the Union.\n\nQ: And Merz?\n\nTusk: Merz is a friend of Poland.")
    assert {r["said_on"] for r in rows_of(tmp_path, body, published="2025-10-10")} == {"2025-10-06"}


def test_review21_a_naming_verbs_object_stays_the_target_of_the_names(tmp_path):
    rows = rows_of(tmp_path, 'Tusk called Orbán a "clown" and a "puppet of the Kremlin".', published="2025-10-10")
    assert ("orban", True) in {(r["target"], r["stance"] < 0) for r in rows}, rows


def test_review21_his_is_not_bound_to_a_he_inside_anothers_words(tmp_path):
    body = ("Tusk accused Hungary of blocking aid to Ukraine on Monday. He is lying, Orbán told reporters in Budapest "
            "on Tuesday. His spokesman added: “Poland buys Russian oil through the back door.”")
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [r["speaker"] for r in rows if "oil" in r["quote"]] == ["orban"], rows


def test_review21_rushed_to_defend_is_no_speech(tmp_path):
    rows = rows_of(tmp_path, "When the gunmen opened fire on Thursday, Polish police rushed to defend the embassy "
                             "against the attackers.", published="2025-10-10")
    assert rows == [], rows


def test_a_statement_naming_nobody_is_about_the_side_the_short_lines_before_it_name(tmp_path):
    body = ("[NARRATOR] On Monday a Hungarian fighter jet crossed into Polish airspace.\n\n"
            "[NARRATOR] Warsaw answered within the hour.\n\n[NARRATOR] The prime minister was in Gdańsk.\n\n"
            "[TUSK] This was a deliberate provocation.")
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [(r["speaker"], r["target"]) for r in rows] == [("tusk", "hungary")], rows


def test_a_role_with_another_states_demonym_in_a_quote_is_that_states_holder(tmp_path):
    rows = rows_of(tmp_path, '"The words of the Hungarian prime minister are shameful," Sikorski said, and Tusk '
                             'agreed.', published="2025-10-10")
    assert "orban" in {r["target"] for r in rows if r["stance"] < 0}, rows


def test_an_authority_cited_with_as_x_said_in_a_quote_is_not_its_target(tmp_path):
    rows = rows_of(tmp_path, '"As Friedrich Merz said, they are blackmailing the whole of Europe," Tusk told reporters '
                             'about the Hungarian government.', published="2025-10-10")
    assert "merz" not in {r["target"] for r in rows}, rows


def test_a_role_the_registry_does_not_match_is_the_person_just_named_whose_office_it_names(tmp_path):
    actors = ("  - {id: czechia, name: Czech Republic, kind: state, role: State, aliases: [Czech Republic, Czechia, Prague]}\n"
              "  - {id: china, name: China, kind: state, role: State, aliases: [China, Beijing]}\n"
              "  - {id: pospisil, name: Jan Pospíšil, kind: person, affiliation: czechia, role: President of the Senate, "
              "aliases: [Jan Pospíšil, Pospíšil]}\n"
              "  - {id: novak, name: Petr Novák, kind: person, affiliation: czechia, role: President of Czechia, "
              "aliases: [Petr Novák, Novák]}\n")
    body = ('"It is a provocation," President Petr Novák told a broadcaster on Sunday. He said Pospíšil would no longer '
            'be invited. Beijing welcomed the remark. The senator hit back the same day, saying Novák had made the '
            'country "addicted" to China.')
    rows = _rows_with(tmp_path, actors, body, published="2025-10-10")
    assert [r["speaker"] for r in rows if "addicted" in r["quote"]] == ["pospisil"], rows


# --- session 22: kinds read from the narrows set, each tested here in other wording ---------------

def test_a_time_adverbial_may_stand_between_a_subject_and_its_verb(tmp_path):
    rows = rows_of(tmp_path, "Foreign Minister Radosław Sikorski the following evening condemned the Hungarian veto "
                             "as a betrayal of Ukraine.", published="2025-10-10")
    assert [r["speaker"] for r in rows] == ["sikorski"], rows


def test_an_aside_before_the_verb_may_hold_a_parenthesis_with_commas(tmp_path):
    rows = rows_of(tmp_path, "Orbán, speaking in Kyiv (July 2, 2024), had praised a new chapter in relations with "
                             "Ukraine.", published="2025-10-10")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("orban", "2024-07-02")], rows


def test_an_abbreviated_month_after_of_keeps_its_day(tmp_path):
    rows = rows_of(tmp_path, 'Tusk, speaking on the morning of Sept. 14, accused Hungary of "blackmail".',
                   published="2025-10-10")
    assert [r["said_on"] for r in rows] == ["2025-09-14"], rows


def test_an_italic_run_in_heading_is_not_the_subject_of_the_paragraph(tmp_path):
    rows = rows_of(tmp_path, "*Polish reaction.* Tusk declared himself shocked by what he called a shameful veto, and "
                             'charged that Hungary "has chosen Moscow".', published="2025-10-10")
    assert {r["speaker"] for r in rows} == {"tusk"}, rows


def test_a_quote_under_a_label_or_a_bullet_is_the_words_of_the_person_the_items_head_names(tmp_path):
    body = ("Planning notes for the desk.\n\n"
            "0900 WARSAW — Prime Minister Donald Tusk, news conference at the Chancellery.\n"
            "UPDATE 1130: Ended late. Story moved.\n"
            "KEY LINES:\n"
            '- "Budapest has chosen the side of the aggressor, and we will not forget it."\n'
            '- On Szijjártó: "He is a salesman of Russian gas, nothing more."\n\n'
            "1400 BUDAPEST — Government statement expected.\n"
            'QUOTE: "Hungary will not be lectured by anyone."')
    rows = rows_of(tmp_path, body, published="2025-10-10")
    got = {(r["speaker"], r["quote"][:20]) for r in rows}
    assert ("tusk", "Budapest has chosen ") in got and ("tusk", 'On Szijjártó: "He is') in got, rows
    assert not any(r["quote"].startswith("Hungary will not") for r in rows), rows  # (a head that names no person)


def test_a_heading_that_leads_to_a_weekday_with_a_few_words_dates_its_section(tmp_path):
    body = ("*Published on Friday.*\n\nPlanning notes.\n\nEVENTS OF TUESDAY\n\n"
            "0900 WARSAW — Prime Minister Donald Tusk, news conference.\n"
            'KEY LINE: "Budapest has chosen the side of the aggressor."\n\nTODAY\n\n'
            "1000 WARSAW — Radosław Sikorski, radio interview.\n"
            'KEY LINE: "Hungary is isolated in the Union."')
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-10-07"), ("sikorski", "2025-10-10")], rows


def test_an_interpreters_label_speaks_for_the_one_interpreted_and_a_question_does_not_date_the_answer(tmp_path):
    body = ("*Joint statements of Prime Minister Donald Tusk and Prime Minister Viktor Orbán in Warsaw on Tuesday, "
            "7 October. Both spoke in their own languages; the English is the interpreters'.*\n\n"
            "MODERATOR: Prime Minister Orbán, please.\n\n"
            "PRIME MINISTER ORBÁN: [Speaks Hungarian]\n\n"
            "INTERPRETER (for Orbán): We respect Poland and we want good relations with Warsaw.\n\n"
            "[Orbán then thanked his hosts; we have not reproduced it.]\n\n"
            "REPORTER (Polish radio): In March you called Ukraine a buffer zone. Do you still think so?\n\n"
            "PRIME MINISTER ORBÁN: [Speaks Hungarian]\n\n"
            "INTERPRETER (for Orbán): Ukraine is a sovereign country and Hungary has never denied it.")
    rows = rows_of(tmp_path, body, published="2025-10-08")
    got = [(r["speaker"], r["said_on"]) for r in rows if r["quote"].startswith(("We respect", "Ukraine is"))]
    assert got == [("orban", "2025-10-07"), ("orban", "2025-10-07")], rows


def test_a_header_block_that_names_a_document_and_its_author_gives_them_its_sentences(tmp_path):
    body = ("*The answer came on Friday. We print both in full.*\n\n"
            "Question for written answer E-004411/2025\nto the Commission\nRule 144\nRadosław Sikorski\n\n"
            "Subject: The Hungarian veto on aid to Ukraine\n\n"
            "The Hungarian government has blocked the aid package for the fourth time. This obstruction is a "
            "betrayal of Ukraine.\n\n"
            "1. Will the Commission act against Hungary?\n\n"
            "Submitted: 3.10.2025\n\n"
            "Answer given by Ms Valtonen\non behalf of the European Commission\n(14.11.2025)\n\n"
            "The Commission regrets the Hungarian veto. It will continue to support Ukraine.")
    rows = rows_of(tmp_path, body, published="2025-11-20")
    got = {(r["speaker"], r["said_on"], r["quote"][:25]) for r in rows}
    assert ("sikorski", "2025-10-03", "The Hungarian government ") in got, rows  # (dated by its field line)
    assert ("valtonen", "2025-11-14", "The Commission regrets th") in got, rows
    assert not any("Will the Commission" in r["quote"] or r["quote"].startswith("Subject") for r in rows), rows


def test_you_after_a_name_addressed_is_that_person_and_without_one_is_nobody(tmp_path):
    body = ("Dear Prime Ministers,\n\nIn September, Prime Minister Orbán, you vetoed the aid package. You warned: "
            "\"Brussels will not dictate to Hungary how to treat its neighbour Ukraine.\"\n\n"
            "We ask you both to talk.")
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [r["speaker"] for r in rows if "Brussels" in r["quote"]] == ["orban"], rows
    rows = rows_of(tmp_path, 'You may have read the news. You warned: "Brussels will not dictate to Hungary."',
                   published="2025-10-10")
    assert rows == [], rows


def test_a_post_read_out_by_the_narrator_is_the_words_of_whoever_posted_it(tmp_path):
    body = ("Late in the evening the Polish prime minister posted on X. My colleague read it out to the newsroom: "
            '"Budapest has once again chosen Moscow over its allies."')
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


def test_the_day_an_account_was_told_to_the_outlet_does_not_date_the_words_it_tells(tmp_path):
    body = ("*Jan Nowak, a reporter in Warsaw, spoke to us on Thursday; his account has been edited.*\n\n"
            "I was in the room when the news came in. Tusk was furious. \"Budapest has chosen Moscow,\" he said, and "
            "walked out.")
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "")], rows


def test_reported_words_that_demand_something_of_another_actor_are_a_statement_not_a_fact(tmp_path):
    rows = rows_of(tmp_path, "A German government spokesman said on Monday that every shipment through Hungary had "
                             "to be cleared with the Commission first.", published="2025-10-10")
    assert [r["speaker"] for r in rows] == ["germany"], rows
    rows = rows_of(tmp_path, "Tusk said on Monday that Poland must protect its own borders first.", published="2025-10-10")
    assert rows == [], rows  # (a demand of one's own side is a plan, told as a fact)


def test_an_items_quote_may_go_on_about_a_name_after_its_label(tmp_path):
    body = ("Planning notes.\n\n1400 WARSAW — Radosław Sikorski, on X, early evening.\n"
            'KEY LINE: Orbán "has chosen Moscow over his own allies once again".')
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [(r["speaker"], r["target"]) for r in rows] == [("sikorski", "orban")], rows


def test_a_date_in_brackets_after_the_verb_is_read_whole(tmp_path):
    rows = rows_of(tmp_path, "Orbán had warned in a long interview with the state broadcaster Kossuth Radio (Sept. 3, "
                             "2024) that Ukraine would never win the war.", published="2025-10-10")
    assert [r["said_on"] for r in rows] == ["2024-09-03"], rows


def test_a_he_no_sentence_before_resolves_is_the_person_the_title_names(tmp_path):
    p = tmp_path / "t22.md"
    p.write_text("---\nid: t22\ntitle: \"Inside Tusk's long night in Brussels\"\noutlet: null\npublished: 2025-10-10\n"
                 "language: en\n---\nThe summit began late. Orbán arrived last.\n\nThe coffee ran out at two. Nobody left "
                 "the building. The lights stayed on. Reporters slept on the floor.\n\nAt dawn he came out to the cameras. "
                 "\"Budapest has chosen Moscow again,\" he said.\n", encoding="utf-8")
    from rhetoric.extract.statements import extract_article

    rows = [r for r in extract_article(read_article(p), REG) if r["kind"] != "authorial"]
    assert [r["speaker"] for r in rows] == ["tusk"], rows


# --- review22: a read of session 22's rules found these; each failed before its fix -------------

@pytest.mark.parametrize("head", ["Orbán's critics", "**Orbán under fire**", "Tusk vs Orbán: the week in quotes",
                                  "Tusk, Merz and Macron met in Paris on Wednesday",
                                  "Donald Tusk met Friedrich Merz in Berlin, and the two leaders discussed Ukraine."])
def test_review22_an_items_head_must_open_with_one_person_and_an_occasion(tmp_path, head):
    rows = rows_of(tmp_path, f"Reactions.\n\n{head}\n- “Hungary cannot block Europe forever, and Brussels knows it.”",
                   published="2025-03-14")
    assert rows == [], rows


@pytest.mark.parametrize("heading", ["## The vote on Sunday", "**Reaction since Monday**", "THE SUMMIT ON MONDAY"])
def test_review22_a_heading_that_names_a_day_is_no_dated_section_unless_it_tells_a_day_gone_by(tmp_path, heading):
    rows = rows_of(tmp_path, f"Preview.\n\n{heading}\n\nOrbán has called the referendum \"a vote against Brussels\".",
                   published="2025-03-14")
    assert [r["said_on"] for r in rows] == [""], rows


def test_review22_an_anchors_question_still_leads_into_the_clip(tmp_path):
    body = ("Evening bulletin.\n\nANCHOR: Yesterday in Warsaw, Prime Minister Tusk met the press. So what did he say "
            "about Budapest?\n\nTUSK: Orbán is destroying every chance of unity.\n\nANCHOR: Thank you.")
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-10-09")], rows


def test_review22_a_version_number_is_no_date(tmp_path):
    rows = rows_of(tmp_path, 'The app, version 1.2.2024, was withdrawn after Tusk said it was "spying on Poles".',
                   published="2025-03-28")
    assert [r["said_on"] for r in rows] == [""], rows


@pytest.mark.parametrize("block", ["Reply from the Ministry\nTo: Péter Magyar", "Statement of intent\nPéter Magyar's first year",
                                   "Answer to a riddle\nWhy Péter Magyar keeps winning"])
def test_review22_a_header_blocks_author_is_on_its_noun_line_or_a_name_line_not_an_addressee_or_a_title(tmp_path, block):
    rows = rows_of(tmp_path, f"*In full.*\n\n{block}\n\nThe old parties have failed Hungary for fifteen years, and "
                             "Orbán is to blame.", published="2025-03-28")
    assert "magyar" not in {r["speaker"] for r in rows}, rows


def test_review22_an_aside_to_the_reader_is_no_name_addressed(tmp_path):
    rows = rows_of(tmp_path, "Tusk met Merz in Berlin. Merz, you may recall, once called Orbán “a problem for Europe”.",
                   published="2025-03-14")
    assert [r["speaker"] for r in rows] == ["merz"], rows


def test_review22_a_text_read_out_after_another_text_or_answer_is_not_the_posts(tmp_path):
    rows = rows_of(tmp_path, "Orbán posted on Facebook at five. Tusk answered within minutes. I read it aloud to the "
                             "whole room: “Orbán is Putin's man.”", published="2025-03-14")
    assert "orban" not in {r["speaker"] for r in rows}, rows
    rows = rows_of(tmp_path, "At five Orbán posted on Facebook. I read it twice, then I showed it to my editor: "
                             "“Is this real?” she asked.", published="2025-03-14")
    assert rows == [], rows


def test_review22_a_standfirst_whose_teller_is_a_role_or_a_pronoun_still_dates_the_account(tmp_path):
    rows = rows_of(tmp_path, "*Finland's top diplomat is in no mood to compromise. She spoke to us on Thursday.*\n\n"
                             "Valtonen is blunt. Russia, she says, is “the threat of our generation”.",
                   published="2025-03-28")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("valtonen", "2025-03-27")], rows


def test_review22_a_past_had_to_of_what_happened_is_a_fact(tmp_path):
    rows = rows_of(tmp_path, "Tusk said on Thursday that Orbán had to leave the summit early because of a family "
                             "emergency.", published="2025-03-14")
    assert rows == [], rows


@pytest.mark.parametrize("adverbial", ["that same day", "the day before", "two days later"])
def test_review22_more_time_adverbials_between_a_subject_and_its_verb(tmp_path, adverbial):
    rows = rows_of(tmp_path, f"Sikorski spoke on Tuesday. Orbán {adverbial} accused Tusk of \"hysteria\".",
                   published="2025-10-10")
    assert "orban" in {r["speaker"] for r in rows}, rows


def test_one_subjects_two_reporting_verbs_joined_by_and_are_one_statement_from_the_first(tmp_path):
    rows = rows_of(tmp_path, "Tusk, in a radio interview on Monday, declared himself shocked by Hungary's conduct at the "
                             "summit, and warned that Budapest \"has chosen Moscow over its allies\".", published="2025-10-10")
    assert {r["quote"][:24] for r in rows} == {"declared himself shocked"}, rows
    rows = rows_of(tmp_path, "Tusk says his words were misunderstood and calls Orbán \"a difficult partner\".",
                   published="2025-10-10")
    assert [r["quote"][:10] for r in rows] == ["calls Orbá"], rows  # (the first says nothing of another)


def test_one_unnamed_person_of_a_body_referred_to_again_as_he_is_that_body(tmp_path):
    body = ("An EU diplomat told reporters in Brussels that Hungary had gone too far. "
            "He accused Budapest of \"open blackmail\" over the aid package.")
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert {r["speaker"] for r in rows if "blackmail" in r["quote"]} == {"eu"}, rows


def test_an_abbreviated_month_in_capitals_is_read_with_its_day():
    import datetime

    from rhetoric.extract.dates import find_temporal_expressions

    found = find_temporal_expressions("TUESDAY 14 OCT — WARSAW — Tusk hosts the summit.", datetime.date(2025, 10, 9))
    assert [(te.text, te.date.value) for te in found] == [("Tuesday 14 Oct", "2025-10-14")], found


def test_a_transfer_of_goods_a_demonym_qualifies_is_done_by_that_state(tmp_path):
    body = ("The shipment of German-made tanks to Ukraine began in March. Orbán condemned the shipment as "
            "\"reckless and dangerous\".")
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert {r["target"] for r in rows if r["speaker"] == "orban"} == {"germany"}, rows


def test_the_other_said_to_live_on_the_speakers_land_is_a_hostile_claim(tmp_path):
    rows = rows_of(tmp_path, '"Sikorski is not a foreigner here at all, he lives on our land and he knows it," Orbán told state '
                             'radio.', published="2025-10-10")
    assert [(r["target"], r["stance"] < 0) for r in rows if r["speaker"] == "orban"] == [("sikorski", True)], rows


# --- review22b: a second read of the session's last rules found these; each failed before its fix --

@pytest.mark.parametrize("first", ["Two days after meeting a NATO envoy in Brussels, Tusk told reporters the talks would go on.",
                                   "A NATO envoy's visit to Warsaw angered Tusk on Monday.",
                                   "Briefed by a NATO commander on Monday, Tusk told parliament the army was ready."])
def test_review22b_he_after_a_body_official_who_is_no_subject_is_not_the_body(tmp_path, first):
    rows = rows_of(tmp_path, f"{first} He called Orbán \"a liar\".", published="2025-10-10")
    assert [r["speaker"] for r in rows if "liar" in r["quote"]] == ["tusk"], rows


def test_review22b_a_transfer_whose_clause_has_a_subject_is_that_subjects(tmp_path):
    rows = rows_of(tmp_path, "Poland completed the delivery of German-made tanks to Ukraine on Monday. Orbán condemned "
                             "the delivery as \"a provocation\".", published="2025-10-10")
    assert {r["target"] for r in rows if r["speaker"] == "orban"} == {"poland"}, rows


@pytest.mark.parametrize("quote", ["American soldiers are on our soil, and that is the best guarantee of our security",
                                   "We have lived on our land for centuries and we will stay"])
def test_review22b_the_speakers_own_people_or_allies_on_its_land_are_no_hostile_claim(tmp_path, quote):
    rows = rows_of(tmp_path, f'Tusk said on Monday that "{quote}", thanking the United States.', published="2025-10-10")
    assert all(r["stance"] >= 0 for r in rows), rows


@pytest.mark.parametrize("text", ["The loan carries an APR 24.9 per cent, Warsaw said on Tuesday.",
                                  "The sensor, model OCT 3, was shipped to Kyiv on Tuesday.",
                                  "The scoreline read MAR 2 POL 1 on Tuesday."])
def test_review22b_an_abbreviation_in_capitals_is_a_month_only_in_a_date(text):
    import datetime

    from rhetoric.extract.dates import find_temporal_expressions

    found = find_temporal_expressions(text, datetime.date(2025, 10, 8))
    assert [te.text for te in found] == ["Tuesday"], found


def test_review22b_two_verbs_across_but_are_two_clauses(tmp_path):
    rows = rows_of(tmp_path, "Tusk criticised Orbán on Sunday, but on Tuesday he phoned Merz and said Germany was "
                             "\"a reliable partner\".", published="2025-10-10")
    assert all(r["quote"].startswith("said") for r in rows if "reliable" in r["quote"]), rows


# --- session 23: kinds from the oases set, each test in other wording, failing before its fix ---

@pytest.mark.parametrize("sign", ["> — Donald Tusk, on X, 12 March 2025",
                                  "> *Source 2: Donald Tusk, Prime Minister of Poland, interview with TVN24, 12 March 2025*",
                                  "> _Attribution: Donald Tusk, speaking in the Sejm on 12 March 2025_"])
def test_a_quotation_in_a_blockquote_is_the_one_its_signature_line_names(tmp_path, sign):
    body = ("Pupils should compare the two sources below.\n\n"
            "> \"Hungary has chosen the Kremlin over its allies, and it will pay for that choice.\"\n>\n"
            f"{sign}\n\n"
            "> \"We are not going to take lessons from anyone in Warsaw.\"\n>\n"
            "> — Viktor Orbán, radio interview, 14 March 2025\n")
    rows = rows_of(tmp_path, body, published="2026-05-01")
    got = {(r["speaker"], r["said_on"]) for r in rows}
    assert ("tusk", "2025-03-12") in got and ("orban", "2025-03-14") in got, rows
    assert not any("Tusk," in r["quote"] or "Orbán," in r["quote"] for r in rows), rows  # the signature is no quote


@pytest.mark.parametrize("heading, day", [("**MONDAY, NOVEMBER 3**", "2025-11-03"), ("### Wednesday 12 November", "2025-11-12")])
def test_a_weekday_beside_a_yearless_date_tells_its_year(tmp_path, heading, day):
    body = ("**THURSDAY, AUGUST 7**\n\n\"We will answer in kind,\" Tusk said.\n\n"
            f"{heading}\n\n\"The door is open,\" Orbán said.\n")
    rows = rows_of(tmp_path, body, published="2025-11-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "orban"] == [day], rows


@pytest.mark.parametrize("body, speaker", [
    ("PRESENTER: The row went on into the evening.\n\n"
     "[SOUNDBITE, Tusk, in Polish with voice-over] \"We will not be lectured by Budapest on loyalty.\"", "tusk"),
    ("Orbán told state radio on Friday what he thought of it. This is how it sounded.\n\n"
     "(Archive audio) \"Warsaw has lost its mind, and everybody in Europe can see it.\"", "orban"),
])
def test_a_quote_after_a_note_that_plays_a_recording_is_the_one_it_names_or_introduces(tmp_path, body, speaker):
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [r["speaker"] for r in rows if "Budapest on" in r["quote"] or "lost its mind" in r["quote"]] == [speaker], rows


def test_a_date_in_the_possessive_names_an_event_and_anchors_nothing(tmp_path):
    body = ("**Wednesday 8 October**\n\nTusk called off Friday's summit that afternoon. Orbán answered the same day: "
            "\"Warsaw is afraid of the truth.\"")
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [r["said_on"] for r in rows if r["speaker"] == "orban"] == ["2025-10-08"], rows
    from rhetoric.extract.events import extract_events

    dates = {r["date_text"]: r["date"] for r in extract_events(read_article(tmp_path / "r2.md"), REG)}
    assert dates.get("that afternoon") == "2025-10-08", dates


def test_a_date_in_the_possessive_of_words_said_or_of_an_occasion_still_tells_the_time(tmp_path):
    rows = rows_of(tmp_path, "Tusk spoke at Wednesday's news conference in Gdańsk: \"We are ready.\" Orbán read out "
                             "Monday's statement again. He went further the next morning: \"Budapest will not pay.\"",
                   published="2025-10-12")
    assert {r["speaker"]: r["said_on"] for r in rows} == {"tusk": "2025-10-08", "orban": "2025-10-07"}, rows


_RANKS = ("  - {id: united_states, name: United States, kind: state, role: State, aliases: [United States]}\n"
          "  - {id: venezuela, name: Venezuela, kind: state, role: State, aliases: [Venezuela]}\n"
          "  - {id: biden, name: Joe Biden, kind: person, affiliation: united_states, role: President of the United States,\n"
          "     aliases: [Joe Biden, Biden]}\n"
          "  - {id: harris, name: Kamala Harris, kind: person, affiliation: united_states,\n"
          "     role: Vice President of the United States, aliases: [Kamala Harris, Harris]}\n"
          "  - {id: maduro, name: Nicolás Maduro, kind: person, affiliation: venezuela, role: President of Venezuela,\n"
          "     aliases: [Nicolás Maduro, Maduro]}\n")


def test_a_role_under_a_rank_is_another_office(tmp_path):
    body = 'Biden stayed in Delaware and sent Harris instead. Maduro said: "The American president has insulted our people."'
    rows = _rows_with(tmp_path, _RANKS, body)
    assert [r["target"] for r in rows if r["speaker"] == "maduro"] == ["biden"], rows


@pytest.mark.parametrize("body, speaker", [
    ("Tusk criticised the speech Orbán delivered in Brussels on Monday, in which he called Ukraine \"a failed state\".", "orban"),
    ("Tusk was asked about Orbán's radio interview, during which he said the talks \"had failed\" and added: "
     "\"Brussels must listen to us.\"", "orban"),
    ("Tusk answered Orbán in a letter in which he said Poland \"will not yield\".", "tusk"),
])
def test_a_pronoun_in_a_relative_clause_about_a_speech_is_its_author(tmp_path, body, speaker):
    rows = [r for r in rows_of(tmp_path, body, published="2025-10-10")
            if any(w in r["quote"] for w in ("failed", "listen", "yield"))]
    assert rows and {r["speaker"] for r in rows} == {speaker}, rows


@pytest.mark.parametrize("first, speakers", [
    ("Orbán's press office replied within the hour.", ["orban"]),
    ("The reply came from Tusk's cabinet on Tuesday night.", []),  # (after a preposition: no subject)
    ("Orbán spoke first.", []),  # ("it" is no person)
])
def test_it_after_a_persons_office_is_that_person(tmp_path, first, speakers):
    rows = rows_of(tmp_path, f"{first} \"Hungary will not be lectured by anyone,\" it said.", published="2025-10-10")
    assert [r["speaker"] for r in rows if "lectured" in r["quote"]] == speakers, rows


def test_the_one_asked_about_in_the_sentence_before_is_not_a_pronouns_antecedent(tmp_path):
    body = ("Pressed on whether Orbán would attend the summit, Tusk told reporters: \"The invitation stands.\"\n\n"
            "He said later that Budapest \"knows the way to Warsaw\".")
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [r["speaker"] for r in rows if "knows the way" in r["quote"]] == ["tusk"], rows


def test_an_italic_note_under_a_days_section_counts_today_from_publication(tmp_path):
    body = ("**MONDAY 6 OCTOBER**\n\n\"We will not pay for this,\" Orbán said.\n\n"
            "*Tusk replied at a news conference in Gdańsk this morning, after his meeting with the mayors of the "
            "coastal towns: \"Budapest always pays in the end.\"*")
    rows = rows_of(tmp_path, body, published="2025-10-08")
    assert {r["speaker"]: r["said_on"] for r in rows} == {"orban": "2025-10-06", "tusk": "2025-10-08"}, rows


def test_a_month_after_before_is_no_time_of_the_story(tmp_path):
    body = ("Orbán landed in Warsaw on Tuesday, a rather different man from the one he was before March. "
            "\"We are partners,\" he told Tusk in front of the cameras.")
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [r["said_on"] for r in rows if r["speaker"] == "orban"] == ["2025-10-07"], rows


def test_quotes_inside_a_box_no_one_signs_are_read_as_text(tmp_path):
    body = ("Tusk met Merz in Berlin on Monday.\n\n> **Background**\n>\n> In 2021 Orbán told state radio: \"Brussels "
            "wants to punish us for our freedom.\" A week later Tusk answered that Hungary was \"a Trojan horse in Europe\".\n\n"
            "The talks went on into the night.")
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert {r["speaker"] for r in rows if "punish" in r["quote"] or "Trojan" in r["quote"]} == {"orban", "tusk"}, rows


def test_readers_comments_are_no_authorial_statements_but_the_quotes_they_report_are_found(tmp_path):
    body = ("Tusk met Merz in Berlin on Monday.\n\n## Comments (3)\n\n**gdansk_reader** · 10 Oct 2025, 09:14 · 23 likes\n\n"
            "Orbán is a disgrace to Europe and Hungary is a Trojan horse.\n\n**piotr_k** · 10 Oct 2025, 09:40\n\n"
            "Tusk said on Monday that Budapest was \"a problem for all of us\". He is right.")
    rows_of(tmp_path, body, published="2025-10-10")
    from rhetoric.extract.statements import extract_article

    rows = extract_article(read_article(tmp_path / "r2.md"), REG)  # (authorial rows too)
    assert [r["speaker"] for r in rows] == ["tusk"], rows


@pytest.mark.parametrize("heading", ["**Comment**", "## Reactions", "### Comment and analysis"])
def test_an_analysts_comment_or_a_reactions_section_is_no_readers_section(tmp_path, heading):
    from rhetoric.extract.context import ArticleContext
    from rhetoric.extract.reported import readers_section

    p = tmp_path / "c.md"
    p.write_text(f"---\nid: c\ntitle: t\noutlet: null\npublished: 2025-10-10\nlanguage: en\n---\nTusk spoke.\n\n{heading}\n\n"
                 "Orbán is a disgrace.\n", encoding="utf-8")
    assert readers_section(ArticleContext(read_article(p), REG)) is None


@pytest.mark.parametrize("text", ["\"Warsaw has stabbed us in the back,\" Orbán fumed.",
                                  "\"Warsaw has stabbed us in the back,\" raged Orbán last night.",
                                  "Orbán thundered: \"Warsaw has stabbed us in the back.\""])
def test_a_verb_of_manner_next_to_a_quote_reports_it(tmp_path, text):
    assert [r["speaker"] for r in rows_of(tmp_path, text, published="2025-10-10")] == ["orban"]


@pytest.mark.parametrize("verb", ["assessed", "reminded the journalists", "pointed to the fact", "conveyed to Brussels"])
def test_translated_copys_verbs_report_what_follows_that(tmp_path, verb):
    rows = rows_of(tmp_path, f"Orbán {verb} that the sanctions are \"a suicide for Europe\".", published="2025-10-10")
    assert [r["speaker"] for r in rows] == ["orban"], rows
    assert rows_of(tmp_path, f"Orbán {verb.split()[0]} the damage on Monday.", published="2025-10-10") == []


@pytest.mark.parametrize("text", ["Tusk said: \"Poland will not be blackmailed.\" (Original: „Polska nie da się szantażować.”)",
                                  "\"Poland will not be blackmailed,\" Tusk said. [Polish: \"Polska nie da się szantażować.\"]",
                                  "Tusk said Poland \"will not be blackmailed\" / \"nie da się szantażować\"."])
def test_a_quotes_original_in_another_language_is_no_statement_of_its_own(tmp_path, text):
    rows = rows_of(tmp_path, text, published="2025-10-10")
    assert len(rows) == 1 and "szanta" not in rows[0]["quote"], rows


def test_a_second_quote_after_a_sentence_is_no_original(tmp_path):
    rows = rows_of(tmp_path, "Tusk called Orbán \"an unreliable partner\" in politics. \"I strongly oppose Hungarian "
                             "policy,\" he said.", published="2025-10-10")
    assert len(rows) == 2, rows


@pytest.mark.parametrize("tail, day", [(" in a radio interview on Tuesday.", "2025-10-07"), (" late on Tuesday.", "2025-10-07")])
def test_a_time_after_a_partial_quote_dates_the_verb_before_it(tmp_path, tail, day):
    rows = rows_of(tmp_path, f"Orbán called the border post \"a Polish provocation\"{tail}", published="2025-10-10")
    assert [r["said_on"] for r in rows] == [day], rows


def test_review23_a_chronologys_run_in_heads_keep_the_month_moving_forward(tmp_path):
    body = ("**The first veto.** On 12 December 2024 Orbán blocked the package in Brussels.\n\n"
            "**The answer.** In January Tusk told reporters: \"Orbán is isolated.\"")
    rows = rows_of(tmp_path, body, published="2026-03-01")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-01"], rows


# --- review23: a second read of session 23's rules found these; each failed before its fix ----

def test_review23_a_list_of_quotes_in_a_blockquote_is_no_signature(tmp_path):
    body = ("Orbán's main lines from Wednesday's address to parliament:\n\n"
            "> - \"Brussels is punishing Hungary for its freedom.\"\n> - \"Warsaw must stop lecturing us.\"\n\n"
            "Tusk dismissed the speech.")
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert sum(r["speaker"] == "orban" for r in rows) == 2, rows


def test_review23_a_list_under_a_quoted_document_does_not_sign_it(tmp_path):
    body = ("The agenda, as published by the ministry, reads:\n\n> \"Talks will cover regional security.\"\n\n"
            "> - Orbán's visit to Moscow\n> - the gas pipeline")
    assert "orban" not in {r["speaker"] for r in rows_of(tmp_path, body, published="2025-10-12")}


@pytest.mark.parametrize("line", ["> Source: Radio Free Europe", "> Credit: Reuters video"])
def test_review23_a_media_source_line_under_a_quote_is_no_signer(tmp_path, line):
    body = f"Orbán told a rally in Győr on Friday:\n\n> \"Hungary will never accept the migrant pact.\"\n>\n{line}"
    assert [(r["speaker"], r["said_on"]) for r in rows_of(tmp_path, body, published="2025-10-12")] == [("orban", "2025-10-10")]


def test_review23_a_weekday_never_puts_a_heading_after_publication(tmp_path):
    body = "## 1 August 2025\n\nNothing new.\n\n## FRIDAY, JANUARY 9\n\nOrbán told reporters: \"Hungary stays out.\""
    assert [r["said_on"] for r in rows_of(tmp_path, body, published="2025-10-12")] == ["2025-01-09"]


@pytest.mark.parametrize("body", [
    "PRESENTER: Orbán said on Friday that Hungary would respond.\n\n[Clip ends] \"Strong words there from Budapest.\"",
    "REPORTER: Orbán told supporters on Friday that Hungary would respond.\n\n(Voice-over) \"The trucks crossed the border at dawn.\"",
    "Orbán told the crowd that Hungary would never accept it.\n\n(Archive) \"It was a promise he would repeat,\" our correspondent recalls.",
    "Orbán said on Friday that Hungary would respond.\n\n[Clip: a Hungarian TV commentator] \"The premier has no choice but to act.\"",
])
def test_review23_a_note_that_plays_no_ones_speech_gives_no_speaker(tmp_path, body):
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert not any(w in r["quote"] for r in rows for w in ("Strong words", "trucks", "promise", "no choice")), rows


@pytest.mark.parametrize("body, day", [
    ("Orbán told Tuesday's cabinet meeting that the pact was dead. \"We will not yield,\" he said.", "2025-10-07"),
    ("Tusk skipped Wednesday's summit in Brussels. That Wednesday, Orbán told reporters: \"We are alone.\"", "2025-10-08"),
    ("On the sidelines of Thursday's summit, Orbán told reporters: \"We are alone.\"", "2025-10-09"),
])
def test_review23_a_possessive_day_of_an_occasion_still_dates(tmp_path, body, day):
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert {r["said_on"] for r in rows if r["speaker"] == "orban"} == {day}, rows


_FORMER = ("  - {id: poland, name: Poland, kind: state, role: State, aliases: [Poland]}\n"
           "  - {id: russia, name: Russia, kind: state, role: State, aliases: [Russia]}\n"
           "  - {id: duda, name: Andrzej Duda, kind: person, affiliation: poland, role: Former President of Poland,\n"
           "     aliases: [Andrzej Duda, Duda]}\n"
           "  - {id: nawrocki, name: Karol Nawrocki, kind: person, affiliation: poland, role: President of Poland,\n"
           "     aliases: [Karol Nawrocki, Nawrocki]}\n")


@pytest.mark.parametrize("phrase, who", [("Poland's former president", "duda"), ("Poland's president", "nawrocki")])
def test_review23_a_rank_in_the_phrase_asks_for_that_rank(tmp_path, phrase, who):
    rows = _rows_with(tmp_path, _FORMER, f"{phrase} said on Monday: \"Russia is testing us.\"")
    assert [r["speaker"] for r in rows] == [who], rows


def test_review23_it_after_a_persons_office_yields_to_a_body_named_after(tmp_path):
    body = ("Orbán's office did not respond, but the European Commission issued a statement. "
            "\"Hungary must comply with the ruling,\" it said.")
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-10-12")] == ["commission"]


def test_review23_a_diary_all_in_italics_keeps_its_days(tmp_path):
    body = ("Our correspondent kept a diary of the week.\n\n## Monday 6 October\n\n*Merz arrived in Budapest. Orbán "
            "answered at a joint press conference today. \"Hungary will not be blackmailed by anyone,\" he said.*\n\n"
            "## Thursday 9 October\n\n*Tusk answered at his own press conference in Warsaw today. \"Orbán is isolated "
            "in Europe,\" he said.*")
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert {r["speaker"]: r["said_on"] for r in rows} == {"orban": "2025-10-06", "tusk": "2025-10-09"}, rows


@pytest.mark.parametrize("body, speaker", [
    ("Tusk quoted the letter Merz sent to Orbán, in which he wrote that Hungary was \"a partner we cannot lose\".", "merz"),
    ("Tusk recalled Orbán's appearance on a pro-government podcast, during which he said Ukraine was \"a lost cause\".",
     "orban"),
])
def test_review23_the_author_in_which_is_not_the_one_written_to(tmp_path, body, speaker):
    rows = [r for r in rows_of(tmp_path, body, published="2025-10-12") if "partner" in r["quote"] or "lost" in r["quote"]]
    assert [r["speaker"] for r in rows] == [speaker], rows


# --- session 24: kinds from the quays set, each test in other wording, failing before its fix ---

def test_a_paragraphs_voice_label_is_not_the_he_of_its_paragraph(tmp_path):
    body = ("*Our Warsaw correspondent, Jan Nowak, took readers' questions.*\n\n"
            "**Question from anna_k:** Who answered first?\n\n"
            "**Jan Nowak:** The first answer came from Donald Tusk on Monday. He wrote that Orbán was "
            "\"isolated in Europe\".")
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-10-12")] == ["tusk"]


def test_the_one_an_answer_came_from_is_the_he_after_it(tmp_path):
    body = "The sharpest reply came from Donald Tusk. He wrote on Monday that Orbán was \"isolated in Europe\"."
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-10-12")] == ["tusk"]


def test_a_readers_question_label_makes_no_statement_of_the_outlets(tmp_path):
    from rhetoric.extract.statements import extract_article

    p = tmp_path / "q.md"
    p.write_text("---\nid: q\ntitle: t\noutlet: null\npublished: 2025-10-12\nlanguage: en\n---\n"
                 "**Q from Warsaw reader:** Is Orbán's veto really sabotage?\n\n"
                 "Our correspondent answers: not in law. Tusk said on Monday that the veto was \"a betrayal\".\n",
                 encoding="utf-8")
    rows = extract_article(read_article(p), REG)
    assert [r["speaker"] for r in rows] == ["tusk"], rows


@pytest.mark.parametrize("after", ["he purred.", "crowed Orbán.", "Orbán smirked."])
def test_any_verb_of_manner_that_closes_the_sentence_after_a_quote_reports_it(tmp_path, after):
    body = f"Orbán met reporters in Budapest on Monday.\n\n\"Tusk will always be welcome at my table,\" {after}"
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [(r["speaker"], r["target"]) for r in rows] == [("orban", "tusk")], rows


_COASTGUARD = ("  - {id: italy, name: Italy, kind: state, role: State, aliases: [Italy]}\n"
               "  - {id: sos_med, name: SOS Méditerranée, kind: organisation, role: Rescue charity, aliases: [SOS Méditerranée]}\n"
               "  - {id: mrcc_rome, name: Italian Maritime Rescue Coordination Centre, kind: organisation, affiliation: italy,\n"
               "     role: Rescue coordination centre, aliases: [MRCC Rome, Italian coastguard]}\n")


def test_a_transcript_quoted_line_by_line_speaks_for_its_labelled_voices(tmp_path):
    body = ("*The radio log below was released by the charity on Friday 11 November. It records the exchange of "
            "Tuesday 8 November with the Italian coastguard, as SOS Méditerranée transcribed it.*\n\n"
            "> 14:02:10 MRCC: Ocean Viking, this is Rome. Italy will not assign you a port of safety. SOS Méditerranée "
            "must ask its flag state.\n"
            "> 14:02:31 CAPTAIN: Rome, we have 234 people on board, some of them in need of care.\n"
            "> 14:03:05 MRCC: Italy has no obligation here. Contact the Norwegian authorities.\n")
    rows = _rows_with(tmp_path, _COASTGUARD, body, published="2022-11-12")
    assert {r["speaker"] for r in rows} == {"mrcc_rome"}, rows
    assert {r["said_on"] for r in rows} == {"2022-11-08"}, rows


@pytest.mark.parametrize("sentence, words", [
    ("Hungary, he said, was blocking every decision of the Union.", "Hungary, he said, was blocking"),
    ("The veto, he wrote, \"cannot stand in a union of equals\".", "The veto, he wrote,"),
])
def test_a_clause_split_by_a_parenthetical_attribution_is_one_statement_from_its_subject(tmp_path, sentence, words):
    rows = rows_of(tmp_path, f"Tusk spoke to reporters in Warsaw on Monday. {sentence}", published="2025-10-12")
    assert [(r["speaker"], r["quote"].startswith(words)) for r in rows] == [("tusk", True)], rows


@pytest.mark.parametrize("sentence", ["Polish Prime Minister Donald Tusk called the veto \"shameful\".",
                                      "On Monday Polish Prime Minister Donald Tusk accused Hungary of sabotage."])
def test_the_title_before_a_speakers_name_is_part_of_the_statements_words(tmp_path, sentence):
    rows = rows_of(tmp_path, sentence, published="2025-10-12")
    assert [r["quote"].split()[:2] for r in rows] == [["Polish", "Prime"]], rows


def test_a_quote_after_that_is_the_reported_clause_from_its_subject(tmp_path):
    body = "Tusk spoke in Warsaw on Monday. He added that \"Poland will never accept blackmail from Orbán\"."
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [(r["speaker"], r["quote"].split()[:3]) for r in rows] == [("tusk", ["He", "added", "that"])], rows


def test_translated_copy_assessed_something_as_reports_a_view(tmp_path):
    body = "Prime Minister of Poland Tusk assessed the talks as very useful for the security of Hungary."
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


def test_a_coordinated_verbs_subject_is_the_person_a_states_title_names(tmp_path):
    body = ("Prime Minister of Hungary Orbán thanked the hosts warmly, and announced his answer:\n\n"
            "\"We will come to Warsaw in May, and we will bring the whole cabinet with us to meet Tusk.\"")
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [r["speaker"] for r in rows if "Warsaw" in r["quote"]] == ["orban"], rows


def test_the_quote_reported_speech_ends_on_what_the_speaker_called_it_is_one_statement(tmp_path):
    body = "Tusk spoke on Monday. He said he was shocked by what he called \"the open blackmail of the Union by Orbán\"."
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [(r["speaker"], r["quote"].startswith("He said"), r["quote"].rstrip("\"”").endswith("Orbán"))
            for r in rows] == [("tusk", True, True)], rows


def test_a_pronoun_in_a_readers_comment_is_not_a_name_of_the_article_above(tmp_path):
    from rhetoric.extract.statements import extract_article

    p = tmp_path / "c.md"
    p.write_text("---\nid: c\ntitle: \"Orbán vetoes the Ukraine package\"\noutlet: null\npublished: 2025-10-12\n"
                 "language: en\n---\n"
                 "Hungary's prime minister vetoed the package on Monday. Tusk, in Warsaw, said the veto was \"blackmail\".\n\n"
                 "**3 comments** · *Newest first*\n\n"
                 "**danube_dan** · 10:12\nLast year he called Zelensky \"a man I can work with\" in Kyiv. Funny.\n",
                 encoding="utf-8")
    rows = [r for r in extract_article(read_article(p), REG) if "work with" in r["quote"]]
    assert [r["speaker"] for r in rows] == ["orban"], rows


def test_a_name_apposed_to_a_title_speaks_from_the_title(tmp_path):
    body = "Hungary's foreign minister, Péter Szijjártó, called the Polish decision \"a hostile act\" on Monday."
    rows = _rows_with(tmp_path, _SZIJJARTO, body, published="2025-10-12")
    assert [(r["speaker"], r["quote"].split()[0]) for r in rows] == [("szijjarto", "Hungary's")], rows


_SZIJJARTO = ("  - {id: hungary, name: Hungary, kind: state, role: State, aliases: [Hungary]}\n"
              "  - {id: poland, name: Poland, kind: state, role: State, aliases: [Poland, Polish]}\n"
              "  - {id: szijjarto, name: Péter Szijjártó, kind: person, affiliation: hungary, role: Foreign Minister of Hungary,\n"
              "     aliases: [Péter Szijjártó, Szijjártó]}\n")


def test_objecting_to_something_is_a_statement_against_it(tmp_path):
    rows = rows_of(tmp_path, "Poland objected to Hungary's veto on Monday.", published="2025-10-12")
    assert [(r["speaker"], r["target"], r["stance"] < 0) for r in rows] == [("poland", "hungary", True)], rows


def test_two_quoted_objects_of_one_verb_are_one_statement_across_an_original_in_brackets(tmp_path):
    body = ("Tusk spoke in Warsaw on Monday. He condemned the \"shameful veto\" (« weto haniebne ») and the "
            "\"open blackmail\" (« otwarty szantaż ») of Budapest.")
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [(r["speaker"], "blackmail" in r["quote"] and "veto" in r["quote"]) for r in rows] == [("tusk", True)], rows


def test_a_quote_after_verb_and_that_is_not_the_next_clauses_speakers(tmp_path):
    body = ("In March, when Tusk wrote that \"Hungary has betrayed every ally it has!\", the Hungarian government "
            "answered the next day that Poland \"was lying\".")
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert {r["speaker"] for r in rows if "betrayed" in r["quote"]} == {"tusk"}, rows


@pytest.mark.parametrize("quote", ["We acted within the law to protect our farmers.", "Proud to open the new bridge at Świnoujście today."])
def test_a_speakers_own_act_told_in_the_first_person_is_no_statement(tmp_path, quote):
    body = f"Tusk spoke in Warsaw after the veto. \"{quote}\" he wrote on Monday."
    assert rows_of(tmp_path, body, published="2025-10-12") == []


def _event_dates(tmp_path, body: str, published: str) -> dict[str, str]:
    from rhetoric.extract.events import extract_events

    p = tmp_path / "ev.md"
    p.write_text(f"---\nid: ev\ntitle: t\noutlet: null\npublished: {published}\nlanguage: en\n---\n{body}\n", encoding="utf-8")
    return {r["date_text"]: r["date"] for r in extract_events(read_article(p), REG)}


def test_today_inside_a_quote_anchors_no_next_day(tmp_path):
    body = ("On 3 March Tusk opened the new border crossing. \"Proud to open the crossing today,\" he wrote.\n\n"
            "Budapest protested the next day.")
    assert _event_dates(tmp_path, body, "2025-04-20")["the next day"] == "2025-03-04"


@pytest.mark.parametrize("sentence, text, date", [
    ("The vote was held over for Friday's sitting.", "Friday", "2025-10-17"),
    ("The shipment had been due only in March.", "March", "2026-03"),
])
def test_a_day_put_off_or_ahead_is_the_next_one(tmp_path, sentence, text, date):
    # published on Tuesday 14 October 2025
    got = _event_dates(tmp_path, sentence, "2025-10-14")
    assert got.get(text) == date or got.get(f"{text}'s") == date or got.get(f"in {text}") == date, got


def test_a_verdict_next_to_the_speakers_own_side_is_about_the_other_in_its_clause(tmp_path):
    body = "Tusk was angry. \"It is unacceptable for Poland to be a playground for provocations from Budapest,\" he said."
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [(r["speaker"], r["target"], r["stance"] < 0) for r in rows] == [("tusk", "hungary", True)], rows


@pytest.mark.parametrize("body", [
    "Tusk called Budapest's seizure of the Polish lorries \"an act of highway banditry\".",
    "\"Hungary's veto will not remain without consequences,\" Tusk said on Monday.",
])
def test_a_crime_named_for_a_states_act_and_a_threat_of_consequences_are_hostile(tmp_path, body):
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [(r["speaker"], r["target"], r["stance"] < 0) for r in rows] == [("tusk", "hungary", True)], rows


# --- review24: a second read of session 24's rules found these; each failed before its fix ----

@pytest.mark.parametrize("lead", ["For Orbán, the message was simple:", "In Orbán's words:"])
def test_review24_the_only_one_named_before_a_colon_speaks_even_after_a_preposition(tmp_path, lead):
    rows = rows_of(tmp_path, f"{lead}\n\n> Brussels will never dictate to Hungary what it must do.", published="2025-10-12")
    assert [r["speaker"] for r in rows] == ["orban"], rows


def test_review24_a_title_abbreviation_in_minutes_is_no_actors_alias(tmp_path):
    body = ("Cabinet minutes leaked to the press show the exchange:\n\n"
            "> PM: Hungary armed the smugglers, and Budapest must answer for it.\n"
            "> MINISTER: We should tell Brussels first.\n")
    reg = ("  - {id: hungary, name: Hungary, kind: state, role: State, aliases: [Hungary, Budapest]}\n"
           "  - {id: modi, name: Narendra Modi, kind: person, role: Prime Minister of India, aliases: [Narendra Modi, PM Modi, Modi]}\n")
    assert not any(r["speaker"] == "modi" for r in _rows_with(tmp_path, reg, body, published="2025-10-12"))


def test_review24_objecting_strongly_is_still_a_protest(tmp_path):
    reg = ("  - {id: serbia, name: Serbia, kind: state, role: State, aliases: [Serbia]}\n"
           "  - {id: kfor, name: KFOR, kind: organisation, role: NATO mission in Kosovo, aliases: [KFOR]}\n"
           "  - {id: vucic, name: Aleksandar Vučić, kind: person, affiliation: serbia, role: President of Serbia,\n"
           "     aliases: [Aleksandar Vučić, Vučić]}\n")
    rows = _rows_with(tmp_path, reg, "Vučić objected strongly to the KFOR decision.", published="2025-10-12")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("kfor", True)], rows


def test_review24_assessed_then_as_a_conjunction_reports_nothing(tmp_path):
    body = "The Polish ministry assessed damages at 2 million euros as the Hungarian report came out on Monday."
    assert rows_of(tmp_path, body, published="2025-10-12") == []


@pytest.mark.parametrize("quote", ["I repeatedly invited him to talk.", "We vetoed it, and we will veto it again."])
def test_review24_an_act_on_another_named_by_a_pronoun_is_no_self_description(tmp_path, quote):
    body = f"Orbán was asked about Tusk's plan. \"{quote}\" he said on Monday."
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-10-12")] == ["orban"]


def test_review24_a_short_non_answer_after_a_verb_of_manner_is_no_statement(tmp_path):
    body = "Tusk was asked about Orbán on Monday. \"Next question,\" he deflected."
    assert rows_of(tmp_path, body, published="2025-10-12") == []


def test_review24_goes_to_the_polls_moves_no_other_day_of_its_sentence(tmp_path):
    # published on Friday 7 March 2025
    got = _event_dates(tmp_path, "Tusk, who goes to the polls on Sunday, met Merz on Thursday.", "2025-03-07")
    assert got.get("Thursday") == "2025-03-06", got


@pytest.mark.parametrize("label", ["**Anna Kiss, Budapest correspondent:**", "**ANNA KISS, BUDAPEST:**"])
def test_review24_a_voice_label_with_its_role_or_a_chat_line_is_not_the_he_after_it(tmp_path, label):
    body = (f"{label} Orbán spoke to reporters this morning. He said Hungary would never accept the package "
            "and called Tusk a puppet.")
    assert {r["speaker"] for r in rows_of(tmp_path, body, published="2025-10-12")} == {"orban"}


@pytest.mark.parametrize("sentence", ["An answer came quickly from Merz.", "The letter came from Merz."])
def test_review24_what_came_from_someone_names_the_he_after_it(tmp_path, sentence):
    body = f"Tusk was asked about the veto. {sentence} He accused Hungary of blackmail."
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-10-12")] == ["merz"]


def test_review24_an_aside_with_words_after_its_verb_still_splits_one_clause(tmp_path):
    body = "Tusk spoke on Monday. Hungary, Tusk told reporters, was blocking every decision of the Union."
    assert [r["quote"].split()[0] for r in rows_of(tmp_path, body, published="2025-10-12")] == ["Hungary,"]


def test_review24_what_he_termed_someones_quoted_words_is_one_statement(tmp_path):
    body = "Tusk condemned what he termed Hungary's \"cynical veto\" on Monday."
    assert len(rows_of(tmp_path, body, published="2025-10-12")) == 1


def test_reported_speech_that_builds_up_the_speakers_force_targets_that_force(tmp_path):
    reg = ("  - {id: poland, name: Poland, kind: state, role: State, aliases: [Poland]}\n"
           "  - {id: polish_army, name: Polish Armed Forces, kind: force, affiliation: poland, role: Army of Poland,\n"
           "     aliases: [Polish Armed Forces, Polish army]}\n"
           "  - {id: tusk, name: Donald Tusk, kind: person, affiliation: poland, role: Prime Minister of Poland,\n"
           "     aliases: [Donald Tusk, Tusk]}\n")
    body = "Tusk described the purchase as part of the long effort to strengthen and modernize the army."
    rows = _rows_with(tmp_path, reg, body, published="2025-10-12")
    assert [(r["speaker"], r["target"]) for r in rows] == [("tusk", "polish_army")], rows


def test_review24_one_answer_to_an_asked_question_by_a_known_voice_is_read(tmp_path):
    body = ("Orbán met reporters in Budapest on Thursday.\n\n**Q:** Will Hungary lift its veto?\n\n"
            "**Orbán:** Never. Brussels is blackmailing us, and Tusk knows it.")
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [r["speaker"] for r in rows] == ["orban"], rows


def test_review24_a_day_put_off_in_the_past_perfect_is_not_ahead(tmp_path):
    # published on Sunday 9 March 2025
    got = _event_dates(tmp_path, "The vote, which had been postponed until Thursday, passed by a wide margin.", "2025-03-09")
    assert got.get("Thursday") == "2025-03-06", got


# --- session 25: kinds of failure read on yards (held out in session 24), tested in other wording


@pytest.mark.parametrize("time", ["same day", "next day", "following evening"])
def test_telegraphic_time_without_its_article_between_subject_and_verb(tmp_path, time):
    # a conflict tracker's copy drops the articles: "Osmani same day accused …"
    body = f"Tusk 3 March accused Hungary of blackmail. Orbán {time} accused Tusk of lying about the veto."
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["said_on"]) for r in rows][1:] == \
        [("orban", "2025-03-03" if time == "same day" else "2025-03-04")], rows


def test_the_occasion_between_subject_and_verb(tmp_path):
    rows = rows_of(tmp_path, "Orbán at a campaign rally warned that Brussels would pay for its sanctions.",
                   published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["orban"], rows


def test_a_quoted_participle_after_its_clause_is_said_with_the_clause(tmp_path):
    body = 'Merz changed course in Berlin on Friday, calling Tusk "a true friend of Germany".'
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["quote"].split()[0]) for r in rows] == [("merz", "Merz")], rows


def test_this_act_with_adjectives_is_its_doers_not_the_one_it_was_done_to(tmp_path):
    body = ("Russia resumed the shelling of Ukraine overnight. Tusk said: \"We condemn this brutal and "
            "senseless move, and we will say so in Brussels.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["target"]) for r in rows] == [("tusk", "russia")], rows


def test_a_harm_in_the_passive_with_no_doer_is_the_only_other_actors():
    from rhetoric.extract import stance as st

    text = "We negotiated with Poland for months. Our agreement was violated."
    assert st.stance_toward(text, {"poland": [(19, 25)]}) == {"poland": -2}
    # (with the speaker's own side named too, still the other one; not a verdict without a passive)
    text = "Germany negotiated with Poland for months. Our agreement was violated."
    assert st.stance_toward(text, {"germany": [(0, 7)], "poland": [(24, 30)]}, own=frozenset({"germany"})) == \
        {"germany": 0, "poland": -2}
    assert st.stance_toward("We met Poland. It was a disgrace.", {"poland": [(7, 13)]}) == {"poland": 0}


def test_a_good_named_as_what_was_harmed_is_no_praise(tmp_path):
    body = 'Tusk told Polish radio: "We gave Hungary our trust for years. That trust has been betrayed."'
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("hungary", True)], rows


def test_the_one_who_asks_named_in_apposition_is_not_the_he_who_answers(tmp_path):
    body = ("Merz spoke in Berlin on Friday. Asked by the ZDF presenter, Anna Weber, whether the talks had failed, "
            "he shook his head: \"We will try again in March with Poland.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["merz"], rows


@pytest.mark.parametrize("subject, speaker", [("Hungary", "hungary"), ("Orbán", "orban")])
def test_a_quote_that_opens_with_the_reporting_verb_is_its_subjects(tmp_path, subject, speaker):
    body = f'{subject} "firmly rejected" the Commission\'s proposal on Tuesday.'
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["quote"].split()[0], r["said_on"]) for r in rows] == \
        [(speaker, subject, "2025-03-18")], rows


def test_quoted_verb_takes_the_subject_right_before_the_quote(tmp_path):
    ctx = context(tmp_path, 'The Commission "deeply regretted" the vote on Tuesday.')
    stmt = first_quote(ctx, at.quoted_verb)
    assert stmt is not None and stmt.speaker == "commission" and stmt.kind == "partial"
    # (a teller after it says whose words they are: "…, Greece said")
    stmt = first_quote(context(tmp_path, 'The Commission "deeply regretted" the vote, Greece said.'), at.quoted_verb)
    assert stmt is not None and stmt.speaker == "greece"
    assert first_quote(context(tmp_path, 'The Commission said the vote was "deeply regrettable".'), at.quoted_verb) is None


def test_an_entrys_line_of_labels_dates_it_and_its_headline_names_the_he_under_it(tmp_path):
    # a search-results page: each result a headline, a line of labels with its date ("3 days
    # ago" counted from the page's date, not from the entry above), and a snippet
    body = ("**Results for \"veto\": 2 results**\n\n"
            "**1. Tusk: Hungary is blackmailing Europe**\n\n*Europe · 3 days ago*\n\n"
            "… on the veto. \"Hungary is blackmailing the whole Union,\" he told reporters today. The vote …\n\n"
            "**2. Orbán hits back at Warsaw**\n\n*World · 12 Mar 2025 · 2 min read*\n\n"
            "… Orbán said yesterday that Poland was lying about the veto …")
    rows = rows_of(tmp_path, body, published="2025-03-21")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-03-18"), ("orban", "2025-03-11")], rows


def test_a_progressive_reporting_verb_after_an_opening_adjunct_keeps_its_clause(tmp_path):
    body = 'Tusk spent Monday attacking Budapest. By Tuesday evening he was calling Orbán "a reliable partner".'
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["quote"].split()[0]) for r in rows][-1:] == [("tusk", "By")], rows


def test_a_heading_with_a_name_its_role_and_a_label_names_the_she_of_its_section(tmp_path):
    body = ("**Report card**\n\n**Elina Valtonen, Foreign Minister of Finland — Verdict: steady**\n\n"
            "No minister said less. Within a day she wrote that Russia was \"testing the whole alliance\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["target"]) for r in rows] == [("valtonen", "russia")], rows


@pytest.mark.parametrize("opening", ["In", "By"])
def test_a_month_of_that_year_opening_the_statements_words_takes_the_year_told(tmp_path, opening):
    body = f'In March 2019 the first talks failed.\n\n{opening} June of that year, Tusk said that Hungary was "lying".'
    rows = rows_of(tmp_path, body)
    assert [(r["quote"].split()[0], r["said_on"]) for r in rows] == [(opening, "2019-06")], rows


def test_a_quoted_noun_phrase_after_the_verb_is_said_with_its_clause(tmp_path):
    body = 'Hungary denounced "the cynical and unlawful veto of our aid" on Friday.'
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["quote"].split()[0]) for r in rows] == [("hungary", "Hungary")], rows


@pytest.mark.parametrize("body, first", [
    ('Sikorski, speaking on Polish radio, called the veto "a cynical betrayal of Ukraine".', "Sikorski,"),
    ("Merz, visiting Warsaw on Friday, said that Russia was testing the whole alliance.", "Merz,"),
])
def test_an_aside_between_the_subject_and_its_verb_is_part_of_the_words(tmp_path, body, first):
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["quote"].split()[0] for r in rows] == [first], rows


def test_an_acts_demonym_names_its_doer_not_the_receiver_after_it(tmp_path):
    body = 'Rubio called the Chinese arms sale to Venezuela "a threat to the whole hemisphere".'
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["target"]) for r in rows] == [("rubio", "china")], rows


def test_this_move_with_no_doer_near_it_is_what_the_speaker_just_condemned(tmp_path):
    body = ('Venezuela sent troops to the border on Friday.\n\n"Maduro is a threat to the whole hemisphere," '
            'Rubio wrote. "The United States will take this move into account," he added.')
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["target"]) for r in rows] == [("rubio", "maduro"), ("rubio", "maduro")], rows


def test_members_of_an_organisation_as_a_class_are_not_its_target_and_instead_of_a_good_act_blames(tmp_path):
    body = "Valtonen said that instead of working closely with EU member states, Orbán was courting Moscow."
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["target"], r["stance"] < 0) for r in rows] == [("valtonen", "orban", True)], rows


@pytest.mark.parametrize("body, target", [
    ("Tusk spoke in Warsaw on Monday. Hours later Valtonen accused him of misleading the Union.", "tusk"),
    ("Valtonen spoke in Helsinki on Monday. Orbán accused her of lying about the pipeline.", "valtonen"),
])
def test_the_object_pronoun_of_a_reporting_verb_is_its_target(tmp_path, body, target):
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["target"] for r in rows] == [target], rows


# --- review25: a second read of session 25's rules found these; each failed before its fix ----

def test_review25_the_asked_clause_ends_at_its_comma_not_at_the_last_one(tmp_path):
    body = ('Merz spoke after the summit. Asked about the veto on Monday, Tusk paused, and he said the Hungarian '
            'position was "indefensible".')
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-10-12")] == ["tusk"]


@pytest.mark.parametrize("body, speakers", [
    ('Germany "deeply regrets" the decision, Merz said.', ["merz"]),
    ('Hungary "said" nothing of the sort, according to Greer.', []),
])
def test_review25_a_quoted_verb_yields_to_the_one_who_says_it_and_one_quoted_word_is_a_scare_quote(tmp_path, body,
                                                                                                   speakers):
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [r["speaker"] for r in rows if r["speaker"] == "hungary" or speakers] == speakers, rows


def test_review25_a_demonym_doer_keeps_the_verbs_stance(tmp_path):
    rows = rows_of(tmp_path, "Zakharova condemned the German tank delivery to Ukraine on Wednesday.", published="2025-10-12")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("germany", True)], rows


def test_review25_a_quoted_clause_after_said_stays_direct(tmp_path):
    rows = rows_of(tmp_path, 'Tusk said "this is a betrayal of Ukraine by Hungary".', published="2025-10-12")
    assert [r["kind"] for r in rows] == ["direct"], rows


def test_review25_a_headline_that_gives_words_to_two_people_names_no_he(tmp_path):
    body = "**Tusk, Merz: Hungary must lift the veto**\n\n*World · 9 Oct 2025*\n\nHe said the veto was \"a disgrace\"."
    assert rows_of(tmp_path, body, published="2025-10-12") == []


@pytest.mark.parametrize("body, want", [
    ("**Tusk hits back**\n\n*Europe | 3 days ago*\n\nTusk said the veto was a disgrace.", {"3 days ago": "2025-10-09"}),
    ("Orbán on Thursday vetoed the aid package. The retailer promised next day delivery to its customers.",
     {"Thursday": "2025-10-09"}),
])
def test_review25_ago_on_a_date_line_counts_once_and_next_day_before_a_noun_is_no_date(tmp_path, body, want):
    assert _event_dates(tmp_path, body, "2025-10-12") == want


@pytest.mark.parametrize("occasion", ["at the EU summit", "at a rally in Gdańsk", "in a radio interview",
                                      "at the summit in Brussels"])
def test_review25_an_occasion_with_a_place_or_a_name_between_subject_and_verb(tmp_path, occasion):
    rows = rows_of(tmp_path, f"Tusk {occasion} accused Orbán of blackmail.", published="2025-10-12")
    assert [(r["speaker"], r["target"]) for r in rows] == [("tusk", "orban")], rows


@pytest.mark.parametrize("text", ["We trusted Poland for years. That trust was brutally abused.",
                                  "Poland made us a promise in March. That promise has been broken."])
def test_review25_passive_harms_in_other_words(text):
    from rhetoric.extract import stance as st

    assert st.stance_toward(text, {"poland": [(text.index("Poland"), text.index("Poland") + 6)]})["poland"] < 0


@pytest.mark.parametrize("line", ["*World — 9 October 2025*", "*Published 9 Oct 2025, 14:02*"])
def test_review25_date_lines_with_other_separators(tmp_path, line):
    body = f"**Tusk hits back**\n\n{line}\n\nTusk said the veto was a disgrace."
    assert [r["said_on"] for r in rows_of(tmp_path, body, published="2025-10-12")] == ["2025-10-09"]


@pytest.mark.parametrize("body, first", [
    ("Zakharova, Russia's foreign ministry spokeswoman, called the visit \"a provocation by Helsinki\".", "Zakharova,"),
    ('Orbán met Putin. He spent the week attacking Brussels, calling the pact "madness".', "He"),
])
def test_review25_an_aside_with_a_capital_and_a_participle_after_a_pronoun_keep_their_clause(tmp_path, body, first):
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [r["quote"].split()[0] for r in rows] == [first], rows


# --- session 26: kinds of failure read on jetties (held out in session 25), tested in other wording

WHAT_THEY_SAID = """A week of words over the veto.

## What they said

- **Tusk, Tuesday** (in a radio interview): the veto was "a gift to the Kremlin" and "an insult to Ukraine".
- **Commission spokesperson**: no comment on the record.
- **Sikorski, 8 Oct**: warned that Hungary would pay for the veto.
- **Orbán, 9 Oct**: the Commission is blackmailing Hungary over a war that is not its own.
  Also claimed the aid was "money thrown into a fire".

## Dates

- **Hungary, 7 Oct**: vetoed the package at the summit.
"""


def test_session26_a_list_of_labelled_items_is_who_said_what(tmp_path):
    rows = rows_of(tmp_path, WHAT_THEY_SAID, published="2025-10-12")

    def said(speaker: str, words: str) -> bool:
        return any(r["speaker"] == speaker and r["quote"].startswith(words) for r in rows)

    assert any(r["speaker"] == "tusk" and "an insult to Ukraine" in r["quote"] for r in rows), rows  # (one clause)
    assert said("sikorski", "warned that Hungary") and said("orban", "the Commission is blackmailing"), rows
    assert said("orban", "money thrown into a fire"), rows  # (the item's next line, no subject)
    assert not any(r["speaker"] == "hungary" for r in rows), rows  # (an act under a heading of dates)
    assert {r["said_on"] for r in rows if r["speaker"] == "sikorski"} == {"2025-10-08"}, rows


@pytest.mark.parametrize("text, actor, sign", [
    ("Sweden remains Finland's oldest and closest partner.", "Sweden", 1),  # (coordinated adjectives after the copula)
    ("Frankly, Tusk was right not to answer the insult with another.", "Tusk", 1),
    ("Moscow knows that Russia does not want the peace of the region.", "Russia", -1),
])
def test_session26_stance_of_copulas_rights_and_wants(text, actor, sign):
    import re

    from rhetoric.extract import stance as st

    spans = {m.group().lower(): [(m.start(), m.end())] for m in re.finditer(r"Finland|Sweden|Tusk|Russia", text)}
    got = st.stance_toward(text, spans, None, [sp[0] for sp in spans.values()], frozenset({"finland"}))[actor.lower()]
    assert (got > 0) - (got < 0) == sign, got


def test_session26_a_requirement_is_no_praise():
    from rhetoric.extract import stance as st

    text = ("It is vital that every flight near Finland be carried out in close cooperation with the coast guard "
            "to guarantee safety.")
    assert st.lexicon_stance(text, [(text.index("Finland"), text.index("Finland") + 7)]) == 0


@pytest.mark.parametrize("body, want", [
    ("On 3 October Tusk met Merz. Talks broke down on the 14th, and the envoy left Warsaw.",
     {"3 October": "2025-10-03", "the 14th": "2025-10-14"}),
    ("Tusk met Merz on 12 September and again on the 28th.", {"12 September": "2025-09-12", "the 28th": "2025-09-28"}),
    # (an ordinal before a noun is no day; with no time told, a lone day is left)
    ("The ceasefire ran until the 11th hour. The bill passed on the 2nd reading.", {}),
    ("Talks broke down on the 14th.", {}),
    ("The 80th anniversary fell on the 8th of May 2025.", {"8th of May 2025": "2025-05-08"}),
])
def test_session26_a_day_of_the_month_named_alone(tmp_path, body, want):
    assert _event_dates(tmp_path, body, "2025-10-17") == want


THREE_VIEWS = """*Three economists on the veto. Their answers have been edited.*

**Anna Nowak, economist, Warsaw**

I have followed Budapest for years. Orbán's veto was a disgrace to the whole Union.

**Vivian Grey, Orbán and the Union — a profile**

Orbán's veto was a disgrace, critics say. His allies disagree.
"""


def test_session26_a_section_a_person_signs_is_in_that_persons_voice(tmp_path):
    rows = _titled_rows(tmp_path, "Three views on the veto", THREE_VIEWS)
    by = {r["quote"][:30]: r["speaker"] for r in rows if r["kind"] == "authorial"}
    assert by.get("Orbán's veto was a disgrace to") == "Anna Nowak", rows
    # (a heading over a profile in no one's first person: the outlet's own voice)
    assert all(who != "Vivian Grey" for who in by.values()), rows


def test_session26_a_participle_after_that_evening_has_the_clauses_subject_the_name_after_its_title(tmp_path):
    rows = rows_of(tmp_path, 'Foreign Minister Radosław Sikorski followed that evening, calling the veto '
                             '"a gift to the Kremlin".', published="2025-10-12")
    assert {r["speaker"] for r in rows} == {"sikorski"}, rows


def test_session26_a_relative_clause_that_reports_speech_is_a_statement_of_its_own(tmp_path):
    body = ('Prime Minister Viktor Orbán, who on Monday accused the Commission of blackmail, changed course on '
            'Friday, calling Meloni "a true friend of Hungary".')
    rows = rows_of(tmp_path, body, published="2025-10-12")
    got = {(r["quote"].split()[0], r["target"], r["said_on"]) for r in rows}
    assert ("accused", "commission", "2025-10-06") in got, rows
    friend = [(r["target"], r["said_on"]) for r in rows if "a true friend" in r["quote"]]
    assert friend == [("meloni", "2025-10-10")], rows


def test_session26_a_possessive_after_a_pronoun_of_its_gender_teaches_nothing(tmp_path):
    body = ('Orbán vetoed the aid on Monday.\n\nValtonen rang him that night, accusing him of betraying his allies.\n\n'
            'Tusk spoke about his own plans later. "This cannot go on," she said.')
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [r["speaker"] for r in rows if "cannot go on" in r["quote"]] == ["valtonen"], rows


@pytest.mark.parametrize("role", ["the prime minister-elect", "the then prime minister"])
def test_session26_a_role_elect_or_then_held_is_its_holders(tmp_path, role):
    body = f'Tusk spoke in Gdańsk on Sunday. Asked about the veto, {role} said: "Hungary must lift it now."'
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


@pytest.mark.parametrize("act", ["Finland took delivery of German-made tanks on Monday.",
                                 "Finland has taken delivery of the first German Leopard tanks."])
def test_session26_a_generic_act_noun_is_the_act_told_last_and_a_receiver_did_not_do_it(tmp_path, act):
    rows = rows_of(tmp_path, f'{act} Peskov said: "We condemn this provocative step."', published="2025-10-12")
    assert [r["target"] for r in rows] == ["germany"], rows


def test_session26_soldiers_are_no_sale():
    from rhetoric.extract import acts

    assert acts._ANY_ACT.search("Kurti spoke to soldiers of the security force") is None
    assert acts._ANY_ACT.search("the sale of drones").group() == "sale"


def test_session26_a_generic_act_the_speaker_condemned_before_keeps_the_hostility(tmp_path):
    body = ('Finland took delivery of German-made tanks on Monday.\n\nPeskov said the German tank delivery was '
            '"a hostile act".\n\nThe tanks came by rail. The dealers declined to comment.\n\n'
            'Peskov also said "this step changes the whole calculation".')
    rows = rows_of(tmp_path, body, published="2025-10-12")
    step = [(r["target"], r["stance"]) for r in rows if "this step" in r["quote"]]
    assert step == [("germany", -1)], rows


def test_session26_a_screen_caption_in_capitals_names_the_speaker_and_a_question_is_a_topic(tmp_path):
    body = ('PRESENTER: Tusk spoke in Warsaw this afternoon. Here are his words. [GRAPHIC: TUSK, WARSAW, TUESDAY] '
            '"The veto is a betrayal of Ukraine by Hungary." And on why Poland would not answer in kind: '
            '"We will not copy Orbán."\n\nGUEST: Strong words.')
    rows = rows_of(tmp_path, body, published="2025-10-14")
    assert {r["speaker"] for r in rows if "betrayal" in r["quote"] or "copy" in r["quote"]} == {"tusk"}, rows


def test_session26_after_a_long_relative_clause_the_participles_clause_is_the_statement(tmp_path):
    body = ('Prime Minister Viktor Orbán, who on Monday accused the Commission of blackmailing Hungary over the '
            'frozen funds and the rule-of-law procedure, changed course on Friday, calling Meloni "a true friend".')
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [r["quote"].split()[0] for r in rows if "a true friend" in r["quote"]] == ["changed"], rows


def test_session26_a_persons_act_then_and_a_reporting_verb_is_their_statement(tmp_path):
    rows = rows_of(tmp_path, "Last week Tusk flew to Kyiv and told reporters that Orbán was blackmailing Ukraine.",
                   published="2025-10-12")
    assert [(r["speaker"], r["target"]) for r in rows] == [("tusk", "orban")], rows


@pytest.mark.parametrize("body, target", [
    ('Peskov said: "We expect Finland to reopen the crossings without delay."', "finland"),
    ('Tusk said: "Hungary must finally honour the commitments it made in Brussels."', "hungary"),
])
def test_session26_a_demand_put_on_another_is_hostile(tmp_path, body, target):
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [(target, True)], rows


# --- review26: a second read of session 26's rules found these; each failed before its fix ----

@pytest.mark.parametrize("body", [
    '## Who is who\n\n- **Viktor Orbán**: Prime minister since 2010. Critics call him "the Trojan horse of Moscow".\n'
    '- **Péter Magyar**: Opposition leader, once a Fidesz insider.',
    '- **Orbán, 7 Oct**: criticised by Tusk as "Putin\'s ally".\n- **Magyar, 8 Oct**: praised by Merz for his courage.',
])
def test_review26_a_list_item_whose_words_are_others_is_not_the_labels(tmp_path, body):
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert not any(r["speaker"] in ("orban", "magyar") for r in rows), rows


@pytest.mark.parametrize("body", [
    "**Viktor Orbán, Prime Minister, Budapest**\n\nWhen I met Orbán in his office last week, he looked tired. "
    "His attacks on Tusk were shameful.",
    "**Viktor Orbán, Prime Minister — Grade: D**\n\nI cannot remember a worse month. His attacks on Tusk were shameful.",
])
def test_review26_a_heading_over_a_reporters_or_a_graders_first_person_signs_nothing(tmp_path, body):
    rows = _titled_rows(tmp_path, "Notes on the week", body)
    assert rows and all(r["speaker"] == "author" for r in rows), rows


@pytest.mark.parametrize("text, actor, sign", [
    ("Tusk said Moscow wants the peace talks to fail.", "Moscow", -1),
    ("Merz said Germany was a vital partner that will always have our support.", "Germany", 1),
])
def test_review26_wanting_peace_talks_to_fail_and_a_vital_partner(text, actor, sign):
    import re

    from rhetoric.extract import stance as st

    s = text.index(actor)
    got = st.stance_toward(text, {actor.lower(): [(s, s + len(actor))]}, None,
                           [(m.start(), m.end()) for m in re.finditer(r"Moscow|Germany|Tusk|Merz", text)])
    got = got[actor.lower()] or st.lexicon_stance(text, [(s, s + len(actor))])
    assert (got > 0) - (got < 0) == sign or sign < 0 and got <= 0, got


def test_review26_the_prime_minister_elect_is_the_one_who_won(tmp_path):
    body = 'Magyar won the election on Sunday. The prime minister-elect said the Union was "our home".'
    rows = rows_of(tmp_path, body, published="2026-04-20")
    assert {r["speaker"] for r in rows} == {"magyar"}, rows


@pytest.mark.parametrize("body, target", [
    ('Russia mounted the attack on Monday. Tusk called the attack "barbaric".', "russia"),
    ('Merz is visiting Warsaw this week. Orbán called the visit "a provocation".', "merz"),
    ('Tusk said: "I strongly condemn this unilateral move by Hungary."', "hungary"),
])
def test_review26_acts_led_mounted_visiting_and_a_move_by_someone(tmp_path, body, target):
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [r["target"] for r in rows] == [target], rows


def test_review26_a_later_days_words_on_the_same_act_keep_no_hostility(tmp_path):
    body = ('Russia shipped missiles to Hungary on Monday. Tusk said: "I strongly condemn this move."\n\n'
            'On Thursday, after a call with Orbán, Tusk said: "We now understand this decision better."')
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [r["stance"] for r in rows if "understand" in r["quote"]] == [0], rows


def test_session26_our_side_not_for_sale_is_aimed_at_the_claimant(tmp_path):
    body = 'Orbán offered to buy the Polish refinery on Monday.\n\nTusk said on Tuesday: "Poland is not for sale, and it never will be."'
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("hungary", True)], rows


@pytest.mark.parametrize("body, speakers", [
    ("## How leaders responded\n\n- **Tusk, 8 Oct**: Hungary has betrayed Ukraine once again.\n"
     "- **Orbán, 9 Oct**: Brussels is blackmailing Hungary.", {"tusk", "orban"}),
    ('## Reactions\n\n- **Kremlin spokesman Dmitry Peskov, 18 Jan**: called the strike "a terrorist act".\n'
     '- **The Kremlin, 19 Jan**: said Finland was "a hostile state".', {"peskov", "russia"}),
])
def test_review26_list_headings_of_responses_and_labels_with_a_title_or_an_article(tmp_path, body, speakers):
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert {r["speaker"] for r in rows} == speakers, rows


def test_session26_a_post_brought_in_by_a_pronoun_is_that_persons(tmp_path):
    body = ('Valtonen spoke in Helsinki. What she posted on X that night was: "Russia is testing us."\n\n'
            'The same post says Moscow "will not divide the Nordic countries".')
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [r["speaker"] for r in rows if "divide" in r["quote"]] == ["valtonen"], rows


# --- session 27: kinds read from the keys set, each tested here in other wording ----------------

CAPTIONS = """*The caption file of our late bulletin, as it aired.*

>> GOOD EVENING. WE START TONIGHT IN WARSAW, WHERE THE GOVERNMENT IS ANGRY. ANGRY.
>> THIS AFTERNOON PRIME MINISTER TUSK SAID HUNGARY WAS "BLACKMAILING THE WHOLE UNION" AND CALLED THE VETO SHAMEFUL.
>> ORBAN'S OFFICE ANSWERED WITHIN THE HOUR.
"""


def test_session27_a_caption_files_turns_are_text_in_running_case_not_a_blockquote(tmp_path):
    from rhetoric.corpus import passages
    from rhetoric.extract.casing import running_case

    body = CAPTIONS.split("\n", 2)[2]
    ps = passages(body)
    assert [p.kind for p in ps] == ["text"] * 3 and all(body[p.start] != ">" for p in ps)
    cased = running_case(body, REG, [(p.start, p.end) for p in ps])
    assert len(cased) == len(body)
    assert '>> This afternoon prime minister Tusk said Hungary was "Blackmailing the whole union" and called' in cased
    assert ">> Orban's office answered" in cased  # (no "'S", no registry word "Office" alone)
    assert passages("> quoted post\n>> a reply inside it")[1].start == len("> quoted post\n")  # (a nested blockquote stays one)
    rows = rows_of(tmp_path, CAPTIONS, published="2025-10-09")
    assert any(r["speaker"] == "tusk" and r["target"] == "hungary" and r["stance"] < 0 for r in rows), rows


def test_session27_running_case_spells_a_name_of_several_words_only_where_they_stand_together():
    from rhetoric.corpus import passages
    from rhetoric.extract.casing import running_case

    body = "THE EUROPEAN COMMISSION SAID THE U.S. WAS WRONG, AND I AGREE. THE COMMISSION OF INQUIRY IS EUROPEAN IN NAME ONLY.\n"
    cased = running_case(body, REG, [(p.start, p.end) for p in passages(body)])
    assert cased.startswith("The European Commission said the U.S. was wrong, and I agree.")
    assert "The Commission of inquiry is european in name only." in cased


def test_session27_a_day_heading_with_its_weekday_in_brackets_dates_the_items_under_it(tmp_path):
    body = ("**May 6, 2025 (Tuesday)**\n\nInternational relations\n\n"
            '- Polish Prime Minister Donald Tusk says Hungary "has chosen Moscow over its allies". (PAP)\n\n'
            "**May 8, 2025 (Thursday)**\n\n"
            '- Hungarian Prime Minister Viktor Orbán replies that Warsaw "is lying to Europe". (MTI)')
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("tusk", "2025-05-06"), ("orban", "2025-05-08")}, rows


@pytest.mark.parametrize("line, speaker, target", [
    ('**09:12** — Sikorski: Budapest "has sold out Ukraine for cheap gas"', "sikorski", "hungary"),
    ("**09:40** — Poland's Tusk: Orbán \"is no longer a partner we can trust\"", "tusk", "orban"),
    ('**10:05** — UPDATE: Orbán on Tusk: "a man who lies to his own voters"', "orban", "tusk"),
])
def test_session27_an_alerts_label_before_its_colon_names_who_is_quoted(tmp_path, line, speaker, target):
    body = f"*Every alert we sent on Tuesday.*\n\n{line}\n\n*Note: sent because it was the day's strongest line.*"
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [(r["speaker"], r["target"]) for r in rows] == [(speaker, target)], rows


def test_session27_a_timed_paraphrase_without_quotes_is_still_a_heading():
    from rhetoric.corpus import passages

    assert [p.kind for p in passages("**17:14** · Tusk: Budapest is lying to Europe\n")] == ["heading"]
    assert [p.kind for p in passages('**17:14** · Tusk: Budapest "is lying to Europe"\n')] == ["text"]


def test_session27_he_added_goes_on_with_the_speaker_past_a_person_named_as_an_object(tmp_path):
    body = ('Tusk said on Monday in Gdansk: "Hungary is playing Moscow\'s game." Hungary had refused to let in '
            'the activist Jan Kowalski, whom Poland expelled the day before. He added: "We have reached the end of our patience with Hungary."')
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["tusk", "tusk"], rows


def test_session27_a_statement_naming_nobody_is_about_the_other_side_not_a_compatriot(tmp_path):
    body = ("Poland closed the last border crossing on Monday. Orbán called his cabinet together at once; "
            "Orbán was furious, aides said, and Orbán cancelled his trip.\n\n"
            'Szijjártó said: "This is simply unacceptable."')
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [(r["speaker"], r["target"]) for r in rows if "unacceptable" in r["quote"]] == [("szijjarto", "poland")], rows


def test_session27_an_alerts_words_start_after_its_label_and_a_related_links_list_is_none(tmp_path):
    body = ('**09:12** — Sikorski: Budapest "has sold out Ukraine for cheap gas"\n\n'
            "**Related coverage**\n\n"
            '- Tusk: Orbán "no longer a partner" (2 May 2025)\n- Warsaw recalls its envoy (3 May 2025)')
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [(r["speaker"], r["quote"]) for r in rows] == [("sikorski", 'Budapest "has sold out Ukraine for cheap gas"')], rows


def test_session27_a_second_reported_clause_starts_at_its_own_subject(tmp_path):
    body = 'Orbán said on Friday that Warsaw was "lying to Europe" and that Tusk "no longer speaks for Poland".'
    ctx = context(tmp_path, body)
    stmt = first_quote(ctx, at.verb_before, 1)
    assert ctx.body[stmt.start:stmt.end] == 'Tusk "no longer speaks for Poland"'


def test_session27_a_speakers_clauses_in_one_sentence_quote_its_words_together(tmp_path):
    body = ('Tusk told reporters on Monday that Hungary had "betrayed Ukraine" and accused Orbán of '
            '"doing Moscow\'s work", while Orbán said Warsaw was "hysterical".')
    rows = rows_of(tmp_path, body, published="2025-05-09")
    joined = 'Tusk told reporters on Monday that Hungary had "betrayed Ukraine" and accused Orbán of "doing Moscow\'s work"'
    assert sorted((r["speaker"], r["target"], r["quote"]) for r in rows if r["speaker"] == "tusk") == \
        [("tusk", "hungary", joined), ("tusk", "orban", joined)], rows
    assert [r["quote"] for r in rows if r["speaker"] == "orban"] == ['Orbán said Warsaw was "hysterical"'], rows
    # (a relative clause stays its own: test_a_relative_clause_is_a_statement_of_its_own_and_its_subject_speaks_the_main_verb)


@pytest.mark.parametrize("body, speaker", [
    ('Tusk spoke in the morning.\n\nIt all began on May 2nd with a post by Prime Minister Orbán on Facebook: '
     '"Warsaw is lying to Europe about our veto."', "orban"),
    ('It began with a statement from the Kremlin on Monday: "Warsaw is lying to Europe about our veto."', "russia"),
])
def test_session27_a_text_by_someone_before_a_colon_is_theirs(tmp_path, body, speaker):
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == [speaker], rows


def test_session27_a_sentence_after_a_closed_quote_is_no_attribution_and_a_quoted_stop_ends_a_sentence(tmp_path):
    from rhetoric.corpus import split_sentences

    text = 'He spoke of the aid "given to Hungary by the U.S." He called it a gift.'
    assert len(split_sentences(text)) == 2
    body = ('Tusk said on Friday he was surprised.\n\nIt began with a post by Orbán on Facebook: "Warsaw takes '
            'everything and gives nothing back to the U.S." He called it "a betrayal by Poland".')
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["orban", "orban"], rows


@pytest.mark.parametrize("lead", ["", "[in Hungarian, translated] ", "(translated from Hungarian) "])
def test_session27_a_quote_alone_in_its_paragraph_after_a_sentence_that_tells_who_spoke(tmp_path, lead):
    body = ("Tusk spoke first.\n\nThe next day Orbán answered in a video.\n\n"
            f'{lead}"As prime minister, I want to say clearly that Hungary will never be blackmailed by Warsaw."')
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["orban"], rows


@pytest.mark.parametrize("intro", ["Jan Nowak, head of Poland's consular section, told reporters outside",
                                   "The Polish consul Jan Nowak told reporters outside"])
def test_session27_a_person_the_registry_lacks_speaks_for_the_state_the_article_says_they_serve(tmp_path, intro):
    body = ("Hungarian police entered the Polish embassy in Budapest on Friday night and arrested a dissident "
            f'who had been granted asylum by Poland.\n\n{intro}: "This is not possible. It cannot be. This is crazy."')
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [(r["speaker"], r["target"]) for r in rows] == [("Jan Nowak", "hungary")], rows


def test_session27_a_caption_files_unquoted_clip_is_the_voice_the_turn_before_leads_in(tmp_path):
    body = ("*Captions as aired.*\n\n"
            ">> GOOD EVENING. WE START IN BRUSSELS, WHERE THE SUMMIT ENDED IN A ROW.\n"
            ">> ON MONDAY A REPORTER ASKED ORBAN WHETHER HE WOULD LIFT THE VETO ON UKRAINE.\n"
            ">> NO. I WILL NOT LIFT IT. WARSAW CAN SHOUT AS LOUD AS IT LIKES.\n"
            ">> WE ASKED THE POLISH GOVERNMENT FOR COMMENT AND HAVE NOT HEARD BACK.\n")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    clips = [r for r in rows if r["speaker"] == "orban"]
    assert len(clips) == 1 and clips[0]["quote"].startswith("NO. I WILL NOT LIFT IT.") and \
        clips[0]["quote"].endswith("AS IT LIKES.") and clips[0]["said_on"] == "2025-05-05", rows
    assert not any("ASKED THE POLISH" in r["quote"] for r in rows), rows


# --- review27: a second read of session 27's changes, each tested here ----------------------------

def test_review27_a_weekday_in_brackets_is_its_dates_own_and_no_day_of_its_own(tmp_path):
    import datetime as dt

    from rhetoric.extract.dates import find_temporal_expressions
    from rhetoric.extract.events import extract_events

    assert [te.text for te in find_temporal_expressions("October 10, 2025 (Friday)", dt.date(2025, 10, 12))] == ["October 10, 2025"]
    body = ("**October 9, 2025 (Thursday)**\n\nOrbán flew to Moscow in the morning.\n\n**October 10, 2025 (Friday)**\n\n"
            "Tusk spoke in the evening.\n\n**October 11, 2025 (Saturday)**\n\nMerz arrived in the afternoon.")
    p = tmp_path / "r1.md"
    p.write_text(f"---\nid: r1\ntitle: t\noutlet: null\npublished: 2025-10-12\nlanguage: en\n---\n{body}\n", encoding="utf-8")
    days = {e["date"] for e in extract_events(read_article(p), REG)}
    assert days == {"2025-10-09", "2025-10-10", "2025-10-11"}, days


@pytest.mark.parametrize("line", [
    "**16:02** — Turkey: No comment from Ankara on the “very serious” claims",
    "**16:02** — Hungary: Orbán's “peace mission” draws fire from Tusk",
    "BUDAPEST: Orbán's “peace mission” continues to divide Europe, with Tusk leading the criticism.",
    "Tusk and Orbán: a feud that began with Orbán's “peace mission” to Moscow last year and never ended.",
    "**More from our correspondents**\n\n- Tusk: Orbán is “Putin's Trojan horse”\n- Merz: the EU “must stay united”",
])
def test_review27_a_place_a_state_a_pair_or_a_list_of_links_before_a_colon_is_no_speaker(tmp_path, line):
    rows = rows_of(tmp_path, line, published="2025-10-09")
    assert not [r for r in rows if r["speaker"] != "author"], rows


def test_review27_a_label_with_its_state_in_brackets_is_the_person(tmp_path):
    rows = rows_of(tmp_path, "**16:02** — Tusk (Poland): Orbán “must choose”", published="2025-10-09")
    assert [(r["speaker"], r["target"]) for r in rows] == [("tusk", "orban")], rows


def test_review27_a_timed_line_over_a_post_stays_the_posts_heading(tmp_path):
    body = ("**17:14** · Orbán: Warsaw is “lying to Europe”\n\n"
            "Hungarian Prime Minister Viktor Orbán said on Thursday that Warsaw is “lying to Europe” about the veto.")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert len(rows) == 1 and rows[0]["said_on"] == "2025-10-09", rows


@pytest.mark.parametrize("body, speaker", [
    ("Tusk said the veto was “a gift to Putin”. Merz, speaking in Berlin, was more cautious. "
     "He added that the EU “must stay united”.", "merz"),
    ("Tusk said Orbán had “betrayed Europe”. Orbán's spokesman rejected that. He added: “Warsaw is lying.”", "orban"),
])
def test_review27_he_added_goes_to_a_rival_named_as_a_subject_with_an_apposition_or_as_an_owner(tmp_path, body, speaker):
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert rows[-1]["speaker"] == speaker, rows


def test_review27_the_oppositions_quarrel_is_with_its_own_government(tmp_path):
    body = ("Opposition leader Péter Magyar stepped up his attacks on Orbán on Thursday.\n\n"
            "“This government is corrupt to the core and has stolen the country's future,” Magyar told a rally.\n\n"
            "The European Commission has frozen billions in funds for Hungary.")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [r["target"] for r in rows if r["speaker"] == "magyar"] == ["orban"], rows


@pytest.mark.parametrize("intro", ["Polish historian Jan Nowak said", "Jan Nowak, who fled Poland in 1981, said"])
def test_review27_a_state_without_an_office_is_not_the_persons_side(tmp_path, intro):
    rows = rows_of(tmp_path, f"{intro} Warsaw was “making the same mistakes again”.", published="2025-10-09")
    assert [r["target"] for r in rows] == ["poland"], rows


def test_review27_a_quote_after_a_paragraph_is_its_last_speakers(tmp_path):
    body = "Orbán said the talks had failed, and Tusk told reporters he disagreed.\n\n“This is nonsense and everyone knows it.”"
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [r["speaker"] for r in rows if "nonsense" in r["quote"]] == ["tusk"], rows


def test_review27_one_nested_quote_line_is_markdowns_not_a_caption_turn():
    from rhetoric.corpus import passages

    body = "The minister quoted the prime minister's post:\n>> “We will not be blackmailed by anyone.”\n"
    assert passages(body)[1].start == body.index(">>")


@pytest.mark.parametrize("body, quote", [
    ('Valtonen landed in Helsinki on Monday. She also said: "Finland will not be intimidated."',
     'She also said: "Finland will not be intimidated.'),
    ('Tusk spoke in Gdansk. "You have crossed a red line," he said of Orbán.',
     'You have crossed a red line," he said of Orbán.'),
])
def test_session27_a_quote_is_cited_with_its_lead_in_or_its_attribution(tmp_path, body, quote):
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["quote"] for r in rows] == [quote], rows


def test_session27_the_same_post_after_a_present_tense_post_on_a_platform_is_its_writers(tmp_path):
    body = ('- Finnish Foreign Minister Elina Valtonen writes on X that Russia is "testing us again". (Yle)\n'
            '  - The same post says Moscow "will not divide the Nordic countries". (Yle)')
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [r["speaker"] for r in rows if "divide" in r["quote"]] == ["valtonen"], rows


# --- session 28: kinds from the uplands set (written held out in session 27, read in session 28) ---

def test_session28_a_table_cell_is_a_sentence_and_its_row_dates_it(tmp_path):
    body = ("| Paper | When | Headline |\n|---|---|---|\n"
            "| Warsaw daily | Thu 9 Oct, 08:15 | Tusk: Orbán's veto is \"a gift to Putin\" |\n"
            "| Budapest weekly | Fri 10 Oct, 12:00 | Markets calm after the summit |")
    rows = rows_of(tmp_path, body, published="2025-10-11")
    tusk = [r for r in rows if r["speaker"] == "tusk"]
    assert [(r["target"], r["said_on"]) for r in tusk] == [("orban", "2025-10-09")], rows
    assert "Warsaw daily" not in tusk[0]["quote"] and "Markets" not in tusk[0]["quote"], rows


def test_session28_table_cells_split_sentences_but_the_rule_line_holds_none(tmp_path):
    from rhetoric.corpus import sentences

    p = tmp_path / "t.md"
    p.write_text("---\nid: t\ntitle: t\noutlet: null\npublished: 2025-10-11\nlanguage: en\n---\n"
                 "| A | B |\n|---|:---:|\n| one cell | two cell |\n", encoding="utf-8")
    assert [s.text for s in sentences(read_article(p))] == ["A", "B", "one cell", "two cell"]


@pytest.mark.parametrize("body", [
    'Tusk wrote on Facebook that evening. "The veto is a gift to Putin and a shame for Europe," it began.',
    'Sikorski issued a statement on Friday. "Budapest is lying to its partners and to Europe," it read.',
])
def test_session28_it_after_a_quote_is_the_text_the_sentence_before_brings_in(tmp_path, body):
    rows = rows_of(tmp_path, body, published="2025-10-11")
    assert [r["speaker"] for r in rows] == [body.split()[0].lower()], rows


def test_session28_a_sentence_naming_a_part_of_the_text_quoted_goes_on_with_it(tmp_path):
    body = ('Valtonen wrote on X on Monday: "Finland will not be intimidated." Then the line everyone quoted, '
            'that Russia "is testing our resolve again". And the close: "We stand with our Baltic friends, whatever it takes."')
    rows = rows_of(tmp_path, body, published="2025-10-11")
    assert {r["speaker"] for r in rows} == {"valtonen"} and len({r["quote"] for r in rows}) == 3, rows
    assert [r["target"] for r in rows if "resolve" in r["quote"]] == ["russia"], rows


def test_session28_he_after_a_semicolon_is_the_subject_after_an_opening_adjunct(tmp_path):
    body = ('I was at the café that night. An hour later Sikorski was on television; '
            'he had said that Budapest was "lying to Europe".')
    rows = rows_of(tmp_path, body, published="2025-10-11")
    assert [r["speaker"] for r in rows] == ["sikorski"], rows


def test_session28_a_sentence_may_open_with_any_latin_capital():
    from rhetoric.corpus import split_sentences

    text = "I had the news on. Đurić was on the screen. Łukasz called. Øystein wrote. Şahin left."
    assert len(split_sentences(text)) == 5


def test_session28_a_third_person_in_a_turn_of_speech_reports_another(tmp_path):
    body = ("INTERVIEWER: What did the Polish side say?\n\n"
            "ZAKHAROVA: Plenty. Sikorski spoke first, on the radio. He said Budapest was lying to its partners "
            "about the veto and should be ashamed.")
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert {r["speaker"] for r in rows if "lying" in r["quote"]} == {"sikorski"}, rows


def test_session28_he_also_said_is_the_one_who_spoke_before(tmp_path):
    body = ('Standing next to Chancellor Scholz, Tusk said: "Hungary is blocking Europe." '
            'He also said the veto "cannot last another month".')
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [r["speaker"] for r in rows if "month" in r["quote"]] == ["tusk"], rows


def test_session28_a_hearing_label_with_a_stop_is_its_voice_not_an_antecedent(tmp_path):
    body = "Mr. MERZ. And Prime Minister Tusk?\n\nMr. PESKOV. Yes. He wrote that Orbán \"has no place at this table\"."
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [r["speaker"] for r in rows if "table" in r["quote"]] == ["tusk"], rows


def test_session28_a_citation_in_brackets_after_the_words_dates_them_and_same_carries_it(tmp_path):
    body = ('1. We judge that the row will last. Sikorski wrote that Budapest was "lying to its partners" '
            '[Sikorski, Facebook post, 14 Oct]. He added that Orbán "has no place at this table" [same].')
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "sikorski"] == ["2025-10-14", "2025-10-14"], rows


def test_session28_an_edit_summary_gives_words_after_the_section_it_names(tmp_path):
    body = ("**Revision history**\n\n"
            "- (cur | prev) 10:12, 14 October 2025 Vistula77 talk contribs 9,812 bytes (+240) "
            "(→Reactions: Sikorski on Facebook: Budapest \"is lying to its partners\") (undo)\n"
            "- (cur | prev) 09:01, 14 October 2025 Vistula77 talk contribs 9,572 bytes (+120) "
            "(→Reactions: new section. Tusk on X: Moscow \"is testing Europe again\") (undo)")
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert sorted((r["speaker"], r["target"]) for r in rows) == [("sikorski", "hungary"), ("tusk", "russia")], rows


def test_session28_a_pronoun_that_reports_after_a_semicolon_is_the_speaker_of_the_clause_before(tmp_path):
    body = ('- Tusk on X: Moscow "is testing Europe again".\n'
            '- Sikorski on Facebook: Budapest "is lying to its partners"; he called the veto "a disgrace".')
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["speaker"] for r in rows if "disgrace" in r["quote"]] == ["sikorski", "sikorski"], rows


def test_session28_he_may_be_the_one_views_are_divided_on(tmp_path):
    body = ('Orbán said on Sunday that the veto "stands".\n\n'
            'Commentators were divided on Tusk. Some thought he had gone too far. '
            'On Monday he wrote: "Hungary has betrayed Europe and its own people."')
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["speaker"] for r in rows if "betrayed" in r["quote"]] == ["tusk"], rows


def test_session28_a_month_alone_heading_an_entry_dates_it(tmp_path):
    body = ('*September.* Tusk said the Hungarian veto was "a gift to Putin". The same week Sikorski called it "a disgrace".\n\n'
            '*14 October.* Orbán said: "Warsaw is lying to Europe."')
    rows = rows_of(tmp_path, body, published="2025-11-02")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [
        ("tusk", "2025-09"), ("sikorski", "2025-09"), ("orban", "2025-10-14")], rows


def test_session28_a_month_alone_is_a_date_only_as_a_heading():
    import datetime as dt

    from rhetoric.extract.dates import find_temporal_expressions

    found = [(e.text, e.date.value) for e in find_temporal_expressions("**March:** May I add that", dt.date(2017, 4, 3), 0)]
    assert found == [("March", "2017-03")]


def test_session28_a_states_body_speaks_on_the_day_the_state_acted(tmp_path):
    body = ("On 18 November China recalled its ambassador from Vilnius and downgraded ties with Lithuania. "
            "The commerce ministry said the decision was \"a necessary response to Lithuania's provocation\".")
    rows = rows_of(tmp_path, body, published="2021-12-01")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("mofcom", "2021-11-18")], rows


def test_session28_a_person_is_dated_by_the_day_fronted_in_the_sentence_before(tmp_path):
    # (session 28 left these words undated: "not dated by the act of their state"; from session 56 a
    # day fronted in its sentence sets the scene for the words told after it in the paragraph, as the
    # gold of three sets written by others (bays, drumlins, uplands) reads it: "On 2 December, a crowd … got into a Bangladeshi
    # diplomatic office. … Its foreign ministry said it "deeply resents" the attack" is of 2 December)
    body = ("On 18 November China recalled its ambassador from Vilnius. "
            "Lin Jian said the decision was \"a necessary response to Lithuania's provocation\".")
    rows = rows_of(tmp_path, body, published="2021-12-01")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("lin_jian", "2021-11-18")], rows
    # (but not a date told later in its sentence, which dates the act: session 28's reading stays)
    body = ("China recalled its ambassador from Vilnius on 18 November. "
            "Lin Jian said the decision was \"a necessary response to Lithuania's provocation\".")
    rows = rows_of(tmp_path, body, published="2021-12-01")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("lin_jian", "")], rows


@pytest.mark.parametrize("headline", [
    "Tusk loses patience, says Hungary no longer a reliable partner",
    "Tusk angered by veto, says Budapest \"has chosen Moscow\"",
])
def test_session28_a_headlines_verbs_joined_by_a_comma_share_the_subject(tmp_path, headline):
    rows = rows_of(tmp_path, f"| Time | Headline |\n|---|---|\n| 09:10 | {headline} |", published="2025-10-16")
    assert [(r["speaker"], r["target"]) for r in rows] == [("tusk", "hungary")], rows


def test_session28_an_inverted_says_still_takes_the_name_after_it(tmp_path):
    rows = rows_of(tmp_path, "Hungary is no longer a reliable partner, says Poland's foreign minister.", published="2025-10-16")
    assert [r["speaker"] for r in rows] == ["sikorski"], rows


def test_session28_a_question_that_ends_a_turn_is_put_to_the_next_voice(tmp_path):
    body = ("TUSK: Hungary has blocked the package again. Does Budapest want Europe to fail?\n\n"
            "SIKORSKI: It seems so. Orbán has made his choice and it is Moscow.")
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert not [r for r in rows if r["quote"].rstrip().endswith("?")], rows
    assert {r["speaker"] for r in rows} == {"tusk", "sikorski"}, rows


@pytest.mark.parametrize("body", [
    "Sikorski said Poland would draw the necessary conclusions from Hungary's veto.",
    "Tusk said Hungary's veto \"will not go unanswered\".",
    "Tusk said Warsaw reserved the right to respond to Hungary's veto.",
])
def test_session28_a_veiled_warning_is_hostile_to_the_one_whose_act_it_answers(tmp_path, body):
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("hungary", True)], rows


@pytest.mark.parametrize("body", [
    "Sikorski said Hungary's veto was an insult to a friendly country.",
    "Tusk called Hungary's veto an unfriendly act between allies.",
    "Tusk demanded a retraction and an apology from Hungary.",
])
def test_session28_a_reproach_that_invokes_a_bond_or_demands_an_apology_is_hostile(tmp_path, body):
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("hungary", True)], rows


@pytest.mark.parametrize("body", [
    "Sikorski said Hungary hasn't fulfilled its financial obligations to the Union.",
    "Tusk said Hungary's letter was not in line with diplomatic courtesy.",
])
def test_session28_a_negated_keeping_of_the_rules_is_hostile(tmp_path, body):
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("hungary", True)], rows


# --- session 28 review: where the session's rules reached too far ---

@pytest.mark.parametrize("body", [
    "Orbán is isolated in Brussels, says Tusk as EU leaders meet.",
    "Orbán is lying to Europe, says Tusk amid the veto row.",
    "Orbán is lying to Europe, says Tusk ahead of the summit.",
    "| Time | Headline |\n|---|---|\n| 09:10 | Orbán is lying to Europe, says Tusk as summit opens |",
])
def test_session28_review_an_inverted_says_before_a_clause_about_the_speaker_is_still_theirs(tmp_path, body):
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [(r["speaker"], r["target"]) for r in rows] == [("tusk", "orban")], rows


def test_session28_review_views_on_one_person_do_not_outrank_the_subject_named_after(tmp_path):
    body = ('EU leaders were divided on Orbán as Tusk arrived in Brussels. He said Hungary "must lift its veto".')
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


@pytest.mark.parametrize("sentence", [
    'The close ties between Budapest and Moscow are "a danger to everyone".',
    'The rest of the EU sees Orbán as "a partner in crime".',
    'The front line in Ukraine has moved "only a few metres" since August.',
])
def test_session28_review_a_noun_phrase_on_part_or_line_is_no_part_of_the_text(tmp_path, sentence):
    rows = rows_of(tmp_path, 'Tusk said on Monday: "Hungary is lying to Europe." ' + sentence, published="2025-10-16")
    assert all("Hungary is lying" in r["quote"] for r in rows), rows


@pytest.mark.parametrize("note", ["[updated 14 Oct]", "[the deal of 14 March 2023]"])
def test_session28_review_an_editors_note_in_brackets_is_no_citation(tmp_path, note):
    rows = rows_of(tmp_path, f'Sikorski called the deal "a disgrace" {note}.', published="2025-10-20")
    assert [r["said_on"] for r in rows] == [""], rows


def test_session28_review_it_after_a_quote_is_not_the_writer_when_a_body_is_named_after(tmp_path):
    body = ("When Sikorski replied on X, Poland's government stayed silent. "
            '"Hungary is lying to its partners," it said.')
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["speaker"] for r in rows] == ["poland"], rows


def test_session28_review_a_body_in_capitals_with_a_stop_is_no_hearing_label(tmp_path):
    rows = rows_of(tmp_path, 'Tusk met Merz in Warsaw.\n\nNATO. It said Russia "is testing the alliance".', published="2025-10-16")
    assert [r["speaker"] for r in rows] == ["nato"], rows


def test_session28_review_a_states_body_is_not_dated_by_an_act_done_to_the_state(tmp_path):
    # (the act's day told after its verb; a day fronted dates the words after it: session 56)
    body = ("Lithuania opened a Taiwanese office on 18 November, angering China. "
            "The commerce ministry called the move \"a provocation\".")
    rows = rows_of(tmp_path, body, published="2021-12-01")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("mofcom", "")], rows


def test_session28_review_an_indented_table_row_is_read_cell_by_cell(tmp_path):
    body = ("  | Paper | When | Headline |\n  |---|---|---|\n"
            "  | Warsaw daily | Thu 9 Oct, 08:15 | Tusk: Orbán's veto is \"a gift to Putin\" |")
    rows = rows_of(tmp_path, body, published="2025-10-11")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-10-09")], rows


@pytest.mark.parametrize("body", [
    'Tusk said of Hungary: "Poland is a patient country, but we understood the message well."',
    "Tusk said he had serious concerns about Hungary.",
])
def test_session28_a_message_understood_and_grave_concern_are_hostile(tmp_path, body):
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("hungary", True)], rows


def test_session28_review_a_message_understood_without_well_is_no_warning(tmp_path):
    rows = rows_of(tmp_path, 'Tusk said Hungary was a great partner and that "we understood the message given to us".',
                   published="2025-10-16")
    assert [r["stance"] > 0 for r in rows if r["target"] == "hungary"] == [True], rows


def test_session28_goods_that_arrived_came_from_the_state_whose_demonym_they_bear(tmp_path):
    body = ('Hundreds of Russian-made rockets arrived in Minsk on Monday. '
            'Sikorski wrote: "We condemn this provocative move."')
    rows = _rows_with(tmp_path, "  - {id: sikorski, name: Radosław Sikorski, kind: person, affiliation: poland, "
                      "role: Foreign Minister of Poland, aliases: [Sikorski]}\n"
                      "  - {id: poland, name: Poland, kind: state, affiliation: null, role: State, aliases: [Poland]}\n"
                      "  - {id: russia, name: Russia, kind: state, affiliation: null, role: State, aliases: [Russia]}\n"
                      "  - {id: belarus, name: Belarus, kind: state, affiliation: null, role: State, aliases: [Belarus, Minsk]}\n",
                      body, published="2025-10-16")
    assert [r["target"] for r in rows] == ["russia"], rows


def test_session28_a_weekday_that_fits_the_year_before_an_anniversary_piece_dates_it_then(tmp_path):
    body = ('*A year ago today, Warsaw and Budapest fell out.*\n\n'
            'It was Friday, 10 October. Tusk said that evening that Hungary "has betrayed Europe".')
    rows = rows_of(tmp_path, body, published="2026-10-10")
    assert [r["said_on"] for r in rows] == ["2025-10-10"], rows


def test_session28_review_a_weekday_one_day_off_in_a_piece_that_does_not_look_back_moves_no_date_by_a_year(tmp_path):
    # (6 October 2026 is a Tuesday; 6 October 2025 was a Monday: a slip, not last year's day)
    rows = rows_of(tmp_path, "On Monday, 6 October, Tusk said that Hungary had betrayed Europe.", published="2026-10-10")
    assert [r["said_on"] for r in rows] == ["2026-10-06"], rows


def test_session28_review_a_weekday_that_fits_no_nearby_year_leaves_the_date():
    import datetime as dt

    from rhetoric.extract.dates import find_temporal_expressions

    # (10 October is a Saturday in 2026, a Friday in 2025, a Sunday in 2027: a Tuesday fits none)
    found = find_temporal_expressions("On Tuesday 10 October he spoke.", dt.date(2026, 10, 10), 0, retrospective=True)
    assert [e.date.value for e in found] == ["2026-10-10"]


def test_session28_the_subject_pronoun_of_a_reported_clause_of_the_other_gender_is_its_target(tmp_path):
    body = "Maria Zakharova mocked the Polish government again. Tusk answered on Monday. He said she should stop lying."
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [(r["speaker"], r["target"]) for r in rows if r["speaker"] == "tusk"] == [("tusk", "zakharova")], rows


@pytest.mark.parametrize("body", [
    "Tusk said Poland shared Hungary's deep concerns about the energy crisis.",
    "Tusk said Poland and Hungary shared deep concerns about migration.",
    "Tusk told Orbán that Poland took Hungary's deep concerns seriously and thanked him for his cooperation.",
])
def test_session28_review_another_s_concerns_shared_or_taken_seriously_are_no_hostility(tmp_path, body):
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["stance"] > 0 for r in rows if r["target"] == "hungary"] == [True], rows


def test_session28_review_a_message_heard_or_received_among_thanks_is_no_warning(tmp_path):
    rows = rows_of(tmp_path, 'Tusk said: "We heard the message clearly from Budapest, and we welcome Hungary\'s support."',
                   published="2025-10-16")
    assert [(r["target"], r["stance"]) for r in rows] == [("hungary", 2)], rows
    body = 'Orbán thanked Tusk for his congratulations. "Message received, my friend," Orbán wrote.'
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert rows and all(r["stance"] > 0 for r in rows), rows


def test_session28_review_goods_that_arrived_with_their_buyer_named_are_not_their_makers_act(tmp_path):
    body = ('German tanks bought by Poland arrived in Warsaw on Monday, to the fury of Moscow. '
            'Zakharova said: "This provocative move will not go unanswered."')
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert "germany" not in [r["target"] for r in rows], rows


def test_session28_review_a_demand_of_the_person_a_pronoun_stands_for_is_no_fact(tmp_path):
    body = "Maria Zakharova mocked the Polish government again. Tusk answered on Monday. He said she should attend the meeting in Brussels."
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [(r["speaker"], r["target"]) for r in rows if r["speaker"] == "tusk"] == [("tusk", "zakharova")], rows


def test_session28_an_events_table_row_is_one_event_whose_time_and_act_lie_in_different_cells(tmp_path):
    from rhetoric.extract.events import extract_events

    p = tmp_path / "ev.md"
    p.write_text("---\nid: ev\ntitle: t\noutlet: null\npublished: 2025-10-11\nlanguage: en\n---\n"
                 "| When | Who | What |\n|---|---|---|\n| Thursday 9 October | Tusk | press conference in Warsaw |\n",
                 encoding="utf-8")
    rows = extract_events(read_article(p), REG)
    assert [(r["date"], "press conference" in r["sentence"]) for r in rows] == [("2025-10-09", True)], rows


# --- session 29: kinds from the bays set (written held out in session 28, read in session 29) ---


def test_session29_a_day_without_its_year_in_a_story_told_back_is_of_the_story_year(tmp_path):
    # (a report of 2019 retelling a spring of 2015, month after month: "On 19 April" is 2015's,
    # and "Monday 4 May" names the weekday 4 May 2015 fell on)
    body = ("The talks broke down on 3 March 2015. On 19 April Tusk said Moscow \"is testing Europe\". "
            "On Monday 4 May Orbán called the sanctions \"a mistake\".")
    rows = rows_of(tmp_path, body, published="2019-06-10")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2015-04-19"), ("orban", "2015-05-04")], rows
    dates = _event_dates(tmp_path, body, "2019-06-10")
    assert (dates["19 April"], dates["Monday 4 May"]) == ("2015-04-19", "2015-05-04"), dates


def test_session29_a_day_told_within_the_year_before_is_not_moved_back(tmp_path):
    # (the contract of December 2024, the words of October 2025: within a year, no story told back)
    body = ("The contract was signed on 5 December 2024. On 8 October Tusk said Moscow \"is testing Europe\".")
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert [r["said_on"] for r in rows] == ["2025-10-08"], rows


def test_session29_a_records_date_field_dates_the_words_under_it(tmp_path):
    # (an exported mailbox: each message's "Sent:" line, its time to the second and its zone, dates
    # its body, which names no day)
    body = ("From: Press office\n\nSent: Tue, 14 Oct 2025 09:12:40 +0100\n\nSubject: Reaction\n\n"
            "Tusk said Moscow \"is testing Europe again\".\n\n"
            "From: Press office\n\nSent: Mon, 13 Oct 2025 18:02:11 GMT\n\nSubject: Earlier\n\n"
            "Orbán called the sanctions \"a mistake\".")
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-10-14"), ("orban", "2025-10-13")], rows


def test_session29_a_colon_leads_speaker_is_the_name_its_title_leads_to_not_the_place_in_it(tmp_path):
    body = 'The Budapest security analyst Péter Magyar drew a broader lesson: "Both sides are buying time."'
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["speaker"] for r in rows] == ["magyar"], rows


def test_session29_a_question_looks_back_past_a_short_answer_for_the_day_told(tmp_path):
    # (a ministry's briefing transcript: "that evening" counts from the question two turns before)
    body = ("**Question (Radio Sever):** On Tuesday night Tusk accused Moscow of \"testing Europe again\". Your view?\n\n"
            "**Spokeswoman:** No comment.\n\n"
            "**Question (Daily Wave):** Orbán answered him that evening, on Facebook. The sanctions, Orbán wrote, were "
            "\"a mistake\". Anything?")
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [(r["speaker"], r["said_on"]) for r in rows if r["speaker"] == "orban"] == [("orban", "2025-10-14")], rows


def test_session29_the_same_occasion_dates_the_words_as_the_speakers_last_ones_on_it(tmp_path):
    body = ("On Monday Tusk told a press conference in Warsaw that Moscow \"is testing Europe again\".\n\n"
            "On Wednesday he wrote on X that the border \"will stay closed\".\n\n"
            "Orbán did not answer. At the same press conference, Tusk had said Hungary \"cannot sit on two chairs\".")
    rows = rows_of(tmp_path, body, published="2025-10-17")
    assert [r["said_on"] for r in rows if "two chairs" in r["quote"]] == ["2025-10-13"], rows


def test_session29_goods_that_were_moved_came_from_the_state_their_demonym_names(tmp_path):
    body = ('Russian grain that was shipped to Hungary last week angered Warsaw. '
            'Tusk called the shipment "a betrayal of Europe".')
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["target"] for r in rows] == ["russia"], rows


def test_session29_a_transcripts_short_turns_do_not_hide_the_act_told_before(tmp_path):
    # (the act is told nine short sentences up, in another reporter's question)
    body = ("**Q:** On Poland. He was angry about the Russian grain that was shipped to Hungary.\n\n"
            "**A:** Yes.\n\n**Q:** Really?\n\n**A:** Yes. I saw it. Fine. Next.\n\n**Q:** Thanks. Also. "
            "Last night Tusk called the shipment \"a betrayal of Europe\". Comment?")
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["target"] for r in rows if r["speaker"] == "tusk"] == ["russia"], rows


def test_session29_not_being_able_to_conceal_a_misdeed_is_still_an_accusation(tmp_path):
    rows = rows_of(tmp_path, 'Zakharova said Warsaw "cannot conceal its role in the affair any longer".', published="2025-10-16")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("poland", True)], rows


def test_session29_what_does_not_mean_concedes_is_not_the_point(tmp_path):
    body = 'Tusk said: "Our close and friendly ties with Hungary do not mean we will ignore its lies."'
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("hungary", True)], rows


def test_session29_a_states_politicians_or_rulers_are_the_state(tmp_path):
    rows = rows_of(tmp_path, 'Zakharova warned that "the Polish rulers will pay dearly for this".', published="2025-10-16")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("poland", True)], rows


def test_session29_seeking_answers_or_justice_from_someone_is_hostile_to_them(tmp_path):
    rows = rows_of(tmp_path, 'Tusk said of Budapest: "We are still seeking answers and real accountability."', published="2025-10-16")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("hungary", True)], rows


def test_session29_an_act_someone_is_urged_not_to_do_stays_blamed(tmp_path):
    rows = rows_of(tmp_path, 'Zakharova said: "We ask our Polish colleagues never to repeat these reckless games."',
                   published="2025-10-16")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("poland", True)], rows


def test_session29_words_told_to_someone_about_their_state_are_about_the_state(tmp_path):
    rows = rows_of(tmp_path, 'Tusk told Orbán on Monday: "Hungary will have to choose its side soon."', published="2025-10-16")
    assert [r["target"] for r in rows] == ["hungary"], rows


def test_session29_premeditation_is_a_charge(tmp_path):
    rows = rows_of(tmp_path, 'Tusk said: "What happened at the depot was a premeditated and planned act by Russia."',
                   published="2025-10-16")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("russia", True)], rows


def test_session29_instead_of_a_good_act_blames_the_one_who_fails_to_do_it_not_its_partner(tmp_path):
    body = 'Magyar wrote on Facebook: "Instead of cooperating closely with Poland, Orbán is making deals with the Kremlin."'
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert {r["target"]: r["stance"] < 0 for r in rows} == {"orban": True}, rows


def test_session29_an_automatic_transcripts_lower_case_lines_are_read_as_running_text(tmp_path):
    # (a video platform's auto-generated captions: timed lines, no capitals, no stops)
    body = ("0:01 welcome back to the weekly explainer\n0:04 today a fence a veto and a row\n"
            "0:08 on monday prime minister tusk went to the border\n"
            "0:12 he said hungary is blackmailing the whole of europe\n"
            "0:17 and magyar said orban has isolated the country\n0:21 thanks for watching\n")
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [(r["speaker"], r["target"], r["stance"] < 0) for r in rows] == [
        ("tusk", "hungary", True), ("magyar", "orban", True)], rows


def test_session29_a_receipt_of_goods_names_their_maker_state_as_the_mover(tmp_path):
    body = ("The reactions to Hungary's receipt of Russian gas turbines came fast. "
            'Tusk called the delivery "a disgrace for Europe".')
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["target"] for r in rows] == ["russia"], rows


def test_session29_the_speakers_own_future_actions_are_no_act_told_before(tmp_path):
    body = ('Russian drones attacked a fuel depot in eastern Poland on Monday. Tusk said Poland "will respond to this in '
            'its further actions". "I strongly condemn this reckless move, which endangers the people of Hungary too," he added.')
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["target"] for r in rows if "reckless" in r["quote"]] == ["russia"], rows


def test_session29_words_whose_subject_is_an_act_are_said_of_its_doer(tmp_path):
    body = ('Budapest stayed silent on Friday. The decision of the Russian authorities to deliver missiles to Hungary, '
            'Tusk wrote, "is a step backward for the whole region."')
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("russia", True)], rows


def test_session29_an_office_after_a_pronoun_is_the_person_the_pronoun_stands_for(tmp_path):
    body = ("Magyar spoke to his supporters in Debrecen on Sunday. He talked for an hour. The crowd was large.\n\n"
            'By Thursday he was sharper. The opposition leader rejected the deal and said it was "a betrayal of the nation".')
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["speaker"] for r in rows if "betrayal" in r["quote"]] == ["magyar"], rows


def test_session29_a_reference_lines_date_dates_the_annotation_under_it(tmp_path):
    # (a reading list: each entry's reference, then a note quoting what the source reports)
    body = ('3. "Warsaw loses patience with Budapest." *Baltic Ledger*, 14 October 2025.\n\n'
            'Tusk to reporters in Gdańsk: "Hungary cannot sit on two chairs."\n\n'
            '4. "Budapest shrugs." *Danube Weekly*, 16 October 2025.\n\n'
            'Orbán on state radio: "Warsaw can shout all it wants."')
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-10-14"), ("orban", "2025-10-16")], rows


def test_session29_straight_quotes_nested_in_straight_quotes_stay_one_quotation(tmp_path):
    rows = rows_of(tmp_path, 'Tusk wrote on X: "It is absurd to call Poland "hostile", and Budapest knows it." Nothing more.',
                   published="2025-10-16")
    assert [(r["speaker"], '"hostile"' in r["quote"] and "knows it" in r["quote"]) for r in rows] == [("tusk", True)], rows


def test_session29_the_victim_of_a_killing_or_silencing_is_not_thereby_the_target(tmp_path):
    body = 'Tusk wrote that "the order to silence Magyar came from the highest levels of the Hungarian government".'
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["target"] for r in rows] == ["hungary"], rows


def test_session29_a_bad_word_one_refuses_to_tolerate_stays_bad_in_the_lexicon(tmp_path):
    rows = rows_of(tmp_path, 'Tusk said: "We will not tolerate this kind of ruthless conduct from Budapest."', published="2025-10-16")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("hungary", True)], rows


# --- session 29 review: where the session's rules reached too far ---


def test_session29_review_a_background_date_does_not_move_this_weeks_day_back(tmp_path):
    body = ("Orbán first attacked the sanctions on 9 April 2019. He attacked them again on 13 October, "
            'calling them "a war on Hungarian families".\n\nTusk recalled that the Red Army entered Warsaw on '
            '17 January 1945. On 14 October he told the Sejm that Russia was "the same threat".')
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["said_on"] for r in rows if r["speaker"] in ("orban", "tusk") and '"' in r["quote"]][-2:] == \
        ["2025-10-13", "2025-10-14"], rows


def test_session29_review_the_same_occasion_after_a_new_one_told_is_that_one(tmp_path):
    body = ('At a press conference in Warsaw on Monday, Tusk said Moscow "is testing Europe". On Wednesday Tusk '
            'held another press conference, in Poznań. At the same press conference he called the veto "shameful".')
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["said_on"] for r in rows if "shameful" in r["quote"]] == ["2025-10-15"], rows


def test_session29_review_a_pull_quote_signed_with_a_date_heads_no_dated_section(tmp_path):
    body = ('Warsaw and Budapest traded barbs this week.\n\n'
            '"Poland will never again bow to Moscow." *Donald Tusk*, 11 November 2023.\n\n'
            'Szijjártó said Tusk\'s words were "hysterical".')
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert "2023-11-11" not in [r["said_on"] for r in rows if "hysterical" in r["quote"]], rows


@pytest.mark.parametrize("sentence, target", [
    ("Merz told reporters Germany had agreed not to block the aid package for Poland.", "poland"),
    ('"Our differences with Hungary do not mean we are enemies," Tusk said.', "hungary"),
    ('"We are seeking common answers with Germany on migration," Tusk said.', "germany"),
])
def test_session29_review_a_choice_a_denial_or_a_joint_search_is_no_blame(tmp_path, sentence, target):
    rows = rows_of(tmp_path, sentence, published="2025-10-16")
    assert [r["stance"] >= 0 for r in rows if r["target"] == target] == [True], rows


def test_session29_review_a_blame_before_does_not_mean_stays_whole(tmp_path):
    rows = rows_of(tmp_path, '"Orbán\'s shameful blackmail does not mean that Europe will give up on Poland," Tusk said.',
                   published="2025-10-16")
    assert [r["stance"] for r in rows if r["target"] == "orban"] == [-2], rows


def test_session29_review_a_planned_visit_is_no_charge(tmp_path):
    rows = rows_of(tmp_path, '"The visit of Chancellor Merz was carefully pre-planned, and we welcome it," Tusk said.',
                   published="2025-10-16")
    assert [r["stance"] > 0 for r in rows if r["target"] == "merz"] == [True], rows


def test_session29_review_lines_in_lower_case_without_time_codes_are_kept_as_written():
    from rhetoric.extract.casing import running_case

    def lines(body: str) -> list[tuple[int, int]]:
        spans, pos = [], 0
        for line in body.split("\n"):
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        return spans

    slogans = "\n".join(["no more wars in europe says tusk"] * 6)  # (a post's lines, as written)
    assert running_case(slogans, REG, lines(slogans)) == slogans
    captions = "\n".join(f"0:{10 + i} no more wars in europe says tusk" for i in range(6))
    assert running_case(captions, REG, lines(captions)).count("Tusk") == 6


# --- session 30: kinds from the dunes set (written held out in session 29, read in session 30) ---

SHOOTING_SCRIPT = """*The shooting script of a documentary that opens next month, printed with the producers' leave.*

**PART ONE**

*Warsaw, the Sejm. Tuesday 14 October 2025. TUSK at the rostrum; the chamber is full.*

TUSK *(to the chamber)*: Hungary is blocking Europe again, and we will not accept this blackmail.

*Cut to a studio in Budapest.*

ORBÁN: Warsaw has no right to lecture Hungary about anything.

**PART TWO**

*Brussels. Thursday 16 October. A corridor outside the summit room.*

TUSK *(walking, to camera)*: Orbán must decide whose side he is on."""


def test_session30_a_scripts_label_may_carry_a_stage_direction_in_italics(tmp_path):
    rows = rows_of(tmp_path, SHOOTING_SCRIPT, published="2025-11-20")
    assert [(r["speaker"], r["quote"][:12]) for r in rows] == \
        [("tusk", "Hungary is b"), ("orban", "Warsaw has n"), ("tusk", "Orbán must d")], rows


def test_session30_a_scripts_turns_take_the_day_of_the_stage_direction_before_them(tmp_path):
    # (not the introduction's "next month", a time after the article: no time of speaking)
    rows = rows_of(tmp_path, SHOOTING_SCRIPT, published="2025-11-20")
    assert [r["said_on"] for r in rows] == ["2025-10-14", "2025-10-14", "2025-10-16"], rows


SAYINGS = """A collection of what was said about the veto, updated as new remarks are sourced.

## Donald Tusk

- Hungary's veto is a gift to the Kremlin, and Europe will remember it.
  - Speech in the Sejm (14 October 2025).
- Orbán has chosen Moscow over Europe.
  - Same speech.

## Said about the veto

- The veto is shameful and it will not last the winter.
  - Radosław Sikorski, foreign minister, to Polish radio (15 October 2025).

## Misattributed

- Poland will leave the European Union if Hungary stays in it.
  - Circulated online in October 2025 as Tusk's; no source has it.

## Timeline

- Hungary blocks the sanctions package.
  - 13 October 2025."""


def test_session30_a_quotation_lists_items_are_the_words_of_the_heading_or_the_source_line(tmp_path):
    rows = rows_of(tmp_path, SAYINGS, published="2025-10-20")
    said = sorted({(r["speaker"], r["quote"][:16], r["said_on"]) for r in rows})
    assert said == [("sikorski", "The veto is sham", "2025-10-15"),
                    ("tusk", "Hungary's veto i", "2025-10-14"),
                    ("tusk", "Orbán has chosen", "2025-10-14")], rows


def test_session30_a_transcripts_label_is_a_voice_not_what_a_quote_in_its_turn_is_about(tmp_path):
    body = ("*Transcript of the press conference held on Tuesday 14 October 2025 in Warsaw.*\n\n"
            "**Moderator:** Welcome. The Prime Minister will open.\n\n"
            '**Donald Tusk:** Thank you. Last week Viktor Orbán said at a rally: "Sanctions have failed and they '
            'must end." We took that as addressed to all of us.\n\n'
            "**Reporter:** Has Berlin done anything useful?\n\n"
            "**Donald Tusk:** Not yet.")
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert [r["target"] for r in rows if r["speaker"] == "orban"] in ([""], ["germany"]), rows


def test_session30_a_day_counters_entries_are_dated_from_the_day_one_the_text_states(tmp_path):
    body = ("*Our count starts on Day 1 (14 October 2025), when Hungary vetoed the package; every entry is "
            "numbered from it.*\n\n"
            '**Day 3.** Tusk tells the Sejm: "Hungary is blackmailing the whole of Europe."\n\n'
            '**Day 10, late.** Orbán answers on Facebook that Warsaw is "lying about everything".\n\n'
            '**Day 40 or so.** Merz is said to have called Tusk; "we stand with Poland", he says.')
    rows = rows_of(tmp_path, body, published="2025-12-01")
    assert [(r["speaker"], r["said_on"]) for r in rows if r["speaker"] in ("tusk", "orban")] == \
        [("tusk", "2025-10-16"), ("orban", "2025-10-23")], rows
    assert [r["said_on"] for r in rows if r["speaker"] == "merz"] == [""], rows


def test_session30_a_day_the_story_tells_as_planned_is_not_the_time_it_has_reached(tmp_path):
    body = ("On Monday 13 October Budapest announced its veto, with a final vote scheduled for Friday 17 October. "
            'That afternoon Tusk said: "Hungary is holding the whole Union hostage."')
    rows = rows_of(tmp_path, body, published="2025-10-25")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-10-13"], rows


def test_session30_the_one_reported_on_between_commas_does_not_take_the_next_pronoun(tmp_path):
    body = ('Orbán spoke to reporters in Budapest on Friday. Tusk, he said, is "a tough opponent who loves his '
            'country". Then he asked the room: "Why is Warsaw so afraid of a referendum on migration?"')
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert [r["speaker"] for r in rows if "referendum" in r["quote"]] == ["orban"], rows


def test_session30_an_empire_or_a_kingdom_is_no_persons_name(tmp_path):
    ctx = context(tmp_path, "Was it about the Habsburg Empire or the Second Polish Republic? Jan Nowak knows.")
    people = [c.text for c in ctx.cands if c.kind == "name" and c.person]
    assert people == ["Jan Nowak"], people


@pytest.mark.parametrize("sentence, target", [
    ('"People of Hungary, if our words have hurt you, forgive us," Tusk said at a rally.', "hungary"),
    ("Orbán said he was regretful that his remarks had offended Poland.", "poland"),
    ('"We are sorry for our harsh words about Germany," Tusk told reporters.', "germany"),
])
def test_session30_asking_forgiveness_or_regretting_ones_own_words_is_an_apology(tmp_path, sentence, target):
    rows = rows_of(tmp_path, sentence, published="2025-10-20")
    assert [(r["target"], r["stance"] > 0) for r in rows] == [(target, True)], rows


def test_session30_a_quote_that_opens_by_addressing_a_side_speaks_to_it_as_you(tmp_path):
    body = ('Orbán spoke after Merz had left the room. "Friends in Poland, you have nothing to fear from us," '
            "he said.")
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert [r["target"] for r in rows] == ["poland"], rows


@pytest.mark.parametrize("sentence, stance", [
    ('"We were astonished by Hungary\'s decision, taken without a word to Warsaw," Tusk said.', -1),
    ('"I was not surprised that Hungary blocked the sanctions again," Tusk said.', None),
    ("Sikorski said he was not a little irritated by Hungary's veto.", -1),
    ('"I was pleasantly surprised by the Hungarian offer," Tusk said.', None),
])
def test_session30_a_diplomats_surprise_is_displeasure_and_not_a_little_is_no_negation(tmp_path, sentence, stance):
    rows = rows_of(tmp_path, sentence, published="2025-10-20")
    got = [r["stance"] for r in rows if r["target"] == "hungary"]
    assert (got == [stance]) if stance is not None else all(s <= 0 for s in got) if "not" in sentence \
        else all(s >= 0 for s in got), rows


@pytest.mark.parametrize("sentence", [
    '"Should anything happen, the consequences will rest entirely with Budapest," Sikorski warned.',
    '"Warsaw is seriously worried by what Hungary is doing on the border," Tusk said.',
    '"We are still waiting for an apology from Hungary," Sikorski said.',
])
def test_session30_alarm_blame_laid_in_advance_and_a_wait_for_an_apology_are_hostile(tmp_path, sentence):
    rows = rows_of(tmp_path, sentence, published="2025-10-20")
    assert [r["stance"] < 0 for r in rows if r["target"] == "hungary"] == [True], rows


def test_session30_building_up_a_sides_forces_is_praise_of_that_side(tmp_path):
    rows = rows_of(tmp_path, '"These tanks are part of our long effort to modernise and strengthen the Polish army," '
                             "Tusk said at the handover.", published="2025-10-20")
    assert [(r["target"], r["stance"]) for r in rows] == [("poland", 1)], rows


def test_session30_a_writers_summary_in_a_list_under_a_state_or_a_bare_verb_is_no_quotation(tmp_path):
    body = ("## Where they stand\n\n### Hungary\n\n- Has threatened to veto the next sanctions package\n"
            "  - Most recently on 24 February 2025\n- Buys most of its gas from Russia\n  - Statement of the ministry, "
            "30 August 2023\n\n### Donald Tusk\n\n- Backs fast-track accession for Ukraine\n"
            "  - Speech in the Sejm, 14 February 2025")
    assert rows_of(tmp_path, body, published="2025-03-12") == []


# --- session 30 review: where the session's rules reached too far (a review session's probes) ---

def test_session30_review_regret_at_what_another_did_is_no_apology(tmp_path):
    rows = rows_of(tmp_path, 'Sikorski said he regretted that his Hungarian counterpart had "once again sided with Moscow".',
                   published="2025-03-12")
    assert rows and all(r["stance"] <= 0 for r in rows), rows


def test_session30_review_the_one_reported_on_by_a_pronoun_of_the_other_gender_stays_the_antecedent(tmp_path):
    body = ("Meloni met Viktor Orbán in Rome on Monday. Orbán, she said, had promised not to block the sanctions "
            'package. He told Hungarian radio on Tuesday that he had made "no such promise" to anyone.')
    rows = rows_of(tmp_path, body, published="2025-03-12")
    assert [r["speaker"] for r in rows if "no such promise" in r["quote"]][:1] == ["orban"], rows


def test_session30_review_a_photo_caption_in_an_interview_dates_no_answer(tmp_path):
    body = ("Donald Tusk spoke to this paper in Warsaw on Monday. The interview has been edited for length.\n\n"
            "**Interviewer:** Relations with Budapest have hit a low. Why?\n\n"
            "**Tusk:** Hungary has chosen Moscow over Europe, and Orbán is shielding a fugitive.\n\n"
            "*Donald Tusk and Viktor Orbán at a summit in Brussels, 15 December 2023. Photo: Reuters*\n\n"
            "**Interviewer:** Will you talk to Orbán again?\n\n"
            "**Tusk:** Only when Hungary stops blocking the sanctions on Russia.")
    rows = rows_of(tmp_path, body, published="2025-03-12")
    assert "2023-12-15" not in [r["said_on"] for r in rows], rows


def test_session30_review_a_thousands_separator_is_no_day_one(tmp_path):
    body = ("Day 1 was 24 February 2022, when the invasion began.\n\n"
            '**Day 1,000.** Sikorski said Moscow was "trying to freeze Ukraine into submission".')
    rows = rows_of(tmp_path, body, published="2025-03-12")
    assert [r["said_on"] for r in rows if r["speaker"] == "sikorski"] != ["2022-02-24"], rows


def test_session30_review_a_planned_day_the_story_then_tells_is_its_time(tmp_path):
    body = ("The EU summit, scheduled for 20 February, opened in Brussels in a tense mood. That evening, Orbán told "
            'fellow leaders that Ukraine "will never win this war".')
    rows = rows_of(tmp_path, body, published="2025-03-12")
    assert [r["said_on"] for r in rows if r["speaker"] == "orban"] == ["2025-02-20"], rows


def test_session30_review_a_reply_in_a_debate_is_about_the_turn_before(tmp_path):
    body = ("The two leaders met in a televised debate on Monday.\n\n"
            "**Orbán:** Brussels is building an empire and Warsaw is its loyal servant.\n\n"
            "**Tusk:** This is nonsense.\n\n**Orbán:** Nobody in Hungary believes that.")
    rows = rows_of(tmp_path, body, published="2025-03-12")
    assert [r["target"] for r in rows if r["speaker"] == "tusk"] in (["hungary"], ["orban"]), rows


def test_session30_review_a_quote_opening_with_together_with_x_does_not_address_x(tmp_path):
    rows = rows_of(tmp_path, '"Along with Germany, you have been our most loyal partner," Sikorski told '
                             "Lithuania's foreign minister.", published="2025-03-12")
    assert "lithuania" in [r["target"] for r in rows], rows


def test_session30_review_after_a_date_ahead_a_date_told_after_the_words_is_not_theirs(tmp_path):
    body = ('Viktor Orbán, who faces voters on 12 April 2026, told a rally that Brussels "wants a puppet government" '
            "in Budapest, repeating a line he first used on 15 March 2024.")
    rows = rows_of(tmp_path, body, published="2025-03-12")
    assert [r["said_on"] for r in rows if r["speaker"] == "orban"] == [""], rows


def test_session30_agreeing_that_what_another_says_is_true_is_friendly(tmp_path):
    rows = rows_of(tmp_path, '"What Chancellor Merz said yesterday is absolutely correct," Tusk told reporters.',
                   published="2025-10-20")
    assert [(r["target"], r["stance"] > 0) for r in rows] == [("merz", True)], rows
    rows = rows_of(tmp_path, '"Nothing Orbán says is true," Magyar said.', published="2025-10-20")
    assert all(r["stance"] <= 0 for r in rows), rows


@pytest.mark.parametrize("sentence, target, sign", [
    ("Sikorski warned that Russia is modernising its army and rebuilding its forces faster than expected.", "russia", -1),
    ("Tusk said he was not surprised by Russia's decision to reject the ceasefire proposal.", "russia", -1),
    ("Tusk said he was very concerned about the situation in Ukraine.", "ukraine", 0),
    ("Ruto said responsibility for the mission in Haiti rests with Haiti's transitional council.", "haiti", 0),
])
def test_session30_review_a_rivals_build_up_expected_bad_news_concern_for_a_victim_and_a_remit(tmp_path, sentence,
                                                                                              target, sign):
    rows = rows_of(tmp_path, sentence, published="2025-03-12")
    got = [r["stance"] for r in rows if r["target"] == target]
    assert all((s < 0) if sign < 0 else (s >= 0) for s in got), rows


# --- session 31 -------------------------------------------------------------------------------------


def test_session31_a_filing_header_with_a_bracketed_code_dates_its_notice(tmp_path):
    body = ("**14.03.2022 16:45 | BALTIC GRAIN AB (BGR) | Inside information**\n\n"
            'At a press conference yesterday, Tusk said Russia "must be stopped now".\n\n'
            "**02.06.2023 08:10 | BALTIC GRAIN AB (BGR) | Half-year report**\n\n"
            "Volumes fell by a third.")
    rows = rows_of(tmp_path, body, published="2023-06-02")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2022-03-13"], rows


def test_session31_a_words_note_in_brackets_is_no_filing_code(tmp_path):
    # (a related article's card is no filing header: "(explained)" is no ticker)
    body = ('Tusk told reporters on Monday that Poland "will not be blackmailed".\n\n'
            "**14.02.2025 | ANALYSIS | Orbán's veto (explained)**\n\n"
            'Orbán told state radio that Brussels "wants war".')
    rows = rows_of(tmp_path, body, published="2025-03-10")
    assert [r["said_on"] for r in rows if r["speaker"] == "orban"] != ["2025-02-14"], rows


def test_session31_a_block_quotation_does_not_part_the_day_told_from_the_same_day(tmp_path):
    body = ("On 4 March 2025 Tusk spoke to the Sejm:\n\n"
            "> Russia must be stopped before it reaches our border.\n\n"
            "At a news conference the same afternoon, Orbán said Brussels was \"dragging Europe into war\".\n\n"
            "Two days later Tusk answered him on the radio:\n\n"
            "> Hungary is blocking the sanctions again.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [
        ("tusk", "2025-03-04"), ("orban", "2025-03-04"), ("tusk", "2025-03-06")], rows
    events = _event_dates(tmp_path, body, "2025-03-20")
    assert events.get("the same afternoon") == "2025-03-04", events


def test_session31_a_dated_update_label_dates_its_paragraph(tmp_path):
    body = ("Orbán blocked the package in February.\n\n"
            "**Update (12 March 2025):** On Monday Tusk said Hungary \"is holding Europe hostage\".")
    rows = rows_of(tmp_path, body, published="2025-04-30")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-03-10"], rows


def test_session31_her_answer_before_a_block_quotation_is_hers(tmp_path):
    body = ("Asked on Finnish radio whether Hungary could still be trusted, Valtonen paused. Her answer, as the "
            "station later posted it:\n\n> Budapest has broken its word once too often.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["valtonen"], rows


@pytest.mark.parametrize("body, speaker", [
    ('[EXHIBIT 12: "Hungary is blocking the sanctions again." Donald Tusk, Polish prime minister, on X, 3 March '
     "2025.]", "tusk"),
    ('"Brussels wants a puppet government in Budapest!" Viktor Orbán, at a rally in Budapest, 15 March 2025.',
     "orban"),
])
def test_session31_a_finished_quote_signed_without_a_dash_is_the_signers(tmp_path, body, speaker):
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["said_on"][:7]) for r in rows] == [(speaker, "2025-03")], rows
    assert not rows[0]["quote"].startswith("[")


@pytest.mark.parametrize("body", [
    '"We will not be blackmailed." Tusk, however, took a softer line in Brussels the next day.',
    '"Hungary is blocking the sanctions." Prime Minister Tusk, your answer to that?',
    '"The sanctions must stay." Poland and the Baltic states backed the plan within hours.',
])
def test_session31_a_sentence_after_a_quote_is_no_signature(tmp_path, body):
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not [r for r in rows if r["quote"].startswith('"') and r["speaker"] in ("tusk", "poland")], rows


def test_session31_a_quote_inside_a_sentence_is_not_signed_by_the_name_after_it(tmp_path):
    rows = rows_of(tmp_path, 'Tusk answered at once: "Poland will not be blackmailed." Viktor Orbán, in Budapest, '
                             "the same evening.", published="2025-03-20")
    assert [r["speaker"] for r in rows if "blackmailed" in r["quote"]] == ["tusk"], rows


def test_session31_cards_shown_in_a_discussion_date_their_quotes_not_the_talk(tmp_path):
    body = ("*Transcript of a citizens' panel on relations with Hungary, run by a polling firm for a study. Ten "
            "voters from Kraków who backed different parties in 2019. The discussion was held on Tuesday 11 March "
            "2025.*\n\n"
            "FACILITATOR: Here is the first exhibit.\n\n"
            '[EXHIBIT 1: "Brussels wants a puppet government in Budapest." Viktor Orbán, at a rally, Saturday 16 '
            "March 2024, answering the Commission.]\n\n"
            "R3: Orbán is an embarrassment to Europe.\n\n"
            "FACILITATOR: And the second.\n\n"
            '[EXHIBIT 2: "Hungary is blocking the sanctions on Russia again." Donald Tusk, on X, the same Saturday.]\n\n'
            "R7: Tusk is right about Orbán, but he says it too often.")
    actors = ("  - {id: orban, name: Viktor Orbán, kind: person, affiliation: hungary, aliases: [Viktor Orbán, Orbán]}\n"
              "  - {id: tusk, name: Donald Tusk, kind: person, affiliation: poland, aliases: [Donald Tusk, Tusk]}\n"
              "  - {id: hungary, name: Hungary, kind: state, aliases: [Hungary, Budapest]}\n"
              "  - {id: russia, name: Russia, kind: state, aliases: [Russia]}\n"
              "  - {id: poland, name: Poland, kind: state, aliases: [Poland, Warsaw]}\n"
              "  - {id: panel, name: Panel members, kind: group, aliases: [R3, R7]}\n")
    rows = [r for r in _rows_with(tmp_path, actors, body, published="2025-03-20") if r["kind"] != "authorial"]
    dates = {(r["speaker"], r["quote"][:12]): r["said_on"] for r in rows}
    assert dates.get(("orban", '"Brussels wa')) == "2024-03-16", rows
    assert dates.get(("tusk", '"Hungary is ')) == "2024-03-16", rows
    talk = [r["said_on"] for r in rows if r["speaker"] not in ("orban", "tusk")]
    assert talk and set(talk) == {"2025-03-11"}, rows



def test_session31_a_name_does_not_run_across_lines():
    from rhetoric.actors import load_actors

    reg = load_actors(ROOT / "tests" / "unseen" / "actors.yml")
    text = "**POLAND.** See also Hungary; Tusk, Donald\n\nTusk tells a news conference that …"
    assert [text[m.start:m.end] for m in reg.find_mentions(text) if m.actor == "tusk"] == ["Tusk", "Tusk"]
    assert [(m.start, m.actor) for m in reg.find_mentions("Tusk\nDonald Tusk said")] == [(0, "tusk"), (5, "tusk")]


def test_session31_calls_with_an_object_without_its_article_is_speech(tmp_path):
    rows = rows_of(tmp_path, 'Orbán calls sanctions on Russian gas "a shot in the foot of Europe" (S), M 4, A3:1',
                   published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["orban"], rows


@pytest.mark.parametrize("body", [
    'Tusk called party members to the "Bunker", the old meeting room in Warsaw, on Saturday.',
    'Orbán calls envoys home from Kyiv amid "grave concerns" over the vote.',
    'Orbán called supporters to defend the "sovereign nation" in Budapest on Saturday.',
])
def test_session31_calls_with_a_quote_after_an_article_or_a_preposition_is_no_speech(tmp_path, body):
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not [r for r in rows if r["speaker"] in ("tusk", "orban")], rows


def test_session31_a_quote_after_a_bare_label_is_the_captioned_persons(tmp_path):
    body = ("CLIP 4 | 0:09 | ORBAN\n"
            "Prime Minister Viktor Orbán in parliament on Monday 3 March 2025, answering the opposition. Hungarian. "
            'VOICE-OVER: "Brussels wants a puppet government in Budapest."\n'
            'ENDS ON: "…in Budapest."')
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["said_on"]) for r in rows if "puppet" in r["quote"]][:1] == [("orban", "2025-03-03")], rows
    ctx = context(tmp_path, "Orbán spoke in parliament on Monday. Hungarian. VOICE-OVER: \"Brussels wants a puppet "
                            "government in Budapest.\"")
    assert first_quote(ctx, at.caption_before) is None
    # (a note that names who speaks: not the captioned person's words)
    ctx = context(tmp_path, "Prime Minister Viktor Orbán at a meeting with farmers on Thursday. Hungarian. "
                            "TRANSLATION (the farmers' spokesman): \"You have abandoned us.\"")
    assert first_quote(ctx, at.caption_before) is None
    # (nor a caption of two people)
    ctx = context(tmp_path, "Viktor Orbán with Donald Tusk in Brussels on Thursday. TRANSLATION: \"We agree.\"")
    assert first_quote(ctx, at.caption_before) is None


def test_session31_a_date_set_right_is_not_the_time_told(tmp_path):
    body = ("Orbán met Merz in Berlin on 4 March 2025, not 11 March as first reported. There he called the "
            'sanctions "a shot in the foot of Europe".')
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "orban" and "shot" in r["quote"]] == ["2025-03-04"], rows


def test_session31_a_post_passed_on_before_a_colon_is_its_owners(tmp_path):
    rows = rows_of(tmp_path, "The biography opens in Warsaw, with Donald Tusk's Facebook post of that morning quoted "
                             'at length (p. 9): "Russia must be stopped before it reaches our border."',
                   published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


def test_session31_insulting_is_a_speech_act_and_a_comma_then_a_new_subject_ends_its_clause(tmp_path):
    rows = rows_of(tmp_path, "In short: Orbán insulted Tusk during the 2019 campaign, Tusk demanded an apology in "
                             "2024, and Orbán refused.", published="2025-03-20")
    got = [(r["speaker"], r["target"], r["quote"]) for r in rows]
    assert ("orban", "tusk", "Orbán insulted Tusk during the 2019 campaign") in got, got
    assert all(not q.startswith("Orbán insulted") or "demanded" not in q for _, _, q in got), got


# --- session 32 -------------------------------------------------------------------------------------

def test_session32_a_programme_header_with_its_full_date_dates_the_entries_under_it(tmp_path):
    body = ("*Radio review: published the morning after each broadcast.*\n\n"
            "**Hard Questions, Radio Danubia, Monday 3 March 2025, 19:00–20:00**\n"
            "Host: a presenter. Guests: two analysts.\n\n"
            "**19:04** The host plays a clip from the prime minister's press conference this afternoon. "
            'Orbán: "Brussels wants a puppet government in Budapest."\n\n'
            "**19:20** An analyst recalls that yesterday Tusk called the plan \"a gift to Moscow\".")
    rows = rows_of(tmp_path, body, published="2025-03-04")
    got = {r["speaker"]: r["said_on"] for r in rows}
    assert got.get("orban") == "2025-03-03" and got.get("tusk") == "2025-03-02", rows
    import datetime as dt

    from rhetoric.extract.anchoring import _heading_date

    day = dt.date(2025, 3, 4)
    assert _heading_date("**Hard Questions, Radio Danubia, Monday 3 March 2025, 19:00–20:00**", day, 0, day) is not None
    # (a speaker's label in capitals gives no day of the month: no dated section)
    assert _heading_date("DONALD TUSK, PRIME MINISTER OF POLAND, ON X, MONDAY EVENING:", day, 0, day) is None


def test_session32_the_question_a_participle_opens_with_does_not_introduce_the_quote(tmp_path):
    body = ("Tusk spoke first. Asked about Orbán's complaint that he insults Hungary, Tusk replies: "
            '"Nobody in Warsaw insults Hungarians, only their government\'s choices."')
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["kind"]) for r in rows if "Nobody" in r["quote"]] == [("tusk", "direct")], rows
    assert not any(r["verb"] == "insults" for r in rows), rows


def test_session32_what_a_speech_noun_says_someone_did_is_no_statement_of_theirs(tmp_path):
    for body, embedded in (("Orbán dismissed the allegation that Tusk had threatened Budapest.", "tusk"),
                           ("Merz repeated the claim that Orbán insulted the Commission.", "orban")):
        rows = rows_of(tmp_path, body, published="2025-03-20")
        assert not any(r["speaker"] == embedded for r in rows), rows


def test_session32_a_records_date_field_dates_its_record_and_a_bare_label_quotes_the_one_told_speaking(tmp_path):
    body = ("*Sound archive: items listed by the library in 2025.*\n\n"
            "**SA-2024/112**\n"
            "Title: Prime Minister Orbán at a farm fair, Kecskemét\n"
            "Date(s): 7 June 2024 [afternoon]\n"
            "Description: Orbán talks to farmers. Transcript: \"Brussels wants to ruin Hungarian agriculture.\"\n\n"
            "**SA-2024/113**\n"
            "Recorded: [May 2024?]\n"
            "Description: Tusk says the border will stay closed. Translated: \"Poland will not open this border.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    got = [(r["speaker"], r["said_on"]) for r in rows if r["kind"] == "direct"]
    assert got == [("orban", "2024-06-07"), ("tusk", "2024-05")], rows


def test_session32_a_dictionarys_citations_each_name_their_source_and_date_in_their_year(tmp_path):
    body = ("The phrase spread quickly.\n\n"
            '> **2022** V. Orbán (Prime Minister of Hungary), radio interview, 4 Mar.: "Hungary must stay out of '
            'this war, whatever Brussels says."\n\n'
            '> **2022** *Ibid.*: "we will not send weapons to anyone".\n\n'
            '> **2022** D. Tusk, on Twitter, 5 Mar.: "Orbán is the best friend Putin has in Europe."')
    rows = rows_of(tmp_path, body, published="2024-05-01")
    got = [(r["speaker"], r["said_on"], r["quote"].split('"')[1][:12]) for r in rows]
    assert ("orban", "2022-03-04", "Hungary must") in got and ("orban", "2022-03-04", "we will not ") in got, got
    assert ("tusk", "2022-03-05", "Orbán is the") in got, got


def test_session32_an_events_following_day_paragraphs_after_the_day_told_counts_from_it(tmp_path):
    body = ("Orbán had visited Warsaw on 14 February 2025. On Monday 3 March 2025 Hungarian lorries were "
            "stopped at the Polish border.\n\n"
            "Budapest sent a note of protest. Warsaw did not answer it.\n\n"
            "**A sharper tone**\n\n"
            "At a press conference the following day Tusk called the note \"an insult to every Polish driver\".")
    assert _event_dates(tmp_path, body, "2025-06-20").get("the following day") == "2025-03-04"


def test_session32_a_quote_sheet_signs_each_quote_on_the_next_line_and_its_sent_header_dates_it(tmp_path):
    body = ("**From:** Photo desk\n"
            "**Sent:** Monday 3 March 2025, 20:05 CET\n"
            "**Subject:** QUOTES | POLAND-HUNGARY\n\n"
            "Note: Orbán wrote on Sunday that the border would stay open.\n\n"
            "**Q1** (use with -002: file portrait)\n"
            '"Hungary will not be lectured by anyone in Warsaw."\n'
            "Prime Minister Donald Tusk on X, 18:40. Same post: \"We will answer at the summit.\"")
    rows = rows_of(tmp_path, body, published="2025-03-05")
    got = [(r["speaker"], r["said_on"]) for r in rows if "lectured" in r["quote"]]
    assert got == [("tusk", "2025-03-03")], rows


def test_session32_a_bodys_unnamed_speaker_signs_a_source_in_brackets(tmp_path):
    body = ('"Any further closure of the border will be answered in the Council." '
            "(an EU diplomat, to Euractiv, March)")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["eu"], rows


def test_session32_a_participle_clause_ends_where_another_speaker_comes_in_with_and(tmp_path):
    body = ("Tusk kept calling Orbán's veto shameful, and a Commission spokesperson reminded reporters that the "
            "sanctions had been agreed unanimously.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    got = {(r["speaker"], r["quote"]) for r in rows}
    assert ("tusk", "Tusk kept calling Orbán's veto shameful") in got, got
    assert any(s == "commission" and q.startswith(("Commission", "reminded")) for s, q in got), got


def test_session32_a_sentence_that_opens_with_whose_view_it_gives_is_theirs(tmp_path):
    rows = rows_of(tmp_path, "The vote passed on Tuesday. In the Commission's assessment, Hungary's veto has damaged "
                             "the Union's credibility.", published="2025-03-20")
    assert [(r["speaker"], r["target"]) for r in rows] == [("commission", "hungary")], rows


def test_session32_a_source_field_that_says_whom_the_words_are_about_names_the_target(tmp_path):
    body = ("**In their own words**\n\n"
            '"A coward who hides behind his ministers." (Tusk, of Orbán, 4 March)')
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["target"], r["stance"] < 0) for r in rows] == [("tusk", "orban", True)], rows


def test_session32_a_naming_verbs_second_object_is_a_target_too(tmp_path):
    rows = rows_of(tmp_path, "On Monday Tusk called Orbán a cynic and Hungary a hostage of the Kremlin.",
                   published="2025-03-20")
    assert sorted((r["target"], r["stance"] < 0) for r in rows) == [("hungary", True), ("orban", True)], rows


def test_session32_a_quote_right_before_he_added_is_his(tmp_path):
    body = ("Tusk spoke after the summit in Brussels.\n\n"
            '"Poland will not be blackmailed by anyone, least of all by a neighbour." He added: "Budapest must '
            'choose between Europe and Moscow."')
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "blackmailed" in r["quote"]] == ["tusk"], rows


def test_session32_a_that_clause_after_a_reporting_verb_points_back_to_nothing(tmp_path):
    body = ('Tusk spoke warmly of Merz. "When it comes to Chancellor Merz, I will always be a good host," he said. '
            "He also insisted that Poland was too small to threaten Germany, which he called a great power.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["target"] for r in rows if r["kind"] == "reported"] == ["germany"], rows


def test_session32_a_weekday_set_beside_the_next_day_is_the_day_after_the_day_told(tmp_path):
    body = ("Orbán vetoed the package on Monday 3 March 2025.\n\n"
            "The veto was the fourth in a year. Diplomats had seen it coming.\n\n"
            "Budapest, as usual, blamed Brussels.\n\n"
            "Few expected anything to change tomorrow.\n\n"
            "On Tuesday, the following day, Tusk told reporters that Budapest \"has crossed a line\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-03-04"], rows
    assert _event_dates(tmp_path, body, "2025-03-20").get("Tuesday") == "2025-03-04"


# --- review32: a second read of session 32's rules found these; each failed before its fix ----

def test_review32_a_speech_nouns_clause_ends_before_the_subjects_own_next_verb(tmp_path):
    rows = rows_of(tmp_path, "Merz dismissed claims that Berlin was isolated and accused Orbán of blackmailing the EU.",
                   published="2025-03-20")
    assert any(r["speaker"] == "merz" and r["target"] == "orban" for r in rows), rows


def test_review32_an_act_that_reminds_everyone_is_no_speaker(tmp_path):
    rows = rows_of(tmp_path, "Hungary's veto reminded everyone that the EU still needs unanimity to act.",
                   published="2025-03-20")
    assert rows == [], rows


def test_review32_a_bare_label_after_a_sentence_about_someone_elses_text_is_not_the_talkers(tmp_path):
    body = ('Tusk said he had received a letter from Orbán on Monday. Our translation: "Poland has betrayed '
            'Central Europe."')
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any(r["speaker"] == "tusk" and "betrayed" in r["quote"] for r in rows), rows


def test_review32_a_channel_named_by_a_demonym_is_no_one_the_words_are_about(tmp_path):
    rows = rows_of(tmp_path, 'The sanctions are "a complete failure" (Orbán, on Hungarian state radio, 14 March).',
                   published="2025-03-20")
    assert [r["target"] for r in rows if r["speaker"] == "orban"] != ["hungary"], rows


def test_review32_a_time_after_a_name_is_no_second_object(tmp_path):
    rows = rows_of(tmp_path, "Tusk called Orbán a Kremlin stooge on Monday and Merz a day later urged calm.",
                   published="2025-03-20")
    assert not any(r["speaker"] == "tusk" and r["target"] == "merz" for r in rows), rows


def test_review32_the_following_day_does_not_count_from_a_time_since_when(tmp_path):
    body = ("Orbán vetoed the Ukraine package on Monday.\n\n"
            "The package was meant to mark the years since Russia invaded on 24 February 2022.\n\n"
            "Since then, Budapest has blocked eleven such packages.\n\n"
            "The following day, Tusk accused Orbán of serving Moscow.")
    assert _event_dates(tmp_path, body, "2025-03-20").get("The following day") == "2025-03-18"


def test_review32_a_date_field_ahead_of_publication_dates_no_section(tmp_path):
    body = "Hungary votes next year.\n\n**Date:** 12 April 2026\n\nOrbán said on Sunday that the EU was interfering."
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "orban"] == ["2025-03-16"], rows


# session 33: moors read (a date field with its time and other fields, …)

def test_session33_a_mail_headers_date_with_its_time_dates_the_mail(tmp_path):
    body = ("Released under the access-to-information law.\n\n"
            "From: Europe desk\nDate: Mon, 3 Mar 2025 at 08:15\nSubject: lines for tonight\n\n"
            "Tusk told reporters this morning that Orbán was \"serving Moscow, not Hungary\".\n\n"
            "From: Europe desk\nDate: Tue, 4 Mar 2025 at 10:02\nSubject: Re: lines for tonight\n\n"
            "Orbán answered today: \"Warsaw is lecturing us again.\"")
    rows = rows_of(tmp_path, body, published="2025-04-10")
    got = [(r["speaker"], r["said_on"]) for r in rows]
    assert got == [("tusk", "2025-03-03"), ("orban", "2025-03-04")], rows


def test_session33_a_cards_first_broadcast_field_with_more_fields_dates_the_card(tmp_path):
    body = ("# The Week in Europe\n\n"
            "## Episode 7: Border row\n\n"
            "**First aired:** Mon 3 Mar 2025, 19:30 · 45 min · Available until Wed 2 Apr 2025\n\n"
            "Tusk told us tonight that \"Hungary has chosen Moscow\".\n\n"
            "## Episode 8: Reply\n\n"
            "**First aired:** Tue 4 Mar 2025, 19:30 · 45 min\n\n"
            "Orbán said this afternoon that Poland was \"lecturing Hungary\".")
    rows = rows_of(tmp_path, body, published="2025-03-06")
    got = [(r["speaker"], r["said_on"]) for r in rows]
    assert got == [("tusk", "2025-03-03"), ("orban", "2025-03-04")], rows


def test_session33_a_transcripts_bracketed_note_in_capitals_is_no_one_a_pronoun_points_to(tmp_path):
    body = ("HOST: Even the actors weighed in this week.\n\n"
            "Jan Kowalski tweeted: \"Orbán should be ashamed of himself.\" [WILD CHEERING]\n\n"
            "And then the big finish. [SCATTERED BOOS] He wrote: \"Hungary deserves better than Orbán.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["Jan Kowalski", "Jan Kowalski"], rows


def test_session33_the_context_of_words_that_name_no_one_is_the_doer_of_the_act_not_its_receiver(tmp_path):
    body = ("Germany has sent a second battery of air-defence systems to Poland, months ahead of schedule. "
            "The shipment to Poland left Kiel on Monday.\n\n"
            "Hungary's reaction came the same evening. \"This is a step towards war, and it will not be forgotten,\" "
            "Szijjártó said.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["target"]) for r in rows] == [("szijjarto", "germany")], rows


def test_session33_an_items_same_source_in_brackets_is_the_speaker_of_the_item_before(tmp_path):
    body = ("The archive lists the quotes it holds, newest last.\n\n"
            "- **Item 14** (Orbán, Kossuth Radio, 7 March 2025): \"Brussels is playing with fire in Ukraine.\" [3]\n"
            "- **Item 15** (same interview): \"We will not send weapons to Ukraine, whatever Brussels says.\" [4]\n"
            "- **Item 16** (Tusk, on X, 8 March 2025): \"Orbán is the Kremlin's best friend in Europe.\" [5]")
    rows = rows_of(tmp_path, body, published="2025-04-01")
    got = [(r["speaker"], r["quote"].split('"')[1][:12]) for r in rows]
    assert ("orban", "We will not ") in got and ("tusk", "Orbán is the") in got, got


def test_session33_a_comments_author_and_date_line_dates_its_today_and_yesterday(tmp_path):
    body = ("## Discussion\n\n"
            "**grain_trader_pl** · Mar 3, 2025\n"
            "Tusk yesterday: \"Hungary is blocking Europe again.\" Still at 30%.\n\n"
            "**a.nowak** · Mar 9, 2025\n"
            "Orbán today: \"Poland wants a war with Russia.\" Up to 40%.")
    rows = rows_of(tmp_path, body, published="2025-04-01")
    got = [(r["speaker"], r["said_on"]) for r in rows]
    assert got == [("tusk", "2025-03-02"), ("orban", "2025-03-09")], rows


def test_session33_a_headings_title_with_its_day_in_brackets_dates_its_section(tmp_path):
    body = ("Orbán vetoed the package in February.\n\n"
            "## Editor's update (Mar 8, 2025)\n\n"
            "Tusk said this morning that Orbán \"has chosen Moscow over Europe\".")
    rows = rows_of(tmp_path, body, published="2025-04-01")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-03-08")], rows


def test_session33_a_perfect_progressive_reporting_verb_has_its_subject(tmp_path):
    body = ("Sikorski has been warning for months that Orbán is \"a Trojan horse of the Kremlin\".\n\n"
            "Tusk has been told that the veto will stay.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["target"]) for r in rows] == [("sikorski", "orban")], rows


def test_session33_hostile_cues_that_reach_only_the_speakers_own_side_are_toward_the_other_side(tmp_path):
    body = ("Budapest vetoed the package on Monday. Sikorski answered in a note that evening:\n\n"
            "\"Poland regrets this completely unjustified but expected decision, as well as its impact on the "
            "Hungarian people.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    got = [(r["target"], r["stance"]) for r in rows]
    assert got and got[0][0] == "hungary" and got[0][1] < 0, rows


def test_session33_insisted_that_with_no_modal_asserts_and_makes_no_appeal(tmp_path):
    body = ("Orbán softened his tone on Friday. He insisted that Hungary was far too small to threaten Poland.\n\n"
            "Tusk insisted that Hungary must lift its veto.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    got = [(r["speaker"], r["target"], r["stance"] > 0) for r in rows]
    assert ("orban", "poland", True) in got and ("tusk", "hungary", False) in got, rows


def test_session33_a_quote_that_closes_between_the_act_and_its_object_still_reaches_the_object(tmp_path):
    rows = rows_of(tmp_path, 'Orbán said on Friday that Hungary was "far too small to attack" Poland.', published="2025-03-20")
    assert [(r["target"], r["stance"] > 0) for r in rows] == [("poland", True)], rows


def test_session33_the_office_of_a_state_is_its_holder_as_speaker_and_as_target(tmp_path):
    body = ("On 9 March the Prime Minister of Hungary told reporters that Poland was \"a vassal of Brussels\".\n\n"
            "The next day the Prime Minister of Poland accused the Prime Minister of Hungary of serving Moscow.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    got = [(r["speaker"], r["target"]) for r in rows]
    assert got == [("orban", "poland"), ("tusk", "orban")], rows


def test_session33_an_office_of_a_state_before_a_colon_is_its_holder_as_the_states_possessive_is(tmp_path):
    # (review27 had "The prime minister of Poland:" as no one, an office its resolution found no
    # holder for; "Poland's prime minister:" was Tusk then too: the registry's role of that state)
    for label in ("The prime minister of Poland", "Poland's prime minister"):
        rows = rows_of(tmp_path, f"**16:02** — {label}: Orbán “must choose”", published="2025-10-09")
        assert [(r["speaker"], r["target"]) for r in rows] == [("tusk", "orban")], (label, rows)


def test_session33_an_office_several_can_hold_is_the_one_the_article_names_most(tmp_path):
    body = ("Kenya sent its first police officers to Haiti in June, and Kenya has since sent four hundred more. "
            "Kenya pays for none of it, and Ruto has defended the mission for a year.\n\n"
            "The crowd at the ceremony was small. The band played twice.\n\n"
            "The president told reporters that the mission \"will not fail\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "will not fail" in r["quote"]] == ["ruto"], rows


def test_review33_an_office_whose_holder_the_next_sentence_names_is_no_registered_holder(tmp_path):
    body = ("The president said on Tuesday that Europe \"must not be naive\" about China. Emmanuel Macron was "
            "speaking in Paris. Ruto, Ruto and Ruto were in Nairobi all week, and Kenya said nothing.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any(r["speaker"] == "ruto" and "naive" in r["quote"] for r in rows), rows


def test_session33_an_office_with_its_complement_then_its_holder_in_apposition_is_the_holder(tmp_path):
    body = ("Hungary's Minister of Foreign Affairs, Péter Szijjártó, called the Polish decision \"a provocation\" "
            "and warned that \"Budapest will remember this move\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert {r["speaker"] for r in rows} == {"szijjarto"}, rows


def test_review33_the_office_of_a_states_body_is_not_the_states_office(tmp_path):
    rows = rows_of(tmp_path, "The leader of Hungary's opposition said Orbán \"has turned the country into a Russian "
                             "outpost\".", published="2025-03-20")
    assert not any(r["speaker"] == "orban" for r in rows), rows


def test_review33_the_own_sides_hostility_does_not_go_to_the_one_it_is_told_to(tmp_path):
    rows = rows_of(tmp_path, "Valtonen told Sikorski that Finland \"is under constant hybrid attack\".",
                   published="2025-03-20")
    assert not any(r["target"] == "sikorski" and r["stance"] < 0 for r in rows), rows


def test_review33_responsible_for_a_harm_is_blame(tmp_path):
    rows = rows_of(tmp_path, "Sikorski insisted that Russia was responsible for the drone incursion.",
                   published="2025-03-20")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("russia", True)], rows


def test_review33_a_same_source_lead_after_another_speaker_is_not_the_first_ones(tmp_path):
    body = ("Szijjártó gave a briefing in Budapest. \"The sanctions are a failure,\" he said.\n\n"
            "Later, Sikorski responded on X. Sikorski said the sanctions were working.\n\n"
            "(same briefing): \"Poland is leading Europe into war.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any(r["speaker"] == "sikorski" and "leading Europe" in r["quote"] for r in rows), rows


def test_session33_a_sentence_that_opens_with_its_topic_is_said_of_it(tmp_path):
    body = ("Hungary vetoed the package again on Monday, and Hungary's veto dominated the summit. Orbán left early.\n\n"
            "Of Merz and his country Tusk said: \"We are talking about a great leader and a great and successful "
            "country.\"\n\n"
            "On Hungarian radio, Orbán said: \"Warsaw is wrong about everything.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    tusk = {r["target"] for r in rows if r["speaker"] == "tusk"}
    assert "merz" in tusk and "hungary" not in tusk, rows
    assert {r["target"] for r in rows if r["speaker"] == "orban"} == {"poland"}, rows


def test_review33_an_opening_topic_in_the_possessive_is_the_thing_possessed(tmp_path):
    rows = rows_of(tmp_path, "On the Commission's proposal, Orbán said: \"It is an attack on Hungarian sovereignty.\"",
                   published="2025-03-20")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("commission", True)], rows


# session 34: capes read (a page header's clock line, a tracker's "Made:" field, …)

def test_session34_a_pages_clock_line_of_capitals_and_codes_dates_the_page(tmp_path):
    body = ("*Pages of the service as they stood at their clock time.*\n\n"
            "P201 EURO TEXT Mon 03 Mar 09:12:40\n\n"
            "POLAND WARNS BUDAPEST\n\n"
            "Tusk said Orbán was \"serving Moscow, not Hungary\".\n\n"
            "P202 EURO TEXT Tue 04 Mar 17:05:02 1/3\n\n"
            "ORBAN HITS BACK\n\n"
            "\"Warsaw is lecturing us again,\" Orbán wrote.")
    rows = rows_of(tmp_path, body, published="2025-03-05")
    got = [(r["speaker"], r["said_on"]) for r in rows]
    assert got == [("tusk", "2025-03-03"), ("orban", "2025-03-04")], rows


def test_session34_an_issued_header_after_an_entrys_code_dates_the_entry(tmp_path):
    body = ("**NOTICE 25-007 | Issued Monday 3 March 2025, 08:00 CET**\n\n"
            "Tusk said that if Budapest did not lift its veto by Friday Poland would \"act alone\".\n\n"
            "**NOTICE 25-008 | Issued Thursday 6 March 2025, 18:30 CET**\n\n"
            "Orbán said Poland was \"lecturing Hungary\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    got = [(r["speaker"], r["said_on"]) for r in rows]
    assert got == [("tusk", "2025-03-03"), ("orban", "2025-03-06")], rows


def test_session34_a_trackers_made_field_with_where_and_how_dates_the_entry(tmp_path):
    body = ("**Pledge 1: \"Poland will act alone\"**\n"
            "**Made:** 3 March 2025, at a rally in Gdańsk\n"
            "**Status: OPEN**\n\n"
            "Tusk said Poland would \"act alone\" if Orbán kept his veto.\n\n"
            "**Pledge 2: \"We will not be lectured\"**\n"
            "**When:** 6 March 2025, on Hungarian state radio\n\n"
            "Orbán said Warsaw was \"lecturing Hungary\".")
    rows = rows_of(tmp_path, body, published="2025-06-01")
    got = [(r["speaker"], r["said_on"]) for r in rows]
    assert got == [("tusk", "2025-03-03"), ("orban", "2025-03-06")], rows


def test_session34_a_records_who_field_is_the_one_a_pronoun_under_it_points_to(tmp_path):
    body = ("Orbán said on Monday that Poland was \"lecturing Hungary\".\n\n"
            "---\n\n"
            "**Pledge 2: Poland will act alone**\n"
            "**Who:** Donald Tusk, Prime Minister of Poland\n"
            "**Status: OPEN**\n\n"
            "\"We will not wait for Budapest any longer,\" he told the Sejm.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "wait for Budapest" in r["quote"]] == ["tusk"], rows


def test_session34_a_quote_naming_no_one_under_a_who_field_is_the_fields_persons(tmp_path):
    body = ("**No. 3: \"a Kremlin outpost\"**\n"
            "*Who:* Donald Tusk, Polish prime minister. *When:* Tuesday, on X.\n"
            "\"Budapest has become a Kremlin outpost inside the Union.\"\n"
            "*Heat: 8.*\n\n"
            "**No. 2: \"lecturing us\"**\n"
            "*Who:* Viktor Orbán. *When:* Wednesday.\n"
            "The whole post read: \"Warsaw is lecturing us again.\"")
    rows = rows_of(tmp_path, body, published="2025-03-07")
    got = [(r["speaker"], r["said_on"]) for r in rows if "Kremlin outpost inside" in r["quote"] or "lecturing us again" in r["quote"]]
    assert got == [("tusk", "2025-03-04"), ("orban", "2025-03-05")], rows


def test_session34_a_reported_intent_to_meet_another_is_a_statement_not_a_fact(tmp_path):
    body = ("Tusk told reporters on Monday that he planned to call Orbán before the summit.\n\n"
            "Tusk also said that he would talk to his own ministers first.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["target"]) for r in rows] == [("tusk", "orban")], rows


def test_session34_a_finer_date_apposed_to_a_vague_one_dates_the_words(tmp_path):
    body = "Last month, on the morning of Tuesday 4 February, Tusk said Orbán was \"serving Moscow\"."
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-02-04"], rows


def test_session34_a_weekday_apposed_to_tomorrow_is_tomorrow_and_no_later_words_are_dated_by_it(tmp_path):
    body = ("**Friday 7 March**\n\nTusk has ordered the border with Belarus closed from midnight tomorrow, Saturday. "
            "He called Orbán's veto \"blackmail\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-03-07"], rows
    assert _event_dates(tmp_path, body, "2025-03-20").get("Saturday") == "2025-03-08"


def test_session34_hostility_in_another_clause_is_no_verdict_on_the_own_side_the_copula_names(tmp_path):
    body = ("Germany delivered the tanks to Ukraine on Monday. Orbán answered on Facebook: "
            "\"Hungary is a small country, but we have understood the message perfectly.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["target"], r["stance"]) for r in rows if r["speaker"] == "orban"] == [("germany", -1)], rows


def test_session34_the_it_of_when_it_comes_to_points_back_to_nothing(tmp_path):
    body = ("\"Brussels has betrayed Hungary again,\" Orbán said on Monday.\n\n"
            "\"When it comes to Chancellor Merz, I have only respect for him.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["target"] for r in rows if "only respect" in r["quote"]] == ["merz"], rows


def test_session34_the_body_after_a_name_stands_between_the_speaker_and_the_verb(tmp_path):
    rows = rows_of(tmp_path, "Jan Kowalski of the Civic Coalition called Orbán's veto \"pure blackmail\".",
                   published="2025-03-20")
    assert [(r["speaker"], r["target"]) for r in rows] == [("Jan Kowalski", "orban")], rows


def test_session34_a_you_that_means_anyone_addresses_no_one(tmp_path):
    body = ("Orbán vetoed the package again on Monday, and Tusk answered him from Warsaw. "
            "\"Can you imagine if every member blocked the Union like that?\" Tusk said.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    # (the side the words answer, not a person addressed as "you")
    assert [r["target"] for r in rows if r["speaker"] == "tusk"] == ["hungary"], rows


def test_session34_saying_one_misspoke_is_no_statement(tmp_path):
    body = ("Tusk accused Orbán of blackmail on Monday. A day later the Polish prime minister insisted that "
            "he had been misquoted.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any("misquoted" in r["quote"] for r in rows), rows


def test_session34_a_day_without_its_year_after_a_verb_in_the_past_is_the_last_one(tmp_path):
    body = "The treaty was signed on 5 January, and Tusk has praised it ever since."
    assert _event_dates(tmp_path, body, "2025-12-29").get("5 January") == "2025-01-05"


# review34: a second read of the session's rules (~270 ordinary paragraphs, old and new code)

def test_review34_a_title_in_capitals_before_a_date_dates_no_section(tmp_path):
    body = ("KEY DATE 24 February 2022\n\n"
            "Russia invaded Ukraine that day. Valtonen said on Tuesday that Finland \"learned the lesson\".")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [r["said_on"] for r in rows if r["speaker"] == "valtonen"] == ["2025-10-07"], rows


def test_review34_a_bare_released_line_dates_no_section(tmp_path):
    body = ("Released 4 June 2024\n\n"
            "The report criticised Hungary. On Wednesday Magyar said the report \"tells the truth about Orbán\".")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [r["said_on"] for r in rows if r["speaker"] == "magyar"] == ["2025-10-08"], rows


def test_review34_a_said_field_dates_its_words_but_later_days_count_from_the_page(tmp_path):
    body = ("**Said:** 3 May 2024, at a rally in Kraków\n\n"
            "\"Tusk is a puppet of Berlin,\" Orbán said. On Wednesday Tusk replied that \"Poland answers to nobody\".")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("orban", "2024-05-03"), ("tusk", "2025-10-08")], rows


def test_review34_others_voices_and_unnamed_people_under_a_who_field_are_not_its_persons(tmp_path):
    body = ("**Who:** Giorgia Meloni\n\n"
            "The deal sends migrants to centres in Albania. Critics called the centres \"Italy's Guantánamo\".\n\n"
            "---\n\n"
            "**Who:** Donald Tusk\n\n"
            "A farmer from Lublin waited for hours to see him. He said Ukraine \"is ruining Polish agriculture\".")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert not any(r["speaker"] in ("meloni", "tusk") for r in rows), rows


def test_review34_meeting_a_deadline_or_hosting_a_summit_is_no_intent_toward_an_actor(tmp_path):
    body = ("Orbán said Hungary would meet EU deadlines on the recovery plan by the end of the year.\n\n"
            "Tusk said Poland would host the NATO summit in 2027.")
    assert rows_of(tmp_path, body, published="2025-10-09") == []


def test_review34_a_time_ahead_between_the_occasion_and_the_words_does_not_undate_them(tmp_path):
    body = ("At a press conference on Tuesday, Merz outlined his plan. The Bundestag votes tomorrow. "
            "\"Moscow will not intimidate Germany,\" he said.")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [r["said_on"] for r in rows if r["speaker"] == "merz"] == ["2025-10-07"], rows


def test_review34_a_clause_that_goes_on_about_the_own_side_still_judges_it(tmp_path):
    body = "Merz answered questions about gas. \"Germany was dependent, and its dependence was a disgrace,\" he said."
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [r["target"] for r in rows if r["speaker"] == "merz"] == ["germany"], rows


def test_review34_an_office_of_another_country_is_not_the_holder_named_before(tmp_path):
    body = ("Orbán arrived late for the summit. The Prime Minister of the Netherlands said Hungary "
            "\"cannot keep blocking everything\".")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert not any(r["speaker"] == "orban" for r in rows), rows


def test_review34_a_question_put_to_a_person_addresses_that_person(tmp_path):
    body = ("Tusk turned to Orbán across the table. \"Can you confirm that Hungary will not block the aid again?\" "
            "he asked.")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [r["target"] for r in rows if r["speaker"] == "tusk"] == ["orban"], rows


def test_session34_a_participles_subject_is_no_object_of_a_preposition(tmp_path):
    body = ("Officials also warned citizens to be cautious about travel to Poland, saying the Polish police had "
            "\"arbitrarily detained\" a Hungarian national.")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert not any(r["speaker"] == "poland" for r in rows), rows


def test_session34_a_call_to_release_those_someone_holds_is_hostile_to_the_holder(tmp_path):
    body = "Sikorski urged Minsk's ally in Moscow to release the Polish journalists immediately. Russia was silent."
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [(r["target"], r["stance"]) for r in rows if r["speaker"] == "sikorski"] == [("russia", -1)], rows


# review34b: a second read of the fixes (~260 more paragraphs)

def test_review34b_an_adverb_or_a_time_after_the_one_met_keeps_the_intent(tmp_path):
    rows = rows_of(tmp_path, "Tusk said he would meet Orbán privately tonight.", published="2025-10-09")
    assert [(r["speaker"], r["target"]) for r in rows] == [("tusk", "orban")], rows


def test_review34b_a_who_fields_person_speaks_after_scene_setting_and_a_frame_with_media(tmp_path):
    body = ("**Who:** Elina Valtonen\n\n"
            "Ministers met in Helsinki. It was a long day. She said: \"Russia is testing Finland every week.\"\n\n"
            "---\n\n"
            "**Who:** Viktor Orbán\n\n"
            "Speaking to foreign media: \"Brussels wants to colonise Hungary.\"")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert sorted(r["speaker"] for r in rows) == ["orban", "valtonen"], rows


def test_review34b_asking_to_release_details_or_funds_is_no_hostility(tmp_path):
    body = "Sikorski urged the Commission to release more details about the next tranche."
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [r["stance"] for r in rows if r["speaker"] == "sikorski"] == [0], rows


def test_review34b_the_agent_of_a_passive_is_the_participles_subject(tmp_path):
    body = "The new sanctions were announced by Rubio, calling Maduro's government \"a narco-regime\"."
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [(r["speaker"], r["target"]) for r in rows] == [("rubio", "maduro")], rows


def test_review34b_a_day_after_is_invited_is_no_past(tmp_path):
    body = "Orbán, who is invited on 8 January to speak, said Hungary \"will not sign anything\"."
    rows = rows_of(tmp_path, body, published="2025-12-30")
    assert [r["said_on"] for r in rows if r["speaker"] == "orban"] == [""], rows


def test_review34b_past_a_time_ahead_only_a_day_of_the_week_dates_the_words(tmp_path):
    body = ("In March Netanyahu visited Budapest. A ceasefire vote is due tomorrow. "
            "\"Hamas must disarm,\" Netanyahu said.")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [r["said_on"] for r in rows if r["speaker"] == "netanyahu"] == [""], rows


# --- session 35 -------------------------------------------------------------------------------
# deltas (held out in session 34) read and fixed by kind, each in another wording here

@pytest.mark.parametrize("marks, notes", [
    ("[3]", "[3] Sejm record, 12 March 2025, p. 4."),
    ("[^3]", "[^3]: Sejm record, 12 March 2025, p. 4."),
    ("³", "¹ See the annex. ² Reuters, 2 March 2025. ³ Sejm record, 12 March 2025, p. 4."),
])
def test_session35_a_notes_date_dates_the_words_it_marks(tmp_path, marks, notes):
    body = (f"4. In the Sejm the Prime Minister, Donald Tusk, said that Orbán was \"serving Moscow\".{marks} "
            "The Forum does not share that view.\n\n**Notes**\n\n" + notes)
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-03-12")], rows


def test_session35_an_ibid_note_is_the_note_before_and_the_words_own_date_comes_first(tmp_path):
    body = ("Orbán called the decision \"a disgrace\" on Monday 3 March.[1] Tusk answered that Budapest was "
            "\"serving Moscow\".[2]\n\n[1] Hungarian radio, 9 March 2025.\n[2] Ibid.")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("orban", "2025-03-03"), ("tusk", "2025-03-09")], rows


def test_session35_a_quote_over_more_than_two_paragraphs_is_a_statement_a_paragraph(tmp_path):
    body = ("Tusk said:\n\n"
            "\"Budapest has chosen Moscow over its allies, and that is a betrayal.\n\n"
            "\"Berlin, for its part, has been a loyal and generous partner all year.\n\n"
            "\"Nobody in Brussels has yet explained why the money still flows to Orbán.\"\n\n"
            "Orbán said:\n\n\"Warsaw is lecturing us again.\n\n\"We will not be lectured.\"")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    tusk = [(r["quote"].split()[0], r["target"]) for r in rows if r["speaker"] == "tusk"]
    assert tusk[:2] == [("Budapest", "hungary"), ("Berlin,", "germany")] and tusk[-1][0] == "Nobody", rows
    # (two paragraphs stay one statement)
    assert len([r for r in rows if r["speaker"] == "orban"]) == 1, rows


def test_session35_a_pages_byline_with_its_day_dates_the_text_under_it(tmp_path):
    body = ("Created by **Ana Kowalska** · Gdańsk, Pomerania, Poland · 3 Mar 2025\n\n"
            "Yesterday Tusk said Orbán was \"serving Moscow, not Hungary\".\n\n"
            "**Reply from Marta** · 6 Mar 2025\n\n"
            "Today Orbán said Warsaw was \"lecturing Hungary\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-03-02"), ("orban", "2025-03-06")], rows


@pytest.mark.parametrize("heading", ["**Archive**", "**Edit (3 March 2025)**", "**Related stories**"])
def test_review35_a_byline_dates_no_text_after_a_heading_of_its_own(tmp_path, heading):
    body = ("By Jan Kowalski | 12 Feb 2025\n\n"
            "Tusk said Orbán was \"holding Europe hostage\".\n\n"
            f"{heading}\n\n"
            "Sikorski called Szijjártó \"a Kremlin errand boy\".")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    got = {r["speaker"]: r["said_on"] for r in rows}
    assert got["tusk"] == "2025-02-12" and got["sikorski"] in ("", "2025-03-03"), rows


def test_session35_a_bare_office_keeps_its_first_holder_the_subject_before_it(tmp_path):
    # a note for the file: "the Prime Minister" is the host's throughout, from a first mention
    # after a sentence whose subject is the host's capital, though the other side spoke last
    body = ("1. **Summary.** Warsaw's answer to the Hungarian asylum decision on Romanowski was swift. "
            "The Prime Minister's tone was sharp; his ministers followed.\n\n"
            "2. **Budapest.** Hungary's foreign ministry wrote the same day that the decision was lawful.\n\n"
            "3. At noon the Prime Minister said Hungary had \"betrayed\" its allies.")
    rows = rows_of(tmp_path, body, published="2025-01-10")
    assert [r["speaker"] for r in rows if "betrayed" in r["quote"]] == ["tusk"], rows


@pytest.mark.parametrize("sentence", [
    "\"Budapest is serving Moscow,\" Tusk told the Sejm.[3]",
    "Tusk told the Sejm that Budapest had betrayed its allies.[3]",
])
def test_session35_a_notes_marker_after_the_attribution_or_inside_the_words_dates_them(tmp_path, sentence):
    body = f"On the following day the debate went on. {sentence}\n\n**Notes**\n\n[3] Sejm record, 12 March 2025."
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-03-12")], rows


def test_session35_an_office_opening_the_sentence_is_the_pronoun_after_it(tmp_path):
    body = ("Sikorski called the veto \"blackmail\" on Monday.\n\n"
            "The Prime Minister of Hungary protested to the Polish ambassador the same day, when he said "
            "Poland was \"lying\".")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows if "lying" in r["quote"]] == ["orban"], rows


@pytest.mark.parametrize("turn", [
    "Warsaw hit back the next morning. The Prime Minister said",
    "Then Poland. The Prime Minister said",
    "In Warsaw, the Prime Minister said",
    "Poland: The Prime Minister said",
])
def test_review35_a_state_named_at_the_office_turns_it_to_that_states_holder(tmp_path, turn):
    # (the bare office keeps its first holder only while the text has not turned to another state)
    body = ("Budapest's reaction to the ruling was furious. The Prime Minister said the court was \"a disgrace\".\n\n"
            f"{turn} Hungary was \"a haven for fugitives\".")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [(r["speaker"], r["target"]) for r in rows if "haven" in r["quote"]] == [("tusk", "hungary")], rows


def test_review35_a_fronted_object_is_no_subject_before_the_office(tmp_path):
    body = ("Poland, Hungary said on Tuesday, had no right to demand the extradition. The Prime Minister added "
            "that Warsaw was \"on a political crusade\".")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows if "crusade" in r["quote"]] == ["orban"], rows


def test_review35_a_paragraph_of_a_long_quote_naming_only_the_own_side_goes_with_the_one_before(tmp_path):
    body = ("Tusk said:\n\n"
            "\"Hungary has become a safe haven for those who steal from Poland.\n\n"
            "\"Germany has been helpful, and we thank Berlin.\n\n"
            "\"Poland will not stop until he is back.\"")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    got = [(r["target"], r["quote"].split()[0]) for r in rows if r["speaker"] == "tusk"]
    assert got == [("hungary", "Hungary"), ("germany", "Germany")], rows


@pytest.mark.parametrize("notes, expected", [
    ("[1] \"Minister warns\". LRT. Retrieved 13 March 2025.", ""),           # a retrieval date
    ("[1] Available at: https://example.org (accessed 27 June 2025).", ""),  # an access date
    ("[1] Hungary joined the EU on 1 May 2004.", ""),                       # a note of fact, no citation
    ("[1] The veto was cast on Monday.", ""),
    ("[1] Judgment of 13 June 2024; the reaction came two days later.", ""),
    ("[1] See e.g. the Rule of Law Report 2022, 13 July 2022.", ""),
    ("[1] Hungary Today, 14 March 2025.", "2025-03-14"),                    # an outlet named "Today"
    ("Key dates\n\n1. 1 March 2025: Budapest vetoes the package.", ""),    # a list that is no notes
    ("**Notes**\n\n1. PAP, 14 March 2025.", "2025-03-14"),
])
def test_review35_only_a_sources_citation_in_a_note_dates_the_words(tmp_path, notes, expected):
    body = f"Tusk called the veto \"a disgrace\".[1] Officials in Budapest declined to comment.\n\n{notes}"
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == [expected], rows


def test_review35_an_ibid_with_a_date_of_its_own_is_that_date_and_a_marker_again_in_the_text_no_note(tmp_path):
    body = ("Szijjártó called Sikorski's remarks \"hysterical\".[2] Sikorski was blunter. [2] On 14 March 2025 he "
            "summoned the chargé d'affaires.\n\n[1] Hungarian state radio, 12 March 2025.\n[2] Ibid., 13 March 2025.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "szijjarto"] == ["2025-03-13"], rows


@pytest.mark.parametrize("text, reference, published, expected", [
    # under a dated section, a day after it but before publication is this year's
    ("On 20 March Sikorski called it unacceptable.", "2025-03-02", "2025-04-30", "2025-03-20"),
    # an adjective, a participle or a time ahead is no clause in the past
    ("On 20 March the long delayed summit opens in Brussels.", "2025-03-10", None, "2025-03-20"),
    ("From 20 March the revised rules apply.", "2025-03-10", None, "2025-03-20"),
    ("On 20 March the speed limit changes, Sikorski said.", "2025-03-10", None, "2025-03-20"),
    ("On 20 March, Orbán said, Hungary will veto the package.", "2025-03-10", None, "2025-03-20"),
])
def test_review35_a_day_opening_a_clause_goes_back_a_year_only_told_in_the_past_and_after_publication(
        text, reference, published, expected):
    import datetime as dt

    from rhetoric.extract.dates import find_temporal_expressions

    found = [te.date.value for te in find_temporal_expressions(
        text, dt.date.fromisoformat(reference), published=dt.date.fromisoformat(published) if published else None)
        if te.date]
    assert found == [expected], found


def test_review35_the_past_year_of_is_still_the_last_twelve_months():
    import datetime as dt

    from rhetoric.extract.dates import find_temporal_expressions

    got = [(te.text, te.date.precision) for te in find_temporal_expressions("In the past year of talks", dt.date(2025, 6, 10))]
    assert got == [("the past year", "interval")], got


def test_review35_one_of_two_coordinated_subjects_is_no_subject_before_the_office(tmp_path):
    body = "Italy and Albania signed a new protocol. The Prime Minister praised Rome for \"its courage\"."
    rows = rows_of(tmp_path, body, published="2025-08-20")
    assert [r["speaker"] for r in rows if "courage" in r["quote"]] != ["meloni"], rows


def test_session35_a_comments_closing_signature_is_the_day_its_yesterday_counts_from(tmp_path):
    body = ("== Thread ==\n\n"
            "- Also from yesterday: Tusk called Orbán's veto \"blackmail\". — Zenon (talk) 08:10, 14 March 2025 (UTC)\n"
            "- Orbán said in March that Warsaw was \"lecturing Hungary\". — Ewa (talk) 09:30, 20 March 2025 (UTC)")
    rows = rows_of(tmp_path, body, published="2025-04-02")
    got = {r["speaker"]: r["said_on"] for r in rows}
    # (the signature is what "yesterday" counts from; it dates no words by itself)
    assert got == {"tusk": "2025-03-13", "orban": "2025-03"}, rows


def test_session35_words_shouted_in_capitals_inside_a_quote_are_read(tmp_path):
    body = "Sikorski wrote on X: \"Orbán, RECOGNIZE YOUR DEFEAT AT LAST.\""
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["target"], r["stance"] < 0) for r in rows] == [("sikorski", "orban", True)], rows


@pytest.mark.parametrize("sentence", [
    "Orbán now says Poland was lying about the asylum case.",
    "Orbán finally said Poland was lying about the asylum case.",
    "Orbán still says Poland was lying about the asylum case.",
])
def test_session35_an_adverb_between_the_speaker_and_the_verb_keeps_the_speaker(tmp_path, sentence):
    rows = rows_of(tmp_path, sentence, published="2025-03-20")
    assert [(r["speaker"], r["target"]) for r in rows] == [("orban", "poland")], rows


def test_session35_a_source_aside_after_and_keeps_the_coordinated_verbs_subject(tmp_path):
    body = "Sikorski met Szijjártó in Brussels and, according to PAP, accused Hungary of \"sheltering fugitives\"."
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["target"]) for r in rows] == [("sikorski", "hungary")], rows


@pytest.mark.parametrize("line", [
    "- Sikorski said on Monday that the visit was \"long overdue\" — the first since 14 March 2024",
    "- Sikorski said on Monday that the visit was \"long overdue\" — weeks after the summit of 8 August 2025",
])
def test_review35c_a_dashs_prose_with_a_date_is_no_signature(tmp_path, line):
    rows = rows_of(tmp_path, line, published="2025-10-09")
    assert [r["said_on"] for r in rows if r["speaker"] == "sikorski"] == ["2025-10-06"], rows


@pytest.mark.parametrize("sentence", [
    "The Prime Minister of Italy welcomed Rama in Rome on Friday, and he praised Italy as \"a brother nation\".",
    "The Prime Minister of Hungary hosted Tusk in Budapest, where he said Brussels was \"the real problem\".",
])
def test_review35c_an_office_is_no_pronouns_antecedent_past_a_person_it_met(tmp_path, sentence):
    rows = rows_of(tmp_path, sentence, published="2025-10-09")
    # (the host's words are not what "he" says: no row of Meloni's about Italy, of Orbán's about the EU)
    assert not any((r["speaker"], r["target"]) in (("meloni", "italy"), ("orban", "eu")) for r in rows), rows


def test_review35c_a_reply_label_whose_name_is_a_month_dates_its_section(tmp_path):
    body = ("**Reply from Marta** · 14 Feb 2024\n\nTusk said on Tuesday that Orbán was \"blackmailing the Union\".\n\n"
            "**Reply from Jan Nowak** · 9 Oct 2025\n\nSikorski said yesterday that Orbán was \"Moscow's man\".")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert {r["speaker"]: r["said_on"] for r in rows} == {"tusk": "2024-02-13", "sikorski": "2025-10-08"}, rows


@pytest.mark.parametrize("text", [
    "On 15 October the report commissioned by the Sejm is published.",
    "On 15 October the ministers invited to Warsaw meet for the first time.",
    "On 12 October Hungary votes on the referendum Orbán called in August.",
])
def test_review35c_a_participle_before_its_complement_is_no_clause_in_the_past(text):
    import datetime as dt

    from rhetoric.extract.dates import find_temporal_expressions

    found = [te.date.value for te in find_temporal_expressions(text, dt.date(2025, 10, 9)) if te.date]
    assert found[:1] == ["2025-10-" + text.split()[1].zfill(2)], found


def test_review35c_a_long_quotes_first_paragraph_on_the_own_side_and_a_venue_join_the_next(tmp_path):
    body = ("Tusk told the Sejm:\n\n"
            "\"Poland will never accept blackmail.\n\n"
            "\"I said this in Brussels last week, and I say it again.\n\n"
            "\"Russia must know that Poland is not alone.\"")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert len({r["quote"] for r in rows if r["speaker"] == "tusk"}) == 1, rows


@pytest.mark.parametrize("quote", ["Russia will not divide us.", "Moscow will never intimidate us."])
def test_review35c_an_act_defied_stays_hostile(tmp_path, quote):
    rows = rows_of(tmp_path, f"Tusk said: \"{quote}\"", published="2025-10-09")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("russia", True)], rows


def test_session35_a_topic_lead_joined_by_and_is_no_speaker(tmp_path):
    # "And of Hungary and its prime minister: “…”" tells what the words are about, not who says them
    body = ("\"Budapest is blocking everything,\" Tusk said. And of Hungary and its prime minister: "
            "\"We are talking about a country that has lost its way.\"\n\n"
            "Orbán was in Brussels. Of Poland and its government: \"They want to lecture us.\"")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    got = {(r["speaker"], r["quote"].split("\"")[-1][:12]) for r in rows}
    assert ("tusk", "We are talki") in got and not any(r["speaker"] in ("hungary", "poland") for r in rows), rows


def test_session35_words_a_signed_comment_tells_in_the_present_are_of_its_day(tmp_path):
    body = ("- Tusk has a press conference this afternoon. — Zenon (talk) 10:12, 14 March 2025 (UTC)\n"
            "  - He did. He now says Orbán is \"serving Moscow\". — Ewa (talk) 15:26, 14 March 2025 (UTC)\n"
            "  - The same post says Orbán is \"a traitor\". — Ewa (talk) 16:01, 15 March 2025 (UTC)")
    rows = rows_of(tmp_path, body, published="2025-04-02")
    got = [(r["quote"].split("\"")[1][:9], r["said_on"]) for r in rows if r["speaker"] == "tusk"]
    # (a text that "says" holds earlier words: no day of its comment)
    assert ("serving M", "2025-03-14") in got and ("a traitor", "2025-03-15") not in got, rows


def test_session35_a_time_inside_a_reported_clause_is_no_occasion_of_the_next_words(tmp_path):
    body = ("Sikorski said on Tuesday that Hungarian police had stopped Polish diplomats on Monday evening. "
            "\"These actions violate the Vienna Convention,\" he said.")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [r["said_on"] for r in rows if "Vienna" in r["quote"]] == ["2025-10-07"], rows


# review35d: a fourth read of the session's last rules (~320 more texts)

@pytest.mark.parametrize("sentence", [
    "A letter addressed to Tusk himself says Poland \"must stop lecturing Hungary\".",
    "Fans of Orbán even say he \"saved Hungary\" from Brussels.",
])
def test_review35d_a_name_inside_the_subject_phrase_is_no_speaker_after_an_adverb(tmp_path, sentence):
    rows = rows_of(tmp_path, sentence, published="2025-10-09")
    assert not any(r["speaker"] in ("tusk", "orban") for r in rows), rows


def test_review35d_the_response_of_a_side_is_its_words_not_a_topic(tmp_path):
    body = ("Sikorski spoke at the Sejm. \"Hungary is isolated,\" he said.\n\n"
            "And the response of Hungary and its foreign minister: \"We will not be lectured by Warsaw.\"")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [r["speaker"] for r in rows if "lectured" in r["quote"]] != ["sikorski"], rows


@pytest.mark.parametrize("body, expected", [
    ("- Tusk says Hungary has blocked \"every single package\" — since 14 March 2025", ""),
    ("- On 2 March Orbán gave a speech in Budapest. He says in it that Brussels \"wants war\". "
     "— Ewa (talk) 15:26, 14 March 2025 (UTC)", "2025-03-02"),
    ("- Orbán tells Hungarians every year that Brussels \"wants war\". — Ewa (talk) 15:26, 14 March 2025 (UTC)", ""),
])
def test_review35d_a_signed_day_only_for_words_told_now_with_no_day_of_their_own(tmp_path, body, expected):
    rows = rows_of(tmp_path, body, published="2025-04-02")
    assert [r["said_on"] for r in rows][:1] == [expected], rows


def test_review35d_a_reported_occasion_for_speaking_keeps_its_time(tmp_path):
    body = ("Polish media reported on Tuesday that Tusk had spoken at a closed meeting of party leaders on Monday. "
            "\"Orbán is Putin's man in Europe,\" Tusk told them.")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [r["said_on"] for r in rows if "Putin" in r["quote"]] == ["2025-10-06"], rows


@pytest.mark.parametrize("quote, sign", [
    ("Germany will never abandon us.", 1),
    ("Hungary will not block us any more.", 1),
    ("Russia will never intimidate us.", -1),
])
def test_review35d_only_a_coercive_act_defied_stays_hostile(tmp_path, quote, sign):
    rows = rows_of(tmp_path, f"Tusk said: \"{quote}\"", published="2025-10-09")
    assert [(r["stance"] > 0) - (r["stance"] < 0) for r in rows] == [sign], rows


def test_session35_a_name_that_says_whose_aide_is_no_pronouns_antecedent(tmp_path):
    body = ("One of the six, Tusk aide Piotr Nowak, said on Tuesday that police had tried to enter the embassy. "
            "\"These actions violate international law,\" he said.")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [r["speaker"] for r in rows if "violate" in r["quote"]] == ["Piotr Nowak"], rows


# --- session 36 -------------------------------------------------------------------------------
# mesas (held out in session 35) read and fixed by kind, each in another wording here

def test_session36_a_weekday_before_its_month_and_day_starts_the_week_a_story_is_told_in(tmp_path):
    body = ("On Friday, March 7, 2025, Orbán told state radio that Warsaw was \"lecturing Hungary\".\n\n"
            "The following day, Saturday, March 8, the Polish government summoned his ambassador.\n\n"
            "Commentators in both capitals wrote at length about it.\n\n"
            "Few expected an apology.\n\n"
            "On Sunday, Tusk said Budapest was \"serving Moscow, not Hungary\".")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("orban", "2025-03-07"), ("tusk", "2025-03-09")], rows


def test_session36_a_day_inside_a_quotation_is_no_anchor_when_the_sentence_narrates_its_own(tmp_path):
    from rhetoric.extract.events import extract_events

    body = ("On Monday 3 March the Polish foreign ministry said that \"the summit planned for 20 March in Budapest "
            "will not take place\". The next day Orbán called the decision a disgrace.\n\n"
            "Orbán spoke on Hungarian radio: \"The vote will be held on 9 March.\" It was. The day after, "
            "Tusk wrote to him.")
    p = tmp_path / "ev.md"
    p.write_text(f"---\nid: ev\ntitle: t\noutlet: null\npublished: 2025-05-09\nlanguage: en\n---\n{body}\n",
                 encoding="utf-8")
    dates = {e["date_text"]: e["date"] for e in extract_events(read_article(p), REG)}
    # (the day narrated, not the one quoted; a quoted day is the anchor when none is narrated)
    assert dates["The next day"] == "2025-03-04" and dates["The day after"] == "2025-03-10", dates


def test_session36_a_records_start_or_created_field_in_iso_basic_format_dates_its_section(tmp_path):
    # (a calendar feed's "DTSTART:20251008T070000Z", a ticket's "Created:"; "the same day" under a
    # new dated section counts from the section's day, not from the paragraph before its heading)
    body = ("Summary of consultations, Warsaw\n\n"
            "Ticket: POL-4471\nCreated: 20250312T090000Z\nOwner: desk\n\n"
            "Tusk said Orbán was \"serving Moscow, not Hungary\". Orbán's visit to Kraków on 3 March was not "
            "mentioned.\n\n"
            "Ticket: POL-4472\nDTSTART;TZID=Europe/Warsaw:20250314T101500\n\n"
            "The same day Orbán told state radio that the Poles were \"lecturing us again\".")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-03-12"), ("orban", "2025-03-14")], rows


@pytest.mark.parametrize("body, expected", [
    # the named person whose speech the reporter relays is the speaker
    ("Anna Kowalczyk, who covered the summit, reported that Petro accused Maduro of stealing the election.", ["petro"]),
    ("Our correspondent Jan Mazur told the desk that Sikorski called Orbán \"a Trojan horse\".", ["sikorski"]),
    # (not a state's act the speaker tells)
    ("Tusk said that Hungary regretted the decision and would answer in kind.", ["tusk"]),
])
def test_session36_a_reporter_who_relays_a_persons_speech_is_not_its_speaker(tmp_path, body, expected):
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == expected, rows


def test_session36_he_also_called_is_the_one_whose_words_came_just_before(tmp_path):
    body = ("Jan Mazur said Szijjártó told the ambassador: \"Warsaw is lecturing us again.\" "
            "He also called Poland \"a bad neighbour\".")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["szijjarto", "szijjarto"], rows


@pytest.mark.parametrize("heading", ["## Orbán's speech in Tusnád", "**Orbán press conference, Budapest**",
                                     "### Orbán interview"])
def test_session36_a_heading_naming_a_persons_occasion_for_speaking_is_the_antecedent_under_it(tmp_path, heading):
    body = ("## Warsaw\n\nSikorski spoke first. He said the talks were \"going nowhere\".\n\n"
            f"{heading}\n\nA change of tone. He told the crowd that Poland was \"a friend, whatever Warsaw says\".")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["sikorski", "orban"], rows


def test_session36_a_heading_that_names_a_person_as_a_topic_is_no_antecedent(tmp_path):
    body = ("## Warsaw\n\nSikorski spoke first. He said the talks were \"going nowhere\".\n\n"
            "## Orbán's gamble\n\nA change of tone. He told reporters that Hungary was \"a friend of Poland\".")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["sikorski", "sikorski"], rows


@pytest.mark.parametrize("body, expected", [
    ('Rubio told the Senate that Venezuela would face new sanctions, adding: "Maduro has run out of road."',
     ["rubio"]),
    ('Merz warned that Poland was isolated, saying "Warsaw is alone in this."', ["merz"]),
])
def test_session36_a_participle_that_goes_on_speaking_after_a_reported_clause_is_the_reporters(tmp_path, body,
                                                                                               expected):
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert sorted({r["speaker"] for r in rows}) == expected, rows


@pytest.mark.parametrize("body", ['It was Sikorski, not Tusk, who first called the veto "blackmail".',
                                  'It was Sikorski, not the Hungarians, who called the veto "blackmail".'])
def test_session36_a_clefts_speaker_is_not_the_one_set_against_it(tmp_path, body):
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["sikorski"], rows


def test_session36_a_blockquotes_label_names_its_speaker_over_the_lead_that_introduces_it(tmp_path):
    body = ("Two foreign ministers answered within the hour:\n\n"
            "> Sikorski: “Budapest has chosen Moscow over its allies.”\n\n"
            "> **Szijjártó:** “Warsaw is lecturing us again.”")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["sikorski", "szijjarto"], rows


@pytest.mark.parametrize("body, expected", [
    # (review) an actor of a side who tells another's words makes a claim of his own
    ("Szijjártó said Tusk warned him in private that Poland would veto the project, a claim Tusk's office denied.",
     ["szijjarto"]),
    ("Rama joked that Meloni praised his cooking. He also praised Italy's \"patience\" with Albania.", ["rama", "rama"]),
    # (and "he also called" someone is a telephone call, not the words before going on)
    ("Reporter Jan Mazur said that Orbán accused Brussels of \"blackmail\". He also called the ministry for comment "
     "but got no answer.", ["orban", "Reporter Jan Mazur"]),
])
def test_review36_an_actor_who_tells_anothers_words_is_not_a_relay(tmp_path, body, expected):
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == expected, rows


@pytest.mark.parametrize("heading", ["**Wednesday 1 October 2025**", "DTSTART:20251001T080000Z\nSUMMARY:Cabinet"])
def test_review36_the_next_day_under_a_dated_heading_counts_from_its_day(tmp_path, heading):
    body = f"{heading}\n\nOrbán said the next day that Hungary would \"never accept\" the migration pact."
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("orban", "2025-10-02")], rows


def test_session36_the_same_day_counts_past_paragraphs_that_tell_no_time(tmp_path):
    body = ("On Monday 3 March Tusk posted a long thread:\n\n> \"Budapest has chosen Moscow over its allies.\"\n\n"
            "It ended with a warning to the Commission.\n\n"
            "Szijjártó answered on Facebook the same day that Warsaw was \"lecturing Hungary\".\n\n"
            "## Later\n\nThe row went on. Orbán said the same day that Poland was \"a friend\".")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    # (not across a heading)
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-03-03"), ("szijjarto", "2025-03-03"),
                                                             ("orban", "")], rows


def test_session36_a_verb_coordinated_after_a_posted_clause_with_a_time_has_its_subject(tmp_path):
    # (the document opens with a line of capitalised words the pronoun must not reach)
    body = ("Send Security-L submissions to the list address.\n\n"
            "Colleagues: Orbán posted on X at 17:14 that he was \"appalled by Warsaw\", and wrote that Poland "
            "\"dreams of empire\".")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert {r["speaker"] for r in rows} == {"orban"}, rows


@pytest.mark.parametrize("body, expected", [
    ('Sikorski said Poland and Hungary were "on a good road to ending hostilities".', [("hungary", 1)]),
    # (not an end demanded of one side)
    ('Tusk said Russia "must end its aggression against Ukraine".', [("russia", -1)]),
])
def test_session36_ending_a_conflict_is_good_news_for_both_sides(tmp_path, body, expected):
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [(r["target"], (r["stance"] > 0) - (r["stance"] < 0)) for r in rows][:1] == expected, rows


def test_session36_a_rejection_told_to_the_other_side_is_hostile(tmp_path):
    rows = rows_of(tmp_path, 'Sikorski said Hungary "does not want us", so Poland would not go.', published="2025-05-09")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("hungary", True)], rows


@pytest.mark.parametrize("body, expected", [
    # (review) under an occasion heading, a person named before the pronoun is its antecedent
    ("## Sikorski interview\n\nLavrov responded in Moscow. He said the minister was \"a clown\".", []),
    ("## Szijjártó press conference\n\nA reporter asked about Ukraine on Sunday. He replied that Hungary "
     "\"will never send weapons\".", ["szijjarto"]),
    # (a participle after an occasion told in the past perfect goes on with its doer; after another act, with
    # the reporter)
    ("Rubio said that Maduro had appeared on state TV, saying he was \"ready for war\".", ["maduro"]),
    ("Tusk said that Orbán had lied to EU leaders, adding: \"We will not forget this.\"", ["tusk"]),
    # (a contrast outside a cleft: "who" is the one after "not")
    ("The decision angered Tusk, not Orbán, who called it \"a victory for common sense\".", ["orban"]),
])
def test_review36b_heading_participle_and_contrast_near_misses(tmp_path, body, expected):
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows if r["speaker"] in ("sikorski", "szijjarto", "maduro", "rubio", "tusk",
                                                          "orban")] == expected, rows


def test_review36b_the_same_day_stops_at_a_paragraph_that_tells_another_time(tmp_path):
    body = ("Netanyahu spoke to the UN General Assembly on 26 September.\n\nMany delegates walked out.\n\n"
            "Days later, Hamas answered the plan.\n\nTusk criticised the plan the same day, saying it \"needs clarity\".")
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [(r["speaker"], r["said_on"]) for r in rows if r["speaker"] == "tusk"] == [("tusk", "")], rows


def test_session36_a_source_in_brackets_after_the_words_with_title_place_or_same_source(tmp_path):
    body = ("Quotes of the week:\n\n"
            "\"Budapest has chosen Moscow over its allies.\" (Polish Prime Minister Donald Tusk to TVN24, 3 March 2025)\n\n"
            "\"Orbán is isolated in Europe.\" (same interview)\n\n"
            "\"Warsaw is lecturing us again\" and \"we will not be lectured\" [sic] (Szijjártó in parliament, 5 March 2025)")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert sorted({(r["speaker"], r["said_on"]) for r in rows}) == [("szijjarto", "2025-03-05"), ("tusk", "2025-03-03")], rows
    assert len({r["statement_id"] for r in rows if r["speaker"] == "tusk"}) == 2, rows


@pytest.mark.parametrize("body", [
    # (review) a label before a name in the brackets is no title; a caption's place is no channel
    '"Enough is enough" (Protesters To Orbán, Budapest, 2025)',
    '"Hungary is not a colony." (Caricature Of Viktor Orbán, Népszava, 2023)',
    'The poster read "Stop the traitors" (Tusk in the background, left).',
    # ("same …" only right after the words before, nothing told between)
    'Orbán said: "Hungary will never send weapons to Ukraine."\n\nMeanwhile in Warsaw, Tusk struck a different tone.\n\n'
    '"Poland will keep helping Ukraine for as long as it takes." (same interview)',
])
def test_review36c_brackets_that_name_no_speaker(tmp_path, body):
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert not any(r["speaker"] in ("orban", "tusk") and "Poland will keep" in r["quote"] or
                   r["speaker"] in ("orban", "tusk") and ("Enough" in r["quote"] or "colony" in r["quote"] or
                                                          "traitors" in r["quote"]) for r in rows), rows


@pytest.mark.parametrize("body, sign", [
    ('Merz said of Ukraine: "Germany does not want them to fail. We will stand with Kyiv."', 0),
    ('Petro said Israel had never wanted an end to the violence in Gaza.', -1),
    ('Abdelatty said Israel\'s strikes were "killing any hope of an end to the violence".', -1),
])
def test_review36c_sympathy_and_an_end_denied_are_no_rejection_or_good_news(tmp_path, body, sign):
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [(r["stance"] > 0) - (r["stance"] < 0) for r in rows][:1] == [sign], rows


def test_session37_a_part_of_the_day_after_paragraphs_that_tell_no_time(tmp_path):
    # (a list under a paragraph that tells the day: "the same morning", "By evening" and "that
    # night" in its items count from it, past the line that introduces the list)
    body = ("We write about the week that began on Monday, March 3, when Warsaw closed its consulate.\n\n"
            "What was said, in order:\n\n"
            "- Tusk told reporters the same morning that Budapest was \"serving Moscow, not Hungary\".\n"
            "- By evening Orbán had answered. \"Warsaw is lecturing Hungary again,\" he wrote.\n"
            "- Sikorski went further that night, calling the answer \"a disgrace\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {
        ("tusk", "2025-03-03"), ("orban", "2025-03-03"), ("sikorski", "2025-03-03")}, rows


def test_session37_a_meetings_held_field_and_a_heading_over_its_weekday_date_their_sections(tmp_path):
    body = ("**Motion:** This House regrets the closure of the consulate\n"
            "**Held:** Tuesday 18 March, Old Library, 18:00\n\n"
            "Ms Kowalska said the closure was \"a gift to Moscow\".\n\n"
            "**First reactions (Wednesday)**\n\n"
            "Tusk called the motion's defeat \"a disappointment\".\n\n"
            "**More reactions (Thursday)**\n\n"
            "Orbán called the motion \"a Polish provocation\".")
    rows = rows_of(tmp_path, body, published="2025-03-21")
    assert [r["said_on"] for r in rows] == ["2025-03-18", "2025-03-19", "2025-03-20"], rows


def test_session37_a_weekday_with_its_week_starts_the_week_and_a_time_before_an_aside_is_the_words(tmp_path):
    # ("Tuesday last week" places the "Wednesday" after it in that week; "By Wednesday morning, he
    # recalled, Orbán was …": the time of Orbán's words, not of the one who recalled them)
    body = ("**Held:** Monday 17 March, Main Hall\n\n"
            "Mr Nowak recalled that Orbán had spoken on radio on Tuesday last week.\n\n"
            "By Wednesday morning, he recalled, Orbán was telling reporters that Poland was \"a friend\". "
            "A man who means it, he said, does not call Warsaw \"a lecturer\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    dates = [(r["speaker"], r["said_on"]) for r in rows]
    assert ("orban", "2025-03-12") in dates and dates[-1][1] == "2025-03-17", dates


def test_session37_a_laws_name_is_no_person_and_a_name_stops_at_a_blank_line(tmp_path):
    # (a law's name is no person "he" could be; a field's place does not run into the name on the
    # next paragraph; "Pani Ewa" after "Prime Minister Ewa Kopacz" is her)
    body = ("On Monday the Prime Minister, Donald Tusk, spoke in Gdańsk. The same day the Sejm passed the "
            "National Security Act 2024. He said Hungary was \"serving Moscow\".\n\n"
            "**Venue:** Main Hall\n\n"
            "Mr Nowak said Hungary was \"cynical\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["tusk", "Nowak"], rows


def test_session37_a_first_name_after_an_honorific_is_the_person_named_before(tmp_path):
    body = ("President Viktor Orbán spoke in Budapest on Monday. At the museum, Herr Viktor, as the guests "
            "called him, said: \"Poland is a friend.\" He added that Warsaw was \"lecturing Hungary\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert {r["speaker"] for r in rows} == {"orban"}, rows


def test_session37_a_verb_coordinated_after_a_quote_has_the_subject_of_the_verb_before(tmp_path):
    # (not the person an opening participle names, "Visiting Orbán …"; nor the subject of the clause
    # a reporting verb with a time and its hearer reports, "told TVN24 on Monday evening that …")
    body = ("Visiting Viktor Orbán in Budapest a month after the vote, Tusk called the talks \"difficult\" and said: "
            "\"Poland and Hungary remain neighbours and we will keep talking.\"\n\n"
            "Sikorski told TVN24 on Monday evening that the Hungarian government \"should apologise to Ukraine,\" "
            "and called it \"a shameful episode\".")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["tusk", "tusk", "sikorski", "sikorski"], rows


def test_session37_words_posted_named_by_a_noun_are_said_of_the_one_who_posted_them(tmp_path):
    # ("the post", "the tweet": its author, as "the remarks" are the speaker's; "the Polish remarks":
    # the one of that side who made them, not the state)
    body = ("Orbán posted on Facebook that Warsaw was \"lecturing Hungary\". Sikorski called the post "
            "\"a disgrace\".\n\n"
            "Tusk said Hungary was \"serving Moscow\". Szijjártó called the Polish remarks \"hysterical\".")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [(r["speaker"], r["target"]) for r in rows if r["speaker"] in ("sikorski", "szijjarto")] == \
        [("sikorski", "orban"), ("szijjarto", "tusk")], rows


def test_session37_nobody_or_nothing_before_a_cue_negates_it_but_nothing_but_does_not(tmp_path):
    rows = rows_of(tmp_path, "Tusk said that nobody trusts Orbán any more.\n\n"
                             "Sikorski said the letter was \"nothing but an insult\" from Orbán.")
    assert [(r["speaker"], r["target"], r["stance"] < 0) for r in rows] == \
        [("tusk", "orban", True), ("sikorski", "orban", True)], rows


def test_session37_harming_no_one_with_someone_named_among_them_is_conciliatory(tmp_path):
    rows = rows_of(tmp_path, "Orbán said Hungary was too small to threaten anyone as big as Poland.")
    assert [(r["target"], r["stance"] > 0) for r in rows] == [("poland", True)], rows


def test_session37_recalling_the_ambassador_is_hostile_to_the_state_of_the_post(tmp_path):
    rows = rows_of(tmp_path, "Warsaw's foreign ministry posted: \"Poland decides to recall for consultations "
                             "its ambassador in Budapest.\"")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("hungary", True)], rows


def test_session37_a_list_items_label_with_an_office_and_a_time_names_its_speaker(tmp_path):
    # (the state's office before the name and the time after it do not count as the label's words)
    body = ("From the reports:\n\n"
            "- Poland's prime minister, Donald Tusk, on 3 March: Budapest \"has chosen Moscow over its allies.\"\n"
            "- Hungary's prime minister, Viktor Orbán: Warsaw \"is lecturing Hungary again.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-03-03"), ("orban", "")], rows


@pytest.mark.parametrize("label", ["*Q2 — Donald Tusk, Sejm debate, 3 March 2025* (closing speech).",
                                   "**4. Donald Tusk, Sejm debate, 3 March 2025.**"])
def test_session37_an_entry_label_in_emphasis_names_the_speaker_of_the_quote_after_it(tmp_path, label):
    body = (f"{label} \"Hungary has chosen Moscow over its allies.\"\n\n"
            "**Ewa Nowak:** He did. Then: \"Budapest is not our enemy.\"")  # (a voice's label is no entry)
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [(r["speaker"], r["said_on"]) for r in rows][:1] == [("tusk", "2025-03-03")], rows
    assert all(r["speaker"] != "tusk" for r in rows[1:]), rows


def test_session37_nobody_as_the_subject_of_a_verb_of_speech_is_an_absence(tmp_path):
    rows = rows_of(tmp_path, "Tusk said Orbán was \"lying\". Nobody in Budapest has asked him to stop, and no one "
                             "in Belgrade has criticised Orbán.")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


def test_session37_one_rendering_of_a_post_is_the_words_of_the_one_who_posted_it(tmp_path):
    body = ("That night Prime Minister Viktor Orbán posted on Facebook. Papers rendered it in different ways, "
            "but one rendering reads: \"Poland is lecturing Hungary again.\"")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["orban"], rows


# --- review37: a second read of session 37's rules found these; each failed before its fix ----

def test_review37_a_weekday_heading_that_looks_ahead_dates_nothing(tmp_path):
    # (one told in the past, "Final day (Saturday)", or a day by day account, does: "First round
    # (Saturday)", "Second round (Sunday)"; two of the same day too, "Morning (Friday)", "Evening (Friday)")
    one = rows_of(tmp_path, "## What to watch (Friday)\n\nEU leaders meet in Brussels. Tusk said on Tuesday that he "
                            "would \"not let Hungary block the package again\".", published="2025-10-15")
    assert [r["said_on"] for r in one] == ["2025-10-14"], one
    two = rows_of(tmp_path, "## First round (Saturday)\n\n\"This is the beginning,\" Orbán said.\n\n"
                            "## Second round (Sunday)\n\nTusk said: \"Poland is watching Hungary.\"", published="2025-10-20")
    assert [r["said_on"] for r in two] == ["2025-10-18", "2025-10-19"], two
    same = rows_of(tmp_path, "## Morning (Friday)\n\nTusk said Hungary had \"chosen Moscow\".\n\n## Evening (Friday)\n\n"
                             "Orbán replied: \"Warsaw is hysterical.\"", published="2025-10-12")
    assert [r["said_on"] for r in same] == ["2025-10-10", "2025-10-10"], same


@pytest.mark.parametrize("body, target, sign", [
    ('"Nothing justifies Russia\'s attacks on civilians," Merz said on Tuesday.', "russia", -1),
    ('"Nobody admires Italy more than we Albanians do," Edi Rama said in Rome on Tuesday.', "italy", 1),
])
def test_review37_nobody_before_a_noun_or_a_superlative_and_a_recalled_warning_keep_their_sign(tmp_path, body, target,
                                                                                               sign):
    got = {r["target"]: r["stance"] for r in rows_of(tmp_path, body)}
    assert target in got and (got[target] > 0) - (got[target] < 0) == sign, got


def test_review37_a_recalled_warning_is_no_recall_of_an_ambassador(tmp_path):
    rows = rows_of(tmp_path, "Tusk recalled the former ambassador's warning that Budapest \"would choose Moscow in the end\".")
    assert [r["stance"] for r in rows if r["target"] == "hungary"] == [-1], rows


@pytest.mark.parametrize("body, speaker", [
    # (one the registry lacks, named with the same title)
    ("Prime Minister Viktor Orbán met Herr Viktor Klima, the former Austrian chancellor, in Budapest. "
     "Herr Viktor said the meeting was \"friendly\" for Hungary.", "Viktor Klima"),
    # (else the registered one: not a possessive, nor someone named without the title)
    ("Viktor Orbán hosted Viktor Yanukovych's former aide. Herr Viktor said Hungary \"will always talk to everyone\".",
     "orban"),
    ("Edi Rama welcomed Giorgia Meloni. Later Giorgia Romano, a journalist, asked a question. Madame Giorgia "
     "answered that Italy \"will keep its word\" to Albania.", "meloni"),
])
def test_review37_a_first_name_after_an_honorific_is_the_person_named_with_it(tmp_path, body, speaker):
    rows = rows_of(tmp_path, body, published="2025-10-09")
    assert [r["speaker"] for r in rows][-1:] == [speaker], rows


def test_session37_the_part_of_a_text_that_came_next_goes_on_with_the_quote_before(tmp_path):
    body = ("Orbán had written on Facebook that Poland \"is lecturing Hungary again,\" and Ms Nowak read out "
            "the line that followed: \"Hungary will never be anyone's colony.\"")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["orban", "orban"], rows


def test_review37_within_days_does_not_look_back_past_paragraphs_that_tell_no_time(tmp_path):
    # (only a day counted from the one told does, "the same morning", "that night")
    body = ("Elections were held on Monday 3 March in Gdańsk.\n\nThe row had deep roots.\n\n"
            "Yet within days, Orbán said Poland was \"lecturing Hungary\".")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("orban", "")], rows


def test_session38_the_weekday_is_the_one_told_above_however_far_back(tmp_path):
    # ("on the Thursday" in notes published ten days later: the Thursday the notes told, not the
    # last before publication; with none told, the last before publication)
    body = ("My notes on the fortnight, written up on Monday 17 March.\n\n"
            "It began on Wednesday 5 March, when Warsaw closed its consulate, and on Thursday 6 March.\n\n"
            "I kept a cuttings file.\n\nThe file is long.\n\nSo is the list of what I missed.\n\n"
            "On the Thursday, Tusk said Budapest was \"serving Moscow, not Hungary\".\n\n"
            "Orbán wrote on the Wednesday evening that Warsaw was \"lecturing Hungary again\".")
    rows = rows_of(tmp_path, body, published="2025-03-17")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-03-06"), ("orban", "2025-03-05")], rows


def test_session38_a_time_that_closes_the_sentence_after_the_quote_dates_it(tmp_path):
    body = ("The consulate closed on Monday 3 March.\n\n"
            "Sikorski called Orbán's answer \"a disgrace\" that Tuesday night. Tusk called it \"noise\" the next morning.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("sikorski", "2025-03-04"), ("tusk", "2025-03-05")], rows


def test_session38_under_a_messages_sent_field_the_story_it_tells_back_dates_the_words(tmp_path):
    # (a newsletter sent on Friday that tells Tuesday's and Wednesday's words: not Friday's; its
    # writer's own words, and words with no time told, keep the day it was sent)
    body = ("**From:** Friends of Poland\n**Sent:** Friday, March 7, 2025 9:15 AM\n**To:** Members\n\n"
            "Dear members,\n\n"
            "Sikorski said Hungary had \"lost its way\".\n\n"
            "On Tuesday the consulate in Budapest closed its doors. Tusk wrote that Hungary was \"serving Moscow\".\n\n"
            "Then, on Wednesday, Orbán told reporters that Warsaw was \"lecturing Hungary again\".")
    rows = rows_of(tmp_path, body, published="2025-03-07")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [
        ("sikorski", "2025-03-07"), ("tusk", "2025-03-04"), ("orban", "2025-03-05")], rows


def test_session38_a_pronoun_in_the_opening_clause_before_a_named_subject_is_not_the_next_speaker(tmp_path):
    # ("On the day he arrived, X said: …. He urged …": X, the subject named after the clause)
    body = ("Orbán flew to Warsaw on Monday. As he landed, the foreign minister, Radosław Sikorski, said: "
            "\"Hungary is welcome here.\" He urged Budapest \"to keep its word on Ukraine\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["sikorski", "sikorski"], rows


def test_session38_words_that_go_on_are_about_what_the_words_before_named(tmp_path):
    # ("He added: “…”" naming no one, after a quote that named its matter: that matter, not the
    # side the article names most)
    body = ("Hungary's veto angered Warsaw all week, and Tusk and Sikorski both spoke about Hungary.\n\n"
            "At a rally in Gdańsk, Tusk said: \"When it comes to Chancellor Merz, I will always be a good host.\" "
            "He added: \"We are talking about a brave man and a brave nation.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    brave = [(r["target"], r["stance"]) for r in rows if "brave" in r["quote"]]
    assert brave and brave[0][0] == "merz" and brave[0][1] > 0, rows


def test_session38_refusing_to_agree_with_or_condone_a_hostile_label_keeps_it_hostile(tmp_path):
    body = ("Sikorski said Poland \"will never agree with baseless claims\" from Budapest.\n\n"
            "Tusk said Warsaw \"does not condone Hungary's arrogant behaviour\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["target"], r["stance"] < 0) for r in rows] == [
        ("sikorski", "hungary", True), ("tusk", "hungary", True)], rows


def test_session38_words_the_next_sentence_says_were_not_said_are_no_statement(tmp_path):
    # (a correction: the words withdrawn are no statement, the ones it gives next are; "He did not
    # name any country" after real words is what they left out, not a denial)
    body = ("Our report on Monday quoted Sikorski as saying \"Hungary is a traitor to Europe.\" He did not say that. "
            "In a post on Sunday he wrote that Hungary was \"lost to Moscow\".\n\n"
            "A leading article said Tusk had \"apologised to Orbán\". He has not.\n\n"
            "Merz said Europe was \"under attack from those who hate it\". He did not name any country.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    quotes = [r["quote"] for r in rows]
    assert not any("traitor" in q or "apologised" in q for q in quotes), quotes
    assert any("lost to Moscow" in q for q in quotes) and any("under attack" in q for q in quotes), quotes


def test_session38_a_participle_opening_the_sentence_is_the_pronouns_not_a_name_in_its_clauses(tmp_path):
    body = ("Orbán spoke in parliament on Monday. Speaking after the vote, when the foreign minister, Radosław "
            "Sikorski, had left the chamber, he said Poland was \"a disgrace to Europe\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "disgrace" in r["quote"]] == ["orban"], rows


def test_session38_a_time_in_an_after_clause_is_the_earlier_events_not_the_occasions(tmp_path):
    body = ("Tusk spoke at a rally on Saturday, after meeting Orbán in Brussels on Thursday 6 March. "
            "He said Hungary was \"a brake on Europe\".")
    rows = rows_of(tmp_path, body, published="2025-03-12")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-03-08")], rows


def test_session38_a_name_in_bold_opening_a_list_item_is_the_subject_of_its_sentence(tmp_path):
    body = ("**Who said what**\n\n"
            "- **Donald Tusk**, Poland's prime minister, called the veto \"a gift to the Kremlin\".\n"
            "- **The European Commission** said it \"deeply regrets Hungary's decision\".\n"
            "- **Orbán:** \"We will not be lectured by Warsaw.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["tusk", "commission", "orban"], rows


def test_review38_the_weekday_told_above_is_not_taken_once_the_story_has_moved_on(tmp_path):
    body = ("I first met Tusk on Thursday, 9 October, in Warsaw.\n\n"
            "A month later, the mood was different. On the Thursday I saw him again, he called Orbán \"Putin's errand boy\".")
    rows = rows_of(tmp_path, body, published="2025-11-20")
    assert [r["said_on"] for r in rows] != ["2025-10-09"], rows


def test_review38_a_pronoun_in_an_opening_clause_stays_when_the_one_named_after_did_not_speak(tmp_path):
    body = ("Magyar held a rally in Győr on Sunday. When he mentioned Orbán, the crowd booed. "
            "He said the prime minister had \"stolen the country\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["magyar"], rows


def test_review38_under_a_sent_field_words_said_now_keep_the_day_it_was_sent(tmp_path):
    body = ("**From:** Friends of Poland\n**Sent:** Friday, October 10, 2025 9:15 AM\n\n"
            "On Wednesday morning another drone crossed the border.\n\n"
            "Tusk now says Poland will \"shoot down anything that crosses\".")
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [r["said_on"] for r in rows] == ["2025-10-10"], rows


def test_review38_not_agreeing_with_attacks_on_someone_defends_them(tmp_path):
    body = "Merz said Germany \"cannot agree with the vicious attacks on Tusk\"."
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["target"], r["stance"] > 0) for r in rows] == [("tusk", True)], rows


def test_session38_two_asides_between_a_subject_and_its_verb(tmp_path):
    # ("X, role, at a rally the next day, Saturday 8 March, called …": the subject before both asides)
    body = ("Tusk, Poland's prime minister, at a rally in Gdańsk the next day, Saturday 8 March, called the veto "
            "\"a gift to the Kremlin\".")
    rows = rows_of(tmp_path, body, published="2025-03-12")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


def test_session38_an_outlets_rendering_of_the_same_words_is_the_speakers(tmp_path):
    body = ("Tusk called the veto \"a gift to the Kremlin\" at a rally. In Xinhua's English of the same speech: "
            "\"Hungary has chosen Moscow over Europe, and Europe will remember it.\"")
    rows = rows_of(tmp_path, body, published="2025-03-12")
    assert [r["speaker"] for r in rows] == ["tusk", "tusk"], rows


def test_session38_he_said_after_a_quote_a_colon_gave_is_the_subject_of_the_lead_in(tmp_path):
    body = ("In March Orbán said the sanctions were \"a dead end\". Poland's prime minister, Donald Tusk, "
            "called off his trip to Budapest: \"There is nothing left to discuss with Hungary,\" he said.")
    rows = rows_of(tmp_path, body, published="2025-04-01")
    assert [r["speaker"] for r in rows if "nothing left" in r["quote"]] == ["tusk"], rows


def test_session38_a_later_day_told_after_the_occasion_dates_the_words_after_it(tmp_path):
    body = ("On 3 March Tusk said Poland would \"keep the border open\". On the night of 6 March three Hungarian "
            "lorries were turned back at the crossing. Sikorski said the border guards had acted lawfully. Of "
            "further lorries he said: \"We will stop every one of them, and Budapest knows why.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["said_on"]) for r in rows if "every one" in r["quote"]] == [("sikorski", "2025-03-06")], rows


def test_session38_a_pronoun_inside_the_words_of_its_sentences_speaker_is_that_speaker(tmp_path):
    body = ("Merz spoke first.\n\n"
            "On Friday, Tusk said the veto had been a mistake and that Poland was \"too small to ignore\" a "
            "neighbour he called \"a great nation\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert {r["speaker"] for r in rows} == {"tusk"}, rows


def test_session38_words_of_one_on_no_side_that_name_and_judge_no_one_have_no_target(tmp_path):
    # (a person the registry gives no state, an analyst: "This is a kind of arms race …" is about
    # the matter, not at the side the article names most; a minister's same words still are)
    actors = ("  - {id: poland, name: Poland, kind: state, role: State, aliases: [Poland, Warsaw]}\n"
              "  - {id: hungary, name: Hungary, kind: state, role: State, aliases: [Hungary, Budapest]}\n"
              "  - {id: sikorski, name: Radosław Sikorski, kind: person, affiliation: poland,\n"
              "     role: Foreign Minister of Poland, aliases: [Sikorski]}\n"
              "  - {id: wisniewski, name: Piotr Wiśniewski, kind: person, affiliation: null,\n"
              "     role: Analyst at a think tank, aliases: [Piotr Wiśniewski, Wiśniewski]}\n")
    body = ("Hungary vetoed the package again on Monday, and Warsaw was furious with Hungary.\n\n"
            "Piotr Wiśniewski, an analyst, told Radio Free Europe: "
            "\"This is a kind of arms race that is taking place in the region.\"\n\n"
            "Sikorski told reporters: \"This is a kind of arms race that is taking place in the region.\"")
    rows = _rows_with(tmp_path, actors, body, published="2025-03-20")
    got = {r["speaker"]: r["target"] for r in rows if "arms race" in r["quote"]}
    assert got == {"wisniewski": "", "sikorski": "hungary"}, rows


def test_review38_a_bare_denial_after_a_pledge_says_it_was_not_kept_not_that_it_was_not_said(tmp_path):
    body = ("Merz pledged in May that Germany would deliver more air-defence systems to Ukraine by the summer. "
            "It has not.\n\n"
            "A report on Monday said Tusk had \"apologised to Orbán\". He has not.")
    rows = rows_of(tmp_path, body, published="2025-09-20")
    assert [r["speaker"] for r in rows] == ["merz"], rows


def test_review38_a_time_after_and_after_is_the_main_clauses_and_the_doer_of_a_crime_condoned_is_blamed(tmp_path):
    body = ("The leaders met on Sunday 4 May, and after a night of talks Tusk appeared before reporters on Monday. "
            "\"Hungary has blocked Europe again,\" he said.\n\n"
            "Sikorski said Poland \"will never condone the crimes of the Russian army\".")
    rows = rows_of(tmp_path, body, published="2025-05-07")
    assert [r["said_on"] for r in rows if "blocked" in r["quote"]] == ["2025-05-05"], rows
    assert [(r["target"], r["stance"] < 0) for r in rows if "crimes" in r["quote"]] == [("russia", True)], rows


def test_review38_not_condoning_the_criticism_of_someone_defends_them_and_state_media_reports_are_texts(tmp_path):
    body = ("Tusk said Poland \"will not condone the harsh criticism of Merz\".\n\n"
            "Russian state media said Sikorski had \"apologised to Moscow\". He did not.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["target"], r["stance"] > 0) for r in rows] == [("tusk", "merz", True)], rows


def test_review38_a_later_day_told_before_the_speaker_is_named_again_does_not_date_his_words(tmp_path):
    body = ("Orbán spoke in parliament on Monday 15 September. The bill passed on Thursday 18 September. "
            "\"Brussels will not dictate to us,\" he said.")
    rows = rows_of(tmp_path, body, published="2025-09-25")
    assert [r["said_on"] for r in rows] == ["2025-09-15"], rows


def test_session39_a_bold_label_that_is_a_dateline_dates_its_item(tmp_path):
    # (a briefing's items, each led by a place, its weekday and day, and a clock time or part of the day)
    body = ("**Overnight summary**\n\n"
            "- **WARSAW, Tue 4 Mar, 09:30.** Cloudy. Prime Minister Donald Tusk on X: \"Hungary has chosen Moscow again.\"\n"
            "- **Budapest, Wed 5 Mar, late evening:** Viktor Orbán on Facebook: \"Warsaw is lecturing Hungary.\"")
    rows = rows_of(tmp_path, body, published="2025-03-07")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-03-04"), ("orban", "2025-03-05")], rows


def test_session39_a_records_heading_of_labels_dates_it_and_its_source_field_names_the_speaker(tmp_path):
    # (an exercise's or a log's records: "N · time · VERIFIED (date)" over "Source:" and the text;
    # an outlet in the source field is the channel of the one it quotes; a post named by "the post"
    # is its author's; a record with no day of its own ends the one before)
    body = ("**ENTRY 4 · 10:15 · VERIFIED (Mon 3 Mar 2025, 18:02)**\n"
            "Source: Prime Minister of Poland, X.\n"
            "Text: \"Hungary has chosen Moscow again and Europe will remember it.\"\n\n"
            "**ENTRY 5 · 10:40 · VERIFIED (March 2025)**\n"
            "Source: Xinhua, citing a senior NATO official.\n"
            "Text: \"Allies expect Hungary to keep its word on Ukraine.\"\n\n"
            "**ENTRY 6 · 11:05 · VERIFIED (Tue 4 Mar 2025)**\n"
            "Source: Foreign Minister of Hungary, Facebook.\n"
            "Text: Péter Szijjártó answers Warsaw. The post says Poland \"is lecturing Hungary\".")
    rows = [r for r in rows_of(tmp_path, body, published="2025-05-20") if "answers Warsaw" not in r["quote"]]
    assert [(r["speaker"], r["said_on"]) for r in rows] == [
        ("tusk", "2025-03-03"), ("nato", "2025-03"), ("szijjarto", "2025-03-04")], rows


def test_session39_a_reports_title_with_its_source_and_day_dates_what_is_taken_from_it(tmp_path):
    # (clippings filed under each report's title: its "on Sunday" counts from the report's day, not
    # from the day the clippings were published; the reader's "Your Highlight" line names no one)
    body = ("*My highlights from the week's reports.*\n\n"
            "==========\n"
            "Orbán answers Warsaw (agency digest, Tue 4 Mar 2025)\n"
            "- Your Highlight on Page 12 | Added on Friday, 7 March 2025 08:10:44\n\n"
            "Orbán spoke to reporters on Monday. \"Warsaw is lecturing Hungary again,\" he said.\n"
            "==========\n"
            "Tusk replies (agency digest, Wed 5 Mar 2025)\n"
            "- Your Highlight on Page 3 | Added on Friday, 7 March 2025 08:12:01\n\n"
            "\"Hungary has chosen Moscow,\" he said.")
    rows = rows_of(tmp_path, body, published="2025-04-30")
    assert [r["said_on"] for r in rows] == ["2025-03-03", "2025-03-05"], rows
    assert "Your Highlight" not in [r["speaker"] for r in rows], rows


def test_session39_numbered_bold_titles_with_a_day_noted_date_their_parts(tmp_path):
    # ("(same day)" is the part before's day; a numbered part with no day ends the one before)
    body = ("**1. The veto** (Monday 3 March, Brussels)\n\n"
            "Orbán blocked the package. \"Brussels will not dictate to us,\" he said.\n\n"
            "**2. The reply** (same day)\n\n"
            "\"Hungary has chosen Moscow,\" Tusk said.\n\n"
            "**3. The long view**\n\n"
            "\"Europe will remember this,\" Sikorski said.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [
        ("orban", "2025-03-03"), ("tusk", "2025-03-03"), ("sikorski", "")], rows


def test_session39_words_read_from_anothers_text_are_that_authors_and_the_reader_speaks_after(tmp_path):
    # (a hearing's or a council's witness reading from a post, a letter: the text's author; what the
    # reader then says is the reader's)
    body = ("At the hearing Sikorski read aloud from Viktor Orbán's letter of Monday: \"Brussels will not dictate "
            "to us.\" He said Poland had every reason to be angry.\n\n"
            "Sikorski then read from Péter Szijjártó's post on Facebook of the same day, which said Warsaw \"is "
            "lecturing Hungary\".")
    rows = rows_of(tmp_path, body, published="2025-03-07")
    assert [r["speaker"] for r in rows] == ["orban", "sikorski", "szijjarto"], rows


def test_session39_a_time_counted_from_an_event_without_an_article_is_no_narrative_time(tmp_path):
    # ("two days before parliamentary elections" counts from the elections, not from Monday: "that
    # evening" after it is Monday's)
    body = ("Warsaw closed its consulate in Budapest on Monday 3 March, two days before parliamentary elections.\n\n"
            "Orbán wrote on Facebook that evening that Poland \"is lecturing Hungary\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["said_on"] for r in rows] == ["2025-03-03"], rows


def test_session39_a_source_cited_by_name_and_day_in_brackets_is_no_time_of_the_story(tmp_path):
    # (a research response's author-date citations: the day the report came out, not the day told)
    # (but a place and its day, "(Brussels, 4 March 2025)", tells the occasion: "The next day" counts from it)
    body = ("On 3 March 2025 Orbán vetoed the package in Brussels (Politico 4 Mar. 2025; AFP Mar. 5, 2025). "
            "He also said: \"Brussels will not dictate to us.\"\n\n"
            "At the summit (Brussels, 4 March 2025) Orbán said Brussels \"will not dictate to us\". "
            "The next day, Tusk said Hungary \"has chosen Moscow\".")
    rows = rows_of(tmp_path, body, published="2025-04-20")
    assert [r["said_on"] for r in rows] == ["2025-03-03", "2025-03-04", "2025-03-05"], rows


def test_review39_a_caption_or_reference_with_a_source_and_day_dates_nothing_and_a_sibling_part_ends_a_day(tmp_path):
    body = ("Photo: Tusk and Meloni in Rome (Reuters, Mon 3 Mar 2025)\n\n"
            "Tusk said on Thursday that Hungary \"has chosen Moscow\".\n\n"
            "**Part A — The clash** (Tuesday 4 March)\n\n"
            "Orbán said Brussels \"will not dictate to us\".\n\n"
            "**Part B — The morning after** (the following day)\n\n"
            "\"Hungary has chosen Moscow,\" Sikorski said.\n\n"
            "**Part C — Budapest responds**\n\n"
            "Szijjártó replied on Thursday that Warsaw was \"lecturing Hungary\".")
    rows = rows_of(tmp_path, body, published="2025-03-08")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [
        ("tusk", "2025-03-06"), ("orban", "2025-03-04"), ("sikorski", "2025-03-05"), ("szijjarto", "2025-03-06")], rows


def test_review39_labels_and_fields_that_only_look_like_this_sessions_forms(tmp_path):
    # (a reply to another's letter is the replier's; an article's "Source:" line over its paragraphs
    # names no speaker; a label's "yesterday" is counted once; a dash may close a dateline label; a
    # reason cited is no statement)
    body = ("Sikorski's reply to Szijjártó's letter: \"Poland will not be lectured by Budapest.\"\n\n"
            "Source: Hungarian government\n\n"
            "Orbán met Meloni in Rome on Tuesday.\n\n"
            "\"It was a friendly and useful meeting.\"\n\n"
            "- **Brussels, yesterday, 18:00:** Orbán told reporters: \"Brussels will not dictate to us.\"\n"
            "- **ROME, Fri 7 Mar —** Meloni on X: \"Italy stands with Poland.\"\n\n"
            "Hungary closed its airspace on Monday, citing security concerns.")
    rows = rows_of(tmp_path, body, published="2025-03-10")
    got = [(r["speaker"], r["said_on"]) for r in rows]
    assert got[0][0] == "sikorski" and ("orban", "2025-03-09") in got and ("meloni", "2025-03-07") in got, rows
    assert "hungary" not in [r["speaker"] for r in rows], rows


def test_review39_a_passage_read_out_or_a_text_read_aloud_is_its_authors(tmp_path):
    body = ("At the hearing Sikorski read out a passage from Viktor Orbán's speech: \"Brussels will not dictate to us.\"\n\n"
            "Sikorski read Péter Szijjártó's letter aloud: \"Warsaw is lecturing Hungary.\"\n\n"
            "Sikorski read from his prepared remarks: \"Poland will not be lectured.\"")
    rows = rows_of(tmp_path, body, published="2025-03-10")
    assert [r["speaker"] for r in rows] == ["orban", "szijjarto", "sikorski"], rows


def test_review39_name_headings_in_turn_with_quotes_head_the_quotes_under_them(tmp_path):
    # (a quote sheet: each name heads the quote under it; but names under quotes sign them)
    body = ("**Donald Tusk** (Tue 4 March)\n\n\"Hungary has chosen Moscow once again.\"\n\n"
            "**Viktor Orbán** (Wed 5 March)\n\n\"Warsaw is lecturing Hungary once again.\"\n\n"
            "---\n\nTwo more voices from the week.\n\n\"Brussels will not dictate to us any longer.\"\n\n"
            "Viktor Orbán\n\n\"Poland will not be lectured by Budapest again.\"\n\nRadosław Sikorski")
    rows = rows_of(tmp_path, body, published="2025-03-10")
    assert [(r["speaker"], r["said_on"]) for r in rows[:2]] == [("tusk", "2025-03-04"), ("orban", "2025-03-05")], rows
    assert [r["speaker"] for r in rows[2:]] == ["orban", "sikorski"], rows


def test_review39_a_day_after_that_counts_from_the_day_told(tmp_path):
    body = ("On Monday 3 March Orbán vetoed the package. A day after that, Tusk said Hungary \"has chosen Moscow\". "
            "Sikorski said the day before yesterday that Budapest was \"serving Moscow\".")
    rows = rows_of(tmp_path, body, published="2025-03-10")
    assert [r["said_on"] for r in rows] == ["2025-03-04", "2025-03-08"], rows


def test_session39_words_about_an_act_named_by_a_noun_answer_its_doer_not_the_side_it_went_to(tmp_path):
    # (the side the article names only as the receiver of a transfer is not the doer of "this move",
    # however often it is named near the words)
    body = ("Poland took delivery of German Leopard tanks on Monday, three months early.\n\n"
            "The tanks are heavy. They are fast. They are new. Crews trained for a year. The border is long. "
            "The winter was mild. The roads are good. The bridges are strong. The depots are full.\n\n"
            "Poland's army is proud of them, Poland's generals are pleased and Poland's voters approve; Germany's "
            "factories are busy and Germany's chancellor is silent.\n\n"
            "Hungary vetoed the new package on Tuesday. In Budapest, Péter Szijjártó was furious. "
            "\"This irresponsible move will only escalate the war,\" he said.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["target"], r["stance"] < 0) for r in rows if "irresponsible" in r["quote"]] == \
        [("szijjarto", "germany", True)], rows


def test_session40_a_source_in_square_brackets_ending_its_line_names_the_speaker_and_day(tmp_path):
    # (a glossary's or a style sheet's entry: the quote's line ends with its source in square brackets,
    # then more fields under it; a name in capitals at the end of the line above does not wrap onto a
    # line that opens with a label)
    body = ("**Phrase 118 · checked by the Warsaw desk**\n"
            "pl: *szantaż* → en: blackmail, as used of the European Union\n"
            "Example: \"Brussels is trying to blackmail Hungary and we will not give in\" "
            "[Viktor Orbán, state radio, 7 March 2025]\n"
            "Remark: keep the verb; do not soften it to \"pressure\".\n\n"
            "**Phrase 119 · open**\n"
            "en: the Weimar Triangle\n"
            "Example 2: \"Europe must stand together now, and Poland will lead\" [Tusk, press conference, 10 March 2025]\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    got = [(r["speaker"], r["said_on"]) for r in rows if "blackmail Hungary" in r["quote"] or "Poland will lead" in r["quote"]]
    assert got == [("orban", "2025-03-07"), ("tusk", "2025-03-10")], rows
    ctx = context(tmp_path, body)
    assert not [c.text for c in ctx.cands if "Example" in (c.text or "")], ctx.cands


def test_session40_a_source_line_right_under_a_blockquote_names_the_speaker_and_day(tmp_path):
    # (a casebook's or a codebook's worked example: the blockquote, then on the next line the speaker,
    # the channel and the day, and the coder's remarks after them; the example before it names another)
    body = ("**Case 7**\n"
            "> \"Poland will never accept being lectured by Budapest on the rule of law.\"\n"
            "Donald Tusk, press conference, 4 March. **Scored:** hostile, aimed at Hungary.\n\n"
            "**Case 8**\n"
            "> \"We are the last defenders of a Christian Europe, and Warsaw knows it.\"\n"
            "Viktor Orbán, radio interview, 7 March 2025. Remark: keep the religious framing.\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    got = [(r["speaker"], r["said_on"]) for r in rows if "lectured" in r["quote"] or "Christian Europe" in r["quote"]]
    assert got == [("tusk", "2025-03-04"), ("orban", "2025-03-07")], rows


def test_session40_a_table_in_fixed_width_columns_gives_each_rows_words_to_its_speaker(tmp_path):
    # (a plain-text factbox laid out in columns, no bars: the header names the speaker's and the
    # words' columns; each row's date dates its words; a line of prose under it is no row)
    body = ("WHO SAID WHAT ON THE VETO\n\n"
            "    date        who              what was said\n"
            "    4 March     Donald Tusk      \"Budapest has chosen Moscow over its own allies again.\"\n"
            "    7 March     Viktor Orbán     \"Hungary will not be blackmailed by anyone in Warsaw.\"\n\n"
            "Compiled by the desk from the two governments' transcripts.\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    got = [(r["speaker"], r["said_on"]) for r in rows]
    assert got == [("tusk", "2025-03-04"), ("orban", "2025-03-07")], rows


def test_session40_a_bold_label_of_time_and_place_before_a_dash_gives_way_to_the_speaker_after_it(tmp_path):
    # (a producer's rundown: "when, where — WHO:" in bold, the colon inside the bold; a place named
    # before the dash is not the speaker)
    body = ("**LINES SO FAR**\n\n"
            "- **Monday, Warsaw — SIKORSKI:** \"Budapest has chosen Moscow over its own allies again.\"\n"
            "- **4 March 2025, Brussels summit — ORBÁN** to reporters: \"Hungary will not be blackmailed by anyone.\"\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    got = [(r["speaker"], r["said_on"]) for r in rows]
    assert got == [("sikorski", "2025-03-17"), ("orban", "2025-03-04")], rows


def test_session40_it_read_and_it_continued_are_the_words_of_the_one_who_wrote_the_text(tmp_path):
    # (a first-person account: the post told of two sentences before, named again in between as "the
    # post"; "It read:" and "It continued:" give its words, its writer's, a person's)
    body = ("**The night of 4 March 2025**\n\n"
            "Shortly after ten Radosław Sikorski posted on X. My colleague copied the post into our system. "
            "It read: \"Budapest has chosen Moscow over its own allies again.\" "
            "It continued: \"Hungary will be judged by what it blocks, not by what it says.\"\n")
    rows = rows_of(tmp_path, body, published="2025-06-20")
    got = [(r["speaker"], r["said_on"]) for r in rows if r["target"] == "hungary"]
    assert got == [("sikorski", "2025-03-04"), ("sikorski", "2025-03-04")], rows


def test_session40_a_records_field_that_opens_with_a_verb_is_the_entrys_persons_words(tmp_path):
    # (a briefing book's entries: the name heads the entry, a "Who:" field gives the role, and a
    # field opens with the verb, its subject left out; the outlet told is the channel, not the speaker)
    body = ("**SIKORSKI, Radosław**\n"
            "Who: Poland's chief diplomat since 2023.\n"
            "Background: Told Polish Radio: \"Budapest has chosen Moscow over its own allies again.\"\n\n"
            "**ORBÁN, Viktor**\n"
            "Who: Head of government.\n"
            "Background: Wrote on Facebook on 7 March that Hungary \"will not be blackmailed by anyone in Warsaw\".\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    got = [(r["speaker"], r["said_on"]) for r in rows]
    assert got == [("sikorski", ""), ("orban", "2025-03-07")], rows


def test_session40_her_after_a_semicolon_is_the_subject_before_it_and_tells_nothing_of_the_object(tmp_path):
    # (the clause after the semicolon has its own subject, the writer's "we"; "her" is the subject of the
    # clause before it, Meloni, and is no evidence that Rama, the object named nearer, is a woman: "he"
    # later is still Rama)
    body = ("Giorgia Meloni received Edi Rama in Rome; we photographed her at the door, smiling.\n\n"
            "On Friday Rama made a statement. In our translation he said: \"Italy is a true friend of Albania "
            "and will stay one.\"\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "true friend" in r["quote"]] == ["rama"], rows


def test_session40_words_that_name_a_side_only_as_where_goods_go_are_about_the_one_who_sends_them(tmp_path):
    # (the seller is the side the article tells delivered; the receiver named in the words is not the
    # target; with the seller named in the words too, both are, as before)
    body = ("Germany delivered a second battery of Patriot systems to Poland on Monday.\n\n"
            "In Budapest, Péter Szijjártó said: \"Selling ever more weapons to Poland will not bring peace "
            "any closer.\"\n\n"
            "Viktor Orbán added that \"the decision of the German government to deliver missiles to Warsaw "
            "is a provocation\".\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert sorted(r["target"] for r in rows if "more weapons" in r["quote"]) == ["germany"], rows
    assert sorted(r["target"] for r in rows if "deliver missiles" in r["quote"]) == ["germany", "poland"], rows


def test_session40_a_bold_label_same_day_before_a_dash_is_the_day_of_the_item_before(tmp_path):
    # (a briefing's list, newest first: "Same day — NAME" is the day the item above gave, not today)
    body = ("**LINES SO FAR**\n\n"
            "- **4 March 2025 — ORBÁN**, radio interview: \"Hungary will not be blackmailed by anyone.\"\n"
            "- **Same day — SIKORSKI**, in Warsaw: \"Budapest has chosen Moscow over its own allies again.\"\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("orban", "2025-03-04"), ("sikorski", "2025-03-04")], rows


def test_session40_a_list_items_bold_label_of_time_then_speaker_and_its_channel_after_a_comma(tmp_path):
    # (a brief's list of lines: "**when — WHO**, channel: words with a quote" makes a row of who said
    # what, the speaker after the dash; a place before the dash is no speaker)
    body = ("**WHAT THEY HAVE SAID**\n\n"
            "- **4 March 2025 — ORBÁN**, radio interview in Budapest: Hungary \"will not be blackmailed by anyone "
            "in Warsaw or Brussels\".\n"
            "- **Today, Warsaw — SIKORSKI**, to reporters: Budapest \"has chosen Moscow over its own allies "
            "again\".\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["orban", "sikorski"], rows


def test_session40_a_name_in_bold_is_read_as_a_name_in_apposition_as_a_subject_and_at_a_sentences_start(tmp_path):
    # (a producer's brief bolds the names: the role's holder is the name in apposition, not the
    # registry's other foreign minister; a sentence opens with the bold name; the bold name is the
    # subject of the verb after it)
    body = ("Péter Szijjártó spoke first in Brussels.\n\n"
            "Late on Tuesday the foreign minister, **Radosław Sikorski**, called Hungary's veto \"a betrayal of Europe "
            "and of Ukraine\". **ORBÁN** said Poland should \"mind its own business\" about the vote.\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    got = [(r["speaker"], r["target"], "betrayal" in r["quote"], "own business" in r["quote"]) for r in rows]
    assert got == [("sikorski", "hungary", True, False), ("orban", "poland", False, True)], rows
    ctx = context(tmp_path, body)
    assert any(ctx.body.startswith("**ORBÁN**", s.start) for s in ctx.sents), [ctx.body[s.start:s.end] for s in ctx.sents]


def test_session40_the_weekday_after_the_days_a_story_told_is_in_that_week_not_a_generic_one_before(tmp_path):
    # (a guidebook: its own present-tense "on Saturday" first, then a story told day by day years back;
    # "On the Saturday" is the Saturday after the story's last day, not the guide's)
    body = ("On Saturday the square fills with tourists by noon.\n\n"
            "On Tuesday 4 March 2025 Viktor Orbán vetoed the package. The next morning Sikorski answered him "
            "in Warsaw.\n\n"
            "On the Saturday, Orbán used his radio slot to reply. \"Hungary will not be blackmailed by anyone,\" "
            "he said.\n")
    rows = rows_of(tmp_path, body, published="2026-05-01")
    assert [(r["speaker"], r["said_on"]) for r in rows if "blackmailed" in r["quote"]] == [("orban", "2025-03-08")], rows


def test_session40_cannot_avoid_responsibility_and_bears_full_responsibility_are_blame(tmp_path):
    # (the negation does not turn "avoid" into praise; "full" before responsibility is still blame;
    # one's own responsibility toward another is no blame)
    body = ("Tusk said: \"The Hungarian government cannot avoid responsibility for this.\"\n\n"
            "Sikorski added: \"Budapest bears full responsibility for the crisis.\"\n\n"
            "Merz said: \"We will not avoid our responsibility to Ukraine.\"\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["target"], r["stance"] < 0) for r in rows] == \
        [("tusk", "hungary", True), ("sikorski", "hungary", True), ("merz", "ukraine", False)], rows


def test_session40_we_are_not_a_colony_is_defiance_of_the_one_named(tmp_path):
    # (denying being another's colony or vassal is hostile to that other, not praise by a negation)
    body = "Orbán said: \"Hungary is not a Brussels colony and never will be.\"\n"
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["target"], r["stance"] < 0) for r in rows] == [("orban", "eu", True)], rows


def test_review40_an_inverted_verb_has_its_subject_after_it_not_the_records_person(tmp_path):
    body = ("**SIKORSKI, Radosław** — Foreign Minister of Poland\n"
            "Who: Foreign Minister of Poland.\n"
            "Reaction: Szijjártó called it \"lies\". Said Orbán: \"We will answer in kind.\"\n\n"
            "## Orbán under fire\n\n"
            "Tusk said on Monday that the veto was \"a betrayal\". Added Sikorski: \"Hungary must decide where it "
            "belongs.\"\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "in kind" in r["quote"] or "must decide" in r["quote"]] == \
        ["orban", "sikorski"], rows


def test_review40_a_line_under_a_blockquote_a_lead_in_introduced_is_a_caption_not_its_source(tmp_path):
    body = ("Merz told the Bundestag on Wednesday:\n\n"
            "> \"Germany will not leave Poland alone on the eastern border.\"\n"
            "Tusk, left, and Merz in Warsaw, 2024.\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("merz", "2025-03-19")], rows


def test_review40_a_bold_labels_speaker_is_the_name_right_before_its_colon(tmp_path):
    body = ("- **Hungary's view — Szijjártó:** \"Poland is lecturing everyone again.\"\n"
            "- **On Poland, SIKORSKI:** \"Budapest has lost its way.\"\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["szijjarto", "sikorski"], rows


def test_review40_a_thing_of_yesterday_is_not_the_day_of_the_words_nor_an_idea_sold_a_transfer(tmp_path):
    body = ("On Monday Merz dismissed yesterday's news about a rift. \"Germany is united on Ukraine,\" he said.\n\n"
            "Orbán said: \"We must sell the idea of peace to Kyiv and Moscow alike.\"\n")
    rows = rows_of(tmp_path, body, published="2025-03-19")
    assert [(r["speaker"], r["said_on"]) for r in rows if "united" in r["quote"]] == [("merz", "2025-03-17")], rows
    assert [r["target"] for r in rows if "idea of peace" in r["quote"]][:1] == ["ukraine"], rows


def test_session40_a_name_apposed_to_a_description_is_the_subject_of_the_verb_after_it(tmp_path):
    # (a description no title word opens, "the vice-chair", then the name between commas, then the verb:
    # the name speaks, and the statement's words begin at the description)
    body = "Tusk spoke in Brussels on Monday.\n\nThat evening the vice-chair, Radosław Sikorski, called the veto \"a gift to Moscow\".\n"
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["quote"][:22]) for r in rows if "gift" in r["quote"]] == \
        [("sikorski", "the vice-chair, Radosł")], rows


def test_session41_a_digests_writing_day_and_its_label_lines_with_middle_dots_name_and_date_the_words(tmp_path):
    # (a digest compiled on Tuesday and published a week later: its "yesterday" is Monday's; a
    # line of fields parted by middle dots, the speaker's name in capitals first, gives the
    # paragraphs under it to that speaker; an acronym's label too, and a later sentence there that
    # opens with its verb)
    body = ("*Compiled for the Warsaw desk; this digest went out a week late because of the printers' strike.*\n\n"
            "**PRESS DIGEST · EU AFFAIRS**\n"
            "Compiled: Tue 11 March 2025, 08:15 · Editor: K. Nowak\n\n"
            "TUSK · press conference · yesterday, 12:30\n"
            "\"Hungary cannot keep blocking Europe's money for Ukraine.\"\n\n"
            "\"We will find a way around Budapest, with or without Orbán.\"\n\n"
            "ORBÁN · Facebook video · yesterday evening\n"
            "\"Brussels wants war, Hungary wants peace.\"\n\n"
            "NATO · a spokesperson, to Polish radio\n"
            "Said the alliance's unity was beyond question. Praised Poland as a model ally.\n")
    rows = rows_of(tmp_path, body, published="2025-03-18")
    got = sorted({(r["speaker"], r["said_on"], r["quote"][:12]) for r in rows})
    assert got == [("nato", "2025-03-10", "Praised Pola"), ("nato", "2025-03-10", "Said the all"),
                   ("orban", "2025-03-10", "Brussels wan"), ("tusk", "2025-03-10", "Hungary cann"),
                   ("tusk", "2025-03-10", "We will find")], got
    # (but a story's "had written on Wednesday" or "entries closed last night" is no note of the writing)
    import datetime as dt

    from rhetoric.corpus import Passage
    from rhetoric.extract.anchoring import written_day

    text = "Prize entries closed last night. He had written on Wednesday 5 March that it was over."
    assert written_day(text, [Passage(0, len(text), "text")], dt.date(2025, 3, 18)) == dt.date(2025, 3, 18)


def test_session41_a_day_headings_occasion_after_a_comma_still_dates_the_section(tmp_path):
    # ("**Tuesday 4 March, evening session**", "**Wednesday 5 March, after the summit**": the day, then its occasion)
    body = ("**Tuesday 4 March, evening session**\n\n"
            "Tusk told the Sejm: \"Poland will not pay for Hungary's vetoes.\"\n\n"
            "**Wednesday 5 March, after the summit**\n\n"
            "Orbán answered: \"Warsaw has forgotten who its friends are.\"\n")
    rows = rows_of(tmp_path, body, published="2025-03-08")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-03-04"), ("orban", "2025-03-05")], rows


def test_session41_a_run_in_heading_names_no_speaker_and_a_clip_or_a_rendering_carries_the_voice_before(tmp_path):
    # (a quiz's answers under run-in headings in bold: "**Question 2.**" is no lead-in's subject; an
    # outlet that "had the video up" carries the words of the one the sentence before is about; "In
    # our translation:" goes on with the voice of the quote before; the lead's occasion, the
    # speaker's, dates words that tell no time)
    body = ("*Sunday quiz · the answers*\n\n"
            "On Friday Viktor Orbán gave his weekly interview to state radio, and we built this week's quiz around it.\n\n"
            "**Question 1.** He began with Brussels. Kossuth Radio had the video up within the hour: "
            "\"Brussels wants to drag Europe into the war.\"\n\n"
            "**Question 2.** In our translation: \"Hungary will not send a single soldier to Ukraine.\"\n")
    rows = rows_of(tmp_path, body, published="2025-03-09")
    got = sorted({(r["speaker"], r["said_on"], "Brussels wants" in r["quote"]) for r in rows})
    assert got == [("orban", "2025-03-07", False), ("orban", "2025-03-07", True)], rows


def test_session41_an_office_under_a_heading_that_opens_with_a_state_is_that_states_holder(tmp_path):
    # (a monitoring digest's sections by country, each over a source line: "the prime minister"
    # under "**HUNGARY: …**" is Hungary's, though Poland's was named last)
    body = ("**POLAND: Tusk on the vetoes**\n\n[TVN24, 1830 gmt 6 Mar 25]\n\n"
            "\"Hungary has blocked Europe for the last time,\" Donald Tusk said.\n\n"
            "**HUNGARY: Prime minister hits back**\n\n[Kossuth Radio, 0700 gmt 7 Mar 25]\n\n"
            "\"Brussels cannot blackmail us,\" the prime minister told listeners.\n")
    rows = rows_of(tmp_path, body, published="2025-03-08")
    assert [r["speaker"] for r in rows if "blackmail" in r["quote"]] == ["orban"], rows
    # (but not a heading that only names a state in passing: "Q: Does this trigger our treaty with Hungary?")
    body = body.replace("**HUNGARY: Prime minister hits back**", "**Q: Does this worry Hungary?**")
    rows = rows_of(tmp_path, body, published="2025-03-08")
    assert [r["speaker"] for r in rows if "blackmail" in r["quote"]] == ["tusk"], rows


def test_session41_a_box_label_in_square_brackets_is_no_speaker_before_the_name_after_it(tmp_path):
    # (a chart's text version: "[ MARCH 2024 · TVP INFO ]" opens the box, the speaker is named after it)
    body = ("◇ **Had Warsaw warned Budapest before?**\n→ YES →\n"
            "[ MARCH 2024 · TVP INFO ] Donald Tusk, interviewed by the channel on a Monday: "
            "\"Hungary is playing a dangerous game with Europe's security.\"\n")
    rows = rows_of(tmp_path, body, published="2025-03-08")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2024-03")], rows


def test_session41_words_about_a_transfer_that_name_no_doer_are_about_the_side_whose_goods_moved(tmp_path):
    # ("German-made Leopard tanks were unloaded … in western Ukraine": words about "a provocative step"
    # answer the side the goods came from, not the one they went to, named more often)
    body = ("The first German-made Leopard tanks were unloaded at a rail yard in western Ukraine on Monday, weeks "
            "ahead of the schedule Berlin had promised.\n\n"
            "Ukraine's defence ministry posted photographs of the tanks from the yard. Kyiv said the crews had "
            "finished their training.\n\n"
            "In Moscow, Maria Zakharova called it \"a provocative step that drags Europe deeper into the war\".\n")
    rows = rows_of(tmp_path, body, published="2025-03-12")
    assert [(r["speaker"], r["target"]) for r in rows] == [("zakharova", "germany")], rows


def test_session41_a_caption_a_person_posts_is_his_words_but_an_outlets_headline_is_nobodys(tmp_path):
    body = ("On Sunday Viktor Orbán replied on Instagram with a photo of a wheat field and a caption: "
            "\"Brussels wants war, Hungary wants bread.\" The pro-government daily put it in a headline: "
            "\"Orbán tells Brussels off\".\n")
    rows = rows_of(tmp_path, body, published="2025-03-12")
    assert [(r["speaker"], r["quote"][-20:]) for r in rows] == [("orban", "Hungary wants bread.")], rows


def test_session41_an_author_date_citation_between_the_name_and_its_verb(tmp_path):
    # (a student's essay in APA style: "Tusk (2024b) wrote that …", "Orbán (2023, p. 4) argued …")
    body = ("As Tusk (2024b) wrote, the veto was \"a gift to the Kremlin\". Orbán (2023, p. 4) replied that "
            "Brussels was \"bullying a sovereign nation\".\n")
    rows = rows_of(tmp_path, body, published="2025-03-12")
    assert sorted({r["speaker"] for r in rows}) == ["orban", "tusk"], rows


def test_session41_a_register_line_opening_with_a_day_and_month_with_dots_dates_its_words(tmp_path):
    # (minutes kept in Warsaw: "- 04.03. Tusk: “…”" is one sentence, dated by its day)
    body = ("*Action log, EU affairs desk. Dates are day.month. of 2025.*\n\n"
            "- 04.03. Tusk: \"Hungary cannot hold the whole Union hostage.\"\n"
            "- 06.03. Orbán, on state radio: \"Warsaw is taking orders from Brussels.\"\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-03-04"), ("orban", "2025-03-06")], rows


def test_session41_a_persons_sentence_or_phrase_named_before_the_quote_is_theirs(tmp_path):
    # ("Tusk's own sentence was “…”": a speech noun after the possessive, as "his reply was")
    body = ("The headline paraphrased him. Tusk's own sentence was \"Hungary cannot keep blocking "
            "Europe's money for Ukraine.\"\n")
    rows = rows_of(tmp_path, body, published="2025-03-12")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


def test_review41_a_note_of_writing_names_the_text_itself(tmp_path):
    # ("**Polls closed:** Sun 18 May" dates an election, "The dossier was updated on 15 July by
    # prosecutors" a story; "As at: Tue 14 Jan 2025" is the text's own note)
    import datetime as dt

    from rhetoric.corpus import Passage
    from rhetoric.extract.anchoring import written_day

    pub = dt.date(2025, 7, 23)
    for text, day in [("**Polls closed:** Sun 18 May, 21:00", pub),
                      ("The dossier was updated on 15 July by prosecutors.", pub),
                      ("As at: Tue 14 Jan 2025 · Desk: EU", dt.date(2025, 1, 14)),
                      ("Page last updated: 20 July 2025", dt.date(2025, 7, 20)),
                      ("This digest was compiled on Monday 21 July.", dt.date(2025, 7, 21))]:
        assert written_day(text, [Passage(0, len(text), "text")], pub) == day, text


def test_review41_a_rendering_note_after_a_sentence_that_tells_of_a_speaker_does_not_go_on_with_the_voice_before(tmp_path):
    # ("Zakharova answered within the hour on Telegram. In English: “…”": not Sikorski's, whose quote came before)
    body = ("Sikorski said on Tuesday that the drones had come \"from the east, as always\".\n\n"
            "Maria Zakharova answered within the hour on Telegram. In English: \"Sikorski sees Russian drones "
            "in every Polish cloud.\"\n")
    rows = rows_of(tmp_path, body, published="2025-06-04")
    assert "sikorski" not in [r["speaker"] for r in rows if "cloud" in r["quote"]], rows


def test_review41_an_occasion_the_lead_tells_in_the_past_perfect_dates_no_later_words(tmp_path):
    body = ("Gustavo Petro had given an interview on Sunday to a Spanish newspaper, but this story is about "
            "another quarrel.\n\n"
            "\"Maduro is not a democrat,\" Petro said, asked about the vote.\n")
    rows = rows_of(tmp_path, body, published="2025-02-18")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("petro", "")}, rows


def test_session41_the_subject_of_a_clause_split_by_its_attribution_is_whom_the_words_are_about(tmp_path):
    # ("Orbán, Tusk wrote, seems to think he can …": said of Orbán, not only of the country he is said to bully)
    body = ("Tusk answered on X on Monday. Orbán, Tusk wrote, seems to think he can bully Ukraine the way he "
            "bullies his own judges.\n")
    rows = rows_of(tmp_path, body, published="2025-03-12")
    assert "orban" in [r["target"] for r in rows if r["speaker"] == "tusk"], rows


def test_session42_a_sources_label_line_over_a_quotation_names_its_speaker_not_the_next_label(tmp_path):
    # (a worksheet's exhibits: "Exhibit 1: Gustavo Petro, speech in Bogotá, Monday 3 March" over the
    # quotation is its source and day; the exhibit after it names the next speaker, not this one's;
    # an official not named speaks for the body named, and no quotation goes on across a new label)
    body = ("Students read the exhibits and fill in the table.\n\n"
            "**Exhibit 1**: Gustavo Petro, speech in Bogotá, Monday 3 March\n\n"
            "\"Colombia will not be anybody's backyard, least of all Caracas's.\"\n\n"
            "**Exhibit 2**: Nicolás Maduro, state television, Tuesday 4 March\n\n"
            "\"Petro talks like a man who has forgotten who his friends are.\"\n\n"
            "**Exhibit 3**: an EU official, briefing reporters in Brussels\n\n"
            "\"Both capitals should lower the temperature and return to talks.\"\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    got = {(r["speaker"], r["said_on"]) for r in rows}
    assert ("petro", "2025-03-03") in got and ("maduro", "2025-03-04") in got, rows
    assert {r["speaker"] for r in rows if "temperature" in r["quote"]} == {"eu"}, rows


def test_session42_short_names_a_text_defines_for_its_people_are_theirs_in_that_text(tmp_path):
    # (a working paper's "Donald Tusk (hereafter DT)" and a key's "VO = Viktor Orbán"; not a short
    # name that is not the initials of the name beside it, nor one for a state)
    from rhetoric.extract.abbreviations import defined_short_names

    assert defined_short_names("Key: DT = Donald Tusk; VO = Viktor Orbán.", REG) == {"DT": "tusk", "VO": "orban"}
    assert defined_short_names("the prime minister, Donald Tusk (hereafter DT), said", REG) == {"DT": "tusk"}
    assert defined_short_names("Viktor Orbán (PM) and Hungary (HU) met", REG) == {}
    body = ("Key: DT = Donald Tusk; VO = Viktor Orbán.\n\n"
            "In March DT told the Sejm that VO had \"sold Europe's security for cheap gas\".\n\n"
            "VO, interviewed on state radio the next morning, said Brussels was \"the real danger\".\n")
    rows = rows_of(tmp_path, body, published="2025-04-02")
    assert {r["speaker"] for r in rows} == {"tusk", "orban"}, rows
    assert "orban" in [r["target"] for r in rows if r["speaker"] == "tusk"], rows


def test_session42_a_lead_in_that_names_more_of_the_same_words_is_the_source_cited_before(tmp_path):
    # (a reading list's note: "The key line:" and "In the same interview:" after the note names its
    # one source; the thing a noun is about is not the subject that speaks: "The passage on Tusk reads:")
    body = ("**Item 4.** Viktor Orbán, interview with Kossuth Radio, 14 February 2025. The key line: "
            "\"Brussels wants a war that Hungary will not fight.\" In the same interview: \"Tusk is "
            "Brussels' errand boy.\"\n\n"
            "**Item 5.** Donald Tusk, speech in the Sejm, 20 February 2025. The passage about Orbán reads: "
            "\"Budapest has chosen Moscow over its allies.\"\n")
    rows = rows_of(tmp_path, body, published="2025-06-01")
    got = {(r["speaker"], r["said_on"]) for r in rows}
    assert got == {("orban", "2025-02-14"), ("tusk", "2025-02-20")}, rows


def test_session42_a_rendering_an_outlet_gives_is_the_words_of_the_person_named_before_it(tmp_path):
    # (a translation desk's note: the agency's and the broadcaster's versions are Orbán's words, as
    # is the rendering after a semicolon; not the outlet's)
    body = ("Viktor Orbán spoke to farmers in Kecskemét on Saturday 8 March. Xinhua gave the key sentence as "
            "\"Brussels is strangling Hungarian agriculture.\" A German broadcaster's translation read "
            "\"Brussels chokes our farmers.\"\n\n"
            "Donald Tusk replied on X on Sunday; one English rendering reads \"Orbán should look at who "
            "pays his farmers.\"\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    got = {(r["speaker"], r["said_on"]) for r in rows}
    assert ("orban", "2025-03-08") in got and ("tusk", "2025-03-09") in got, rows
    assert "xinhua" not in {r["speaker"] for r in rows}, rows


def test_session42_a_place_named_like_a_person_speaks_for_nobody_and_a_notes_mark_keeps_the_lead_in(tmp_path):
    # ("at a service in Westminster Abbey, Tusk …:[3]" over a blockquote: Tusk's, not the abbey's)
    body = ("On Monday 10 March, at a service in Westminster Abbey, Donald Tusk spoke of the war in words "
            "that others quoted:[3]\n\n"
            "> Europe must learn again to defend itself, and Hungary must decide where it stands.\n\n"
            "He also said: \"Nobody in Budapest can pretend not to know.\"\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert {r["speaker"] for r in rows} == {"tusk"}, rows
    assert "2025-03-10" in {r["said_on"] for r in rows if "defend itself" in r["quote"]}, rows


def test_session42_an_outlet_tells_of_the_one_who_speaks_and_a_source_opening_is_no_subject(tmp_path):
    # ("Hungary Insider reported that Péter Szijjártó would …: “…”": his words, not the outlet's,
    # and "Hungary Insider" names no state; "According to PAP, he conveyed …": his)
    body = ("Hungary Insider reported on Monday that Péter Szijjártó would raise the matter in Brussels: "
            "\"We will not be lectured by Warsaw.\"\n\n"
            "On Tuesday Radosław Sikorski summoned Hungary's ambassador. According to the Polish agency PAP, he "
            "conveyed the \"deep concern\" of his government and expressed hope that Budapest would "
            "\"come to its senses\".\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    speakers = {r["speaker"] for r in rows}
    assert "szijjarto" in speakers and "sikorski" in speakers, rows
    assert not speakers & {"hungary", "PAP"}, rows


def test_session42_an_interview_set_out_as_prompts_in_bold_gives_its_answers_to_the_interviewee(tmp_path):
    # (a magazine's Q&A under "### Q&A with …": the paragraph under each bold prompt is hers; bold
    # lines in a section that is no interview are nobody's prompts)
    body = ("### Q&A with the historian Marta Nowak\n\n"
            "**What did Orbán want in Kyiv?**\n"
            "Attention, mostly. Orbán wanted to be seen in Kyiv without promising anything.\n\n"
            "**And Tusk?**\n"
            "Tusk was right to be angry with Budapest.\n")
    rows = rows_of(tmp_path, body, published="2025-06-01")
    assert {r["speaker"] for r in rows} == {"Marta Nowak"}, rows
    assert "tusk" in {r["target"] for r in rows}, rows
    plain = ("### What happened next\n\n"
             "**The vote.**\n"
             "Orbán vetoed the package on Monday.\n\n"
             "**The reply.**\n"
             "Tusk called the veto a disgrace.\n")
    rows = rows_of(tmp_path, plain, published="2025-06-01")
    assert {r["speaker"] for r in rows} <= {"tusk", "orban", "author"}, rows


def test_session42_a_lead_that_only_tells_what_came_next_goes_on_with_the_voice_before(tmp_path):
    # ("Then, for anyone still asking: “…”": Tusk's again; not "Then Orbán said: “…”", which names its speaker)
    body = ("**Winner:** **Donald Tusk**. In Brussels on the Wednesday after the vote, Tusk ruled out "
            "retaliation: \"There will be no boycott of Hungary.\" Then, for anyone still asking: \"We will find "
            "a way around the veto.\" Then Orbán said: \"Nobody goes around Hungary.\"\n")
    rows = rows_of(tmp_path, body, published="2023-12-28")
    assert {r["speaker"] for r in rows if "way around" in r["quote"]} == {"tusk"}, rows
    assert {r["speaker"] for r in rows if "Nobody goes" in r["quote"]} == {"orban"}, rows


def test_session42_in_the_same_interview_after_a_citation_is_the_cited_persons_words_not_a_topic(tmp_path):
    # ("In the same interview:" is no topic like "On Kosovo:"; the sentence before cites one person)
    body = ("**Note 12.** Donald Tusk to TVN24, 3 Mar. 2025. In the same interview: \"Orbán has chosen "
            "Moscow, and Hungary will pay for it.\"\n")
    rows = rows_of(tmp_path, body, published="2025-09-01")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("tusk", "2025-03-03")}, rows


def test_review42_a_source_label_is_a_sources_noun_and_a_topic_heading_stops_no_quote(tmp_path):
    # ("**Part 2** — Viktor Orbán, seen from Warsaw" is a part's title, not Orbán's source line; a
    # quote under "**On Hungary**" goes on with the speaker before)
    body = ("**Part 2** — Viktor Orbán, seen from Warsaw\n\n"
            "\"He has made Hungary a listening post inside the Union.\"\n\n"
            "Those were Radosław Sikorski's words on 2 March, in an interview with TVN24.\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert "orban" not in {r["speaker"] for r in rows}, rows
    body = ("Donald Tusk spoke to our correspondent in Warsaw on Monday 12 May.\n\n"
            "\"Europe has to spend more on defence, and faster,\" he said.\n\n"
            "**On Hungary**\n\n"
            "\"Budapest has chosen its side, and it is not ours.\"\n")
    rows = rows_of(tmp_path, body, published="2025-05-14")
    assert {r["speaker"] for r in rows if "chosen its side" in r["quote"]} == {"tusk"}, rows


def test_review42_initials_that_label_turns_or_describe_someone_define_no_short_name(tmp_path):
    from rhetoric.extract.abbreviations import defined_short_names

    assert defined_short_names("*Transcript, presented by Mark Ramírez (MR).*\n\nMR: Marco Rubio says Venezuela "
                               "is \"a narco-state\".", REG) == {}
    assert defined_short_names("witnesses by initials: NP, Nikol Pashinyan's former driver; IA, a guard.", REG) == {}
    assert defined_short_names("Key: VO = Viktor Orbán; PM = Péter Magyar.", REG) == {"VO": "orban"}


def test_review42_a_documents_wording_is_its_bodys_and_an_adverb_before_on_keeps_the_subject(tmp_path):
    # ("The Commission published its proposal. Its wording: “…”": the Commission's, not the quote
    # before's speaker; "Later on Sikorski told reporters …": Sikorski speaks)
    body = ("Donald Tusk said on Wednesday that Europe must \"stop paying for Putin's war\".\n\n"
            "The Commission published its proposal on Friday. Its wording: \"Member states shall end "
            "imports of Russian gas by 2027.\"\n\n"
            "Later on Sikorski told reporters that Hungary was \"on the wrong side\".\n")
    rows = rows_of(tmp_path, body, published="2025-05-10")
    assert "tusk" not in {r["speaker"] for r in rows if "Member states" in r["quote"]}, rows
    assert "sikorski" in {r["speaker"] for r in rows}, rows


def test_review42_an_account_of_an_event_or_a_sides_own_version_is_no_rendering_of_the_person_before(tmp_path):
    body = ("Marco Rubio met Chinese officials in Kuala Lumpur on Friday. Xinhua reported it as \"a candid "
            "exchange\".\n\n"
            "Donald Tusk said on Monday that his talks in Kyiv had gone well. Moscow's version was \"a "
            "meeting of warmongers\".\n")
    rows = rows_of(tmp_path, body, published="2025-06-04")
    assert "rubio" not in {r["speaker"] for r in rows if "candid" in r["quote"]}, rows
    assert {r["speaker"] for r in rows if "warmongers" in r["quote"]} <= {"russia"}, rows


def test_review42_an_outlets_own_editorial_is_not_the_words_of_the_person_it_is_about(tmp_path):
    body = ("Hungary Insider wrote in an editorial on Wednesday that Donald Tusk had once again attacked "
            "Budapest: \"Warsaw's lectures are a gift to nobody.\"\n\n"
            "Viktor Orbán said on Thursday that the EU Media Freedom Act was \"an attack on sovereignty\".\n")
    rows = rows_of(tmp_path, body, published="2025-02-27")
    assert "tusk" not in {r["speaker"] for r in rows}, rows
    assert "eu" in {r["target"] for r in rows if r["speaker"] == "orban"}, rows


def test_session42_an_endnotes_lemma_and_its_source_after_a_colon_are_the_sources_words(tmp_path):
    # (a book's notes online: '**12.** *“a dangerous man”*: Donald Tusk to TVN24, 3 Mar. 2025.' is
    # Tusk's, dated by the source; a lemma the note then quotes in full is not told twice)
    body = ("**12.** *\"a dangerous man\"*: Donald Tusk to TVN24, 3 Mar. 2025. He meant Orbán.\n\n"
            "**13.** *\"nobody's vassal\"*: Viktor Orbán, speech in Budapest, 15 Mar. 2025. The full "
            "sentence: \"Hungary is nobody's vassal, not Brussels' and not Warsaw's.\"\n")
    rows = rows_of(tmp_path, body, published="2025-09-01")
    assert any(r["speaker"] == "tusk" and r["said_on"] == "2025-03-03" and "dangerous" in r["quote"] for r in rows), rows
    vassal = [r for r in rows if "vassal" in r["quote"]]
    assert {r["speaker"] for r in vassal} == {"orban"} and len({r["statement_id"] for r in vassal}) == 1, rows


def test_review42b_a_lead_in_names_its_source_only_as_the_subject_before_and_a_translator_renders_others_words(tmp_path):
    # ("Orbán did not respond. In the same interview: “…”": Sikorski's interview goes on; "Sikorski's
    # interpreter translated it as “…”" after Orbán spoke: Orbán's words; "Finally, …:" after a
    # sentence that names another speaker does not go on with the voice before)
    body = ("Radosław Sikorski told Polsat on Sunday that Hungary was \"a Trojan horse inside NATO\". Viktor "
            "Orbán did not respond. In the same interview: \"We will not wait for Budapest to change its mind.\"\n\n"
            "Viktor Orbán spoke in Warsaw on Thursday. Sikorski's interpreter translated it as \"a stab in "
            "the back of the Hungarian people\".\n\n"
            "Tusk said at midnight: \"We will not sign this.\" Orbán, leaving the building, disagreed. Finally, "
            "at two in the morning: \"Hungary will sign nothing that harms its farmers.\"\n")
    rows = rows_of(tmp_path, body, published="2025-04-05")
    by = {r["quote"][:30]: r["speaker"] for r in rows}
    assert {r["speaker"] for r in rows if "change its mind" in r["quote"]} == {"sikorski"}, rows
    assert "sikorski" not in {r["speaker"] for r in rows if "stab in the back" in r["quote"]}, rows
    assert "tusk" not in {r["speaker"] for r in rows if "harms its farmers" in r["quote"]}, (rows, by)


def test_review42b_an_interview_of_bold_prompts_is_the_person_its_heading_names_and_needs_one(tmp_path):
    body = ("### Q&A with the historian Marta Nowak\n\n"
            "**What does Orbán want?**\n"
            "Orbán wants to be seen as the man who talks to both sides.\n\n"
            "**And Tusk?**\n"
            "Tusk was right to be angry with Budapest, in my view.\n")
    rows = rows_of(tmp_path, body, published="2025-06-01")
    assert {r["speaker"] for r in rows} == {"Marta Nowak"}, rows
    body = ("### Interviews and rallies\n\n"
            "**The first rally**\n"
            "Orbán told supporters in Győr that Brussels was \"the real danger\".\n\n"
            "**The interview**\n"
            "Tusk told TVN24 that Orbán was \"isolated\".\n")
    rows = rows_of(tmp_path, body, published="2025-06-01")
    assert {r["speaker"] for r in rows} <= {"orban", "tusk"}, rows


def test_review42b_a_source_label_with_no_registered_source_still_stops_the_voice_before(tmp_path):
    body = ("**Source A** — Donald Tusk, press conference, Mon 3 March\n\n"
            "\"Hungary cannot hold the whole Union hostage.\"\n\n"
            "**Source B** — a Hungarian government spokesman, speaking to reporters\n\n"
            "\"Warsaw is lecturing everybody again.\"\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert "tusk" not in {r["speaker"] for r in rows if "lecturing" in r["quote"]}, rows


def test_session42_a_persons_text_as_the_subject_speaks_for_that_person_across_an_aside(tmp_path):
    # ("A video on Orbán's Facebook page, filmed in Győr on Wednesday, called …": Orbán's words; not
    # a person's critics, "Orbán's critics, who met in Győr, said …")
    body = ("A video on Orbán's Facebook page, filmed in Győr on Wednesday, called the sanctions \"a "
            "disaster for Europe\".\n\n"
            "Orbán's critics, who met in Győr on Thursday, said the video was \"pure propaganda\".\n")
    rows = rows_of(tmp_path, body, published="2025-03-14")
    assert {r["speaker"] for r in rows if "disaster" in r["quote"]} == {"orban"}, rows
    assert "orban" not in {r["speaker"] for r in rows if "propaganda" in r["quote"]}, rows


def test_session43_he_after_an_unnamed_official_of_a_body_is_that_body(tmp_path):
    # (the official speaks for the body the sentence names; "he" in the next sentence is that
    # official, not the last person named: Tusk)
    body = ("Donald Tusk said the veto was \"a disgrace\".\n\n"
            "The Commission answered through Politico: a spokesman there, speaking on background, said it "
            "was \"following the situation in Warsaw and Budapest closely\". He called Hungary's conduct "
            "\"deeply regrettable\".\n")
    rows = rows_of(tmp_path, body)
    assert [r["speaker"] for r in rows if "regrettable" in r["quote"]] == ["commission"], rows


def test_session43_a_numbered_source_heading_over_a_blockquote_names_and_dates_its_words(tmp_path):
    # (a dossier of texts, each under its number, its author, occasion and day; the note after the
    # bold opening is the editor's)
    body = ("**1. Donald Tusk, speech in the Sejm, Tuesday 25 November 2025.** Source: PAP.\n\n"
            "> Hungary's veto is a disgrace, and Budapest has once again chosen Moscow over Europe.\n\n"
            "*Note.* The stenogram has \"shame\" for \"disgrace\".\n\n"
            "2. Viktor Orbán, radio interview, 28 November 2025\n\n"
            "> Warsaw is hysterical, and Brussels will not divide Hungary.\n")
    rows = rows_of(tmp_path, body, published="2025-12-15")
    got = {(r["speaker"], r["said_on"]) for r in rows if r["quote"].startswith(("Hungary's", "Warsaw"))}
    assert got == {("tusk", "2025-11-25"), ("orban", "2025-11-28")}, rows


def test_session43_a_forums_bbcode_quotation_is_the_words_of_the_actor_its_tag_names(tmp_path):
    # (a member quoting an actor's post in BBCode: the actor's words, dated by the post's header; a
    # member quoting another member says nothing of an actor's)
    body = ("**#4 · amber_coast** » Tue Nov 25, 2025 9:12 am\n\n"
            "Tusk this morning:\n\n"
            "[quote=\"Donald Tusk (@donaldtusk)\"]Hungary's veto is a disgrace, and Budapest has once again chosen "
            "Moscow.[/quote]\n\n"
            "**#5 · pierogi_fan** » Tue Nov 25, 2025 9:40 am\n\n"
            "[quote=amber_coast]Hungary's veto is a disgrace, and Budapest has chosen Moscow.[/quote]\n\n"
            "Strong words.\n")
    rows = rows_of(tmp_path, body, published="2025-11-30")
    assert {(r["speaker"], r["said_on"], r["quote"].startswith("Hungary's veto is a disgrace, and Budapest has once"))
            for r in rows} == {("tusk", "2025-11-25", True)}, rows


def test_session43_a_source_after_per_is_no_antecedent_of_a_pronoun(tmp_path):
    body = ("Viktor Orbán spoke in Budapest on Friday. Per Péter Magyar's English write-up he said Warsaw was "
            "\"hysterical\".\n")
    rows = rows_of(tmp_path, body)
    assert [r["speaker"] for r in rows if "hysterical" in r["quote"]] == ["orban"], rows


def test_session43_an_office_of_two_words_is_its_holders(tmp_path):
    # ("the First Minister", "the Foreign Secretary": offices of two words, the registry's one holder;
    # not a "first" or a "foreign" state)
    actors = ("  - {id: scotland, name: Scotland, kind: state, role: State, aliases: [Scotland]}\n"
              "  - {id: united_kingdom, name: United Kingdom, kind: state, role: State, aliases: [United Kingdom, Britain]}\n"
              "  - {id: sturgeon, name: Nicola Sturgeon, kind: person, affiliation: scotland, "
              "role: First Minister of Scotland, aliases: [Nicola Sturgeon, Sturgeon]}\n"
              "  - {id: hunt, name: Jeremy Hunt, kind: person, affiliation: united_kingdom, "
              "role: Foreign Secretary of the United Kingdom, aliases: [Jeremy Hunt, Hunt]}\n")
    body = ("The First Minister told Holyrood that Britain was \"dragging Scotland out against its will\".\n\n"
            "The Foreign Secretary said Scotland's vote was \"not a mandate for anything\".\n")
    rows = _rows_with(tmp_path, actors, body)
    assert [r["speaker"] for r in rows] == ["sturgeon", "hunt"], rows


def test_session43_a_label_naming_a_state_then_its_official_is_the_officials(tmp_path):
    # (a summit's statements by delegation: "Poland, Foreign Minister Radosław Sikorski" speaks,
    # not Poland; a state alone on its label still speaks for itself)
    body = ("**Poland, Foreign Minister Radosław Sikorski**, at the door of the council: \"Hungary has once "
            "again chosen Moscow.\"\n\n"
            "**Germany**, in a written statement: \"We regret Hungary's veto.\"\n")
    rows = rows_of(tmp_path, body)
    assert [r["speaker"] for r in rows if r["target"] == "hungary"] == ["sikorski", "germany"], rows


def test_session43_a_sides_answer_that_came_from_someone_is_that_ones(tmp_path):
    # ("Budapest's reply came within the hour from …": the one it came from speaks, not the side
    # named first; an office with its holder's name after it is that holder)
    body = ("Budapest's reply came within the hour from Péter Szijjártó: \"Warsaw is hysterical.\"\n\n"
            "Berlin's reaction came from the chancellor, Friedrich Merz: \"We regret Hungary's veto.\"\n")
    rows = rows_of(tmp_path, body)
    assert [r["speaker"] for r in rows] == ["szijjarto", "merz"], rows


def test_review43_a_heading_that_profiles_a_person_over_a_blockquote_is_no_signature(tmp_path):
    # (a who's-who and a biography's extracts: the words under "**2. Name, what he is**" are the
    # editor's; a heading with the words' occasion or day still signs them)
    body = ("**1. Radosław Sikorski, the great survivor**\n\n"
            "> He has outlasted every government he served, and he says Hungary is the problem.\n\n"
            "**2. Donald Tusk, speech in Gdańsk, 4 June 2025.**\n\n"
            "> Hungary cannot keep blocking Europe's aid to Ukraine.\n")
    rows = rows_of(tmp_path, body, published="2025-06-20")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-06-04")], rows


def test_review43_a_day_in_capitals_before_a_topics_title_is_no_dated_section(tmp_path):
    # ("**FEBRUARY 24** · Three years since the invasion" names what the section is about, not the
    # day its words count from: "yesterday" is the day before publication)
    from test_dates import _event_rows

    body = ("**FEBRUARY 24** · Three years since the invasion\n\n"
            "Donald Tusk said yesterday that Hungary \"keeps blocking Europe\".\n")
    rows = rows_of(tmp_path, body, published="2025-03-03")
    assert [r["said_on"] for r in rows] == ["2025-03-02"], rows
    assert _event_rows(tmp_path, body, "2025-03-03")[0]["date"] != "2025-02-23"


def test_review43_a_pronoun_after_a_body_and_an_official_thing_or_another_sides_official_stays_with_its_person(tmp_path):
    # ("an official statement" is no person; "a diplomat familiar with …" who only glosses, and a
    # Polish official against Moscow, are not the body's voice)
    body = ("Viktor Orbán arrived in Brussels on Thursday. The Commission said in an official statement that "
            "Hungary's funds \"remain frozen\". He told reporters that the conditions were \"political "
            "blackmail\".\n")
    rows = rows_of(tmp_path, body)
    assert [r["speaker"] for r in rows if "blackmail" in r["quote"]] == ["orban"], rows
    body = ("Donald Tusk landed in Paris on Monday. The EU said that the meeting was \"informal\", a diplomat "
            "familiar with the preparations added. He told reporters that Europe \"must not be a spectator\".\n")
    rows = rows_of(tmp_path, body)
    assert [r["speaker"] for r in rows if "spectator" in r["quote"]] == ["tusk"], rows


def test_review43_the_one_a_wire_cites_is_the_antecedent_of_the_pronoun_after(tmp_path):
    body = ("TASS, citing Maria Zakharova, reported that Moscow would answer the sanctions. She called the "
            "package \"a self-inflicted wound for Europe\".\n")
    rows = rows_of(tmp_path, body)
    assert [r["speaker"] for r in rows if "wound" in r["quote"]] == ["zakharova"], rows


def test_review43_a_bbcode_tag_is_an_actors_only_by_the_actors_whole_name_and_a_members_is_read_as_text(tmp_path):
    # ("Magyar Nemzet" is a newspaper, not Péter Magyar; "Orbán's spokesman …" is not Orbán; a tag
    # with a bare surname may be a member's handle; a member quoting a member keeps the statements
    # the quoted post reports)
    body = ("[quote=\"Magyar Nemzet\"]Brussels is once again punishing Hungarian families.[/quote]\n\n"
            "[quote=\"Orbán's spokesman Zoltán Kovács\"]The protests are paid for by foreign networks.[/quote]\n\n"
            "[quote=\"Rubio\"]I will resign if anyone here beats me at chess.[/quote]\n\n"
            "[quote=baltic_bea]Tusk said on Monday that Europe \"must win this arms race\".[/quote]\n\n"
            "That was on page 3.\n")
    rows = rows_of(tmp_path, body, published="2025-03-05")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-03-03")], rows


def test_session43_a_verb_after_and_with_an_adverb_of_time_shares_the_subject(tmp_path):
    body = ("Donald Tusk met Friedrich Merz in Berlin, and afterwards said that Hungary's veto was "
            "\"a disgrace\".\n\n"
            "Viktor Orbán spoke to party members, and then wrote that Warsaw was \"hysterical\".\n")
    rows = rows_of(tmp_path, body)
    assert [r["speaker"] for r in rows] == ["tusk", "orban"], rows


def test_session43_saying_someone_breaks_a_rule_is_hostile_to_it(tmp_path):
    # (reported speech with no quotation: breaking a resolution, a truce or a promise is an
    # accusation, not an attributed fact)
    body = ("Russia says Ukraine's strikes on the refinery broke the Easter truce.\n\n"
            "Sikorski said Hungary had broken its commitments to the alliance.\n")
    rows = rows_of(tmp_path, body)
    got = {(r["speaker"], r["target"], int(r["stance"]) < 0) for r in rows}
    assert ("russia", "ukraine", True) in got and ("sikorski", "hungary", True) in got, rows


def test_session43_refusing_to_put_up_with_this_and_wanting_another_to_come_to_its_senses_are_hostile(tmp_path):
    body = ("Maria Zakharova said of Warsaw's decision: \"Russia will not put up with this any longer.\"\n\n"
            "Péter Szijjártó said he hoped Poland would \"come to its senses\".\n")
    rows = rows_of(tmp_path, body)
    assert [int(r["stance"]) < 0 for r in rows if r["target"] == "poland"] == [True, True], rows


def test_session43_a_demand_that_another_stop_undo_or_respect_is_hostile_whatever_good_words_it_asks_for(tmp_path):
    body = ("Radosław Sikorski said: \"We demand that the Hungarian government respect the rights of Polish "
            "truckers.\"\n\n"
            "Péter Szijjártó said: \"We demand that Ukraine receive more shells from Europe.\"\n")
    rows = rows_of(tmp_path, body)
    got = {(r["speaker"], r["target"], int(r["stance"]) < 0) for r in rows}
    assert ("sikorski", "hungary", True) in got and ("szijjarto", "ukraine", True) not in got, rows


def test_review43b_headings_that_do_not_date_the_words_under_them(tmp_path):
    # (a day of history with a series' part, a page published and updated, a future page whose
    # "a year ago today" is inside a quotation: none dates the "yesterday" under it)
    for heading in ("**1 SEPTEMBER 1939** · Part 2", "*Published 14 March 2019 · Updated 8 October 2025*",
                    "**FRIDAY 12 DECEMBER 2025** · Page 346\n\"A year ago today we were promised peace,\" says a sign."):
        body = f"{heading}\n\nDonald Tusk said yesterday that Hungary \"keeps blocking Europe\".\n"
        rows = rows_of(tmp_path, body, published="2025-10-10")
        assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-10-09"], (heading, rows)


def test_review43b_a_commentator_or_a_question_or_a_profile_is_not_the_bodys_or_the_headings_voice(tmp_path):
    body = ("NATO said on Monday that the patrols would continue, and a retired commander said the plan was "
            "sound. He told reporters Russia was \"testing everyone\".\n")
    rows = rows_of(tmp_path, body)
    assert "nato" not in [r["speaker"] for r in rows if "testing" in r["quote"]], rows
    body = ("**3. Friedrich Merz, 100 days in office**\n\n"
            "> His approval stood at 29 per cent, and his coalition partners say Hungary is a problem.\n\n"
            "**4. Radosław Sikorski, interview with TVN, 5 June 2025**\n\n"
            "> Minister, is Hungary still an ally of Poland?\n")
    assert rows_of(tmp_path, body, published="2025-06-20") == []


def test_review43b_a_bbcode_tag_of_a_thread_member_or_a_fake_account_is_read_as_text(tmp_path):
    body = ("**#1 · Donald Tusk** » Mon Mar 03, 2025 9:00 am\n\n"
            "Yes, that is my real name.\n\n"
            "**#2 · amber_coast** » Mon Mar 03, 2025 9:30 am\n\n"
            "[quote=\"Donald Tusk\"]Hungary is a disgrace, and so is my bike.[/quote]\n\n"
            "[quote=\"Viktor Orbán (fake account)\"]Warsaw is hysterical.[/quote]\n\n"
            "[quote=\"Anna Kowalska\"]Friedrich Merz said on Friday that Germany would \"not stand in the way\".[/quote]\n")
    rows = rows_of(tmp_path, body, published="2025-03-05")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("merz", "2025-02-28")], rows


def test_review43b_a_pronoun_after_per_a_person_is_that_person(tmp_path):
    body = "Per Dmitry Peskov, the talks were useful. He said Europe \"must not interfere\".\n"
    rows = rows_of(tmp_path, body)
    assert [r["speaker"] for r in rows if "interfere" in r["quote"]] == ["peskov"], rows


def test_review43b_labels_and_givers_that_name_an_owner_are_not_the_owners(tmp_path):
    body = ("**Germany, Merz's critics**, in the Bundestag: \"The chancellor has been too soft on Hungary.\"\n\n"
            "Moscow's answer came from Maria Zakharova's deputy, Alexei Fadeev: \"Poland is hysterical.\"\n")
    rows = rows_of(tmp_path, body)
    assert not any(r["speaker"] in ("merz", "zakharova") for r in rows), rows


def test_review43b_an_office_named_with_its_holder_just_before_is_that_holder(tmp_path):
    actors = ("  - {id: india, name: India, kind: state, role: State, aliases: [India, New Delhi]}\n"
              "  - {id: pakistan, name: Pakistan, kind: state, role: State, aliases: [Pakistan, Islamabad]}\n"
              "  - {id: misri, name: Vikram Misri, kind: person, affiliation: india, "
              "role: Foreign Secretary of India, aliases: [Vikram Misri, Misri]}\n")
    body = ("Vikram Misri briefed MPs in New Delhi on Thursday. In Islamabad on Friday, Pakistan's Foreign "
            "Secretary, Amna Baloch, met diplomats. The Foreign Secretary said India had \"chosen escalation\".\n")
    rows = _rows_with(tmp_path, actors, body)
    assert [r["speaker"] for r in rows if "escalation" in r["quote"]] != ["misri"], rows


def test_session43_an_unnamed_official_of_a_body_named_by_its_role_who_told_an_outlet_speaks_for_the_body(tmp_path):
    # ("An alliance official told Radio Free Europe: “…”": NATO, whose role is a military alliance,
    # not the outlet told)
    actors = ("  - {id: nato, name: NATO, kind: organisation, role: Military alliance, aliases: [NATO]}\n"
              "  - {id: politico, name: Politico, kind: media, role: News outlet, aliases: [Politico]}\n"
              "  - {id: russia, name: Russia, kind: state, role: State, aliases: [Russia, Moscow]}\n")
    body = ("NATO met in Brussels. An alliance diplomat who spoke to Politico said: \"Russia is testing our air "
            "defences every night.\"\n")
    rows = _rows_with(tmp_path, actors, body)
    assert [r["speaker"] for r in rows] == ["nato"], rows


def test_review43c_helping_to_break_news_or_a_demand_for_someones_good_is_no_hostility(tmp_path):
    body = ("Radosław Sikorski said Merz \"broke the news of the deal\" to Tusk on Monday.\n\n"
            "An alliance official told Xinhua: \"Russia is testing everyone.\"\n\n"
            "Sikorski told reporters after the meeting: \"We met in a radio interview on Monday, citing no one.\"\n")
    rows = rows_of(tmp_path, body)
    assert not any(r["target"] == "germany" and int(r["stance"]) < 0 for r in rows), rows
    assert not any(r["speaker"] == "nato" for r in rows), rows


def test_session44_a_production_label_before_a_source_line_over_a_quote_names_its_speaker(tmp_path):
    # (a broadcaster's running order: "SOT (Polish)" then the speaker, his office and a note in
    # brackets, a colon, and the words on the next line; the place-and-day line dates the block)
    body = ("WARSAW, Poland - 25 November 2025\n"
            "7. Exterior of the Chancellery\n"
            "8. SOT (Polish) Donald Tusk, Prime Minister of Poland (our translation from a PAP transcript):\n"
            "\"Hungary's veto is a disgrace, and we will not forget who chose Moscow.\"\n"
            "9. Cutaway of flags\n")
    rows = rows_of(tmp_path, body, published="2025-11-26")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("tusk", "2025-11-25")}, rows


def test_session44_a_label_in_capitals_that_is_a_name_is_no_production_label(tmp_path):
    # (the capitals are the speaker's own name: a transcript's voice, not a label before someone else)
    from rhetoric.extract.cards import lead_signature

    text = "ORBÁN: Donald Tusk, Prime Minister of Poland"
    assert lead_signature(text, REG, 0, len(text)) is None


def test_session44_the_same_post_lead_goes_on_with_the_voice_before(tmp_path):
    # ("GRAPHIC: same tweet, last line:" in a video script: the words of the quote before)
    body = ("3. GRAPHIC: tweet by Radosław Sikorski, in English: \"Hungary has chosen Moscow over its allies "
            "once again.\"\n"
            "4. GRAPHIC: same tweet, last line: \"Warsaw will remember this veto for a long time.\"\n")
    rows = rows_of(tmp_path, body, published="2025-11-26")
    assert [r["speaker"] for r in rows if "remember" in r["quote"]] == ["sikorski"], rows


def test_session44_a_quote_read_into_a_record_is_the_words_of_the_text_named_with_its_owner(tmp_path):
    # (a hearing's numbered lines: the witness reads out a text the question names with its author;
    # the answer that is only a quotation is the author's, not the witness's)
    body = ("14 Q. Exhibit 9 is a printout of Chancellor Merz's statement to the Bundestag?\n"
            "15 A. It is. I underlined two lines.\n"
            "16 Q. Read the first.\n"
            "17 A. \"Hungary cannot block the whole Union every time it wants more money.\"\n"
            "18 Q. Did anyone in Budapest reply that night?\n")
    rows = rows_of(tmp_path, body, published="2026-02-10")
    assert [r["speaker"] for r in rows if "block the whole Union" in r["quote"]] == ["merz"], rows


def test_session44_an_archive_entry_names_the_owner_of_the_words_it_holds(tmp_path):
    # (a catalogue's entries, "Name, kind of text, year month day.", then a note of the copy and
    # the words; the outlet's English is a rendering, no speaker; the archive's date order reads)
    body = ("Item 4. Szijjártó, Facebook video, 2025 November 26. Transcript, and Hír TV's English: "
            "\"Warsaw should mind its own business and stop lecturing Hungary.\"\n\n"
            "Item 5. Clipping, undated, on the summit. The donor wrote \"never again\" in the margin.\n")
    rows = rows_of(tmp_path, body, published="2026-03-01")
    got = [(r["speaker"], r["said_on"]) for r in rows if "mind its own" in r["quote"]]
    assert got == [("szijjarto", "2025-11-26")], rows
    assert not any(r["quote"] == "never again" for r in rows), rows


def test_session44_a_quote_that_reports_anothers_words_is_no_texts_read_out(tmp_path):
    # (an edit summary quoting a claim "X said …" under a line naming a speech: the claim is quoted,
    # not read from the speech)
    body = ("- 10:02 Editor_A (→Reactions: Orbán at the press conference: \"Brussels is blackmailing us\")\n"
            "- 09:40 Editor_B (Undid: \"Tusk said Hungary should leave the Union\" is not in any source)\n")
    rows = rows_of(tmp_path, body, published="2025-11-27")
    assert not any("leave the Union" in r["quote"] and r["speaker"] == "orban" for r in rows), rows


def test_session44_refusing_to_back_down_in_the_first_person_is_hostile(tmp_path):
    # (a refusal to drop one's own side of a dispute is against the other side; refusing to stop
    # helping is not)
    body = ("Asked about Hungary's demands, Sikorski said: \"We are certainly not going to drop the case "
            "against Budapest.\"\n\n"
            "Tusk said of Germany: \"We will not stop supporting Berlin on this.\"\n")
    rows = rows_of(tmp_path, body)
    assert [int(r["stance"]) for r in rows if "drop the case" in r["quote"] and r["target"] == "hungary"] == [-1], rows
    assert all(int(r["stance"]) >= 0 for r in rows if "supporting" in r["quote"]), rows


@pytest.mark.parametrize("body", [
    # (a voice brought in after the text was named: an interruption, an answer, a parody, a source from someone else)
    "Sikorski's statement was read aloud in the Sejm. A deputy at the back of the room interrupted.\n\n"
    "\"Shame! Shame on this government!\"\n",
    "Tusk's post was deleted within an hour. The parody version, widely shared on Telegram:\n\n"
    "\"Poland will buy all its gas from Lapland.\"\n",
    # (the text replied to is not the reply)
    "Orbán's reply to Tusk's letter arrived on Friday.\n\n\"Hungary will not be lectured by Warsaw on the rule of law.\"\n",
])
def test_review44_a_quote_after_another_voice_is_no_text_named_before(tmp_path, body):
    rows = rows_of(tmp_path, body)
    assert not any(r["speaker"] in ("sikorski", "tusk") for r in rows), rows


def test_review44_promising_to_keep_supporting_is_no_refusal_to_back_down(tmp_path):
    rows = rows_of(tmp_path, "Tusk said: \"We will not abandon Ukraine, and we will never stop defending Kyiv.\"\n")
    assert all(int(r["stance"]) >= 0 for r in rows if r["target"] == "ukraine"), rows


def test_session45_a_quotation_field_over_its_author_and_date_fields_is_the_authors(tmp_path):
    # (an archive's catalogue record: the quotation in a field of its own, then "Speaker:" and
    # "Date:" as list items under it; the next record's quotation starts another)
    body = ("## Record 2025/114\n\n"
            "**Quote:** \"Hungary is holding the whole Union hostage for its own budget.\"\n"
            "- Speaker: Donald Tusk\n"
            "- Date: 14 December 2023\n"
            "- Retrieved: 2 February 2024\n\n"
            "**Quote:** \"We will not be lectured by Brussels about our own constitution.\"\n"
            "- Speaker: Viktor Orbán\n"
            "- Date: 15 December 2023\n")
    rows = rows_of(tmp_path, body, published="2024-02-02")
    got = {(r["speaker"], r["said_on"]) for r in rows}
    assert got == {("tusk", "2023-12-14"), ("orban", "2023-12-15")}, rows


def test_session45_a_quotation_field_without_an_author_field_is_no_ones(tmp_path):
    # (a record whose fields under the quote name only a source's dates: nobody is its speaker;
    # a headline that puts words in a name's mouth stays a heading)
    body = ("**Quotation:** \"The veto will cost everyone in the Union.\"\n"
            "- Publication date: 14 December 2023\n\n"
            "Orbán: \"We stand alone\"\n\n"
            "The article under it said nothing new.\n")
    rows = rows_of(tmp_path, body, published="2024-02-02")
    assert not any("veto will cost" in r["quote"] for r in rows), rows
    assert not any("stand alone" in r["quote"] for r in rows), rows


def test_session45_you_under_a_line_that_addresses_someone_is_that_one(tmp_path):
    # (an open letter: its salutation line names whom "you" means in its paragraphs; a second
    # letter addressed to another starts again; "you" before any address is nobody)
    body = ("You may have read the papers this week.\n\n"
            "Dear Prime Minister Orbán,\n\n"
            "On Thursday you told the summit: \"Ukraine is not ready to start talks with the Union.\"\n\n"
            "*To Donald Tusk*\n\n"
            "And you answered on X the same night: \"Hungary is holding Europe hostage.\"\n")
    rows = rows_of(tmp_path, body, published="2023-12-16")
    got = {r["speaker"] for r in rows if "ready to start" in r["quote"]}, \
        {r["speaker"] for r in rows if "hostage" in r["quote"]}
    assert got == ({"orban"}, {"tusk"}), rows


def test_session45_for_opening_a_sentence_addresses_no_one(tmp_path):
    # ("For Tusk, a test of nerves" with no stop, and a standfirst in italics that goes on as a
    # sentence, are no dedications: "you" after them is the reader's)
    for line in ("For Tusk, a test of nerves", "*For Tusk, the veto is a test of nerves*"):
        body = (f"{line}\n\n"
                "You told us last week: \"We will not give in to blackmail.\"\n")
        rows = rows_of(tmp_path, body, published="2023-12-16")
        assert not any(r["speaker"] == "tusk" and "blackmail" in r["quote"] for r in rows), (line, rows)


def test_session45_a_letters_signature_or_an_unnamed_salutation_ends_whom_you_means(tmp_path):
    # (after the letter's signature the reporter's "you" is the reader's; "Dear colleagues," under
    # a letter to Orbán addresses others)
    body = ("Dear Prime Minister Orbán,\n\n"
            "You said on Thursday: \"Ukraine is not ready.\"\n\n"
            "Donald Tusk\n\n"
            "If you ask Hungarian officials, you hear: \"Poland is lecturing everyone.\"\n\n"
            "Dear colleagues,\n\n"
            "You told the summit: \"We will not pay for this war.\"\n")
    rows = rows_of(tmp_path, body, published="2023-12-16")
    assert {r["speaker"] for r in rows if "not ready" in r["quote"]} == {"orban"}, rows
    assert not any(r["speaker"] == "orban" and ("lecturing" in r["quote"] or "pay for" in r["quote"]) for r in rows), rows


def test_session45_a_records_author_field_names_the_person_not_the_outlet_nor_a_description(tmp_path):
    # ("author: Xinhua" is the channel, the next field names whom it quotes; "Tusk's spokesman
    # Piotr Müller" is the spokesman; a description before a name is no author; a blank line ends
    # the record; a quotation with no stop of its own is still the field's)
    body = ("**Quote:** \"Hungary is isolating itself in the Union\"\n"
            "- author: Xinhua\n"
            "- quoted person: Lin Jian\n"
            "- date: 1 April 2025\n\n"
            "**Quote:** \"Warsaw will not be blackmailed over the budget.\"\n"
            "- speaker: Tusk's spokesman Piotr Müller\n\n"
            "Quote: \"the words of the statement, as published\"\n"
            "- speaker: the person who said the words, e.g. Viktor Orbán\n\n"
            "**Quote:** \"The veto stands.\"\n\n"
            "- speaker: Viktor Orbán\n")
    rows = rows_of(tmp_path, body, published="2025-05-01")
    got = {r["quote"][:20]: (r["speaker"], r["said_on"]) for r in rows}
    assert got.get("Hungary is isolating") == ("lin_jian", "2025-04-01"), rows
    assert [r["speaker"] for r in rows if "blackmailed" in r["quote"]] == ["Piotr Müller"], rows
    assert not any(r["speaker"] == "orban" for r in rows), rows
    assert all(not r["quote"].startswith(("Quote", "**")) for r in rows), rows


def test_session45_a_scripts_speech_line_is_the_voice_its_last_caption_names(tmp_path):
    # (a programme's script with time codes: "SYNC:" names no voice; the caption over it does, and
    # dates it; an aside that is a narrator is narration; after a caption that names only a place,
    # nobody is known to speak)
    body = ("*Script as broadcast. SYNC = speech heard; CAPTION = text on screen.*\n\n"
            "00:00:05 CAPTION: Brussels, 14 December 2023\n\n"
            "00:00:09 SYNC (NARRATOR): The summit ended the night without a deal on Ukraine.\n\n"
            "00:00:14 CAPTION: Prime Minister Donald Tusk, doorstep, 15 December 2023\n\n"
            "00:00:17 SYNC: Hungary is holding the whole of Europe hostage.\n\n"
            "00:00:22 AD: He turns away from the cameras.\n\n"
            "00:00:25 SYNC: We will not accept blackmail from Budapest.\n\n"
            "00:00:31 CAPTION: Budapest, the next morning\n\n"
            "00:00:34 SYNC: Brussels wants to punish Hungary for its sovereignty.\n")
    rows = rows_of(tmp_path, body, published="2023-12-20")
    got = sorted((r["speaker"], r["said_on"]) for r in rows if "hostage" in r["quote"] or "blackmail" in r["quote"])
    assert set(got) == {("tusk", "2023-12-15")} and len({r["quote"] for r in rows if r["speaker"] == "tusk"}) == 2, rows
    assert not any(r["speaker"] == "tusk" and "sovereignty" in r["quote"] for r in rows), rows
    assert not any("without a deal" in r["quote"] and r["speaker"] != "author" for r in rows), rows


def test_session45_a_caption_naming_a_crowd_or_a_voice_that_spoke_before_narration_gives_no_voice(tmp_path):
    # ("Tusk supporters, Warsaw" names a crowd; after Tusk's words and a voice-over, the next
    # speech line is another scene's; narration between a caption and the first words is not)
    body = ("00:00:02 CAPTION: Tusk supporters, Warsaw, 15 October 2023\n\n"
            "00:00:06 SYNC: \"We have won back our country!\"\n\n"
            "00:00:15 CAPTION: Donald Tusk, leader of the opposition\n\n"
            "00:00:18 SYNC (NARRATOR): The count went on through the night.\n\n"
            "00:00:24 SYNC: \"Poland has won, and democracy has won.\"\n\n"
            "00:00:40 VO: Outside, his opponents gathered.\n\n"
            "00:00:55 SYNC: \"Treason! Treason!\"\n")
    rows = rows_of(tmp_path, body, published="2023-10-20")
    assert [r["speaker"] for r in rows if "Poland has won" in r["quote"]] == ["tusk"], rows
    assert not any(r["speaker"] == "tusk" and ("won back" in r["quote"] or "Treason" in r["quote"]) for r in rows), rows


def test_session46_a_records_first_field_names_its_person_and_a_dated_field_its_day_whatever_their_labels(tmp_path):
    # (a museum's exhibit labels: the first field names whose words the record holds, by any
    # label; a field that holds only a day, by any label, dates them, "the same evening" from the
    # record before)
    body = ("**Exhibit 4. The veto**\n"
            "*Lender:* Viktor Orbán, Prime Minister of Hungary\n"
            "*Acquired:* Thursday 14 December 2023, Brussels (European Council)\n"
            "*Inscription:* \"Hungary will not take part in this bad decision.\"\n"
            "*Condition:* Fragile.\n\n"
            "**Exhibit 5. The reply**\n"
            "*Lender:* Tusk again\n"
            "*Acquired:* the same evening (X)\n"
            "*Inscription:* \"Europe must not be blackmailed by one government.\"\n")
    rows = rows_of(tmp_path, body, published="2024-01-10")
    got = {(r["speaker"], r["said_on"]) for r in rows if "bad decision" in r["quote"] or "blackmailed" in r["quote"]}
    assert got == {("orban", "2023-12-14"), ("tusk", "2023-12-14")}, rows


@pytest.mark.parametrize("first", ["*Target:* Viktor Orbán", "*Country:* Hungary",
                                   "*Lender:* Viktor Orbán said the loan was private"])
def test_session46_a_field_that_names_a_topic_or_tells_a_sentence_is_no_records_person(tmp_path, first):
    # (a field whose label names what the record is about or where, or whose value goes on past
    # the name, says nothing of who speaks in the record)
    body = f"**Exhibit 6**\n{first}\n*Inscription:* \"The Union cannot be held hostage.\"\n"
    rows = rows_of(tmp_path, body, published="2024-01-10")
    assert not any(r["speaker"] in ("orban", "hungary") for r in rows if "hostage" in r["quote"]), rows


def test_session46_a_header_block_that_quotes_nothing_dates_no_words(tmp_path):
    # (a programme's header fields: a recording day over a host's name, no quote among them; the
    # words told under them are not of the recording's day)
    body = ("Recording: Fri 15 Dec 2023, 18:00 CET\n"
            "Host: Anna Berg\n\n"
            "Tusk told the summit that Europe \"must not be blackmailed\".\n")
    rows = rows_of(tmp_path, body, published="2023-12-20")
    assert {r["said_on"] for r in rows if "blackmailed" in r["quote"]} == {""}, rows


def test_session46_a_numbered_label_in_bold_over_a_quote_names_its_speaker_and_day(tmp_path):
    # (a shortlist's entries: the item's number in brackets before the name, the occasion and
    # the day after the bold, the quote on the next line; "X again" is the one named before)
    body = ("**[1] Viktor Orbán, Prime Minister of Hungary.** Press conference in Budapest, Thursday 14 December 2023:\n"
            "\"Hungary will not take part in this bad decision.\"\n\n"
            "**#2 Orbán again, same press conference:**\n"
            "\"We have not changed our position on Ukraine.\"\n\n"
            "**(3) Donald Tusk, Prime Minister of Poland.** Post on X, Friday 15 December 2023:\n"
            "\"Europe must not be blackmailed by one government.\"\n")
    rows = rows_of(tmp_path, body, published="2024-01-10")
    got = {(r["speaker"], r["said_on"]) for r in rows if r["kind"] == "direct"}
    assert ("orban", "2023-12-14") in got and ("tusk", "2023-12-15") in got, rows
    assert {r["speaker"] for r in rows if "changed our position" in r["quote"]} == {"orban"}, rows


def test_session46_a_screenplays_dialogue_is_its_cues_voice_dated_by_its_scene(tmp_path):
    # (character cues in capitals on their own line, a parenthetical under one, the scene's
    # caption giving the day; a scene that tells no day is of the one before; an invented
    # "AIDE" speaks for no one)
    body = ("3 INT. EUROPEAN COUNCIL, BRUSSELS - NIGHT\n\n"
            "SUPER: Brussels, Thursday 14 December 2023\n\n"
            "Delegations file out. VIKTOR ORBÁN (60) stops at the door.\n\n"
            "ORBÁN (O.S.)\n"
            "(into a phone)\n"
            "Hungary will not take part in this bad decision.\n\n"
            "AIDE\n"
            "They will vote without you, sir.\n\n"
            "4 EXT. RUE DE LA LOI - LATER\n\n"
            "DONALD TUSK walks to the cars.\n\n"
            "TUSK\n"
            "Europe must not be blackmailed by one government.\n")
    rows = rows_of(tmp_path, body, published="2024-01-10")
    got = {(r["speaker"], r["said_on"]) for r in rows if "bad decision" in r["quote"] or "blackmailed" in r["quote"]}
    assert got == {("orban", "2023-12-14"), ("tusk", "2023-12-14")}, rows
    assert not any("vote without you" in r["quote"] for r in rows), rows


def test_session46_words_about_an_act_answer_the_side_the_speakers_camp_attacked(tmp_path):
    # (the receiver of the goods named more often around; the speaker's president attacked the
    # sender just before: the minister's "the move" answers the sender)
    body = ("The facts are simple. On Monday the first Hungarian-built drones landed in Kyiv, and Ukraine's defence "
            "minister said Ukraine would use them at once. Kyiv had ordered them last year.\n\n"
            "What followed was less simple. That evening Tusk posted that he was \"appalled by Hungary's behaviour and "
            "its double game with Kyiv\". His foreign minister, Sikorski, called the delivery \"pouring oil on the fire "
            "and a prime example of malign interference in regional affairs\", and warned that Poland would have to "
            "take the move into consideration.\n")
    rows = rows_of(tmp_path, body, published="2023-12-16")
    assert {r["target"] for r in rows if r["speaker"] == "sikorski"} == {"hungary"}, rows

def test_session46_certain_countries_is_the_side_the_article_names_not_the_one_pressured(tmp_path):
    # (a party the words veil, "certain countries", is the other side the story names most, not
    # the one the words name as pressured)
    body = ("Japan raised security concerns about the Chinese survey ship on Monday, and Tokyo asked Nairobi to delay "
            "its port call. Kenya agreed to a postponement.\n\n"
            "China's foreign ministry answered on Tuesday: \"It is completely unjustified for certain countries to use "
            "security concerns to pressure Kenya.\"\n")
    rows = rows_of(tmp_path, body, published="2024-04-10")
    assert [(r["target"], int(r["stance"]) < 0) for r in rows if r["speaker"] == "china_mfa"] == [("japan", True)], rows



def test_session46_a_records_when_field_that_tells_only_the_week_gives_the_month(tmp_path):
    # (the same field that dated the record before tells only "that week": the words are of the
    # month, not of the record before's day)
    body = ("**Exhibit 4. The veto**\n"
            "*Lender:* Viktor Orbán, Prime Minister of Hungary\n"
            "*Acquired:* Thursday 14 December 2023 (European Council)\n"
            "*Inscription:* \"Hungary will not take part in this bad decision.\"\n\n"
            "**Exhibit 5. The echo**\n"
            "*Lender:* Tusk again\n"
            "*Acquired:* later that week; no day on the label\n"
            "*Inscription:* \"Europe must not be blackmailed by one government.\"\n")
    rows = rows_of(tmp_path, body, published="2024-01-10")
    assert {r["said_on"] for r in rows if "blackmailed" in r["quote"]} == {"2023-12"}, rows


@pytest.mark.parametrize("fields", [
    # (a field that names the one acted upon, or whose quote is another's text, or a field of the
    # record's author under it: not the record's first field's person)
    "*Summoned:* Viktor Orbán, Prime Minister of Hungary\n*Ministry statement:* \"The envoy was told of our strong protest.\"\n",
    "*Criticised:* Viktor Orbán, Prime Minister of Hungary\n*By:* Donald Tusk\n*Words:* \"He has turned a veto into a business.\"\n",
    "*Nominee:* Viktor Orbán, Prime Minister of Hungary\n*Citation:* \"Twelve months of blocking the Union's decisions.\"\n",
])
def test_review46_a_field_of_the_one_acted_upon_names_no_speaker(tmp_path, fields):
    rows = rows_of(tmp_path, "**Entry 3**\n" + fields, published="2024-01-10")
    assert not any(r["speaker"] == "orban" for r in rows), rows


@pytest.mark.parametrize("label", ["Date of birth", "Took office", "In power since", "Detained"])
def test_review46_a_field_that_dates_a_life_or_an_office_dates_no_words(tmp_path, label):
    body = ("**Profile**\n"
            "*Name:* Viktor Orbán, Prime Minister of Hungary\n"
            f"*{label}:* Thursday 31 May 1990\n"
            "*Favourite line:* \"Hungary will not take part in this bad decision.\"\n")
    rows = rows_of(tmp_path, body, published="2024-01-10")
    assert not any(r["said_on"].startswith("1990") for r in rows), rows


def test_review46_a_records_day_ends_with_its_lines(tmp_path):
    # (a paragraph after the record's field lines is not of the record's day)
    body = ("**Exhibit 4**\n"
            "*Lender:* Viktor Orbán, Prime Minister of Hungary\n"
            "*Acquired:* Thursday 14 December 2023\n"
            "*Inscription:* \"Hungary will not take part in this bad decision.\"\n\n"
            "Tusk answered that Hungary \"must stop blackmailing the Union\".\n")
    rows = rows_of(tmp_path, body, published="2024-01-10")
    assert {r["said_on"] for r in rows if "blackmailing" in r["quote"]} == {""}, rows


@pytest.mark.parametrize("label", ["**(1) Lake Balaton, June 2020.** What the Hungarian government said the next day:",
                                   "**(2) White Paper, 2019.** The ministry's summary:"])
def test_review46_a_numbered_label_naming_a_place_or_a_document_is_no_speaker(tmp_path, label):
    rows = rows_of(tmp_path, label + "\n\"The border will stay closed for as long as it takes.\"\n", published="2024-01-10")
    assert not any(r["speaker"] in ("Lake Balaton", "White Paper") for r in rows), rows


def test_review46_a_person_the_labels_occasion_names_speaks_not_the_one_it_is_about(tmp_path):
    body = ("**(1) Donald Tusk, as seen from Budapest.** Viktor Orbán on state radio, Friday 15 December 2023:\n"
            "\"The Polish prime minister is acting as Brussels's employee, not as a head of government.\"\n")
    rows = rows_of(tmp_path, body, published="2024-01-10")
    assert {r["speaker"] for r in rows} == {"orban"}, rows


def test_review46_names_in_capitals_over_a_profile_are_no_screenplay_cues(tmp_path):
    # (no scene headings: a who's who, not dialogue)
    body = ("## Who's who\n\n"
            "TUSK\n"
            "Poland's prime minister since December 2023, and a former president of the European Council.\n\n"
            "ORBÁN\n"
            "Hungary's prime minister since 2010.\n")
    rows = rows_of(tmp_path, body, published="2024-01-10")
    assert not any(r["speaker"] in ("tusk", "orban") for r in rows), rows


def test_review46_a_person_the_occasion_names_after_its_first_words_is_no_speaker(tmp_path):
    body = ("**(3) Donald Tusk, Prime Minister of Poland.** At the meeting with Orbán, Friday 15 December 2023:\n"
            "\"Mutual respect should remain the basis of our relations.\"\n")
    rows = rows_of(tmp_path, body, published="2024-01-10")
    assert {r["speaker"] for r in rows} == {"tusk"}, rows


def test_read46_a_veiled_party_beside_a_side_the_words_judge_as_the_doer_is_none(tmp_path):
    for quote in ("Russia is waging a brutal war against Ukraine, and some countries still pretend nothing is happening.",
                  "We will not let third countries circumvent our sanctions on Russia."):
        rows = rows_of(tmp_path, "Germany and Hungary met in Brussels on Monday; Berlin will host the next round.\n\n"
                                 f"Tusk said on Tuesday: \"{quote}\"\n", published="2024-01-10")
        assert {r["target"] for r in rows if r["speaker"] == "tusk"} == {"russia"}, rows


def test_read46_after_a_record_the_liveblogs_day_goes_on(tmp_path):
    body = ("## Wednesday 8 October\n\n"
            "*Clip:* Viktor Orbán, Prime Minister of Hungary\n"
            "*Aired:* Tuesday 7 October (state radio)\n"
            "*Words:* \"Hungary will not take part in this bad decision.\"\n\n"
            "Tusk answered this afternoon: \"Europe must not be blackmailed.\"\n")
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert {r["said_on"] for r in rows if "blackmailed" in r["quote"]} == {"2025-10-08"}, rows


def test_read46_a_field_of_an_events_day_over_a_quote_that_names_its_speaker_dates_nothing(tmp_path):
    body = ("**The vote**\n"
            "*Vote:* Sunday 5 October, in Budapest.\n"
            "*Stakes:* a two-thirds majority.\n"
            "*Pitch:* \"Brussels will not decide for Hungary,\" Orbán told supporters.\n")
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert {r["said_on"] for r in rows if "decide for Hungary" in r["quote"]} == {""}, rows


@pytest.mark.parametrize("label", ["**(1) Viktor Orbán, Prime Minister of Hungary.** On Tusk, at a rally on Friday 15 December 2023:",
                                   "**(2) Balkan Route, Hungary's border fence.** From the archive:"])
def test_read46_a_labels_topic_is_no_speaker(tmp_path, label):
    rows = rows_of(tmp_path, label + "\n\"He has sold Poland to Brussels.\"\n", published="2024-01-10")
    assert not any(r["speaker"] in ("tusk", "Balkan Route") for r in rows), rows


def test_read46_a_record_that_names_two_people_gives_neither_the_words(tmp_path):
    body = ("**Race 1**\n"
            "*Incumbent:* Viktor Orbán, Prime Minister of Hungary\n"
            "*Challenger:* Péter Magyar, leader of Tisza\n"
            "*Promise:* \"We will end the corruption of this government.\"\n")
    rows = rows_of(tmp_path, body, published="2024-01-10")
    assert not any(r["speaker"] == "orban" for r in rows), rows


def test_read46_an_invented_voices_line_does_not_date_the_next_scene(tmp_path):
    body = ("1 INT. CHANCELLERY, WARSAW - DAY\n\n"
            "SUPER: Warsaw, Wednesday 8 October 2025\n\n"
            "AIDE\n"
            "Last Monday, 29 September, they promised us a call.\n\n"
            "2 INT. CORRIDOR - LATER\n\n"
            "TUSK\n"
            "Europe must not be blackmailed by one government.\n\n"
            "ORBÁN\n"
            "Nobody blackmails anyone.\n")
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert {r["said_on"] for r in rows if r["speaker"] == "tusk"} == {"2025-10-08"}, rows


# --- session 47 -------------------------------------------------------------------------------

def test_session47_a_weekday_that_fits_a_year_the_text_tells_long_ago_dates_the_words_then(tmp_path):
    # (a podcast's episode guide of 2025 about March 2015: "Thursday 12 March" is no 12 March of
    # 2024 or 2025, a Tuesday and a Wednesday, but 2015's, a year the guide tells)
    body = ("**Episode 4 · The quota row, 10–20 March 2015**\n\n"
            "**Segment 2 · The rally**\n"
            "Viktor Orbán, at a rally in Budapest on Thursday 12 March: \"Brussels will not decide for Hungary.\"\n\n"
            "**Segment 3 · The reply**\n"
            "Donald Tusk, Saturday 14 March, to reporters: \"Europe must not be blackmailed by one government.\"\n")
    rows = rows_of(tmp_path, body, published="2025-06-01")
    got = {(r["speaker"], r["said_on"]) for r in rows if "Brussels will not" in r["quote"] or "blackmailed" in r["quote"]}
    assert got == {("orban", "2015-03-12"), ("tusk", "2015-03-14")}, rows
    assert _event_dates(tmp_path, body, "2025-06-01")["Thursday 12 March"] == "2015-03-12"


def test_session47_a_weekday_that_fits_no_year_told_keeps_its_reading(tmp_path):
    # (no year told long ago whose 12 March is a Thursday: the reading near the publication stays)
    body = "Viktor Orbán, at a rally in Budapest on Thursday 12 March: \"Brussels will not decide for Hungary.\""
    rows = rows_of(tmp_path, body, published="2025-06-01")
    assert {r["said_on"] for r in rows} == {"2025-03-12"}, rows


@pytest.mark.parametrize("attribution, said_on", [
    ("Tusk said at a news conference:", "2025-10-10"),
    ("Tusk told a rally in Gdańsk:", "2025-10-10"),
    ("Tusk dismissed the statement:", ""),
])
def test_session47_an_occasion_set_right_after_the_verb_takes_the_time_the_paragraph_told(tmp_path, attribution, said_on):
    # (the sentence before sets the time and names no one but the speaker's side; the words'
    # occasion told right after their verb makes that time theirs; another's statement as the
    # verb's object is no occasion of the speaker's)
    body = f"By Friday the mood in Warsaw had cooled. {attribution} \"We will keep talking to Budapest.\""
    rows = rows_of(tmp_path, body, published="2025-10-14")
    assert {r["said_on"] for r in rows if r["speaker"] == "tusk"} == {said_on}, rows


def test_session47_that_night_counts_past_paragraphs_told_within_hours_of_the_day(tmp_path):
    # ("within hours" keeps the story on the day told two paragraphs up: "that night" is that day)
    body = ("On Monday 6 October Hungary vetoed the package.\n\n"
            "Poland's foreign ministry protested within hours.\n\n"
            "Donald Tusk spoke that night. He said Hungary \"has chosen Moscow over its partners\".")
    rows = rows_of(tmp_path, body, published="2025-10-15")
    assert {r["said_on"] for r in rows if r["speaker"] == "tusk"} == {"2025-10-06"}, rows


def test_session47_a_liveblog_entrys_heading_with_its_time_and_kind_dates_its_words(tmp_path):
    # (an entry's heading: its day, then its time and labels, a symbol among them)
    body = ("**Fri 10 Oct · 18:20 · 📣 STATEMENT · Warsaw**\n"
            "Tusk on X: \"Europe must not be blackmailed by one government.\"\n\n"
            "**Thu 9 Oct · 09:05 · 🔎 CONTEXT**\n"
            "Budapest confirmed the veto.\n")
    rows = rows_of(tmp_path, body, published="2025-10-14")
    assert {r["said_on"] for r in rows if r["speaker"] == "tusk"} == {"2025-10-10"}, rows


@pytest.mark.parametrize("act", ["met the envoy", "rang Budapest's ambassador", "held talks in Vilnius",
                                 "sat down with reporters"])
def test_session47_a_persons_act_in_an_irregular_past_then_and_a_speech_verb_is_that_persons_speech(tmp_path, act):
    # (the subject's own act, its past irregular, coordinated with the verb of speech: the
    # speech is the subject's, not the author's verdict)
    rows = _all_rows(tmp_path, f"Donald Tusk {act} and said that Hungary's veto was a betrayal of Europe.")
    assert [(r["speaker"], r["target"]) for r in rows] == [("tusk", "hungary")], rows


def test_session47_a_reported_clause_then_and_a_quote_set_off_by_a_colon_are_two_statements(tmp_path):
    # (the first verb's clause is a statement of its own, about whom it names; the quote after
    # "and warned:" is the second verb's)
    body = ("Donald Tusk called the Hungarian veto a gift to Moscow, and warned: "
            "\"Europe will remember who stood in the way.\"")
    rows = rows_of(tmp_path, body, published="2025-10-14")
    assert {(r["speaker"], r["kind"]) for r in rows} == {("tusk", "reported"), ("tusk", "direct")}, rows
    assert "hungary" in {r["target"] for r in rows if r["kind"] == "reported"}, rows


def test_session47_a_field_that_names_a_reader_gives_the_words_to_the_one_read(tmp_path):
    # (an audiobook's track list: the reader is named first, then whose words are read)
    body = ("**Track 3. One Government** (2:10)\n"
            "Voice: Anna K., reading Donald Tusk (X, 9 October 2025).\n"
            "Text: \"Europe must not be blackmailed by one government.\"\n")
    rows = rows_of(tmp_path, body, published="2026-01-20")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("tusk", "2025-10-09")}, rows


def test_session47_an_items_title_taken_from_the_quotes_own_words_is_no_speaker(tmp_path):
    # (a chapter's title in bold over its epigraph, the title the quote's own words in capitals)
    body = ("**B2. Bad Decision** (3:47)\n"
            "Text: \"Bad decision of Hungary, we will not take part in this.\"\n")
    rows = rows_of(tmp_path, body, published="2026-01-20")
    assert not any(r["speaker"] == "Bad Decision" for r in rows), rows


@pytest.mark.parametrize("subject, speaker", [("Donald Tusk in Brussels", "tusk"),
                                              ("China's commerce ministry in Beijing", "mofcom"),
                                              ("The Commission in Brussels", "commission")])
def test_session47_the_place_a_subject_is_in_is_not_the_subject(tmp_path, subject, speaker):
    # ("<a person or a body> in <a capital> said": the one in the place speaks; a capital after
    # words the registry lacks still stands for its state)
    rows = rows_of(tmp_path, f"{subject} said the Hungarian veto was a betrayal of Europe.", published="2025-10-14")
    assert [r["speaker"] for r in rows] == [speaker], rows


def test_session47_a_participles_phrase_that_opens_the_sentence_holds_no_subject(tmp_path):
    # (the one received in the opening phrase is the object of the participle; the verb coordinated
    # after the main clause's speech verb, an addressee before its colon, has the main subject)
    body = ("Receiving Donald Tusk in Berlin on Monday, Friedrich Merz called Poland \"a friend in hard times\" "
            "and told his guest: \"Europe must not be blackmailed by one government.\"")
    rows = rows_of(tmp_path, body, published="2025-10-14")
    assert {r["speaker"] for r in rows} == {"merz"}, rows


@pytest.mark.parametrize("quote", ["Budapest chose to withhold its backing for our common position",
                                   "Hungary has paused its backing of the mission",
                                   "Budapest froze its support for our common position"])
def test_session47_a_good_thing_halted_or_withdrawn_is_blame(tmp_path, quote):
    # (support, cooperation or aid paused, frozen or withheld: the act is blamed, not praised)
    rows = rows_of(tmp_path, f"\"{quote},\" Tusk said.", published="2025-10-14")
    assert [(r["target"], r["stance"] < 0) for r in rows] == [("hungary", True)], rows


@pytest.mark.parametrize("label", ["*Orbán, at a rally in Győr, Saturday 2 March 2024.*",
                                   "**Orbán, on state radio, 2 March 2024.**"])
def test_session47_he_in_a_paragraph_under_an_entrys_label_is_the_labels_person(tmp_path, label):
    # (a programme's or a dossier's entry: its label in italics or bold names one person, then
    # where and when; "he" in the paragraph is that person, dated by the label)
    body = f"{label} In front of thousands of supporters he accused Brussels of blackmailing Hungary over the funds."
    rows = rows_of(tmp_path, body, published="2025-06-01")
    assert {(r["speaker"], r["target"], r["said_on"]) for r in rows} == {("orban", "eu", "2024-03-02")}, rows


_ISLES = ("  - {id: norland, name: Norland, kind: state, role: State, aliases: [Norland, Ostby]}\n"
          "  - {id: vestmark, name: Vestmark, kind: state, role: State, aliases: [Vestmark, Harbourtown]}\n"
          "  - {id: jonas, name: Erik Jonas, kind: person, affiliation: norland, role: Foreign Minister of Norland,"
          " aliases: [Erik Jonas, Jonas]}\n"
          "  - {id: vell, name: Anna Vell, kind: person, affiliation: vestmark, role: Prime Minister of Vestmark,"
          " aliases: [Anna Vell, Vell]}\n")


def test_session47_a_name_ending_in_s_with_the_apostrophe_alone_owns_the_body_that_speaks(tmp_path):
    rows = _rows_with(tmp_path, _ISLES, "Mr Jonas' office said Vestmark had broken its promises.", published="2025-06-21")
    assert [(r["speaker"], r["target"]) for r in rows] == [("jonas", "vestmark")], rows


def test_session47_the_same_office_is_the_one_whose_words_were_told_last(tmp_path):
    # ("the same office" that no role of the registry names: whoever spoke last before it, a
    # spokesperson's minister; not a text, "the same post")
    body = ("A spokesperson for Norland's Foreign Minister, Erik Jonas, answered that \"this lack of consultation "
            "is a matter of significant concern\". A week later the same office said: \"We are unable to respond "
            "until Prime Minister Vell explains herself.\"")
    rows = _rows_with(tmp_path, _ISLES, body, published="2025-06-21")
    assert {r["speaker"] for r in rows if "unable to respond" in r["quote"]} == {"jonas"}, rows


def test_session47_an_aside_of_whose_words_between_and_and_the_verb_keeps_the_subject(tmp_path):
    # (", in the ministry's words," between "and" and the verb of speech: the subject still speaks)
    rows = _all_rows(tmp_path, "Donald Tusk rang Budapest and, in the ministry's words, protested against "
                               "Hungary's veto of the sanctions.")
    assert [(r["speaker"], r["target"]) for r in rows] == [("tusk", "hungary")], rows


def test_session47_the_same_official_after_an_unnamed_one_is_not_the_last_speaker(tmp_path):
    # (the noun names an unnamed one told just before, whose words no rule found: not Vell)
    body = ("Anna Vell said: \"Norland keeps its promises.\" An unnamed official told reporters that the border "
            "was quiet. The same official praised Norland as a reliable neighbour.")
    rows = _rows_with(tmp_path, _ISLES, body, published="2025-06-21")
    assert not any(r["speaker"] == "vell" and "reliable" in r["quote"] for r in rows), rows


# --- review 47 (a helper's review of the session's rules on 84 fresh texts: its worse kinds) ----

def test_review47_a_weekday_written_wrong_in_todays_news_keeps_its_reading_whatever_year_comes_later(tmp_path):
    # (a background year told after the words, "October 2020", is no year of the story told before it)
    body = ("Viktor Orbán said on Friday 30 October that Hungary would veto the package. "
            "\"We will not sell our borders for money,\" he told state radio.\n\n"
            "Hungary last blocked a budget in October 2020.")
    rows = rows_of(tmp_path, body, published="2025-11-03")
    assert {r["said_on"] for r in rows if "borders" in r["quote"]} == {"2025-10-30"}, rows


def test_review47_a_day_told_after_a_span_counted_from_long_ago_dates_the_words(tmp_path):
    # ("Five years later" counts from 2020; the day told with the verb is the words' own)
    body = ("In November 2020 Hungary vetoed the budget.\n\n"
            "Viktor Orbán defended the veto on Thursday 19 November in a letter. \"Hungary will not be punished "
            "for its opinions,\" he wrote.\n\n"
            "Five years later, Orbán said on Friday 31 October 2025 that the episode proved \"Hungary can say no "
            "and survive.\"")
    rows = rows_of(tmp_path, body, published="2025-11-03")
    assert {r["said_on"] for r in rows if "survive" in r["quote"]} == {"2025-10-31"}, rows
    assert {r["said_on"] for r in rows if "punished" in r["quote"]} == {"2020-11-19"}, rows


def test_review47_a_field_where_the_speaker_reads_a_text_keeps_the_speaker(tmp_path):
    body = ("**Clip 4**\n"
            "Voice: Donald Tusk, reads a statement at his weekly briefing (Warsaw, 29 October 2025).\n"
            "Quote: \"Hungary's veto is a gift to the Kremlin.\"\n")
    rows = rows_of(tmp_path, body, published="2025-11-03")
    assert {r["speaker"] for r in rows} == {"tusk"}, rows


def test_review47_a_telephone_call_before_and_told_is_no_statement(tmp_path):
    body = ("Donald Tusk called Viktor Orbán on Wednesday, and told Polish radio afterwards: "
            "\"I asked him one simple thing: to stop blocking the aid.\"")
    rows = rows_of(tmp_path, body, published="2025-11-03")
    assert [r["kind"] for r in rows] == ["direct"], rows


def test_review47_he_after_a_role_under_an_entrys_label_is_not_the_labels_person(tmp_path):
    body = ("*Tusk, in the Sejm, Wednesday 29 October 2025.* The prime minister sat silently while the opposition "
            "leader attacked the government; he accused the cabinet of surrendering Polish sovereignty to Berlin.")
    rows = rows_of(tmp_path, body, published="2025-11-03")
    assert not any(r["speaker"] == "tusk" for r in rows), rows


def test_session47_words_told_to_a_guest_who_is_addressed_as_you_are_about_the_guest(tmp_path):
    # ("his guest" is the one received; words that address the hearer as "you" are about the
    # hearer, even when they name the hearer's state)
    body = ("Donald Tusk received Friedrich Merz in Warsaw on Monday. He told his guest: "
            "\"The Germans have elected you to lead a great nation.\"")
    rows = rows_of(tmp_path, body, published="2025-10-14")
    assert [(r["speaker"], r["target"]) for r in rows] == [("tusk", "merz")], rows


# --- read 47 (a helper's code read of the session's change: its findings) --------------------

@pytest.mark.parametrize("sentence, speaker", [
    ("Beijing condemned the new tariffs on Monday, called Washington a bully and warned: \"We will answer in kind.\"",
     "china"),
    ("Donald Tusk met the envoy and then said that Hungary's veto was a betrayal of Europe.", "tusk"),
])
def test_read47_a_place_named_like_a_participle_or_an_adverb_after_and_keeps_the_subject(tmp_path, sentence, speaker):
    rows = rows_of(tmp_path, sentence, published="2025-11-03")
    assert rows and {r["speaker"] for r in rows} == {speaker}, rows


def test_read47_the_one_close_to_a_person_in_a_place_is_not_that_person(tmp_path):
    rows = rows_of(tmp_path, "A source close to Viktor Orbán in Budapest said the Polish veto was a betrayal.",
                   published="2025-11-03")
    assert not any(r["speaker"] in ("orban", "hungary") for r in rows), rows


def test_read47_a_reader_who_reads_a_text_is_the_speaker(tmp_path):
    body = ("**Clip 4**\n"
            "Voice: Donald Tusk, reading the Polish government's statement (Warsaw, 29 October 2025).\n"
            "Quote: \"Hungary's veto is a gift to the Kremlin.\"\n")
    assert {r["speaker"] for r in rows_of(tmp_path, body, published="2025-11-03")} == {"tusk"}


def test_read47_the_same_official_after_a_named_person_is_not_that_person(tmp_path):
    body = ("A senior diplomat said on Monday that the talks were stuck. Viktor Orbán told reporters: "
            "\"Brussels is blackmailing us.\"\n\nThe same official later said: \"Poland behaved admirably.\"")
    rows = rows_of(tmp_path, body, published="2025-11-03")
    assert not any(r["speaker"] == "orban" and "admirably" in r["quote"] for r in rows), rows


def test_read47_a_good_thing_after_to_is_no_object_of_a_freeze(tmp_path):
    rows = rows_of(tmp_path, "\"Germany froze Russian assets to support Ukraine,\" Tusk said.", published="2025-11-03")
    assert not any(r["target"] == "germany" and r["stance"] < 0 for r in rows), rows


def test_read47_an_entry_heading_of_a_day_and_a_time_alone_dates_its_words(tmp_path):
    body = "**Fri 10 Oct · 18:20**\nTusk on X: \"Europe must not be blackmailed by one government.\"\n"
    rows = rows_of(tmp_path, body, published="2025-10-14")
    assert {r["said_on"] for r in rows if r["speaker"] == "tusk"} == {"2025-10-10"}, rows


def test_read47_words_said_in_a_statement_take_no_time_told_before(tmp_path):
    # (a statement, a post, a letter: texts, not occasions that set the words' time)
    body = "In March Hungary vetoed the package. Viktor Orbán said in a statement: \"Brussels is blackmailing us.\""
    rows = rows_of(tmp_path, body, published="2025-11-03")
    assert {r["said_on"] for r in rows if r["speaker"] == "orban"} == {""}, rows


def test_read47_an_entry_headings_labels_do_not_backtrack_on_dashes():
    from rhetoric.extract.anchoring import _LABELS_AFTER_DATE

    assert _LABELS_AFTER_DATE.fullmatch(" · - - - -" * 6 + " !") is None


def test_read47_a_registered_place_in_an_entrys_label_leaves_its_person_the_labels(tmp_path):
    # (one parser of an entry's label, ``vocabulary.ENTRY_LABEL``, for its speaker and its "he":
    # the place after the name, a capital the registry knows, is no second name)
    body = "*Tusk, in Warsaw, Tuesday 21 October 2025.* Facing questions at home, he accused Budapest of blackmailing Europe."
    rows = rows_of(tmp_path, body, published="2025-11-03")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("tusk", "2025-10-21")}, rows


def test_session47_the_same_day_opening_a_card_counts_across_the_cards_title(tmp_path):
    # (an event card's title, no day of its own, between the day told and "The same day": the
    # statement counts from the card before, as the event dates do)
    body = ("**Card 3 · THE VETO** · Round 2\n"
            "Viktor Orbán to parliament, Tuesday 14 October: \"Brussels will not decide for Hungary.\"\n\n"
            "*Effect:* Hungary gains one Influence.\n\n"
            "**Card 4 · THE REPLY** · Round 2\n"
            "The same day Donald Tusk said Hungary \"has chosen Moscow over its partners\".\n")
    rows = rows_of(tmp_path, body, published="2025-11-03")
    assert {r["said_on"] for r in rows if r["speaker"] == "tusk"} == {"2025-10-14"}, rows


# --- session 48 -------------------------------------------------------------------------------

def test_session48_a_day_heading_with_its_short_weekday_in_brackets_dates_its_entries(tmp_path):
    # (a monitoring log's day headers in capitals, the weekday shortened in brackets after the day)
    body = ("**13 OCT (MON)**\n\n"
            "0740 · Radio One · Nx: the veto leads.\n\n"
            "**14 OCT (TUE)**\n\n"
            "1910 · TVP Info · Nx. Tusk told reporters: \"Europe must not be blackmailed by one government.\"\n")
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert {r["said_on"] for r in rows if r["speaker"] == "tusk"} == {"2025-10-14"}, rows


@pytest.mark.parametrize("sentence", [
    "\"Brussels will not decide for Hungary,\" wrote V. Orbán on Facebook.",
    "\"Brussels will not decide for Hungary,\" said V. M. Orbán to the radio.",
])
def test_session48_a_registered_person_named_by_initials_is_that_person(tmp_path, sentence):
    rows = rows_of(tmp_path, sentence, published="2025-10-20")
    assert {r["speaker"] for r in rows} == {"orban"}, rows


def test_session48_an_initial_whose_letter_is_not_the_names_leaves_the_mention_alone():
    from rhetoric.actors import load_actors as load

    reg = load(ROOT / "tests" / "unseen" / "actors.yml")
    found = [(m.actor, m.text) for m in reg.find_mentions("He posted on X. Orbán answered. V. Orbán. Part I. Tusk")]
    assert found == [("orban", "Orbán"), ("orban", "V. Orbán"), ("tusk", "Tusk")], found


def test_session48_an_initial_in_any_latin_letter_is_no_sentence_end():
    from rhetoric.corpus import split_sentences

    text = "The answer came from Ł. Kamiński on Monday. Then Ş. Yılmaz spoke."
    assert [text[s:e] for s, e in split_sentences(text)] == ["The answer came from Ł. Kamiński on Monday.",
                                                              "Then Ş. Yılmaz spoke."]


@pytest.mark.parametrize("words", ["\"blackmailed by one government\"", "\"Europe must not be blackmailed by one government.\""])
def test_session48_a_labelled_quotation_signed_after_a_dash_on_the_line_below_is_the_signers(tmp_path, words):
    # (an exhibition's labels: a field's label, the words, and under them a dash, the signer,
    # where and when; a phrase or a sentence alike)
    body = ("**Exhibit 12 · Poster, Warsaw**\n"
            "*Medium:* screen print on paper.\n"
            f"*Inscription:* {words}\n"
            "— D. Tusk, to reporters, 14 October 2025\n\n"
            "**Exhibit 13 · Banner, Budapest**\n"
            "*Medium:* cloth.\n")
    rows = rows_of(tmp_path, body, published="2025-11-20")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("tusk", "2025-10-14")}, rows


def test_session48_a_label_that_names_a_person_keeps_the_words_its_own(tmp_path):
    # (a label naming its speaker: a name after the quotation is no signature of it)
    body = "**Tusk:** \"Europe must not be blackmailed by one government.\" Orbán, 62, did not answer."
    rows = rows_of(tmp_path, body, published="2025-11-20")
    assert {r["speaker"] for r in rows} == {"tusk"}, rows


def test_session48_a_records_date_field_under_its_description_dates_the_words_in_it(tmp_path):
    # (an archive's finding aid: each item's heading, then its description quoting someone, then
    # its date field, a list's item with a note after the day)
    body = ("## Box 3, folder 12\n\n"
            "- **Contents:** Letter by Viktor Orbán to the Commission: \"Brussels will not decide for Hungary.\"\n"
            "- **Date:** 3 March 2025 (morning)\n\n"
            "## Box 3, folder 13\n\n"
            "- **Contents:** Transcript of a statement by Donald Tusk: \"Europe must not be blackmailed by one government.\"\n"
            "- **Date:** 5 March 2025; filed 9 March 2025\n")
    rows = rows_of(tmp_path, body, published="2025-11-01")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("orban", "2025-03-03"), ("tusk", "2025-03-05")}, rows


@pytest.mark.parametrize("field, day", [
    ("- **Date:** 14 October 2025, 11:30 (CEST)", "2025-10-14"),
    ("- Date: 14 October 2025 (evening)", "2025-10-14"),
    ("**Date:** 14 October 2025; scanned 2 November 2025", "2025-10-14"),
])
def test_session48_a_date_field_with_a_note_after_its_day_is_that_day(field, day):
    import datetime as dt

    from rhetoric.extract.anchoring import _date_field

    assert _date_field(field, dt.date(2025, 11, 20), 0).value == day


@pytest.mark.parametrize("sentence", [
    "A tweet in Polish by Donald Tusk, answering Orbán: \"Europe must not be blackmailed by one government.\"",
    "Statement by Donald Tusk, Prime Minister of Poland, on the veto. It calls the veto \"blackmail by one government\".",
    "Letter from Donald Tusk to the Council. The letter ends: \"Europe must not be blackmailed by one government.\"",
])
def test_session48_a_text_by_someone_named_in_a_caption_is_theirs(tmp_path, sentence):
    # (a catalogue's or a caption's noun phrase, "<text> by <person>", with its language, the
    # person's title or what it answers between: the words of the text, and "it", are the person's;
    # the first, a short lead-in, holds at de1480d too: a guard)
    rows = rows_of(tmp_path, sentence, published="2025-11-20")
    assert {r["speaker"] for r in rows} == {"tusk"}, rows


def test_session48_an_object_her_in_the_phrase_of_a_man_named_teaches_nothing_of_his_gender(tmp_path):
    # ("with Merz beside her": the object is not Merz; Merz's reply later is still "he")
    body = ("In Helsinki, with Merz beside her, Valtonen opened the press conference and then said: "
            "\"Finland will defend every metre of its border.\"\n\n"
            "Merz's reply was the one he gives every year. \"Germany stands with Finland,\" he said.")
    rows = rows_of(tmp_path, body, published="2025-11-20")
    assert {(r["speaker"], "Finland will" in r["quote"]) for r in rows} == {("valtonen", True), ("merz", False)}, rows


def test_session48_a_line_a_states_press_printed_is_the_words_of_the_voice_before(tmp_path):
    # (a state's name before a noun for its press, "every Kenya newspaper", is the press, a
    # channel; "the line … printed" tells whose line the papers printed: the voice before goes on)
    body = ("William Ruto spoke for twenty minutes. \"Kenya will keep its officers in Haiti,\" he began. "
            "The line every Kenya newspaper printed the next day came at the end: \"We will not leave Haiti alone.\"")
    rows = rows_of(tmp_path, body, published="2025-11-20")
    assert {r["speaker"] for r in rows} == {"ruto"}, rows


def test_session48_a_quotation_field_in_a_record_under_a_name_heading_is_that_persons(tmp_path):
    # (a speakers' list: each record's heading names one person and a role, its lines are fields,
    # one of them the person's quotation; a name the registry lacks is kept)
    body = ("**Speakers**\n\n"
            "**Donald Tusk**, Prime Minister of Poland\n"
            "*Session:* opening panel, 10:00.\n"
            "*Quote:* \"Europe must not be blackmailed by one government.\"\n\n"
            "**Dr Anna Kowal**, Centre for Eastern Studies\n"
            "*Quote:* \"Budapest has overplayed its hand.\"\n")
    rows = rows_of(tmp_path, body, published="2025-11-20")
    assert {(r["speaker"], r["quote"][:6]) for r in rows} == {("tusk", "Europe"), ("Anna Kowal", "Budape")}, rows


@pytest.mark.parametrize("heading, said_on", [
    ("**What the ministers told reporters (Tuesday 14 October)**", "2025-10-14"),
    ("**Reactions in brief (Tuesday 14 October)**", "2025-10-14"),
    ("**The Warsaw summit (14 October 2025)**", ""),
])
def test_session48_a_title_of_words_said_with_its_day_in_brackets_dates_the_section(tmp_path, heading, said_on):
    # (a section's title that tells of words said, its day in brackets after it; not a title of
    # an event, whose day is the event's)
    body = (f"{heading}\n\n"
            "- Tusk said Hungary's veto was \"blackmail by one government\".\n")
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert {r["said_on"] for r in rows if r["speaker"] == "tusk"} == {said_on}, rows


def test_session48_a_note_in_brackets_opening_a_turn_dates_the_words_and_is_no_part_of_them(tmp_path):
    # (a documentary's quotes page: each speaker's label, then a note on where and when)
    body = ("## Excerpts\n\n"
            "**Donald Tusk:** [from the archive; a rally in Gdańsk, Sunday 12 October 2025] "
            "Europe must not be blackmailed by one government.\n\n"
            "**Viktor Orbán:** [from the archive; state radio, Friday 17 October 2025] "
            "Nobody blackmails anyone, and Hungary will not be lectured.\n")
    rows = rows_of(tmp_path, body, published="2025-11-20")
    assert {(r["speaker"], r["said_on"], r["quote"][:1]) for r in rows} == \
        {("tusk", "2025-10-12", "E"), ("orban", "2025-10-17", "N")}, rows


def test_session48_a_time_ahead_told_before_the_words_is_no_occasion_of_them(tmp_path):
    # (a measure announced "from 1 December 2025" in a newsletter of October: the words are of the
    # issue's day, not undated because the last day told is ahead)
    body = ("**Issue 12 · Monday 13 October 2025**\n\n"
            "Tusk announced new border checks from 1 December 2025. "
            "\"Europe must not be blackmailed by one government,\" he said.\n")
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert {r["said_on"] for r in rows if "blackmailed" in r["quote"]} == {"2025-10-13"}, rows


# --- session 48, after the code read and the review of fresh texts --------------------------------

def test_read48_a_signatures_platform_stop_still_ends_its_sentence(tmp_path):
    body = '"Europe must not be blackmailed by one government." Donald Tusk, on X. Same post: "Hungary is lying about the veto."'
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert {r["speaker"] for r in rows if "blackmailed" in r["quote"]} == {"tusk"}, rows


def test_read48_a_parts_number_or_a_platform_before_a_name_is_no_initial():
    from rhetoric.actors import load_actors as load

    reg = load(ROOT / "tests" / "unseen" / "actors.yml")
    found = [m.text for m in reg.find_mentions("Annex E. Valtonen. Part I. Ilham Aliyev. She wrote on X. E. Valtonen")]
    assert found == ["Valtonen", "Ilham Aliyev", "E. Valtonen"], found


def test_read48_the_reply_a_person_gave_opening_the_sentence_is_that_persons(tmp_path):
    body = ("Orbán spoke first. \"Hungary will not bow,\" he said. "
            "The reply Tusk gave on Tuesday was short: \"Europe must not be blackmailed by one government.\"")
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert {r["speaker"] for r in rows if "blackmailed" in r["quote"]} == {"tusk"}, rows


@pytest.mark.parametrize("body", [
    "\"The Illiberal Turn\"\n— Péter Magyar, Foreign Affairs, 2019\n\n\"Europe Whole and Free\"\n— Donald Tusk, Polity Press, 2016",
    "*Quote:* \"Brussels will not decide for Hungary\"\n— By Anna Kowal, Budapest correspondent, 14 October 2025",
    "**Q:** \"Will Hungary lift the veto?\" Viktor Orbán, on Kossuth Radio, 14 October 2025.",
])
def test_read48_a_reading_list_a_byline_and_a_question_are_no_signed_quotations(tmp_path, body):
    assert rows_of(tmp_path, body, published="2025-10-20") == []


@pytest.mark.parametrize("dash_line", ["—D. Tusk, to reporters, 14 October 2025",
                                       "  *— D. Tusk, to reporters, 14 October 2025*"])
def test_read48_a_signatures_dash_with_or_without_space_markup_or_indent(tmp_path, dash_line):
    rows = rows_of(tmp_path, f"Inscription: \"blackmailed by one government\"\n{dash_line}\n", published="2025-11-20")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("tusk", "2025-10-14")}, rows


def test_read48_it_after_a_letter_that_reached_someone_is_not_the_letters_author(tmp_path):
    body = "A letter from Orbán reached the Commission on Monday. It replied on Tuesday that the request was \"unacceptable and late\"."
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert {r["speaker"] for r in rows} == {"commission"}, rows


@pytest.mark.parametrize("lines", [
    "Tusk said Orbán was \"a danger to the whole of Europe\".\n\nThe two men have not met since.\n\n- **Held:** 20 October 2025\n",
    "Years later Tusk called it \"a danger to the whole of Europe\".\n\n- **Date:** 18 March 2014\n",
])
def test_read48_a_date_field_dates_no_story_told_above_it(tmp_path, lines):
    rows = rows_of(tmp_path, "## The summit\n\n" + lines, published="2025-11-20")
    assert {r["said_on"] for r in rows if r["speaker"] == "tusk"} == {""}, rows


def test_read48_a_records_day_ends_at_the_next_records_heading(tmp_path):
    body = ("## Exhibit 4: speech recording\n\n"
            "Recording of Donald Tusk telling troops that Europe \"must not be blackmailed by one government\".\n\n"
            "- **Date:** 3 October 2025 (morning)\n\n"
            "## Exhibit 5: letter\n\n"
            "Letter in which Viktor Orbán says Brussels \"will not decide for Hungary\".\n")
    rows = rows_of(tmp_path, body, published="2025-11-20")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("tusk", "2025-10-03"), ("orban", "")}, rows


@pytest.mark.parametrize("heading, said_on", [
    ("**Preview: what Tusk will be told (Thursday 9 October)**", ""),
    ("## What the 1979 communiqué said (1 January 1979)", ""),
])
def test_read48_a_title_of_words_ahead_or_long_ago_dates_no_section(tmp_path, heading, said_on):
    body = f"{heading}\n\nTusk said Hungary's veto was \"blackmail by one government\".\n"
    rows = rows_of(tmp_path, body, published="2025-10-14")
    assert {r["said_on"] for r in rows if r["speaker"] == "tusk"} == {said_on}, rows


def test_read48_a_title_with_a_day_in_brackets_that_dates_no_words_ends_the_section_before(tmp_path):
    body = ("## What Tusk said (Wednesday 8 October)\n\n"
            "Tusk said the veto was \"blackmail by one government\".\n\n"
            "## Reactions to the 2020 crisis (10 November 2020)\n\n"
            "Orbán called the plan \"a capitulation by Brussels\".\n")
    rows = rows_of(tmp_path, body, published="2025-10-14")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("tusk", "2025-10-08"), ("orban", "")}, rows


def test_read48_a_field_of_others_under_a_name_heading_leaves_the_quotation_field_unsigned(tmp_path):
    body = ("**Viktor Orbán**, Prime Minister of Hungary\n"
            "*Criticised by:* the Polish government\n"
            "*Quote:* \"Europe must not be blackmailed by one government.\"\n")
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-11-20")] != ["orban"]


@pytest.mark.parametrize("sentence", ["Rama phoned Meloni and thanked her.", "Rama called Meloni to congratulate her."])
def test_read48_an_object_her_after_a_verb_is_evidence_of_the_womans_gender(tmp_path, sentence):
    ctx = context(tmp_path, sentence)
    assert ctx.gender_hint.get("meloni") == "f", ctx.gender_hint


@pytest.mark.parametrize("field", ["Dates: 8 October 2025; 9 October 2025", "Date: 8 October 2025 (RTS)"])
def test_read48_a_date_fields_second_day_or_channel_is_no_note(field):
    import datetime as dt

    from rhetoric.extract.anchoring import _date_field

    assert _date_field(field, dt.date(2025, 11, 20), 0) is None


def test_read48_a_letter_by_someone_after_a_long_lead_in_is_theirs(tmp_path):
    # (a caption's long lead-in before the text's author, "… of a letter in Polish by …, answering …:")
    body = ("Image of the archivist's English translation of a letter in Polish by Donald Tusk, Prime Minister "
            "of Poland, answering Orbán: \"Europe must not be blackmailed by one government.\"")
    rows = rows_of(tmp_path, body, published="2025-11-20")
    assert {r["speaker"] for r in rows} == {"tusk"}, rows


@pytest.mark.parametrize("note, said_on", [
    ("[archive footage; reading the statement of the European Commission, 3 March 2025]", "2025-03-03"),
    ("[archive; the Commission's statement of 4 March 2025, after Orbán said he would keep the veto]", "2025-03-04"),
])
def test_session48_a_note_naming_a_text_and_its_owner_gives_the_words_to_the_owner(tmp_path, note, said_on):
    # (a documentary's narrator reads a body's communiqué: the words are the body's, not the
    # narrator's, nor those of one a verb in the note's own story names)
    rows = rows_of(tmp_path, f"**Narrator:** {note} \"The veto harms every member state.\"", published="2025-11-20")
    assert {(r["speaker"], r["said_on"]) for r in rows if "harms" in r["quote"]} == {("commission", said_on)}, rows


def test_session48_a_person_who_reads_a_text_under_their_own_label_keeps_the_words(tmp_path):
    rows = rows_of(tmp_path, "**Tusk:** [reading the Commission's statement] \"Hungary must lift the veto without delay.\"",
                   published="2025-11-20")
    assert {r["speaker"] for r in rows} == {"tusk"}, rows


# --- session 49 -------------------------------------------------------------------------------

def test_session49_a_quote_opening_its_paragraph_under_a_lead_line_is_the_lead_lines_person(tmp_path):
    # (a quotation guide's entries: a bold line of who, how and when, ending in its colon, over a
    # paragraph that opens with the words and goes on)
    body = ("**Donald Tusk, Polish prime minister, on X, 14 October 2025:**\n"
            "\"Europe must not be blackmailed by one government.\" Later that week he said the same in Brussels.\n")
    rows = rows_of(tmp_path, body, published="2025-11-20")
    assert {(r["speaker"], r["said_on"]) for r in rows if "blackmailed" in r["quote"]} == {("tusk", "2025-10-14")}, rows


def test_session49_a_lead_line_ending_in_its_colon_signs_no_quote_above_it(tmp_path):
    # (entries one under another: each lead line heads the words below it, not the ones above)
    body = ("**Viktor Orbán, on state radio, 3 October 2025:**\n"
            "\"Brussels will not decide for Hungary.\" And: \"We will keep the veto.\"\n\n"
            "**Donald Tusk, to reporters, 6 October 2025:**\n"
            "\"Europe must not be blackmailed by one government.\"\n\n"
            "**Viktor Orbán, the same month:**\n"
            "\"Hungary has the right to say no.\"\n")
    rows = rows_of(tmp_path, body, published="2025-11-20")
    got = {(r["speaker"], r["said_on"]) for r in rows}
    assert ("tusk", "2025-10-06") in got and ("orban", "2025-10") in got and ("orban", "2025-10-03") in got, rows
    assert not any(r["speaker"] == "orban" and "blackmailed" in r["quote"] for r in rows), rows


def test_session49_a_lead_line_that_a_body_opens_with_a_long_occasion_is_the_bodys(tmp_path):
    body = ("**China's foreign ministry, 9 May 2025, after the United States announced new tariffs on "
            "electric cars and batteries:**\n"
            "\"The measures violate the rules of the World Trade Organization.\"\n")
    rows = rows_of(tmp_path, body, published="2025-06-20")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("china_mfa", "2025-05-09")}, rows


def test_session49_a_pronoun_under_a_lead_line_is_the_lead_lines_person(tmp_path):
    # (the line's occasion names others: "to Italian media", "after meeting Meloni"; they are not
    # the pronoun's)
    body = ("**Edi Rama, after meeting Meloni in Rome, 2 June 2025:**\n"
            "He said that the agreement \"is a model for the whole of Europe\".\n")
    rows = rows_of(tmp_path, body, published="2025-06-20")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("rama", "2025-06-02")}, rows


@pytest.mark.parametrize("sentence", [
    "Hungary's answer came from its prime minister, Viktor Orbán, on Friday 3 October.",
    "The government's case was put by Viktor Orbán in a radio interview on Friday 3 October.",
])
def test_session49_words_that_came_from_someone_before_a_quote_are_theirs(tmp_path, sentence):
    rows = rows_of(tmp_path, f"{sentence} \"Brussels will not decide for Hungary. The veto stays.\"",
                   published="2025-10-20")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("orban", "2025-10-03")}, rows


def test_session49_a_short_linking_sentence_between_two_quotes_keeps_the_voice(tmp_path):
    body = ("\"Hungary will not be lectured,\" Orbán began on Friday. The complaints came one by one. "
            "\"Brussels has frozen our money without a reason.\" And: \"The Commission answers to no one.\"\n\n"
            "Then the warning: \"We will keep the veto until the money is released.\"\n")
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert {r["speaker"] for r in rows} == {"orban"}, rows
    assert all(any(words in r["quote"] for r in rows) for words in ("lectured", "frozen", "answers to", "keep the veto")), rows


def test_session49_a_person_named_in_full_is_then_named_by_the_given_name_alone(tmp_path):
    # (a profile's way: "Donald Tusk" in the title, then "Donald"; not "Donald Trump", another man)
    from rhetoric.extract.context import ArticleContext as Ctx

    def mentions(body):
        p = tmp_path / "g.md"
        p.write_text("---\nid: g\ntitle: \"Profile: Donald Tusk at seventy\"\noutlet: null\npublished: 2025-10-20\n"
                     f"language: en\n---\n{body}\n", encoding="utf-8")
        return [(m.actor, m.text) for m in Ctx(read_article(p), REG).all_mentions]

    assert mentions("**DONALD, 68, Prime Minister of Poland**\n\nDonald posted on X that night.") == \
        [("tusk", "DONALD"), ("poland", "Poland"), ("tusk", "Donald")]
    # (another man of that given name in the text: "Donald" alone may be either; a child in a vox pop,
    # a reader signing, one known by a title and that name are someone else)
    assert mentions("Donald posted on X that night. Donald Trump did not answer.") == []
    assert mentions("Donald, 12, asked when the war would end.") == []
    assert mentions("\"He has done half of it.\" — Donald, Gdańsk") == []
    assert mentions("Prince Donald came too. Donald said nothing.") == []


def test_session49_a_name_that_opens_with_a_determiner_gives_no_given_name(tmp_path):
    from rhetoric.actors import load_actors as load
    from rhetoric.extract.roles import given_name_mentions

    reg = tmp_path / "a.yml"
    reg.write_text("actors:\n  - {id: reader, name: The reader, kind: person, affiliation: null, aliases: [the reader]}\n",
                   encoding="utf-8")
    r = load(reg)
    text = "The reader wrote to us. The letter was short."
    assert given_name_mentions(text, r, r.find_mentions(text)) == []


def test_session49_a_place_named_by_a_complex_or_a_centre_is_no_persons_name(tmp_path):
    body = ("**Venue:** the Sports Complex, Budapest.\n\n"
            "He told the crowd that \"Brussels will not decide for Hungary\".\n")
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert not any(r["speaker"] == "Sports Complex" for r in rows), rows


def test_session49_a_sections_heading_names_the_voice_of_the_answers_under_its_questions(tmp_path):
    # (a questionnaire: the same questions to two people, a heading "X on Y" over each one's answers)
    body = ("**Viktor Orbán on Donald Tusk**\n\n"
            "**What do you think of him?**\n"
            "\"He is a man of Brussels, not of Poland.\" *[state radio, 3 Oct]*\n\n"
            "**Would you meet him again?**\n"
            "He said Tusk was wrong. *[3 Oct]*\n\n"
            "**Donald Tusk on Viktor Orbán**\n\n"
            "**What do you think of him?**\n"
            "\"Europe must not be blackmailed by one government.\" *[to reporters, 6 Oct]*\n")
    rows = rows_of(tmp_path, body, published="2025-10-20")
    got = {(r["speaker"], r["said_on"], r["quote"][:10]) for r in rows}
    assert ("orban", "2025-10-03", "He is a ma") in got and ("tusk", "2025-10-06", "Europe mus") in got, rows
    assert any(r["speaker"] == "orban" and r["quote"].startswith("He said") and r["said_on"] == "2025-10-03"
               for r in rows), rows


def test_session49_a_quoted_sentence_with_its_occasion_noted_in_square_brackets_is_text():
    from rhetoric.corpus import passages

    body = "\"Europe must not be blackmailed.\" *[to reporters, 6 Oct]*\n\n\"The Illiberal Turn\" [book]\n"
    assert [p.kind for p in passages(body)] == ["text", "heading"]


@pytest.mark.parametrize("note, said_on", [("*[press conference, 3 Oct]*", "2025-10-03"), ("[updated 14 Oct]", "")])
def test_session49_a_note_of_the_occasion_after_a_sentence_dates_it_an_editors_note_does_not(tmp_path, note, said_on):
    rows = rows_of(tmp_path, f"Orbán said Tusk was wrong about the veto, whatever Brussels decided in September. {note}",
                   published="2025-10-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "orban"] == [said_on], rows


def test_session49_an_object_her_of_the_subjects_own_verb_is_no_evidence_of_the_subjects_gender(tmp_path):
    ctx = context(tmp_path, "Orbán was answering her, not the Germans, when he said he threatened nobody.")
    assert ctx.gender_hint.get("orban") != "f", ctx.gender_hint


def test_session49_a_title_before_a_name_is_no_role_of_its_own(tmp_path):
    # ("the moment President …": not a role "moment President" that speaks)
    body = "Watch for the moment Prime Minister Donald Tusk turns to Budapest: \"Europe must not be blackmailed.\""
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert {r["speaker"] for r in rows} == {"tusk"}, rows


def test_session49_a_listings_weekday_heading_ahead_is_the_day_named_above(tmp_path):
    # (a weekend's listings published on the Saturday: "## SUNDAY" is the Sunday ahead the masthead
    # names, and "on Wednesday" under it the Wednesday before that Sunday)
    body = ("**WEEKEND TV · SATURDAY 18 – SUNDAY 19 OCTOBER**\n\n"
            "## SATURDAY\n\n**09:00 · TVP 1 · News**\nThe morning news.\n\n"
            "## SUNDAY\n\n**21:15 · TVP 1 · Panel**\n"
            "Donald Tusk, who on Wednesday called the veto \"blackmail by one government\", is among the guests.\n")
    rows = rows_of(tmp_path, body, published="2025-10-18")
    assert {r["said_on"] for r in rows if r["speaker"] == "tusk"} == {"2025-10-15"}, rows


def test_session49_a_blockquote_with_a_translation_mark_after_it_is_signed_below(tmp_path):
    # (a poster's quotations: '> "…" [T]' over '> — name, occasion, day [n]', the mark ours)
    body = ("> \"Europe must not be blackmailed by one government.\" [T]\n"
            "> — Donald Tusk, to reporters in Warsaw, 14 Oct [3]\n")
    rows = rows_of(tmp_path, body, published="2025-11-20")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("tusk", "2025-10-14")}, rows


def test_session49_a_signatures_bare_month_and_same_day_date_the_words(tmp_path):
    # (a list of signed quotations: "February" alone at a signature's end is that month, the last
    # one; "same day" is the day of the entry just above, not of a range told in the text before)
    body = ("We coded statements made between 1 February and 30 April 2025.\n\n"
            "> \"Hungary will keep the veto, whatever Brussels says.\"\n"
            "> — Viktor Orbán, to state radio, February [1]\n\n"
            "> \"Europe must not be blackmailed by one government.\"\n"
            "> — Donald Tusk, in Warsaw, 8 Apr [2]\n\n"
            "> \"The Commission will answer every veto with the treaties.\" [T]\n"
            "> — Friedrich Merz, same day [3]\n")
    rows = rows_of(tmp_path, body, published="2025-06-20")
    got = {r["speaker"]: r["said_on"] for r in rows}
    assert got == {"orban": "2025-02", "tusk": "2025-04-08", "merz": "2025-04-08"}, rows


def test_review49_words_that_came_from_an_office_of_someone_are_the_office_holders(tmp_path):
    body = ("The sharpest warning came from Tusk's former foreign minister, Radosław Sikorski, at a rally. "
            "\"Hungary must choose between Brussels and Moscow.\"")
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert {r["speaker"] for r in rows} == {"sikorski"}, rows


def test_review49_a_linking_sentence_that_brings_in_a_voice_ends_the_voice_before(tmp_path):
    body = "\"We will win this election,\" Tusk said. Then a voice from the back. \"Traitor! Hungary decides for itself.\""
    rows = rows_of(tmp_path, body, published="2025-05-09")
    assert not any(r["speaker"] == "tusk" and "Traitor" in r["quote"] for r in rows), rows


def test_review49_a_city_and_a_day_in_brackets_after_a_quote_are_where_and_when(tmp_path):
    body = "Her statements:\n\n\"We are not afraid of Russia. We are prepared for it.\" [Vilnius, 10 Apr]\n"
    reg = ("  - {id: lithuania, name: Lithuania, kind: state, affiliation: null, aliases: [Lithuania, Vilnius]}\n"
           "  - {id: russia, name: Russia, kind: state, affiliation: null, aliases: [Russia]}\n")
    rows = _rows_with(tmp_path, reg, body, published="2025-04-20")
    assert not any(r["speaker"] == "lithuania" for r in rows), rows


def test_session49_a_day_and_its_topic_head_a_section_told_later(tmp_path):
    # (a researcher's notes written on the Monday after: "## Saturday: …" dates its words, and
    # "yesterday" under "## Sunday: …" is the Sunday, counted from the Monday of writing)
    body = ("*My notes on the week, written on Monday.*\n\n"
            "## Saturday: the veto\n\n"
            "- Orbán told state radio that Brussels \"will not decide for Hungary\".\n\n"
            "## Sunday: Warsaw answers\n\n"
            "- Yesterday Tusk told reporters that Hungary \"has chosen Moscow over its partners\".\n")
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("orban", "2025-10-18"), ("tusk", "2025-10-19")}, rows


def test_session49_a_day_and_its_topic_over_text_that_looks_ahead_dates_nothing(tmp_path):
    # (a week-ahead preview: the day is to come; "last week" under it counts from the page's day)
    body = ("**Thursday: Tusk meets Orbán**\n\n"
            "Tusk will arrive in Budapest in the morning. Last week he said Hungary \"has chosen Moscow\".\n")
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert {r["said_on"] for r in rows if r["speaker"] == "tusk"} == {"2025-10-13"}, rows


def test_session49_one_who_reads_a_text_named_by_its_owner_gives_the_words_to_the_owner(tmp_path):
    # (a channel reads a leader's post, its day and an apposition between the text and the colon)
    body = ("Hungarian state television reads Viktor Orbán's Facebook post of Friday morning, the one that "
            "started the row: \"Brussels will not decide for Hungary.\"")
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert {r["speaker"] for r in rows} == {"orban"}, rows


def test_session49_of_two_sides_named_the_one_goods_go_to_is_not_the_tie_breaks_pick(tmp_path):
    # (the article names the receiver's side more; the words are about the one that sells)
    reg = ("  - {id: vucic, name: Aleksandar Vučić, kind: person, affiliation: serbia, aliases: [Aleksandar Vučić, Vučić]}\n"
           "  - {id: kurti, name: Albin Kurti, kind: person, affiliation: kosovo, aliases: [Albin Kurti, Kurti]}\n"
           "  - {id: serbia, name: Serbia, kind: state, affiliation: null, aliases: [Serbia]}\n"
           "  - {id: kosovo, name: Kosovo, kind: state, affiliation: null, aliases: [Kosovo, Pristina]}\n"
           "  - {id: turkey, name: Turkey, kind: state, affiliation: null, aliases: [Turkey]}\n"
           "  - {id: pink_tv, name: TV Pink, kind: media, affiliation: null, aliases: [TV Pink]}\n")
    body = ("Prime Minister Albin Kurti wrote: \"Crates of attack drones have reached Pristina.\"\n\n"
            "In December 2022 Vučić told TV Pink: \"When the Turks say they will sell drones to Pristina, that is "
            "bad news for all of us.\"\n")
    rows = _rows_with(tmp_path, reg, body, published="2025-10-20")
    assert {r["target"] for r in rows if r["speaker"] == "vucic"} == {"turkey"}, rows


def test_read49_a_run_of_pronoun_answers_is_read_in_linear_time(tmp_path, monkeypatch):
    # (each "He said …" is read from the one before; within a call each pronoun is read once: the
    # calls grow with the paragraphs, not with two to their power)
    from rhetoric.extract import resolve as rs

    calls = []
    real = rs._resolve_pronoun
    monkeypatch.setattr(rs, "_resolve_pronoun", lambda ctx, c, exclude=None: calls.append(c.start) or real(ctx, c, exclude))
    body = "\n\n".join(["He said Hungary would veto the package again.\n\nHe said Brussels was to blame."] * 10)
    rows_of(tmp_path, body, published="2025-10-14")
    assert len(calls) < 2000, len(calls)


@pytest.mark.parametrize("body, speaker", [
    # (a prose line ending in a colon is no lead line: its first name is not the speaker)
    ("Netanyahu, whom Rubio met on Monday, was not in the room. Rubio told reporters:\n\n"
     "\"Israel has every right to defend itself.\"", "rubio"),
    ("Netanyahu, whom Rubio met on Monday, stayed silent. Rubio was blunter:\n\nHe said Hamas must disarm before any deal.",
     "rubio"),
])
def test_read49_a_prose_line_ending_in_a_colon_is_no_lead_line(tmp_path, body, speaker):
    rows = rows_of(tmp_path, body, published="2025-10-14")
    assert {r["speaker"] for r in rows} == {speaker}, rows


def test_read49_a_sections_voice_is_none_when_an_earlier_answer_names_another(tmp_path):
    body = ("**Orbán on migration**\n\n**Who else spoke at the summit?**\n\nTusk addressed the summit in Brussels on "
            "Monday.\n\n**What did he say?**\n\nHe said Poland would never accept the migration pact.")
    rows = rows_of(tmp_path, body, published="2025-10-14")
    assert {r["speaker"] for r in rows} == {"tusk"}, rows


def test_read49_words_that_came_from_someone_with_another_clause_after_are_not_theirs(tmp_path):
    body = "The first warning came from Merz, and Orbán brushed it aside within the hour. \"Nonsense from Berlin.\""
    assert not any(r["speaker"] == "merz" for r in rows_of(tmp_path, body, published="2025-10-14"))


@pytest.mark.parametrize("body", [
    # (a given name that is someone's surname, after a surname-only mention of the registered person)
    "Netanyahu spoke in the Knesset on Monday.\n\n\"History is written by the victors,\" Walter Benjamin wrote.",
    # (another man of that given name, with an initial or in capitals)
    "Donald Tusk met Donald J. Trump in Washington on Monday.\n\n\"Poland is a great friend,\" said Donald J. Trump.",
    "Donald Tusk flew to Washington on Monday.\n\nDONALD TRUMP: \"Poland is a great friend.\"",
])
def test_read49_a_given_name_is_no_registered_persons_unless_its_full_name_stands_alone(tmp_path, body):
    rows = rows_of(tmp_path, body, published="2025-10-14")
    assert not any(r["speaker"] in ("netanyahu", "tusk") for r in rows), rows


def test_read49_a_given_name_in_lower_case_is_no_ones_but_a_line_in_capitals(tmp_path):
    from rhetoric.extract.roles import given_name_mentions

    reg = tmp_path / "a.yml"
    reg.write_text("actors:\n  - {id: vrajolli, name: Mentor Vrajolli, kind: person, affiliation: null, "
                   "aliases: [Mentor Vrajolli, Vrajolli]}\n", encoding="utf-8")
    r = load_actors(reg)
    text = "Mentor Vrajolli welcomed the pact. His mentor warned that Croatia would pay."
    assert given_name_mentions(text, r, r.find_mentions(text), original=text) == []


@pytest.mark.parametrize("name", ["Richard Hall", "Grace Park"])
def test_read49_a_surname_that_is_a_place_word_is_still_a_name(tmp_path, name):
    rows = rows_of(tmp_path, f"\"Hungary will veto the sanctions package again,\" {name} told Reuters on Monday.",
                   published="2025-10-14")
    assert [r["speaker"] for r in rows] == [name], rows


def test_read49_an_editors_note_later_in_the_brackets_dates_nothing(tmp_path):
    body = ("Tusk said on Polish radio that Poland would never pay for the mistakes Hungary had made in its budget talks "
            "with Brussels. *[Article updated, 18 Oct]*")
    assert [r["said_on"] for r in rows_of(tmp_path, body, published="2025-10-20")] == [""]


@pytest.mark.parametrize("line", ["Tusk says Poland will never pay. [Part 2]", "Orbán wins again. [3 photos]",
                                  "Magyar rally draws thousands. [Updated 14 Oct]"])
def test_read49_a_headlines_tag_in_brackets_leaves_it_a_heading(line):
    from rhetoric.corpus import passages

    assert [p.kind for p in passages(line)] == ["heading"]


def test_read49_a_scene_between_two_quotes_is_no_link(tmp_path):
    body = ("\"Hungary will never accept migrants,\" Orbán told the rally in Budapest. The mood outside was very "
            "different. \"Shame on you!\"")
    assert not any("Shame" in r["quote"] for r in rows_of(tmp_path, body, published="2025-10-14"))


def test_read49_one_asked_above_a_quote_is_not_its_speaker(tmp_path):
    body = ("Our correspondent asked Tusk in Warsaw on Monday:\n\n"
            "\"Will Poland pay for Hungary's mistakes?\" He refused to answer and walked away.")
    assert not any(r["speaker"] == "tusk" and "pay" in r["quote"] for r in rows_of(tmp_path, body, published="2025-10-14"))


def test_read49_a_day_ahead_told_in_prose_places_no_weekday_heading(tmp_path):
    body = ("## Friday 10 October\n\nOrbán told state radio that Hungary would veto the sanctions package. Magyar has "
            "called a rally for Sunday 12 October.\n\n## Sunday\n\n\"Poland will not wait for Hungary,\" Tusk told reporters.")
    rows = rows_of(tmp_path, body, published="2025-10-11")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-10-05"], rows


# --- session 50: eskers read (tests in other wording than the set's) ---------------------------

@pytest.mark.parametrize("header", ["**Resolved** · Mar 4, 2025 - 09:12 UTC", "**Monitoring** · Mar 4, 2025 – 9:12 GMT",
                                    "### Post #7 · 4 March 2025", "**Entry No. 12** · 4 March 2025"])
def test_session50_an_entry_header_with_its_number_or_its_time_and_zone_dates_the_entry(tmp_path, header):
    body = (f"{header}\nOrbán told state radio this morning: \"Hungary will veto the sanctions package again.\"\n\n"
            "**Older entry** · Mar 1, 2025 - 18:00 UTC\nNo change.")
    rows = rows_of(tmp_path, body, published="2025-03-09")
    assert [r["said_on"] for r in rows if r["speaker"] == "orban"] == ["2025-03-04"], rows


def test_session50_a_headline_quoting_someone_does_not_end_the_day_of_a_digest(tmp_path):
    body = ("Morning briefing · Tuesday, March 4, 2025\n\n"
            "**Tusk: \"not one more euro\"**\n*Warsaw Ledger*\n"
            "Polish Prime Minister Donald Tusk said last night that Warsaw would not pay \"one more euro\" for "
            "Budapest's vetoes.\n\n"
            "**Orbán: \"we will not be blackmailed\"**\n*Danube Courier*\n"
            "Viktor Orbán told state radio last night: \"Hungary will not be blackmailed by Brussels or by Warsaw.\"")
    rows = rows_of(tmp_path, body, published="2025-03-06")
    assert {r["speaker"]: r["said_on"] for r in rows if r["speaker"] in ("tusk", "orban")} == \
        {"tusk": "2025-03-03", "orban": "2025-03-03"}, rows


@pytest.mark.parametrize("role, term", [
    ("Foreign Minister of Poland in 2021", ("2021-01-01", "2021-12-31")),
    ("Foreign Minister of Poland (2020-2023)", ("2020-01-01", "2023-12-31")),
    ("Prime Minister of Poland until December 2023", ("0001-01-01", "2023-12-31")),
    ("Prime Minister of Poland since 13 December 2023", ("2023-12-13", "9999-12-31")),
    ("President of Poland (from 6 August 2025)", ("2025-08-06", "9999-12-31")),
    ("Foreign Minister of Poland", None),
    ("Polish diplomat expelled from Minsk in June 2021", None),  # (an event's day, no term)
])
def test_session50_a_registry_role_may_give_its_term_of_office(role, term):
    from rhetoric.extract.roles import role_term

    got = role_term(role)
    assert (got and tuple(d.isoformat() for d in got)) == term or got is None and term is None


_TWO_MINISTERS = (
    "  - {id: poland, name: Poland, kind: state, affiliation: null, aliases: [Poland, Warsaw]}\n"
    "  - {id: belarus, name: Belarus, kind: state, affiliation: null, aliases: [Belarus, Minsk]}\n"
    "  - {id: rau, name: Zbigniew Rau, kind: person, affiliation: poland, role: Foreign Minister of Poland (2020-2023), "
    "aliases: [Zbigniew Rau, Rau]}\n"
    "  - {id: sikorski, name: Radosław Sikorski, kind: person, affiliation: poland, role: Foreign Minister of Poland, "
    "aliases: [Radosław Sikorski, Sikorski]}\n")


@pytest.mark.parametrize("body, published, speaker", [
    ("On 4 March 2025 the Foreign Minister of Poland said that Minsk was \"running a hybrid war against us\".",
     "2025-03-06", "sikorski"),
    ("Poland's foreign minister told reporters in Warsaw that Belarus was \"running a hybrid war against us\".",
     "2025-03-06", "sikorski"),
])
def test_session50_a_role_is_not_a_holder_whose_term_has_ended(tmp_path, body, published, speaker):
    rows = _rows_with(tmp_path, _TWO_MINISTERS, body, published=published)
    assert [r["speaker"] for r in rows] == [speaker], rows


@pytest.mark.parametrize("body, quote", [
    ("Much of the debate turned on the warning of Sikorski that Budapest \"is walking into Moscow's arms\".", "walking"),
    ("The minutes record the reply of the Polish prime minister on Tuesday: \"Poland will not pay for vetoes.\"", "vetoes"),
    ("The editorial welcomed the words of Tusk the same evening, \"We will never leave Hungary to Moscow\".", "never"),
])
def test_session50_words_said_of_someone_before_a_quote_are_theirs(tmp_path, body, quote):
    rows = [r for r in rows_of(tmp_path, body, published="2025-10-16") if quote in r["quote"]]
    assert rows and {r["speaker"] for r in rows} == {"sikorski" if "Sikorski" in body else "tusk"}, rows


def test_session50_one_cast_as_a_quotes_words_is_their_target(tmp_path):
    body = "Orbán met Merz in Berlin on Monday. Reporters noted his description of Merz as \"a brave friend of peace\"."
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [(r["speaker"], r["target"], r["stance"] > 0) for r in rows if "brave" in r["quote"]] == \
        [("orban", "merz", True)], rows


@pytest.mark.parametrize("lead", ["in his view", "in Tusk's opinion", "in his own judgment"])
def test_session50_a_view_given_as_someones_makes_the_quote_theirs(tmp_path, lead):
    body = f"Tusk spoke to students in Gdańsk on Monday. Hungary, {lead}, had \"turned its back on Europe for cheap gas\"."
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["speaker"] for r in rows if "cheap gas" in r["quote"]] == ["tusk"], rows


def test_session50_an_excerpt_under_a_digests_day_is_not_dated_by_it(tmp_path):
    body = ("Weekly roundup · Friday, March 7, 2025\n\n**Tusk hardens his tone on Budapest**\n*Vistula Daily*\n"
            "... Donald Tusk told a conference in Gdańsk that Poland \"will never pay for the vetoes of Budapest\" ...\n\n"
            "**Orbán hits back at Warsaw**\n*Danube Courier*\n"
            "Viktor Orbán said on state radio this morning: \"Warsaw should mind its own business.\"")
    rows = {r["speaker"]: r["said_on"] for r in rows_of(tmp_path, body, published="2025-03-08")}
    assert rows == {"tusk": "", "orban": "2025-03-07"}, rows


def test_session50_a_very_long_sentence_of_one_speakers_quotes_is_cited_clause_by_clause(tmp_path):
    from rhetoric.extract.statements import JOINED_WORDS

    clauses = [f"that Warsaw \"will never accept the {w} of Budapest over the sanctions package\"" for w in
               ("veto", "blackmail", "threats", "delays", "tricks", "games")]
    body = "On Monday Tusk told parliament " + ", ".join(clauses) + "."
    rows = [r for r in rows_of(tmp_path, body, published="2025-10-16") if r["speaker"] == "tusk"]
    assert len(body.split()) > JOINED_WORDS and len(rows) == 6
    assert len({(r["start"], r["end"]) for r in rows}) == 6, [r["quote"] for r in rows]  # (each clause its own span)


def test_session50_a_roundups_entries_under_their_contributors_lines_are_their_comments(tmp_path):
    body = ("*We asked two former diplomats whether Warsaw was right to block the package. Answers came in "
            "between Monday 3 and Wednesday 5 March 2025.*\n\n"
            "**Radosław Sikorski** — Foreign Minister of Poland · Yes\n"
            "Hungary has blocked every package for three years and Budapest will do it again.\n\n"
            "**Donald Tusk** · Prime Minister · Yes, firmly\n"
            "Orbán has chosen Moscow, and Europe cannot wait for him any longer.")
    rows = rows_of(tmp_path, body, published="2025-03-07")
    got = {(r["speaker"], r["target"]) for r in rows}
    assert {("sikorski", "hungary"), ("tusk", "orban")} <= got, rows
    assert {r["said_on"] for r in rows} == {"2025-03-03"} and \
        {r["said_on_precision"] for r in rows} == {"interval"}, rows


@pytest.mark.parametrize("second", [
    "**Donald Tusk**, Prime Minister of Poland\nHe has led the government since December 2023 and chaired the EU Council.",
    "**Donald Tusk**, Prime Minister of Poland\nTusk has led the government since December 2023.",
])
def test_session50_a_whos_who_or_a_single_entry_is_no_roundup(tmp_path, second):
    body = ("**Radosław Sikorski**, Foreign Minister of Poland\n"
            "Hungary has blocked every package for three years and Budapest will do it again.\n\n" + second)
    rows = rows_of(tmp_path, body, published="2025-03-07")
    assert not any(r["speaker"] in ("sikorski", "tusk") for r in rows), rows


_COURT_AND_SEAT = (
    "  - {id: hungary, name: Hungary, kind: state, affiliation: null, aliases: [Hungary, Budapest]}\n"
    "  - {id: netherlands, name: the Netherlands, kind: state, affiliation: null, aliases: [Netherlands, The Hague]}\n"
    "  - {id: icc, name: International Criminal Court, kind: organisation, affiliation: null, "
    "aliases: [International Criminal Court, ICC]}\n"
    "  - {id: orban, name: Viktor Orbán, kind: person, affiliation: hungary, role: Prime Minister of Hungary, "
    "aliases: [Viktor Orbán, Orbán]}\n")


def test_session50_the_place_a_body_sits_in_is_no_target_candidate(tmp_path):
    from rhetoric.extract.context import ArticleContext
    from rhetoric.extract.targets import targets_in

    reg = tmp_path / "own_actors.yml"
    reg.write_text("actors:\n" + _COURT_AND_SEAT, encoding="utf-8")
    p = tmp_path / "c.md"
    p.write_text("---\nid: c\ntitle: t\noutlet: null\npublished: 2025-04-04\nlanguage: en\n---\n"
                 "Orbán told state radio: \"The International Criminal Court in The Hague is a political tool.\"\n",
                 encoding="utf-8")
    ctx = ArticleContext(read_article(p), load_actors(reg))
    assert [t[0] for t in targets_in(ctx, 0, len(ctx.body), "orban")] == ["icc"]


def test_session50_the_place_a_body_sits_in_is_not_a_target(tmp_path):
    body = ("Hungary left the court's statute this spring; the Netherlands, its host, regretted it.\n\n"
            "Orbán told state radio: \"The International Criminal Court in The Hague has become a political tool.\"")
    rows = _rows_with(tmp_path, _COURT_AND_SEAT, body, published="2025-04-04")
    assert [r["target"] for r in rows if r["speaker"] == "orban"] == ["icc"], rows


# --- review50 / read50: a helper's review on fresh texts and a code read of 42cd610 -------------

@pytest.mark.parametrize("header", ["**Case No. 4** · 12 January 2023", "**Part 2** · 16 June 1989",
                                    "**Poll No. 2** · 2 October 2025"])
def test_review50_another_things_number_and_day_is_no_entry_of_writing(tmp_path, header):
    body = f"{header}\nTusk said yesterday that \"Hungary will not stop us from helping Ukraine\"."
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-10-15"], rows


@pytest.mark.parametrize("header", ["**October 9** · Day 2 of the summit", "**Thursday, October 9** · Live"])
def test_read50_a_bold_day_before_labels_still_dates_its_section(tmp_path, header):
    body = f"{header}\n\nTusk told reporters: \"Hungary will not stop us from helping Ukraine.\""
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-10-09"], rows


@pytest.mark.parametrize("header", ["**Planned** · 15 July 2025", "**Note on sources** · June 2025"])
def test_review50_an_entry_header_with_no_day_of_writing_ends_the_entry_before(tmp_path, header):
    body = ("**Update** · 12 June 2025 - 10:00 CET\nTusk told reporters in Warsaw: \"Poland will not pay.\"\n\n"
            f"{header}\nOrbán has warned that Hungary \"will not sign anything that hurts Hungarian farmers\".")
    rows = rows_of(tmp_path, body, published="2025-06-20")
    assert {r["speaker"]: r["said_on"] for r in rows} == {"tusk": "2025-06-12", "orban": ""}, rows


@pytest.mark.parametrize("title", ["**The \"two-state\" question**", "**Glossary: \"hybrid war\"**",
                                   "## What \"hybrid war\" means"])
def test_review50_a_section_title_with_a_quoted_term_ends_the_day(tmp_path, title):
    body = ("Daily note · Monday, October 13, 2025\n\n**Tusk: \"not one more euro\"**\n"
            "Tusk said this morning that Poland \"will not pay for the vetoes of Budapest\".\n\n"
            f"{title}\n\nOrbán has called such ideas \"liberal fantasies of the Brussels elite\".")
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert {r["speaker"]: r["said_on"] for r in rows} == {"tusk": "2025-10-13", "orban": ""}, rows


def test_read50_a_headline_in_single_quotes_is_a_headline_too(tmp_path):
    body = ("Weekly roundup · Tuesday, March 4, 2025\n\n**Tusk: 'not one more euro for Budapest'**\n*Vistula Daily*\n"
            "Donald Tusk said last night that Warsaw would not pay \"one more euro\" for Budapest's vetoes.")
    rows = rows_of(tmp_path, body, published="2025-03-08")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-03-03"], rows


def test_review50_a_live_blogs_line_that_goes_on_with_an_ellipsis_keeps_its_day(tmp_path):
    body = ("## Tuesday, March 4, 2025\n\n"
            "… and Donald Tusk has just told reporters that Poland \"will never accept the veto of Budapest\".")
    rows = rows_of(tmp_path, body, published="2025-03-06")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-03-04"], rows


@pytest.mark.parametrize("body, target", [
    ("Sikorski spoke in Warsaw on Monday. Russia, in his view, was \"running a hybrid war against Poland\".", "russia"),
    ("Tusk spoke on Monday. In his view, Orbán \"has betrayed Europe for cheap gas\".", "orban"),
    ("In the view of Tusk, Orbán \"has betrayed Europe for cheap gas\".", "orban"),
])
def test_review50_a_view_given_as_someones_is_about_its_sentences_subject(tmp_path, body, target):
    rows = [r for r in rows_of(tmp_path, body, published="2025-10-16") if r["speaker"] in ("tusk", "sikorski")]
    assert [r["target"] for r in rows] == [target], rows


@pytest.mark.parametrize("body", [
    "Tusk's answer to the claim of Orbán: \"Poland has never paid for anything.\"",
    "Tusk repeated his rebuke of Orbán on Monday: \"Poland has never paid for anything.\"",
    "The claim of Orbán that Poland was lying was dismissed by Tusk as \"absurd propaganda from Budapest\".",
])
def test_read50_of_after_a_noun_of_words_names_no_speaker_when_another_owns_them(tmp_path, body):
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert not any(r["speaker"] == "orban" for r in rows), rows


@pytest.mark.parametrize("role, term", [
    ("Defence Minister of Serbia in 2023; Prime Minister from 2024", None),
    ("Presidential candidate (2023-2024), President of Finland from March 2024", None),
    ("Italian doctoral student killed in Cairo in 2016", None),
    ("President of Serbia, re-elected in 2022", None),
    ("Minister of Finance (since 31 June 2024)", None),  # (no such day: no term, and no crash)
    ("Foreign Minister of Israel (2024)", ("2024-01-01", "2024-12-31")),
    ("Minister of Finance (from Jan. 2025)", ("2025-01-01", "9999-12-31")),
])
def test_read50_a_term_is_read_only_from_a_single_office(role, term):
    from rhetoric.extract.roles import role_term

    got = role_term(role)
    assert (got and tuple(d.isoformat() for d in got)) == term or got is None and term is None


@pytest.mark.parametrize("body, speaker", [
    # (a holder the text names is the role's, whatever the term)
    ("Zbigniew Rau visited Minsk in 2025. Poland's foreign minister said that Belarus was \"running a hybrid war\".",
     "rau"),
    # (the time is the words', told in the role's sentence, not a date told before it)
    ("The crisis began in August 2021, when Minsk pushed migrants west, and Poland's foreign minister said on Monday "
     "that Belarus was \"running a hybrid war\".", "sikorski"),
])
def test_read50_a_roles_term_yields_to_a_named_holder_and_to_the_words_time(tmp_path, body, speaker):
    rows = _rows_with(tmp_path, _TWO_MINISTERS, body, published="2025-03-06")
    assert [r["speaker"] for r in rows] == [speaker], rows


def test_review50_just_between_the_auxiliary_and_the_verb(tmp_path):
    rows = rows_of(tmp_path, "Donald Tusk has just told reporters that Poland \"will never accept the veto of Budapest\".",
                   published="2025-03-06")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


def test_review50_an_occasions_number_and_day_dates_the_words_under_it(tmp_path):
    body = ("### Sitting #2 · 11 March 2025\nTusk told the Sejm that Poland \"will not pay for the vetoes of Budapest\".\n\n"
            "### Sitting #3 · 18 March 2025\nSikorski said yesterday that Hungary \"is isolated in the Union\".")
    rows = {r["speaker"]: r["said_on"] for r in rows_of(tmp_path, body, published="2025-03-25")}
    assert rows == {"tusk": "2025-03-11", "sikorski": "2025-03-17"}, rows


def test_review50_a_that_clause_of_a_few_words_before_the_quote(tmp_path):
    body = "Ties have not recovered from the remarks of Orbán that a Ukrainian victory would be \"a disaster for Europe\"."
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["speaker"] for r in rows] == ["orban"], rows


def test_session50_he_after_a_semicolon_in_the_writers_sentence_is_the_one_person_it_names(tmp_path):
    body = ("Orbán met Merz in Berlin on Monday.\n\n"
            "We also spoke to Radosław Sikorski, who was in Kyiv; on the phone he repeated what he had told "
            "the BBC: \"Budapest has chosen Moscow over its own allies.\"")
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["speaker"] for r in rows if "Moscow" in r["quote"]] == ["sikorski"], rows


def test_session50_a_few_words_given_as_her_view_are_cited_with_their_sentence(tmp_path):
    body = ("Tusk spoke to students in Gdańsk on Monday. Budapest, in his view, had \"chosen Moscow\".")
    rows = [r for r in rows_of(tmp_path, body, published="2025-10-16") if r["speaker"] == "tusk"]
    assert [r["quote"] for r in rows] == ["Budapest, in his view, had \"chosen Moscow\""], rows


def test_session50_it_after_a_named_owners_statement_is_the_owners(tmp_path):
    body = ("The Commission did not reply. Orbán's statement that evening said: \"Brussels has declared war on Hungarian "
            "families.\" It added that \"the sanctions on Russia have failed and must end\".")
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["speaker"] for r in rows if "sanctions" in r["quote"]] == ["orban"], rows


def test_session50_the_maker_of_the_goods_did_not_deliver_them(tmp_path):
    actors = ("  - {id: germany, name: Germany, kind: state, affiliation: null, aliases: [Germany, Berlin]}\n"
              "  - {id: poland, name: Poland, kind: state, affiliation: null, aliases: [Poland, Warsaw]}\n"
              "  - {id: hungary, name: Hungary, kind: state, affiliation: null, aliases: [Hungary, Budapest]}\n"
              "  - {id: diehl, name: Diehl Defence, kind: company, affiliation: germany, aliases: [Diehl Defence, Diehl]}\n"
              "  - {id: orban, name: Viktor Orbán, kind: person, affiliation: hungary, aliases: [Viktor Orbán, Orbán]}\n")
    body = ("On Monday Germany delivered air-defence systems built by Diehl to Poland. Orbán called the delivery "
            "\"a provocation that brings war closer\".")
    rows = [r for r in _rows_with(tmp_path, actors, body, published="2025-10-16") if r["speaker"] == "orban"]
    assert [r["target"] for r in rows] == ["germany"], rows


def test_session50_the_state_armed_is_the_one_a_transfer_goes_to(tmp_path):
    from rhetoric.extract.acts import receives_transfer
    from rhetoric.extract.context import ArticleContext

    p = tmp_path / "a.md"
    p.write_text("---\nid: a\ntitle: t\noutlet: null\npublished: 2025-10-16\nlanguage: en\n---\n"
                 "Orbán condemned the continued arming of Ukraine by Germany.\n", encoding="utf-8")
    ctx = ArticleContext(read_article(p), REG)
    assert receives_transfer(ctx, ctx.body.index("Ukraine")) and not receives_transfer(ctx, ctx.body.index("Germany"))


# --- review50b: a second helper review (42cd610 vs fb69ae5, 40 fresh texts) --------------------

@pytest.mark.parametrize("intro, lines", [
    ("A guide to the people who will shape the April vote.",
     ("**Viktor Orbán** — Prime Minister since 2010\nCampaigns on sovereignty and keeping Hungary out of the war.",
      "**Péter Magyar** — Leader of the Tisza party\nPromises to unlock frozen EU funds from Brussels.")),
    ("Our reviewers pick the best new books on European politics.",
     ("**Donald Tusk**, *The Veto State* (Polity)\nA sharp account of how Hungary turned unanimity into leverage.",
      "**Radosław Sikorski**, *Border Nights* (Penguin)\nUnsparing about Russia's role on the border.")),
    ("Dispatches from our correspondents in the region.",
     ("**Donald Tusk**, Warsaw\nThe government spent Monday lobbying Brussels for the drone wall.",
      "**Viktor Orbán**, Budapest\nThe billboards attack Brussels and Kyiv in equal measure.")),
])
def test_review50b_entries_that_tell_who_someone_is_are_no_roundup(tmp_path, intro, lines):
    rows = rows_of(tmp_path, intro + "\n\n" + "\n\n".join(lines), published="2025-10-16")
    assert not any(r["speaker"] in ("orban", "magyar", "tusk", "sikorski") for r in rows), rows


def test_review50b_a_letters_page_is_a_roundup_by_its_title(tmp_path):
    p = tmp_path / "l.md"
    p.write_text("---\nid: l\ntitle: \"Letters to the editor\"\noutlet: null\npublished: 2025-10-16\nlanguage: en\n---\n"
                 "**Donald Tusk**, Warsaw\nYour leader on Hungary was far too kind to Viktor Orbán.\n\n"
                 "**Radosław Sikorski**, Gdańsk\nBudapest has chosen Moscow over its allies.\n", encoding="utf-8")
    from rhetoric.extract.statements import extract_article

    rows = extract_article(read_article(p), REG)
    assert {r["speaker"] for r in rows} >= {"tusk", "sikorski"}, rows


def test_review50b_opinion_polls_are_nobodys_opinion(tmp_path):
    body = "In Hungary's opinion polls, Tisza is \"firmly in the lead\" ahead of the April vote."
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert not any(r["speaker"] == "hungary" for r in rows), rows


def test_review50b_a_page_label_before_a_colon_is_no_quoting_headline(tmp_path):
    body = ("Daily note · Monday, October 13, 2025\n\n**Tusk: \"not one more euro\"**\n"
            "Tusk said this morning that Poland \"will not pay for the vetoes of Budapest\".\n\n"
            "**Explained: 'the eastern flank'**\n\n"
            "Sikorski has called the flank \"the new front line of the free world\".")
    rows = {r["speaker"]: r["said_on"] for r in rows_of(tmp_path, body, published="2025-10-16")}
    assert rows == {"tusk": "2025-10-13", "sikorski": ""}, rows


def test_review50b_any_bold_entry_header_ends_the_entry_before(tmp_path):
    body = ("**Update** · 12 June 2025 - 10:00 CET\nTusk told reporters in Warsaw: \"Poland will not pay.\"\n\n"
            "**Exhibit No. 3** · the article at issue\nOrbán has warned that Hungary \"will not sign anything that "
            "hurts Hungarian farmers\".")
    rows = {r["speaker"]: r["said_on"] for r in rows_of(tmp_path, body, published="2025-06-20")}
    assert rows == {"tusk": "2025-06-12", "orban": ""}, rows


def test_review50b_one_named_after_a_preposition_in_the_writers_sentence_is_not_he(tmp_path):
    body = "I asked a farmer near Kuźnica about Donald Tusk; he said the government had \"finally woken up to Minsk\"."
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert not any(r["speaker"] == "tusk" for r in rows), rows


def test_review50b_a_liveblogs_timed_entry_in_bold_does_not_end_its_day(tmp_path):
    body = ("## Wednesday 8 October\n\n**17:14** · ⚡️ Tusk: Budapest is dreaming of an empire\n\n"
            "**17:16** · \"Hungary will never again block our aid to Kyiv,\" Donald Tusk writes.")
    rows = rows_of(tmp_path, body, published="2025-10-12")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-10-08"], rows


def test_session50_you_in_the_next_entry_is_no_reply_to_the_entry_above(tmp_path):
    # (the reply path gave "you" to the speaker of the entry above, the Commission; across an entry's
    # header it is whom the article names most, as for any "you" not replying)
    body = ("Sikorski met students in Gdańsk. Sikorski then flew to Kyiv.\n\n"
            "**Update** · Mar 5, 2025 - 10:00 CET\nThe Commission told reporters: \"The funds for Hungary stay frozen.\"\n\n"
            "**Update** · Mar 4, 2025 - 09:00 CET\nOrbán said on state radio: \"If you think we will give in, you are "
            "wrong about Hungary.\"")
    rows = rows_of(tmp_path, body, published="2025-03-06")
    assert not any(r["speaker"] == "orban" and r["target"] == "commission" for r in rows), rows


@pytest.mark.parametrize("scene", ["And so to Thursday.", "It was Thursday.", "Thursday came."])
def test_session50_a_sentence_that_only_sets_the_day_dates_the_words_after_it(tmp_path, scene):
    body = f"{scene} Sikorski called the veto \"a gift to the Kremlin\"."
    rows = rows_of(tmp_path, body, published="2025-10-11")
    assert [r["said_on"] for r in rows if r["speaker"] == "sikorski"] == ["2025-10-09"], rows


@pytest.mark.parametrize("lead", ["Sikorski was right that", "Sikorski is quite right when he says",
                                  "Sikorski was correct to say that"])
def test_session50_words_of_one_the_writer_agrees_with_are_theirs(tmp_path, lead):
    body = f"The debate is not new. {lead} \"Budapest has chosen Moscow over its own allies\"."
    rows = rows_of(tmp_path, body, published="2025-10-16")
    assert [r["speaker"] for r in rows if "Moscow" in r["quote"]] == ["sikorski"], rows


# Session 51: drumlins (held out in session 50) read. Each test is in other wording than the set's.

_TICKETS = (
    "*The desk logs every quotation as a ticket.*\n\n"
    "### Queue: DONE\n\n"
    "**Ticket 21 · Tusk on X**\n"
    "Tags: `POLAND`\n"
    "Created Mon 3 Mar, 09:10 · Resolved Mon 3 Mar, 10:00\n"
    "Details: Posted at dawn. \"Hungary must stop blocking the aid to Kyiv.\" Further down the thread: "
    "\"Budapest is isolated in the Council.\" It continues: \"Nobody in Warsaw will forget this veto.\"\n\n"
    "**Ticket 22 · Orbán's radio interview**\n"
    "Tags: `HUNGARY`\n"
    "Created Fri 7 Mar, 08:00 · Resolved Fri 7 Mar, 09:30\n"
    "Details: Broadcast at seven. Transcribed: \"Brussels wants to punish Hungary for its peace policy.\" "
    "The interview also says that the veto \"protects the Hungarian farmer\".\n")


def test_session51_a_tickets_header_naming_one_person_gives_its_unattributed_quotes(tmp_path):
    # (an entry's code before the name, "Ticket 21 · ", then a channel or an occasion: the entry's voice,
    # for a quote on its own, after a bare lead "Further down the thread:", "Transcribed:", after "It
    # continues:", and for "The interview also says that …")
    rows = rows_of(tmp_path, _TICKETS, published="2025-03-10")
    got = sorted((r["speaker"], r["quote"][:40]) for r in rows)
    assert [s for s, _ in got].count("tusk") == 3 and [s for s, _ in got].count("orban") == 2, got


def test_session51_a_records_created_day_dates_its_words_not_the_day_it_was_checked(tmp_path):
    rows = rows_of(tmp_path, _TICKETS, published="2025-03-10")
    assert {r["speaker"]: r["said_on"] for r in rows} == {"tusk": "2025-03-03", "orban": "2025-03-07"}, rows


@pytest.mark.parametrize("line, expected", [
    ("Created Wed 8 Oct", None), ("Posted Fri", None), ("Verified Thu", None), ("Jun Azumi", "Jun Azumi"),
    ("Zhang Jun told", "Zhang Jun"),
])
def test_session51_a_weekdays_or_months_short_form_ends_no_name(line, expected):
    from rhetoric.extract import vocabulary as v
    from rhetoric.extract.mentions import _name_in

    body = f"{line} 9 Oct, 14:00 said nothing."
    cand = _name_in(body, v.NAME_PLAIN.match(body), 0, {}, {})
    assert (cand.text if cand else None) == expected, cand


def test_session51_a_plain_fields_label_is_no_part_of_the_lead(tmp_path):
    body = "Description: The outspoken Polish foreign minister Radosław Sikorski, to TVN24: \"Budapest has chosen Moscow.\""
    rows = rows_of(tmp_path, body, published="2025-03-10")
    assert [r["speaker"] for r in rows] == ["sikorski"], rows


@pytest.mark.parametrize("lead", [
    "2. Viktor Orbán, to state radio in Budapest, Friday 7 March:",
    "(b) Viktor Orbán, Hungary's prime minister, speaking on state radio in Budapest, Friday 7 March:",
])
def test_session51_a_numbered_lead_line_over_a_quote_on_the_next_line_names_its_speaker(tmp_path, lead):
    body = f"Exercise 3. Report these words.\n\n{lead}\n   \"Hungary will not pay for a war that is not ours.\"\n   → *Orbán said that …*"
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["said_on"]) for r in rows if "war" in r["quote"]] == [("orban", "2025-03-07")], rows


def test_session51_a_role_with_its_holder_apposed_before_a_colon_lead_is_the_holder(tmp_path):
    body = ("The head of the Polish delegation, Radosław Sikorski, had a sharp rebuke ready: "
            "\"Budapest has chosen Moscow over its own allies.\"")
    rows = rows_of(tmp_path, body, published="2025-03-10")
    assert [r["speaker"] for r in rows] == ["sikorski"], rows


@pytest.mark.parametrize("header", [
    "**(4) 12.03.2025, 09:30 · Hearing: Hungary's reply.**",
    # (too long a line to read as a heading: still the entry's day)
    "**(4) 12.03.2025 · Hearing on the request of the Commission for interim measures against Hungary; "
    "minutes No. 2025/11 and the annexes filed with them.**",
])
def test_session51_a_docket_entry_opening_with_its_code_and_full_date_dates_its_entry(tmp_path, header):
    body = ("**(3) 03.03.2025 · Application filed.**\nNo words of either party.\n\n"
            f"{header}\nOrbán told the judges: \"Hungary has broken no rule of the Union.\"")
    rows = rows_of(tmp_path, body, published="2025-04-01")
    assert [r["said_on"] for r in rows if r["speaker"] == "orban"] == ["2025-03-12"], rows


def test_session51_a_text_nobody_is_told_as_giving_is_no_speakers_name(tmp_path):
    rows = rows_of(tmp_path, "The communiqué says \"Brussels is blackmailing Hungary\".", published="2025-03-10")
    assert not any(r["speaker"] in ("the communiqué", "the statement") for r in rows), rows


@pytest.mark.parametrize("lead", [
    "Hungary's government put out a communiqué on Monday.",
    "In a communiqué released on Monday, after the vote in Strasbourg, Hungary's government said it would appeal.",
])
def test_session51_a_text_is_its_issuers_whether_named_before_or_after_it(tmp_path, lead):
    body = f"{lead} \"Brussels is blackmailing the Hungarian people,\" the communiqué said."
    rows = rows_of(tmp_path, body, published="2025-03-10")
    assert [r["speaker"] for r in rows if "blackmailing" in r["quote"]] == ["hungary"], rows


@pytest.mark.parametrize("header", ["**Slide 4 · Wednesday 5 March**", "**Slide 4 · Donald Tusk, Wednesday 5 March**"])
def test_session51_a_numbered_parts_header_after_a_middle_dot_dates_its_part(tmp_path, header):
    body = (f"{header}\nNotes: the prime minister spoke in the Sejm. Tusk told MPs: \"Hungary has chosen "
            "the Kremlin over Europe.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-03-05"], rows


def test_session51_a_fields_label_before_a_paragraphs_leading_date_is_no_part_of_it(tmp_path):
    body = ("**Card 6 · The summit**\nReverse: the Council, Thursday 6 March. It agreed nothing.\n\n"
            "**Card 7 · The veto**\nReverse: Friday 7 March. Prime Minister Viktor Orbán: \"Hungary will veto the package "
            "again.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "orban"] == ["2025-03-07"], rows



@pytest.mark.parametrize("item", ["- If Budapest had answered in kind, the talks would have collapsed.",
                                  "3. If Orbán had replied that night, nobody would have slept."])
def test_session51_a_list_items_counterfactual_is_no_statement(tmp_path, item):
    rows = rows_of(tmp_path, f"Tips for negotiators:\n\n{item}", published="2025-03-20")
    assert rows == [], rows


@pytest.mark.parametrize("finding", [
    "*The fact-checkers found no such words in any of his speeches.*",
    "There is no such statement on the record.",
    "He said nothing of the kind.",
    "Nobody said this.",
])
def test_session51_a_checkers_finding_that_the_words_were_never_said_withdraws_them(tmp_path, finding):
    body = f"One delegate claimed that Orbán had \"demanded the expulsion of Poland\" at the summit. {finding}"
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any("expulsion" in r["quote"] for r in rows), rows


def test_session51_a_list_items_run_in_heading_is_no_subject_of_its_colon_lead(tmp_path):
    body = ("- **Hungary is the sticking point.** Tusk's reply, as his office circulated it, was cooler than many "
            "expected: \"Poland will not pay for vetoes cast in Budapest.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


def test_session51_a_quote_joined_by_and_to_the_one_before_is_the_same_voice(tmp_path):
    body = ("Merz's answer, as the chancellery later published it, was short: \"Germany stands by Poland,\" and "
            "\"Nobody in Europe should doubt that.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert {r["speaker"] for r in rows if "doubt" in r["quote"]} == {"merz"}, rows


@pytest.mark.parametrize("subject", ["Its communiqué of 4 March 2025", "Its letter of 4 March"])
def test_session51_a_texts_day_between_its_subject_and_verb_is_no_obstacle(tmp_path, subject):
    body = f"Budapest was furious. {subject} said such vetoes \"protect the Hungarian farmer from Brussels\"."
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("hungary", "2025-03-04")], rows


def test_session51_a_pronoun_after_a_role_with_its_holder_apposed_is_the_holder(tmp_path):
    # (the role alone is the spokesman named in the paragraph before; the one named beside it is someone else)
    body = ("Beijing answered through its spokesman, Lin Jian, on Friday.\n\n"
            "On Saturday the ships of both navies exchanged warnings. The spokesman of the defence ministry in "
            "Beijing, Wang Lei, wrote: \"Today American ships entered our waters.\" He said the Chinese government "
            "\"does not want a war with its neighbours\".")
    rows = rows_of(tmp_path, body, published="2025-04-10")
    assert {r["speaker"] for r in rows if "war" in r["quote"]} == {"Wang Lei"}, rows


def test_session51_you_in_the_words_that_go_on_after_a_warning_to_someone_is_that_one(tmp_path):
    body = ("Merz was in Budapest on Thursday. Merz left without a deal.\n\n"
            "Orbán spoke in Szeged on Friday: \"I am issuing a warning to the leaders of Poland: stop lecturing us.\" "
            "He went on: \"You should take my words very seriously.\"")
    rows = rows_of(tmp_path, body, published="2025-04-10")
    assert [r["target"] for r in rows if "seriously" in r["quote"]] == ["poland"], rows


# Review of session 51's changes on fresh texts (/work/review51): the over-firings it found, mended.

def test_review51_a_numbered_line_that_is_a_sentence_is_no_lead_line(tmp_path):
    body = ("Quotes of the week:\n\n4. Tusk, Merz said at the closing press conference in Berlin:\n"
            "   \"He is the most European of us all.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "European" in r["quote"]] == ["merz"], rows


def test_review51_an_entry_heading_of_decades_ago_does_not_date_todays_comments(tmp_path):
    body = ("*We asked a historian about Orbán's speeches this month.*\n\n"
            "**[1] 16.06.1989 · Heroes' Square speech**\nHistorian Anna Kovács said this month: \"He was a liberal then.\"")
    rows = rows_of(tmp_path, body, published="2025-09-30")
    assert [r["said_on"] for r in rows if "liberal" in r["quote"]] == ["2025-09"], rows


@pytest.mark.parametrize("after", [
    "There is no such statement in the president's veto message.",
    "He said nothing of the kind about Germany, though.",
    "Nobody said this publicly in 2020.",
])
def test_review51_a_denial_of_something_else_keeps_the_words_before_it(tmp_path, after):
    body = f"Sikorski wrote on X: \"The Hungarians should look at their own courts.\" {after}"
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "courts" in r["quote"]] == ["sikorski"], rows


@pytest.mark.parametrize("body, speaker", [
    ("- If Brussels had listened in 2015, Orbán argued, \"there would be no crisis today\".", "orban"),
    ("Had Budapest kept its word, Tusk said, \"we would not be here tonight\".", "tusk"),
])
def test_review51_a_condition_before_a_speakers_aside_is_no_imagined_speech(tmp_path, body, speaker):
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == [speaker], rows


def test_review51_a_voice_the_sentence_before_brings_in_is_not_the_headings(tmp_path):
    body = ("**Card 2 · Merz's speech**\nBack: The speech never happened. Instead, a government spokeswoman told "
            "reporters:\n\"Germany stands by Poland.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any(r["speaker"] == "merz" for r in rows), rows



@pytest.mark.parametrize("lead", ["The preamble says:", "The presenter's introduction:", "Later in his reply:"])
def test_review51_a_lead_that_brings_in_another_text_or_voice_is_not_the_headings(tmp_path, lead):
    body = (f"### 5 — Tusk on X\nMeloni's spokesman answered the post within the hour. {lead} "
            "\"The participating States will respect each other's sovereign equality.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any(r["speaker"] == "tusk" and "sovereign" in r["quote"] for r in rows), rows


def test_review51_the_next_entry_of_a_coded_series_with_no_day_ends_the_day_of_the_one_before(tmp_path):
    body = ("**Slide 2 · Orbán, Friday 7 March**\nNotes: on state radio he said: \"Hungary will veto the package.\"\n\n"
            "**Slide 3 · Tusk on X**\nNotes: \"Budapest is isolated in the Council.\"")
    rows = rows_of(tmp_path, body, published="2025-04-20")
    assert {r["speaker"]: r["said_on"] for r in rows} == {"orban": "2025-03-07", "tusk": ""}, rows



# A helper's code read of session 51's change (/work/read51/FINDINGS.md): each misfire, mended.

@pytest.mark.parametrize("heading", ["## Closing Remarks", "**Card 4 · Voices Elsewhere**"])
def test_read51_a_heading_in_title_case_is_no_speaker(tmp_path, heading):
    body = f"{heading}\n\nHe told reporters on Monday: \"Budapest is isolated in the Council.\""
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any(r["speaker"] in ("Closing Remarks", "Voices Elsewhere") for r in rows), rows


def test_read51_an_offices_complement_that_is_a_clause_names_no_holder(tmp_path):
    body = ("The spokesman of the ministry in Warsaw criticised Orbán, Merz, and the Commission on Monday. "
            "\"Hungary must stop its blackmail,\" he said.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any(r["speaker"] == "merz" for r in rows), rows


@pytest.mark.parametrize("lead", ["Top comment under the post:", "Translated reply from a reader:", "Headline the next morning:"])
def test_read51_a_lead_of_another_voice_is_not_the_records_person(tmp_path, lead):
    body = f"**Card 3 · Tusk on X**\n\n{lead} \"Tusk is lying again and Hungary is right.\""
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any(r["speaker"] == "tusk" for r in rows), rows


def test_read51_a_second_quote_that_opens_its_own_clause_is_not_joined(tmp_path):
    body = ("At the rally Orbán shouted: \"Hungary first,\" and \"Orbán is a traitor and a liar\" answered the crowd.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any(r["speaker"] == "orban" and "traitor" in r["quote"] for r in rows), rows


def test_read51_it_goes_on_after_a_sentence_naming_another_text_is_that_texts(tmp_path):
    body = ("Tusk welcomed the Commission's new report on Tuesday: \"This is a fair document.\" It goes on: "
            "\"Hungary has failed to meet the criteria on the rule of law.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any(r["speaker"] == "tusk" and "criteria" in r["quote"] for r in rows), rows


def test_read51_a_name_in_a_relative_clause_is_not_the_texts_issuer(tmp_path):
    body = ("In a statement released on Tuesday, which Tusk said was full of lies, the Hungarian government accused "
            "Warsaw of provocations. \"Poland is the aggressor,\" the statement read.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any(r["speaker"] == "tusk" and "aggressor" in r["quote"] for r in rows), rows


def test_read51_a_live_pages_next_update_keeps_its_day(tmp_path):
    body = ("## Update 1: Thursday 6 March, 10:05\n\nOrbán said: \"Hungary will veto the package.\"\n\n"
            "## Update 2: Tusk responds\n\nTusk said: \"Budapest is isolated in the Council.\"")
    rows = rows_of(tmp_path, body, published="2025-03-07")
    assert {r["speaker"]: r["said_on"] for r in rows} == {"orban": "2025-03-06", "tusk": "2025-03-06"}, rows


def test_read51_a_heading_after_a_docket_line_ends_its_day(tmp_path):
    body = ("Timeline:\n\n**[1] 3 March 2025 · Talks collapsed in Brussels after a long night of failed drafts and "
            "recriminations between the delegations.**\n\n## Reactions\n\n"
            "Tusk told reporters: \"Budapest is isolated in the Council.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] != ["2025-03-03"], rows


def test_read51_an_occasion_heading_that_names_another_person_gives_no_voice(tmp_path):
    body = "**Card 12 · Orbán's press conference — Tusk's answer**\n\n\"Budapest is isolated in the Council.\""
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any(r["speaker"] == "orban" for r in rows), rows


def test_read51_the_sections_own_persons_possessive_voice_keeps_the_voice(tmp_path):
    body = "## Tusk on X\n\nTusk's answer came at noon.\n\n\"Budapest is isolated in the Council.\""
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "isolated" in r["quote"]] == ["tusk"], rows


def test_read51_a_quote_past_a_heading_naming_another_voice_does_not_continue_the_one_before(tmp_path):
    body = ("**Card 2 · Orbán, Friday 7 March**\n\n\"Hungary will veto the package again.\"\n\n"
            "**Card 3 · Tusk on X**\n\n\"Budapest is isolated in the Council.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert {r["speaker"] for r in rows if "isolated" in r["quote"]} == {"tusk"}, rows


@pytest.mark.parametrize("body", [
    "Orbán claimed on Monday that Tusk had promised Ukraine the Hungarian minority's schools. He said nothing of the kind.",
    "Orbán accused Tusk of calling Hungarians \"Putin's friends\". Nobody said this.",
])
def test_read51_a_denial_after_a_statement_telling_anothers_words_keeps_the_statement(tmp_path, body):
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert any(r["speaker"] == "orban" for r in rows), rows


def test_read51_a_later_had_does_not_hide_a_speakers_aside_after_the_condition(tmp_path):
    body = ("If Budapest had answered the proposal, Tusk argued, \"we would be ready to talk\", though he had his "
            "doubts.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


def test_read51_a_star_bullets_run_in_heading_is_no_subject_of_its_colon_lead(tmp_path):
    body = ("* **Hungary is the sticking point.** Tusk's reply, as his office circulated it, was cooler than many "
            "expected: \"Poland will not pay for vetoes cast in Budapest.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


# A second helper review on 40 more fresh texts (/work/review51b): the over-firings it found, mended.

@pytest.mark.parametrize("label", ["Opposition:", "Verdict:", "Interviewer:", "Narrator:", "As asked:"])
def test_review51b_a_label_of_another_voice_is_not_the_headings_person(tmp_path, label):
    body = f"### Merz's speech — the reactions\n\n{label} \"The chancellor promises Warsaw what he cannot deliver.\""
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any(r["speaker"] == "merz" for r in rows), rows


def test_review51b_words_that_name_the_headings_person_or_replies_to_them_are_not_theirs(tmp_path):
    body = ("## 1. Orbán on Facebook\n\nOrbán's video drew 12,000 comments. The most liked reply came from an "
            "account in Szeged.\n\n\"Brussels can wait.\"\n\n## 2. Tusk on X\n\n\"Thank you, Mr Tusk, for standing up to Budapest.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any(r["speaker"] in ("orban", "tusk") for r in rows), rows


def test_review51b_the_headings_persons_own_reply_is_theirs(tmp_path):
    body = ("**Card 24 · Tusk on X**\nDescription: Tusk's reply to the interview.\n"
            "As posted: \"Budapest is isolated in the Council.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


def test_review51b_what_someone_said_is_no_issuer_of_a_text(tmp_path):
    body = ("In a statement responding to what Tusk said on Monday, Hungary's foreign ministry wrote that Warsaw "
            "was lecturing Budapest. \"Warsaw should look at its own courts,\" the statement read.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert {r["speaker"] for r in rows if "courts" in r["quote"]} == {"hungary"}, rows


def test_review51b_a_condition_before_an_aside_with_its_channel_and_day_is_no_imagined_speech(tmp_path):
    body = "- If Hungary had vetoed it, Tusk told RMF FM on Friday, \"Poland would have blocked every Hungarian file\"."
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


def test_review51b_a_numbered_line_of_whom_another_spoke_gives_the_first_name_no_words(tmp_path):
    body = "Monitor:\n\n1. Tusk, by Orbán, on Kossuth Radio, Friday 14 March:\n   \"He is Brussels' man in Warsaw.\""
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any(r["speaker"] == "tusk" for r in rows), rows


@pytest.mark.parametrize("name", ["Li Jun", "Wang Sun", "Zhao Jan"])
def test_review51b_an_age_after_a_name_is_no_day(tmp_path, name):
    body = f"{name}, 45, a trader who has sold fabrics here for twenty years, said: \"Hungary treats us well.\""
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == [name], rows


def test_review51b_a_bold_speakers_label_after_a_bullet_names_the_speaker(tmp_path):
    body = "- **Sikorski, Thursday.** Speaking in Warsaw: \"Budapest has chosen Moscow.\""
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["sikorski"], rows


def test_review51b_an_entry_of_its_own_takes_no_voice_from_the_entry_before(tmp_path):
    body = ("**Question 5 · Rubio on Venezuela**\nAnswer: he said Maduro must go.\n\n"
            "**Question 6 · True or false?**\n\"Maduro is the legitimate president.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any(r["speaker"] == "rubio" and "legitimate" in r["quote"] for r in rows), rows


def test_review51b_a_denial_after_a_claim_about_a_bodys_words_keeps_the_claim(tmp_path):
    body = "Orbán claimed on Friday that the Commission had promised Hungary its frozen funds. Nobody said this."
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert any(r["speaker"] == "orban" for r in rows), rows


def test_review51b_a_birth_date_field_is_no_paragraphs_leading_date(tmp_path):
    body = "Born: 24 March 1963. Tusk told students on Monday: \"Europe must arm itself.\""
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-03-17"], rows


@pytest.mark.parametrize("words", [
    "Budapest should open the border crossing before it is too late.",
    "Hungary should let our experts see the data, otherwise our right will be taken to the Court.",
    "Hungary should take our words very seriously.",
])
def test_session51_an_ultimatum_is_against_the_one_it_is_put_to(tmp_path, words):
    body = f"Tusk spoke in Gdańsk on Monday: \"{words}\""
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["stance"] < 0 for r in rows if r["speaker"] == "tusk"] == [True], rows



# Session 52: cirques (held out in session 51) read. Each test is in other wording than the set's.

_TWO_DEFENCE_MINISTERS = (
    "  - {id: chile, name: Chile, kind: state, affiliation: null, role: State, aliases: [Chile, Santiago]}\n"
    "  - {id: peru, name: Peru, kind: state, affiliation: null, role: State, aliases: [Peru, Lima]}\n"
    "  - {id: lopez, name: Ana López, kind: person, affiliation: chile, role: Defence Minister of Chile,"
    " aliases: [Ana López, López]}\n"
    "  - {id: ruiz, name: Jorge Ruiz, kind: person, affiliation: peru, role: Minister of Defence of Peru,"
    " aliases: [Jorge Ruiz, Ruiz]}\n")


@pytest.mark.parametrize("office", ["the Minister of Defence", "the minister of defence", "the defence minister"])
def test_session52_an_office_the_text_gave_one_person_is_that_person_past_another_holder_under_other_words(tmp_path, office):
    body = ("On Monday the minister of defence, Ana López, flew to Lima, where the Peruvian minister Jorge Ruiz "
            "met her at the airport.\n\n"
            f"On Tuesday {office} wrote on X: \"Our navy will keep patrolling the disputed waters.\"")
    rows = _rows_with(tmp_path, _TWO_DEFENCE_MINISTERS, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["lopez"], rows


def test_session52_minister_of_a_domain_is_that_domains_minister(tmp_path):
    body = "On Tuesday Chile's Minister of Defence said: \"Our navy will keep patrolling the disputed waters.\""
    rows = _rows_with(tmp_path, _TWO_DEFENCE_MINISTERS, body, published="2025-05-09")
    assert [r["speaker"] for r in rows] == ["lopez"], rows


_TWO_PRESIDENTS = (
    "  - {id: poland, name: Poland, kind: state, affiliation: null, role: State, aliases: [Poland, Warsaw]}\n"
    "  - {id: duda, name: Andrzej Duda, kind: person, affiliation: poland, role: President of Poland (2015-2025),"
    " aliases: [Andrzej Duda, Duda]}\n"
    "  - {id: nawrocki, name: Karol Nawrocki, kind: person, affiliation: poland, role: President of Poland (2025-),"
    " aliases: [Karol Nawrocki, Nawrocki]}\n")


@pytest.mark.parametrize("named", ["the former president Andrzej Duda", "ex-president Duda",
                                   "former President Andrzej Duda"])
def test_session52_one_named_as_a_former_holder_is_not_the_office_named_bare(tmp_path, named):
    body = (f"Karol Nawrocki was sworn in in August. At the ceremony sat {named}, now a lecturer.\n\n"
            "On Monday the president told reporters: \"Poland will not accept the migration pact.\"")
    rows = _rows_with(tmp_path, _TWO_PRESIDENTS, body, published="2025-10-20")
    assert [r["speaker"] for r in rows] == ["nawrocki"], rows


@pytest.mark.parametrize("day", ["the ninth day of March", "the 9th day of March", "Sunday, the ninth day of March"])
def test_session52_a_deeds_day_of_the_month_dates_the_words(tmp_path, day):
    body = f"On {day} Tusk stood before the Sejm and said: \"Hungary must stop blocking the aid.\""
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-03-09"], rows


@pytest.mark.parametrize("opening", ["## 2023\n\nThe row began in spring.", "**2023:** The row began in spring.",
                                     "### In 2023\n\nThe row began in spring."])
def test_session52_a_year_heading_dates_the_months_under_it_until_the_next_heading(tmp_path, opening):
    body = (f"{opening}\n\nIn July Orbán said: \"Hungary will veto the package.\"\n\n"
            "On 4 September Tusk answered: \"Budapest has chosen Moscow.\"\n\n"
            "## Since then\n\nIn February Tusk said: \"Europe must arm itself.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    got = sorted((r["speaker"], r["said_on"]) for r in rows)
    assert got == [("orban", "2023-07"), ("tusk", "2023-09-04"), ("tusk", "2025-02")], got


@pytest.mark.parametrize("definition", ["The visitor was Donald Tusk, who landed in Budapest on Monday.",
                                        "Our story's visitor is Donald Tusk."])
def test_session52_a_description_the_text_defines_as_one_person_is_that_person(tmp_path, definition):
    body = (f"{definition} Viktor Orbán met him at the airport.\n\n"
            "At the press conference the visitor said: \"Hungary must stop blocking the aid.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


def test_session52_a_word_that_says_which_one_defines_no_description(tmp_path):
    from rhetoric.extract.context import ArticleContext

    p = tmp_path / "d52.md"
    p.write_text("---\nid: d52\ntitle: t\noutlet: null\npublished: 2025-03-20\nlanguage: en\n---\n"
                 "The problem is Orbán. Tusk said the problem would not go away.\n", encoding="utf-8")
    ctx = ArticleContext(read_article(p), REG)
    assert not any(c.kind == "mention" and c.text.lower() == "the problem" for c in ctx.cands), ctx.cands


def test_session52_a_sentence_naming_an_unregistered_speaker_dates_the_words_after_it(tmp_path):
    body = ("The summit opened on Thursday 6 March. Three days earlier, the Kraków historian Jan Wiśniewski "
            "was in Vienna. He said: \"Hungary is betting on the wrong horse.\"")
    rows = rows_of(tmp_path, body, published="2025-04-20")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("Jan Wiśniewski", "2025-03-03")], rows


_SPECIMEN = ("## Specimen 4: the Warsaw Hawk\n\n*Donald Tusk, Prime Minister of Poland*\n\n"
             "**Notes.** A veteran of many summits; nests in Gdańsk.\n\n"
             "**Sound.** First heard on X at 08:10 on Monday 3 March 2025: \"Hungary must stop blocking the aid.\" "
             "A second rendering, from the same post: \"Budapest is isolated.\"\n\n"
             "Filmed in Budapest on Friday 7 March 2025 and meant for his host: \"Hungary must stand with Europe.\"\n\n"
             "**Range.** Common.")


def test_session52_a_lead_that_only_tells_how_the_words_were_recorded_gives_them_to_the_entrys_person(tmp_path):
    # (the entry's person: the line under its heading that only names them; the lead names no one
    # else, tells how and when the words were recorded, and dates them; a place after "filmed in"
    # is no speaker)
    rows = rows_of(tmp_path, _SPECIMEN, published="2025-04-01")
    got = sorted({(r["speaker"], r["said_on"], r["quote"][-12:]) for r in rows})
    assert [(s, d) for s, d, _ in got] == [("tusk", "2025-03-03")] * 2 + [("tusk", "2025-03-07")], got


@pytest.mark.parametrize("lead", ["The top reply, posted an hour later:", "Orbán answered on X the same day:"])
def test_session52_a_lead_that_brings_in_another_voice_gives_no_words_to_the_entrys_person(tmp_path, lead):
    body = _SPECIMEN.replace("Filmed in Budapest on Friday 7 March 2025 and meant for his host:", lead)
    rows = rows_of(tmp_path, body, published="2025-04-01")
    assert not any(r["speaker"] == "tusk" and "with Europe" in r["quote"] for r in rows), rows


def test_session52_a_turn_that_tells_anothers_words_with_a_contrast_inside_them_gives_them_to_that_one(tmp_path):
    # ("not A, but B" is the reported clause's own contrast, no clause of the guest's own)
    body = ("KOWAL: Good evening, Nowak. What did Budapest answer?\n\n"
            "NOWAK: It was angry. And its foreign minister, Szijjártó, went further the same night. He wrote that "
            "what Hungary needs is not lectures from Brussels, but respect for the choices of its voters.\n\n"
            "KOWAL: And Warsaw?\n\nNOWAK: Warsaw was silent.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "lectures" in r["quote"]] == ["szijjarto"], rows


@pytest.mark.parametrize("when, text", [("On the evening of the third", "the evening of the third"),
                                        ("On the morning of the 3rd", "the morning of the 3rd")])
def test_session52_a_part_of_a_day_of_the_month_told_alone_is_that_day_of_the_month_told(tmp_path, when, text):
    body = f"Hungary vetoed the package on Saturday 1 March 2025. {when} Poland recalled its ambassador from Budapest."
    assert _event_dates(tmp_path, body, "2025-03-20")[text] == "2025-03-03"


_VERDICTS = ("*The leaders' verdicts on the veto, as a scorecard: the leaders are the real speakers and the "
             "words are their own; the thumbs are ours.*\n\n"
             "**Donald Tusk** · Prime Minister of Poland · X\n👎 Against\n"
             "Hungary is holding the whole Union hostage, and Budapest must end its veto now.\n"
             "Posted · Mon 3 Mar 2025, 08:10\n\n"
             "**Viktor Orbán** · Prime Minister of Hungary · state radio\n👍 For\n"
             "Brussels wants to punish Hungary for its peace policy.\n"
             "Aired · Fri 7 Mar 2025\n")


def _verdict_rows(tmp_path, body: str, published: str, title: str) -> list[dict]:
    """The statements of ``body`` under ``title``, read with the unseen registry (all kinds)."""
    actors = (ROOT / "tests" / "unseen" / "actors.yml").read_text(encoding="utf-8").split("actors:\n", 1)[1]
    return _rows_with(tmp_path, actors, body, published=published, title=title)


def test_session52_a_contributors_words_under_a_badge_are_theirs_dated_by_the_footer_under_them(tmp_path):
    rows = _verdict_rows(tmp_path, _VERDICTS, published="2025-03-20", title="Verdicts on the veto")
    got = sorted({(r["speaker"], r["said_on"]) for r in rows})
    assert got == [("orban", "2025-03-07"), ("tusk", "2025-03-03")], rows


@pytest.mark.parametrize("words", ["Poland is not susceptible to any blackmail from Budapest.",
                                   "We are not afraid of the threats from Budapest.",
                                   "There have been provocations by Budapest all week."])
def test_session52_a_hostile_act_named_with_its_doer_after_it_is_against_that_doer_whatever_the_refusal(tmp_path, words):
    rows = rows_of(tmp_path, f"Tusk said on Monday: \"{words}\"", published="2025-03-20")
    assert [(r["target"], r["stance"] < 0) for r in rows if r["speaker"] == "tusk"] == [("hungary", True)], rows


def test_session52_a_messages_subject_line_is_no_verdict_of_the_authors(tmp_path):
    body = "**Subject:** Threats by the Hungarian government to block the aid to Ukraine\n\nThe Commission was asked to reply."
    rows = _titled_rows(tmp_path, "Written question", body)
    assert rows == [], rows


def test_session52_a_paragraphs_lead_year_keeps_its_months_in_that_year_after_a_date_of_an_earlier_year(tmp_path):
    body = ("**2019.** That year, on 3 October, Orbán met Tusk in Budapest.\n\n"
            "**2023.** That year, in February, Poland recalled its ambassador from Budapest.")
    assert _event_dates(tmp_path, body, "2025-03-20")["February"] == "2023-02"


# Review 52 (helpers' review on fresh texts and code read): mends, each tested in its own wording.

@pytest.mark.parametrize("opening", ["**2023.** In July Orbán said: \"Hungary will veto the package.\"",
                                     "## 2023\n\nIn July Orbán said: \"Hungary will veto the package.\""])
def test_review52_words_of_the_present_end_a_year_section(tmp_path, opening):
    body = (f"{opening}\n\nOn Tuesday Tusk told reporters in Warsaw: \"Hungary must stop blocking the aid.\"\n\n"
            "In February Sikorski said: \"Budapest has chosen Moscow.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    got = sorted((r["speaker"], r["said_on"]) for r in rows)
    assert got == [("orban", "2023-07"), ("sikorski", "2025-02"), ("tusk", "2025-03-18")], got


@pytest.mark.parametrize("line", ["- 2022: Hungary first threatened to veto the aid.",
                                  "2022 — the year Hungary first threatened a veto — was the low point."])
def test_review52_a_lists_year_or_a_sentence_opening_with_a_year_opens_no_year_section(tmp_path, line):
    body = f"{line}\n\nIn February Tusk said: \"Hungary must stop blocking the aid.\""
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-02"], rows


@pytest.mark.parametrize("former", ["the former historian", "his former ally", "the former deputy prime minister"])
def test_review52_former_as_another_thing_than_the_office_hides_no_holder(tmp_path, former):
    body = (f"Viktor Orbán accused Warsaw on Friday. In Warsaw, {former} Donald Tusk answered within hours. "
            "The prime minister said on X: \"Hungary must stop blocking the aid.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "blocking" in r["quote"]] == ["tusk"], rows


def test_review52_an_office_given_with_what_it_is_of_binds_its_later_bare_use(tmp_path):
    body = ("The meeting was hosted by the Minister of Defence of Sweden, Pål Jonson. Among the guests was the "
            "Lithuanian minister Dovilė Šakalienė.\n\nAt the closing press conference, the minister of defence said: "
            "\"Russia is waging a systematic campaign of hybrid attacks.\"")
    rows = rows_of(tmp_path, body, published="2025-10-20")
    assert [r["speaker"] for r in rows if "hybrid" in r["quote"]] == ["Pål Jonson"], rows


def test_review52_a_capitalised_office_by_its_domain_is_no_name(tmp_path):
    body = ("The Minister of Foreign Affairs, Radosław Sikorski, called the decision shameful. In Budapest, the "
            "Hungarian minister Péter Szijjártó defended it.\n\nLater the Minister of Foreign Affairs added on X that "
            "Poland would \"not send its ambassador back to Budapest\".")
    rows = rows_of(tmp_path, body, published="2025-01-20")
    assert [r["speaker"] for r in rows if "ambassador" in r["quote"]] == ["sikorski"], rows


@pytest.mark.parametrize("definition", ["The host was Tusk's old friend, a painter.",
                                        "The host was Donald Tusk. Later the host of the evening, Anna Nowak, spoke too."])
def test_review52_a_possessive_defines_nothing_and_a_noun_given_to_another_ends_the_definition(tmp_path, definition):
    body = f"{definition}\n\nAsked about Hungary, the host said: \"Budapest has chosen Moscow.\""
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert "tusk" not in [r["speaker"] for r in rows if "Moscow" in r["quote"]], rows


@pytest.mark.parametrize("lead", ["Posted on X on Wednesday by his deputy:", "The crowd at a rally on Saturday chanted:",
                                  "A banner at the rally on Saturday 8 March:"])
def test_review52_a_lead_naming_another_source_gives_no_words_to_the_entrys_person(tmp_path, lead):
    body = _SPECIMEN.replace("Filmed in Budapest on Friday 7 March 2025 and meant for his host:", lead)
    rows = rows_of(tmp_path, body, published="2025-04-01")
    assert not any(r["speaker"] == "tusk" and "with Europe" in r["quote"] for r in rows), rows


@pytest.mark.parametrize("lead, speaker", [("A statement issued in Moscow on Tuesday:", "russia"),
                                           ("A communiqué released at Budapest's request:", "hungary")])
def test_review52_a_place_after_a_verb_of_issuing_still_names_who_issued(tmp_path, lead, speaker):
    rows = rows_of(tmp_path, f"{lead} \"The West is provoking a war in Ukraine.\"", published="2025-04-02")
    assert [r["speaker"] for r in rows] == [speaker], rows


@pytest.mark.parametrize("when", ["On the morning of the second day", "On the evening of the 20th anniversary dinner"])
def test_review52_a_part_of_a_day_before_a_noun_is_no_day_of_the_month(tmp_path, when):
    body = f"Talks opened in Brussels on Monday 7 April. {when}, Tusk said: \"Hungary must stop blocking the aid.\""
    rows = rows_of(tmp_path, body, published="2025-04-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-04-07"], rows


@pytest.mark.parametrize("badge", ["❌ False", "🎤 Opening talk"])
def test_review52_a_badge_of_the_texts_own_finding_or_a_programme_gives_no_words(tmp_path, badge):
    body = _VERDICTS.replace("👎 Against", badge).replace("👍 For", badge)
    rows = _verdict_rows(tmp_path, body, published="2025-03-20", title="Verdicts on the veto")
    assert not any(r["speaker"] in ("tusk", "orban") for r in rows), rows


def test_review52_meet_the_speakers_is_a_whos_who(tmp_path):
    body = _VERDICTS.replace("*The leaders' verdicts on the veto,", "*Meet the speakers. The leaders' verdicts on the veto,")
    rows = _verdict_rows(tmp_path, body, published="2025-03-20", title="Verdicts on the veto")
    assert not any(r["speaker"] in ("tusk", "orban") for r in rows), rows


def test_review52_the_next_contributors_line_is_no_footer_and_a_contributors_own_day_dates_the_words(tmp_path):
    body = ("*The leaders' verdicts on the veto, in their own words.*\n\n"
            "**Donald Tusk** · Prime Minister of Poland · Monday 3 March\n"
            "Hungary is holding the whole Union hostage, and Budapest must end its veto now.\n"
            "**Viktor Orbán** · Prime Minister of Hungary · Friday 7 March\n"
            "Brussels wants to punish Hungary for its peace policy.\n")
    rows = _verdict_rows(tmp_path, body, published="2025-03-20", title="Verdicts on the veto")
    assert sorted({(r["speaker"], r["said_on"]) for r in rows}) == [("orban", "2025-03-07"), ("tusk", "2025-03-03")], rows


@pytest.mark.parametrize("turn", ["Orbán said that Hungary wants peace, but honestly nobody in Warsaw believes him.",
                                  "Orbán said that Hungary wants peace, but frankly, I do not believe him."])
def test_review52_a_guests_own_clause_after_but_keeps_the_sentence_the_guests(tmp_path, turn):
    body = f"KOWAL: Good evening, Nowak. What did Budapest say?\n\nNOWAK: {turn}\n\nKOWAL: And Warsaw?\n\nNOWAK: Warsaw was silent."
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert any(r["speaker"] == "Nowak" and "believe" in r["quote"] for r in rows), rows


@pytest.mark.parametrize("when", ["On the 14th,", "On the evening of the fourteenth"])
def test_session52_a_day_of_the_month_told_alone_with_no_day_before_is_the_last_one_before_the_page(tmp_path, when):
    rows = rows_of(tmp_path, f"{when} Tusk told the Sejm: \"Hungary must stop blocking the aid.\"", published="2025-10-17")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == ["2025-10-14"], rows


def test_session52_a_day_of_the_month_told_alone_is_the_time_the_story_goes_on_from(tmp_path):
    body = ("On the evening of the fourteenth Tusk wrote that Hungary was \"betraying\" its allies.\n\n"
            "The same night Orbán answered on Facebook: \"Brussels wants war.\"")
    rows = rows_of(tmp_path, body, published="2025-10-17")
    assert sorted((r["speaker"], r["said_on"]) for r in rows) == [("orban", "2025-10-14"), ("tusk", "2025-10-14")], rows


def test_session52_a_turns_counterfactual_is_no_statement(tmp_path):
    body = ("KOWAL: Good evening, Nowak. Did Budapest answer?\n\n"
            "NOWAK: Not yet. If Budapest had answered on Monday, we should now have two angry capitals instead of one.\n\n"
            "KOWAL: And Warsaw?\n\nNOWAK: Warsaw was silent.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any("angry capitals" in r["quote"] for r in rows), rows


def test_session52_words_struck_through_are_no_statement(tmp_path):
    body = ("One reader wrote a comment, since deleted.\n\n~~Tusk called Orbán a liar at the summit~~.\n\n"
            "Sikorski told the Sejm: \"Hungary must stop blocking the aid.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["sikorski"], rows


# Second review 52 (40 fresh texts): mends.

@pytest.mark.parametrize("day, expected", [("3 January", "2023-01-03"), ("31 January", "2023-01-31"),
                                           ("20 December", "2023-12-20")])
def test_review52b_a_day_under_a_year_heading_is_in_that_year_at_either_end_of_it(tmp_path, day, expected):
    body = f"## 2023\n\nOn {day} Orbán said: \"Hungary will veto the package.\""
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "orban"] == [expected], rows


def test_review52b_a_weekday_with_its_own_date_does_not_end_a_year_section(tmp_path):
    body = ("## 2023\n\nOn Tuesday 27 June 2023 Tusk met Orbán in Brussels.\n\n"
            "In July Orbán said: \"Hungary will veto the package.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "orban"] == ["2023-07"], rows


def test_review52b_a_former_holder_of_another_office_is_still_the_holder_of_this_one(tmp_path):
    body = ("Péter Szijjártó spoke first in Brussels. Then the former defence minister Radosław Sikorski took the floor. "
            "The foreign minister said: \"Budapest has chosen Moscow over its own allies.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "Moscow" in r["quote"]] == ["sikorski"], rows


def test_review52b_a_title_once_held_binds_no_later_bare_use(tmp_path):
    body = ("The former minister of foreign affairs, János Martonyi, spoke at the conference.\n\n"
            "Later the minister of foreign affairs, in Warsaw, said: \"Hungary is isolated.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert "János Martonyi" not in [r["speaker"] for r in rows], rows


@pytest.mark.parametrize("other", ["the host, Rama,", "the host, a junior diplomat named Balázs Kiss,"])
def test_review52b_a_description_given_to_another_in_apposition_ends_the_definition(tmp_path, other):
    body = (f"The host was Donald Tusk. Later {other} opened the second panel.\n\n"
            "Asked about Hungary, the host said: \"Budapest has chosen Moscow.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert "tusk" not in [r["speaker"] for r in rows if "Moscow" in r["quote"]], rows


def test_review52b_a_spelt_out_ordinal_before_a_name_and_an_era_is_no_day(tmp_path):
    body = "On the evening of the second Orbán government's first day, Tusk said: \"Hungary must stop blocking the aid.\""
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "tusk"] == [""], rows


def test_review52b_a_clause_with_its_own_subject_after_but_is_the_guests(tmp_path):
    body = ("KOWAL: Good evening, Nowak. What did Budapest say?\n\n"
            "NOWAK: Orbán said that Hungary wants no war, but the truth is that his ministers keep blocking the aid.\n\n"
            "KOWAL: And Warsaw?\n\nNOWAK: Warsaw was silent.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert any(r["speaker"] == "Nowak" and "blocking" in r["quote"] for r in rows), rows


def test_review52b_a_deleted_badge_gives_no_words(tmp_path):
    body = _VERDICTS.replace("👎 Against", "⚠️ Deleted").replace("👍 For", "⚠️ Deleted")
    rows = _verdict_rows(tmp_path, body, published="2025-03-20", title="Verdicts on the veto")
    assert not any(r["speaker"] in ("tusk", "orban") for r in rows), rows


def test_review52b_the_one_who_filmed_the_words_is_no_other_source(tmp_path):
    body = _SPECIMEN.replace("Filmed in Budapest on Friday 7 March 2025 and meant for his host:",
                             "Filmed by a bystander in Budapest on Friday 7 March 2025:")
    rows = rows_of(tmp_path, body, published="2025-04-01")
    assert [(r["speaker"], r["said_on"]) for r in rows if "with Europe" in r["quote"]] == [("tusk", "2025-03-07")], rows


def test_session52_the_same_text_named_with_its_channel_is_found_sections_back(tmp_path):
    body = ("Tusk replied on Telegram on Monday: \"Hungary must stop blocking the aid.\"\n\n"
            "Orbán said the same evening: \"Brussels wants war.\"\n\n## Quotes of the week\n\n"
            "- From the same Telegram reply: \"Budapest is isolated in the Council.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "isolated" in r["quote"]] == ["tusk"], rows


@pytest.mark.parametrize("sentence", [
    "Orbán offered Poland 20,000 tonnes of grain (\"We will not take no for an answer\") on Friday.",
    "On Friday, Orbán refused to budge (\"Hungary will not pay for this war\") and left the summit early.",
])
def test_session52_a_quote_in_brackets_after_its_subjects_clause_is_the_subjects(tmp_path, sentence):
    rows = rows_of(tmp_path, sentence, published="2025-10-30")
    assert [r["speaker"] for r in rows] and {r["speaker"] for r in rows} == {"orban"}, rows


# --- session 53 -------------------------------------------------------------------------------
# (tarns, read this session, fixed by kind; each test in other wording than the set's)

@pytest.mark.parametrize("verb", ["Received", "Logged", "Recorded"])
def test_session53_a_messages_header_with_its_receipt_day_dates_the_words_under_it(tmp_path, verb):
    body = (f"**Note 1** · Ana, Warsaw · {verb} Tue 4 Mar 2025, 09:10 · 2:14\n\n"
            "Ana here. Tusk spoke an hour ago. He said: \"Hungary must stop blocking the aid.\"\n\n"
            f"**Note 2** · Piotr, Budapest · {verb} Thu 6 Mar 2025, 18:40 · 0:51\n\n"
            "Piotr. Orbán said yesterday: \"Brussels wants war.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert sorted((r["speaker"], r["said_on"]) for r in rows) == [("orban", "2025-03-05"), ("tusk", "2025-03-04")], rows


@pytest.mark.parametrize("lead", ["Quote:", "Full text:", "Exact words:"])
def test_session53_a_bare_lead_after_a_sentence_that_only_names_the_speaker_gives_the_words_to_them(tmp_path, lead):
    body = f"Nothing from Budapest. Sikorski now, also on Telegram. {lead} \"Hungary is isolated in the Council.\""
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["sikorski"], rows


@pytest.mark.parametrize("heading", ["### Item 4 · 64th minute · Tusk (POL)", "**Round 2 · Warsaw · Tusk, Prime Minister**",
                                     "## Exhibit 7 | 10:15 | Tusk"])
def test_session53_a_heading_of_fields_one_of_which_is_a_person_gives_them_the_words_under_it(tmp_path, heading):
    body = (f"{heading}\n\n**Conduct:** raising his voice at a colleague.\n"
            "**Exact words used:** \"Hungary must stop blocking the aid.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


def test_session53_a_heading_of_fields_that_names_two_people_gives_no_one_the_words(tmp_path):
    body = "### Item 4 · Tusk · Orbán\n\n**Exact words used:** \"Hungary must stop blocking the aid.\""
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-03-20")] != ["tusk"]


@pytest.mark.parametrize("title", ["GRAIN DEAL", "NOTICE OF FURTHER PROTEST", "WANTED: PATIENCE"])
def test_session53_a_run_in_title_in_capitals_is_no_speaker(tmp_path, title):
    body = f"**{title}.** From the foreign minister, Tuesday evening: \"Hungary is isolated in the Council.\" Box 12."
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert rows and not any(title.split(":")[0] in r["speaker"] for r in rows), rows


@pytest.mark.parametrize("lead", ["From the same government's foreign minister, Radosław Sikorski, Tuesday:",
                                  "Warsaw's top diplomat, Radosław Sikorski, on Tuesday:"])
def test_session53_an_official_after_the_owners_possessive_is_the_speaker(tmp_path, lead):
    body = f"{lead} \"Hungary is isolated in the Council.\""
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["sikorski"], rows


def test_session53_a_possessive_before_a_preposition_keeps_its_owner(tmp_path):
    body = "Tusk's reply to Orbán, on Tuesday: \"Hungary is isolated in the Council.\""
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-03-20")] == ["tusk"]


_ARCHIVE = ("### Page 1 · Sejm, debate on the aid package · date line: {d1}\n\n"
            "Captures: 20250304 101010 (1 capture)\n\n"
            "> Donald Tusk: \"Hungary must stop blocking the aid. Budapest has chosen Moscow.\"\n\n"
            "### Page 2 · Post by the Foreign Minister, Radosław Sikorski · date line: {d2} · captured twice\n\n"
            "Captures: 20250306 121212 · 20250307 080808 (2 captures)\n\n"
            "> \"Hungary is isolated in the Council.\"\n\n"
            "### Page 3 · Polsat, evening interview · date line: {d2}\n\n"
            "> Radosław Sikorski: \"Budapest will pay for this.\"\n\n"
            "### Page 4 · Hungarian Government, spokesman's briefing on the aid package · date line: missing\n\n"
            "> \"Warsaw keeps making irresponsible remarks.\"\n")


@pytest.mark.parametrize("d1, d2", [("4 March 2025", "6 March 2025"), ("2025/03/04", "2025/03/06")])
def test_session53_a_pages_date_line_among_its_headings_fields_dates_its_words(tmp_path, d1, d2):
    rows = rows_of(tmp_path, _ARCHIVE.format(d1=d1, d2=d2), published="2025-04-01")
    got = {(r["speaker"], r["said_on"]) for r in rows if r["speaker"] in ("tusk", "sikorski") and "Polsat" not in r["quote"]}
    assert got == {("tusk", "2025-03-04"), ("sikorski", "2025-03-06")}, rows


def test_session53_a_turn_or_a_voice_does_not_run_past_a_heading_of_another_entry(tmp_path):
    rows = rows_of(tmp_path, _ARCHIVE.format(d1="4 March 2025", d2="6 March 2025"), published="2025-04-01")
    assert not any("irresponsible" in r["quote"] and r["speaker"] in ("tusk", "sikorski") for r in rows), rows
    assert not any(r["quote"].startswith("###") for r in rows), rows
    assert [r["speaker"] for r in rows if "isolated" in r["quote"]] == ["sikorski"], rows


@pytest.mark.parametrize("norm", ["NATO standards", "EU rules", "the Commission's guidelines"])
def test_session53_according_to_a_bodys_norm_is_no_source_of_words(tmp_path, norm):
    body = f"The ministry will modernize the army according to {norm}."
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any(r["speaker"] in ("nato", "eu", "commission") for r in rows), rows


_SOLUTIONS = ("## Last week's answers\n\n"
              "**1.** HUNGARY MUST STOP BLOCKING THE AID, AND BUDAPEST MUST UNDERSTAND THAT EUROPE WILL NOT WAIT. - DONALD TUSK\n\n"
              "*Said in the Sejm on Tuesday 4 March 2025.*\n\n"
              "2) Brussels wants war, and Hungary will not pay for a war that Hungarians never chose. — Viktor Orbán\n\n"
              "*On state radio, Friday 7 March.*\n\n"
              "Readers wrote in. One of them said the grid was too hard for a Saturday and far too long. - The Editors\n")


def test_session53_an_unquoted_quotation_signed_after_a_dash_is_the_signers(tmp_path):
    rows = rows_of(tmp_path, _SOLUTIONS, published="2025-03-20")
    assert sorted({(r["speaker"], r["said_on"]) for r in rows}) == [("orban", "2025-03-07"), ("tusk", "2025-03-04")], rows


_LEASE = ("# Tenancy notice\n\n| Field | Entry |\n|---|---|\n| **Tenant** | Viktor Orbán, Prime Minister of Hungary |\n"
          "| **Notice served** | Friday 7 March 2025 |\n\n"
          "## Tenant's position\n\n"
          "At a rally on Friday 7 March the tenant said the building was \"a waste of European money\". "
          "Tenant's wording the next day: \"Brussels wants war, and Hungary will not pay for it.\"\n")


def test_session53_a_records_field_defines_its_noun_as_the_person_it_names(tmp_path):
    rows = rows_of(tmp_path, _LEASE, published="2025-03-20")
    got = sorted({(r["speaker"], r["said_on"]) for r in rows})
    assert got == [("orban", "2025-03-07"), ("orban", "2025-03-08")], rows


@pytest.mark.parametrize("lead", ["Posted on Telegram on the Tuesday evening:", "Recorded at the Sejm on Tuesday:"])
def test_session53_a_record_lead_after_a_run_in_title_and_a_field_naming_the_speaker_is_theirs(tmp_path, lead):
    body = (f"**Second exhibit.** Sender: Radosław Sikorski, Foreign Minister of Poland. {lead} "
            "\"Hungary is isolated in the Council, and everyone in Brussels knows it.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] and {r["speaker"] for r in rows} == {"sikorski"}, rows


@pytest.mark.parametrize("named", ["H.E. Jan Kowalski, Ambassador of the Republic of Poland,",
                                   "Jan Kowalski, the ambassador of Poland,"])
def test_session53_a_bare_title_is_the_unregistered_one_named_with_it_after_the_name(tmp_path, named):
    body = (f"# The credentials\n\n{named} reached the palace at ten.\n\nHe waited for an hour.\n\n"
            "Afterwards the ambassador told reporters: \"Hungary owes us an apology, and it will come.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] and {r["speaker"] for r in rows} == {"Jan Kowalski"}, rows


def test_session53_a_place_before_the_title_is_no_one_named_with_it(tmp_path):
    body = ("In Santa Rosa de Lima, the ambassador spoke to farmers.\n\n"
            "Later the ambassador told reporters: \"Hungary owes us an apology, and it will come.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any("Santa Rosa" in r["speaker"] for r in rows), rows


_BODIES = ("  - {id: hungary, name: Hungary, kind: state, affiliation: null, role: State, aliases: [Hungary, Budapest]}\n"
           "  - {id: poland, name: Poland, kind: state, affiliation: null, role: State, aliases: [Poland, Warsaw]}\n"
           "  - {id: hu_embassy, name: Embassy of Hungary in Poland, kind: organisation, affiliation: hungary,"
           " role: Embassy, aliases: [Hungarian Embassy, Embassy of Hungary]}\n"
           "  - {id: tusk, name: Donald Tusk, kind: person, affiliation: poland, role: Prime Minister of Poland,"
           " aliases: [Donald Tusk, Tusk]}\n")


def test_session53_a_heading_field_naming_one_body_before_its_occasion_gives_it_the_words_under_it(tmp_path):
    body = ("### Page 1 · Donald Tusk, speech in the Sejm · date line: 4 March 2025\n\n"
            "> \"Hungary must stop blocking the aid, and it must stop now.\"\n\n"
            "### Page 2 · Hungarian Embassy, spokesman's remarks · date line: missing\n\n"
            "> \"Warsaw keeps making irresponsible remarks about Hungary.\"\n")
    rows = _rows_with(tmp_path, _BODIES, body, published="2025-04-01")
    got = {(r["speaker"], r["said_on"]) for r in rows}
    assert got == {("tusk", "2025-03-04"), ("hu_embassy", "")}, rows


@pytest.mark.parametrize("gap", [" … ", " ... ", " [...] "])
def test_session53_excerpts_joined_by_an_ellipsis_are_one_voices(tmp_path, gap):
    body = (f"In the Sejm on Tuesday, Prime Minister Donald Tusk: \"Hungary must stop blocking the aid.\"{gap}"
            "\"Budapest has chosen Moscow, and Europe will not forget it.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert any("chosen Moscow" in r["quote"] for r in rows), rows
    assert {r["speaker"] for r in rows} == {"tusk"}, rows


def test_review53_a_banner_under_a_heading_of_fields_is_not_the_persons(tmp_path):
    body = ("### Photo 1 · Brussels · Viktor Orbán (Hungary)\n\n\"Putin's friend is not our friend.\"\n\n"
            "*A protester's banner outside the Council building as the prime minister arrives.*")
    assert not any(r["speaker"] == "orban" for r in rows_of(tmp_path, body, published="2025-03-20"))


@pytest.mark.parametrize("label", ["Recipient", "Subject", "Target"])
def test_review53_a_field_of_the_addressee_or_topic_gives_no_one_the_words(tmp_path, label):
    body = f"Nothing from Warsaw. {label}: Radosław Sikorski, Foreign Minister of Poland. Full text: \"You have betrayed us.\""
    assert not any(r["speaker"] == "sikorski" for r in rows_of(tmp_path, body, published="2025-03-20"))


def test_review53_an_unregistered_name_in_capitals_as_a_run_in_title_is_still_a_name(tmp_path):
    body = ("**ANNA KOWALSKA.** The Warsaw analyst has studied Hungarian vetoes. \"Most of them are about Ukraine, "
            "and most of them are lifted in the end,\" she said.")
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-03-20")] == ["ANNA KOWALSKA"]


def test_review53_the_one_an_owner_acts_on_is_not_the_speaker(tmp_path):
    body = "Peskov's target this week, Radosław Sikorski: \"a Russophobe in a hurry\". That was how he described him."
    assert not any(r["speaker"] == "sikorski" for r in rows_of(tmp_path, body, published="2025-03-20"))


def test_review53_a_turn_goes_on_past_a_topic_heading(tmp_path):
    body = ("MODERATOR: Good afternoon.\n\nTUSK: Thank you. I will speak about two countries.\n\n## Hungary\n\n"
            "Hungary is our friend, but its government blocks help for Ukraine again and again.\n\n"
            "MODERATOR: Thank you. Questions.\n\nPOLSAT: Will you meet Orbán?\n\nTUSK: Yes, next week.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "blocks help" in r["quote"]] == ["tusk"], rows


@pytest.mark.parametrize("body", [
    "## Awards\n\n**Most predictable.** Arrived late, left early, and got what he wanted on the way out of the room. — Viktor Orbán",
    "## Who am I?\n\n1. I was a party spokesman at 27, and I have been foreign minister for more than ten years. - PÉTER SZIJJÁRTÓ",
])
def test_review53_a_blurb_or_a_clue_signed_with_a_name_is_not_their_quotation(tmp_path, body):
    assert not any(r["speaker"] in ("orban", "szijjarto") for r in rows_of(tmp_path, body, published="2025-03-20"))


def test_review53_according_to_a_person_then_the_is_still_the_persons_view(tmp_path):
    body = "According to Sikorski the treaty on conventional forces was broken by Russia long ago."
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-03-20")] == ["sikorski"]


def test_session53_a_reporting_verbs_object_pronoun_is_the_target_before_what_follows(tmp_path):
    body = ("Finland's foreign minister Elina Valtonen spoke in Helsinki on Monday.\n\n"
            "On Tuesday Zakharova accused her of turning Finland \"into a NATO barracks\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["target"] for r in rows if r["speaker"] == "zakharova"][:1] == ["valtonen"], rows


def test_session53_an_object_pronoun_finds_the_person_of_its_gender_paragraphs_back(tmp_path):
    body = ("Elina Valtonen spoke in Helsinki on Monday. She said Finland would close the border.\n\n"
            "The border guard reported three more crossings overnight. The ministry counted forty in a week.\n\n"
            "That night, on state television, Zakharova accused her of \"serving the Pentagon\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["target"] for r in rows if r["speaker"] == "zakharova"][:1] == ["valtonen"], rows


def test_session53_the_one_told_is_not_the_target_before_what_the_words_are_about(tmp_path):
    body = "Merz met Tusk in Berlin. Tusk told him that Hungary's veto was \"a gift to Moscow\"."
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert "merz" not in [r["target"] for r in rows if r["speaker"] == "tusk"][:1], rows


_ENVOY = ("  - {id: poland, name: Poland, kind: state, affiliation: null, role: State, aliases: [Poland, Warsaw]}\n"
          "  - {id: hungary, name: Hungary, kind: state, affiliation: null, role: State, aliases: [Hungary, Budapest]}\n"
          "  - {id: kowalski, name: Jan Kowalski, kind: person, affiliation: poland, role: Polish ambassador to Hungary,"
          " aliases: [Jan Kowalski, Kowalski]}\n"
          "  - {id: orban, name: Viktor Orbán, kind: person, affiliation: hungary, role: Prime Minister of Hungary,"
          " aliases: [Viktor Orbán, Orbán]}\n")


def test_session53_a_role_that_opens_the_quote_is_its_primary_target_before_a_state_named_after_it(tmp_path):
    body = ("Jan Kowalski, Poland's ambassador in Budapest, was recalled on Monday.\n\n"
            "Orbán answered the same day, telling reporters: \"The ambassador has not served Poland well, I can tell you that.\"")
    rows = _rows_with(tmp_path, _ENVOY, body, published="2025-03-20")
    assert [r["target"] for r in rows if r["speaker"] == "orban"][:1] == ["kowalski"], rows


# (the code read of session 53, /work/read53/FINDINGS.md: each a probe that the first version got wrong)

@pytest.mark.parametrize("body, speaker", [
    ("Orbán's swipe at Tusk on Friday: \"Hungary will not be lectured by Warsaw.\"", "orban"),
    ("According to Tusk these rules are unfair to Poland and must change.", "tusk"),
    ("Tusk, Orbán. Statement: \"The talks will continue tomorrow.\"", None),
    ("- **Second exhibit.** Sender: Radosław Sikorski, Foreign Minister of Poland. Posted on Telegram on Tuesday: "
     "\"Hungary is isolated in the Council.\"", "sikorski"),
    ("Video: Tusk arrives in Kyiv. In the video, an aide says the trip was secret. The video ends: \"Poland stands with Ukraine.\"",
     None),
])
def test_read53_who_speaks_in_leads_near_the_new_mechanisms(tmp_path, body, speaker):
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert ({r["speaker"] for r in rows} == {speaker}) if speaker else not any(r["speaker"] in ("tusk", "orban") for r in rows), rows


@pytest.mark.parametrize("opening", ["After meeting Jan Kowalski, the ambassador flew home.",
                                     "Unlike Piotr Nowak, the ambassador stayed in Budapest all week."])
def test_read53_a_name_that_does_not_open_its_clause_is_not_the_titles_holder(tmp_path, opening):
    body = f"{opening}\n\nOn Friday the ambassador told reporters: \"Hungary owes us an apology.\""
    assert not any(r["speaker"] in ("Jan Kowalski", "Piotr Nowak", "Unlike Piotr Nowak")
                   for r in rows_of(tmp_path, body, published="2025-03-20"))


def test_read53_voices_go_on_past_a_topic_heading(tmp_path):
    turn = ("MODERATOR: Good afternoon.\n\nTUSK: Thank you. Two things.\n\n## Orbán's veto\n\n"
            "Hungary is our friend, but its government blocks help for Ukraine again and again.\n\n"
            "MODERATOR: Questions.\n\nPOLSAT: Will you meet him?\n\nTUSK: Yes, next week.")
    quotes = ("## Tusk in the Sejm\n\n> Donald Tusk: \"Hungary must stop blocking the aid.\"\n\n### Ukraine\n\n"
              "> \"Ukraine will not be left alone by Poland, whatever Budapest says.\"")
    named = ("## Viktor Orbán\n\n\"Europe cannot be held hostage by Brussels.\"\n\n"
             "Outside, hundreds of protesters waited in the rain.")
    assert [r["speaker"] for r in rows_of(tmp_path, turn) if "blocks help" in r["quote"]] == ["tusk"]
    assert [r["speaker"] for r in rows_of(tmp_path, quotes) if "left alone" in r["quote"]] == ["tusk"]
    assert [r["speaker"] for r in rows_of(tmp_path, named)] == ["orban"]


@pytest.mark.parametrize("body", [
    "### Live · Tusk, under pressure at home\n\n\"Enough is enough.\"\n\nThe opposition was unimpressed.",
    "### Day two · Brussels · Orbán\n\nLeaders met again.\n\n\"This is a disgrace,\" said one diplomat.\n\n"
    "\"Europe cannot be held hostage.\"",
])
def test_read53_a_headings_person_is_not_the_voice_of_a_comment_or_of_another_quoted_first(tmp_path, body):
    assert not any(r["speaker"] in ("tusk", "orban") for r in rows_of(tmp_path, body, published="2025-03-20"))


@pytest.mark.parametrize("body", [
    "The talks went on late into the night, and no one expected a deal before the weekend. — Anna Nowak, Brussels",
    "- Tusk will travel to Kyiv next week with three ministers and a large delegation of business leaders. — Piotr Nowak",
])
def test_read53_a_sign_off_or_a_line_about_another_is_no_signed_quotation(tmp_path, body):
    assert not any(r["speaker"] in ("Anna Nowak", "Piotr Nowak") for r in rows_of(tmp_path, body, published="2025-03-20"))


def test_read53_a_web_address_path_is_no_date():
    import datetime as dt

    from rhetoric.extract.dates import find_temporal_expressions

    found = find_temporal_expressions("Read it at https://example.org/premier/2023/10/02/speech today.", dt.date(2025, 3, 20))
    assert "2023-10-02" not in [e.date.value for e in found if e.date], found


@pytest.mark.parametrize("sentence", [
    "Tusk urged Hungary to keep its promises on the aid.",
    "Tusk called on Hungary to respect the rule of law.",
    "Tusk asked Budapest to abide by the court's ruling before Thursday's vote.",
    "Tusk urged our Hungarian friends to put aside their emotions.",
])
def test_session53_asking_someone_to_comply_is_a_demand_against_them(tmp_path, sentence):
    rows = rows_of(tmp_path, sentence, published="2025-03-20")
    assert [(r["target"], r["stance"] < 0) for r in rows if r["speaker"] == "tusk"] == [("hungary", True)], rows


# (the second review of session 53, /work/review53b/REPORT.md: its worse and mixed cases, in other wording)

@pytest.mark.parametrize("sentence", ["Tusk urged the international community to keep its promises to Ukraine.",
                                      "Orbán asked Szijjártó to reconsider his decision to leave the ministry."])
def test_review53b_a_demand_counts_only_against_an_actor_asked_not_ones_own(tmp_path, sentence):
    rows = rows_of(tmp_path, sentence, published="2025-03-20")
    assert not any(r["stance"] < 0 for r in rows), rows


@pytest.mark.parametrize("sentence", ["Orbán conceded in a short speech after the election on Sunday.",
                                      "Tusk congratulated Magyar on Sunday's election victory."])
def test_review53b_a_vote_told_as_done_keeps_the_weekday_before(sentence):
    import datetime as dt

    from rhetoric.extract.dates import find_temporal_expressions

    # (written on Tuesday 14 April 2026: the Sunday of a vote told as done is the 12th)
    found = [e.date.value for e in find_temporal_expressions(sentence, dt.date(2026, 4, 14)) if "Sunday" in e.text]
    assert found == ["2026-04-12"]


def test_review53b_a_field_with_a_role_in_lower_case_gives_its_person_the_words_under_it(tmp_path):
    body = ("### Item 2 · Warsaw · Radosław Sikorski, foreign minister of Poland · 4 March\n\n"
            "\"Hungary is isolated in the Council, and it knows it.\"\n\nHe also told diplomats to expect \"a long spring\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert {r["speaker"] for r in rows} == {"sikorski"}, rows


def test_review53b_an_interviews_heading_that_is_a_name_is_the_topic_of_the_answer(tmp_path):
    body = ("*Orbán spoke to Kossuth Radio on Friday; the editors added headings.*\n\n"
            "REPORTER: Prime Minister, good morning.\n\nORBÁN: Good morning. Brussels wants to tell us what to do.\n\n"
            "## Donald Tusk\n\nWarsaw has a government that wants to put its opponents in prison.\n\n"
            "REPORTER: And Ukraine?\n\nORBÁN: Ukraine is not our war.")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "opponents in prison" in r["quote"]] == ["orban"], rows


def test_review53b_a_reading_list_signed_with_names_is_no_page_of_quotations(tmp_path):
    body = ("## Recommended reading\n\n- The Long Eastern Flank: Poland and the War Next Door, published this spring. — "
            "Radosław Sikorski\n- A Sovereign Hungary in a Changing World Order, collected speeches and essays. — Viktor Orbán")
    assert not any(r["speaker"] in ("sikorski", "orban") for r in rows_of(tmp_path, body, published="2025-03-20"))


def test_review53b_an_owners_description_in_lower_case_stays_the_owners(tmp_path):
    body = "Peskov's favourite enemy, Radosław Sikorski: \"a provincial politician who dreams of a seat at the table\"."
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-03-20")] == ["peskov"]


def test_review53b_a_title_held_until_last_year_is_not_the_bare_titles_holder(tmp_path):
    body = ("Jan Kowalski, ambassador to Hungary until last year, told a radio station that relations were bad.\n\n"
            "On Thursday the ambassador told reporters: \"Hungary wants good relations with every member state.\"")
    assert not any(r["speaker"] == "Jan Kowalski" and "good relations" in r["quote"]
                   for r in rows_of(tmp_path, body, published="2025-03-20"))


def test_review53b_excerpts_after_a_lead_of_their_own_do_not_go_on_with_the_voice_before(tmp_path):
    body = ("Sikorski told the Sejm: \"Hungary is a problem for Europe.\"\n\n"
            "On the front pages the next morning: \"Warsaw loses patience\" … \"Budapest answers\" … \"The end of a friendship?\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not any("patience" in r["quote"] for r in rows), rows


@pytest.mark.parametrize("under", [
    "\"Solidarity forever.\"\n\n*Written on the wall behind him as he spoke.*",
    "A Polish opposition MP, asked about the remark, laughed. \"Budapest knows all about money from abroad.\"",
])
def test_review53b_a_slogan_or_another_ones_words_under_a_heading_field_are_not_its_persons(tmp_path, under):
    body = f"### 10:30 · Gdańsk · Donald Tusk, Prime Minister of Poland\n\n{under}"
    assert not any(r["speaker"] == "tusk" for r in rows_of(tmp_path, body, published="2025-03-20"))


# --- session 54 -------------------------------------------------------------------------------

def test_session54_a_term_a_contract_defines_in_quotation_marks_is_its_value(tmp_path):
    # ('"the Claimant" means …', '… ("the Respondent")': a later "the Claimant" is that person, a
    # later "the Minister" the office the definition names, read where it is defined)
    body = ("In this summary, \"the Claimant\" means Radosław Sikorski; \"the Minister\" means the Minister of "
            "Foreign Affairs of Hungary.\n\n"
            "On 4 March the Claimant told the Council: \"Hungary is blocking the whole Union.\"\n\n"
            "Tusk, who had met Sikorski, said nothing. The Minister, speaking later, said: \"Brussels wants to punish us.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert sorted(r["speaker"] for r in rows) == ["sikorski", "szijjarto"], rows


def test_session54_a_term_defined_after_its_value_in_brackets_is_its_value(tmp_path):
    body = ("The dispute set Péter Szijjártó (the \"Respondent\") against Warsaw. Asked about the veto, "
            "the Respondent replied: \"Poland is lecturing us again.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["szijjarto"], rows


def test_session54_a_term_that_is_an_office_of_a_named_state_keeps_its_own_reading(tmp_path):
    # ("the Polish Prime Minister" is Tusk by the registry; a definition's value does not replace it,
    # and a use needs the term's article: "the Minister" is not the "Minister" of "the Prime Minister")
    body = ("In this note \"the Polish Prime Minister\" means the head of the Polish government and \"the Minister\" "
            "means Radosław Sikorski.\n\n"
            "The Polish Prime Minister said: \"Hungary is isolated in the Council.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["tusk"], rows
    # (a term defined without its article is no use inside a longer title: "Minister" in "the Polish Prime Minister")
    body = ("In this note, \"Minister\" means Radosław Sikorski.\n\n"
            "The Polish Prime Minister said: \"Hungary is isolated in the Council.\"")
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-03-20")] == ["tusk"]


def test_session54_a_fields_label_defines_an_office_as_well_as_a_person(tmp_path):
    # (a study sheet's "**Narrator** · The Prime Minister of Poland": the narrator is that office's holder)
    body = ("**Setting** · Brussels, March 2025\n**Narrator** · The Prime Minister of Poland\n\n"
            "In the second act the narrator turns to the cameras: \"Hungary must stop blocking the aid.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


def test_session54_a_keys_short_names_tied_by_equals_signs_may_follow_one_another_after_commas(tmp_path):
    body = ("*Key: DT = Donald Tusk, VO = Viktor Orbán, RS = Radosław Sikorski.*\n\n"
            "**Mon 3.3.25.** VO (live on radio): \"Brussels wants to punish us.\" "
            "RS (checked): \"Hungary is isolated in the Council.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert sorted((r["speaker"], r["said_on"]) for r in rows) == [("orban", "2025-03-03"), ("sikorski", "2025-03-03")], rows


@pytest.mark.parametrize("office", ["the Hungarian Minister of Finance", "the Polish Ambassador to Budapest"])
def test_session54_a_demonym_and_a_title_in_capitals_are_an_office_not_a_name(tmp_path, office):
    from rhetoric.extract.context import ArticleContext

    p = tmp_path / "office.md"
    p.write_text(f"---\nid: office\ntitle: t\noutlet: null\npublished: 2025-03-20\nlanguage: en\n---\n"
                 f"On Monday {office} spoke to reporters.\n", encoding="utf-8")
    ctx = ArticleContext(read_article(p), REG)
    assert not [c for c in ctx.cands if c.kind == "name"], ctx.cands


def test_session54_a_minister_of_state_and_foreign_affairs_is_a_foreign_minister(tmp_path):
    body = "Hungary's Minister of State and Foreign Affairs said: \"Poland is lecturing us again.\""
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-03-20")] == ["szijjarto"]


@pytest.mark.parametrize("heading", ["**9:15 a.m. — Arrivals, Ferenc Liszt airport, Budapest.**",
                                     "**Protest · Jozef Pilsudski square · Warsaw.**"])
def test_session54_a_name_before_a_places_word_in_lower_case_is_a_place_no_speaker(tmp_path, heading):
    # (the person the entry names is its "he", not the airport's namesake)
    body = (f"{heading} Donald Tusk, 67, of Warsaw, reported on X that the plane had landed. Asked about the veto, "
            "he stated: \"Hungary is isolated in the Council.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["tusk"], rows


@pytest.mark.parametrize("subject", ["Radosław Sikorski, 62, of Warsaw, the government's foreign minister,",
                                     "Radosław Sikorski, of Warsaw, the foreign minister,",
                                     "Radosław Sikorski, 62, of Warsaw,"])
def test_session54_an_age_and_a_home_town_in_apposition_leave_the_person_the_subject(tmp_path, subject):
    # (a local paper's or a police log's "Name, 62, of Warsaw, …": the person speaks, not the town)
    body = f"{subject} told officers that Budapest was \"holding the whole Union hostage\"."
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["sikorski"], rows


def test_session54_an_outlet_that_has_more_from_someone_passes_on_their_words(tmp_path):
    # ("The BBC has more from the minister: …", then "And from the Xinhua version: …": the minister's
    # words both times, the outlets channels)
    body = ("Radosław Sikorski was furious on Tuesday. Polsat News has more from the foreign minister: \"Hungary is "
            "isolated in the Council.\" And from the Xinhua version: \"We will not be blackmailed.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["sikorski", "sikorski"], rows


def test_session54_a_numbered_quotation_is_the_speaker_the_note_under_it_opens_with(tmp_path):
    # (a collection's or a study guide's "**2.** “…”" over "*Context:* The Polish Prime Minister, at
    # the summit, 6 March 2025."; "Same speech." gives the one above; a note that opens with anything
    # else signs nothing)
    body = ("## Key passages\n\n"
            "**1.** \"Hungary is isolated in the Council.\"\n\n"
            "*Context:* The Polish Prime Minister, at the summit in Brussels, 6 March 2025.\n\n"
            "**2.** \"We will not be blackmailed by anyone.\"\n\n"
            "*Context:* Same speech. The room applauded.\n\n"
            "**3.** \"Brussels wants to punish us.\"\n\n"
            "*Context:* Orbán's answer on state radio the next morning.\n\n"
            "**4.** \"The veto stands.\"\n\n"
            "*Context:* Quoted in many papers, unattributed.\n\n"
            "**5.** \"Budapest is not Moscow.\"\n\n"
            "Same interview.\n\n"
            "**6.** \"We are ready to talk.\"\n\n"
            "Orbán's spokesman later denied it.\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    got = sorted((r["speaker"], r["said_on"], r["quote"][:12]) for r in rows)
    # (the 5th: "Same interview." after an unattributed quotation gives no one; the 6th: a note that tells an act)
    assert got == [("orban", "2025-03-07", "Brussels wan"), ("tusk", "2025-03-06", "Hungary is i"),
                   ("tusk", "2025-03-06", "We will not ")], got
    body = ("**1.** \"Hungary is isolated in the Council.\"\n\n*Source:* Tusk on X, 6 March 2025.\n\n"
            "**2.** \"We will not be blackmailed by anyone.\"\n\nSame tweet.\n")
    got = sorted((r["speaker"], r["said_on"]) for r in rows_of(tmp_path, body, published="2025-03-20"))
    assert got == [("tusk", "2025-03-06"), ("tusk", "2025-03-06")], got


def test_session54_quotations_listed_as_what_a_text_held_are_its_writers(tmp_path):
    # (a notice's or a report's "His letter included:" over items that quote it; the writer is the one
    # the text was told as written by, and its day dates the items; an item that names another
    # speaker is theirs)
    body = ("On Tuesday 4 March 2025 Radosław Sikorski sent a letter to the other foreign ministers.\n\n"
            "### What it said\n\n"
            "His letter included:\n\n"
            "- a warning that \"Hungary is isolated in the Council\";\n"
            "- the closing line: \"We will not be blackmailed by anyone.\"\n"
            "- Orbán's answer, read out the next day: \"Brussels wants to punish us.\"\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    got = sorted((r["speaker"], r["said_on"], r["quote"][-12:]) for r in rows)
    assert ("sikorski", "2025-03-04", " the Council") in got and ("sikorski", "2025-03-04", "d by anyone.") in got, got
    assert not [g for g in got if g[0] == "sikorski" and "punish" in g[2]], got


def test_review54_a_definition_in_prose_or_of_a_value_inside_a_phrase_defines_nothing(tmp_path):
    # (definitions count in a notice's or a contract's clause, "In this note, …", or two on a line;
    # a value counts only where it opens: not "any official appointed by Donald Tusk")
    body = ("For Orbán's critics, \"the Regime\" means Viktor Orbán himself, one columnist wrote.\n\n"
            "The Regime hit back through its papers: Magyar is \"a traitor\".\n\n"
            "In this note, \"the Negotiator\" means any official appointed by Donald Tusk. "
            "The Negotiator said on Monday that the talks were \"stuck\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not [r for r in rows if r["speaker"] in ("orban", "tusk")], rows


def test_review54_a_bracketed_term_after_a_person_and_an_office_in_apposition_is_the_person(tmp_path):
    body = ("The parties are Radosław Sikorski, Minister of Foreign Affairs of the Republic of Poland (the \"Minister\"), "
            "and Budapest; Austria and Slovakia (the \"Observers\") attended.\n\n"
            "The Minister said Hungary \"will have to respect the ruling\". The Observers said they were \"concerned\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "ruling" in r["quote"]] == ["sikorski"], rows
    assert not [r for r in rows if "concerned" in r["quote"] and r["speaker"] in ("austria", "slovakia")], rows


def test_review54_a_note_under_another_label_or_telling_an_act_signs_no_numbered_quotation(tmp_path):
    body = ("**1.** \"You can decide without me.\"\n\n*Addressee:* The Prime Minister of Poland.\n\n"
            "**2.** \"Brussels wants to punish us.\"\n\n*Note:* The Polish Prime Minister, its butt, stormed out.\n\n"
            "**3.** \"Hungary is isolated in the Council.\"\n\n*Our note:* The Polish Prime Minister, quoted by PAP.\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["quote"][:7]) for r in rows] == [("tusk", "Hungary")], rows


def test_review54_the_one_spoken_to_in_an_age_and_home_apposition_is_no_subject(tmp_path):
    body = ("In a letter to Szijjártó, 46, of Budapest, Warsaw said the envoy would stay \"for now\".\n\n"
            "Meeting Tusk, 67, of Gdańsk, Hungary's foreign minister said the asylum \"is final\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["poland", "szijjarto"], rows


def test_review54_a_places_namesake_lends_no_name_to_a_later_surname(tmp_path):
    # (read 54b: "Jashari, the airport's new director" is not the man the airport is named after)
    body = ("Flights resumed at Ferenc Liszt airport on Monday. Liszt, the airport's new director, said the runway "
            "was \"safe again\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not [r for r in rows if r["speaker"] == "Ferenc Liszt"], rows


def test_review54b_an_unnamed_persons_verdict_is_not_the_authors(tmp_path):
    # ("A senior opposition MP said the policy “is shocking”": someone's words, unnamed, not the
    # article's own voice; the article's own verdict still is)
    body = ("A senior opposition MP said the government's Hungary policy \"is shocking in its naivety\".\n\n"
            "Some critics also said Poland's border rules were a disgrace.\n\n"
            "Hungary's veto was a disgrace.")
    rows = [r for r in rows_of(tmp_path, body, "2025-03-20", authorial=True) if r["kind"] == "authorial"]
    assert [r["quote"][:16] for r in rows] == ["Hungary's veto w"], rows



def test_review54b_an_outlet_with_more_from_others_of_a_person_gives_that_person_nothing(tmp_path):
    body = "Reuters has more from Orbán's critics: \"He is closing Hungary to the world.\""
    assert not [r for r in rows_of(tmp_path, body, published="2025-03-20") if r["speaker"] == "orban"]


def test_review54b_a_letter_addressed_is_the_text_its_list_quotes(tmp_path):
    body = ("On Friday 7 March 2025 Tusk addressed a letter to the Council.\n\n"
            "The letter contained:\n\n- the warning: \"Hungary is isolated in the Council.\"\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-03-07")], rows


def test_review54b_a_keys_entry_may_have_a_note_in_brackets_after_the_name(tmp_path):
    body = ("*Key: DT = Donald Tusk (studio), VO = Viktor Orbán (archive clips).*\n\n"
            "VO (on radio): \"Brussels wants to punish us.\"")
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-03-20")] == ["orban"]


@pytest.mark.parametrize("sentence, speaker", [
    ("At the funeral, Merz mourned \"a friend of Poland and a man of courage\".", "merz"),
    ("Rama saluted \"the courage of the Italian people\" in his speech.", "rama"),
    ("In Warsaw Tusk spoke to Orbán \"as a neighbour, not as a rival\".", "tusk"),
])
def test_session54_words_of_mourning_honour_or_spoken_to_someone_report_a_quote(tmp_path, sentence, speaker):
    assert [r["speaker"] for r in rows_of(tmp_path, sentence, published="2025-03-20")] == [speaker]


@pytest.mark.parametrize("body, not_speaker", [
    # (read 54b: a verb of mourning, honour or speaking to someone reports only the quote right after it)
    ("Poland is in mourning; the tabloids call the crash \"Smolensk II\".", "poland"),
    ("Tusk spoke to reporters after a night in which state media had branded him \"a traitor\".", "tusk"),
    ("Sikorski saluted as the band played \"Mazurek Dąbrowskiego\".", "sikorski"),
    # (an item naming another's words after "of", "by" or "from" in a list of what a letter held)
    ("On Tuesday 4 March 2025 Radosław Sikorski sent a letter to the Council.\n\nHis letter included:\n\n"
     "- the words of Orbán: \"Brussels wants to punish us.\"\n", "sikorski"),
    # (others named by whom they are about, in a label's lead)
    ("Tusk's critics in Warsaw were blunt: \"He is weak on Hungary.\"", "tusk"),
    ("Polsat News has more from Sikorski's deputy: \"Hungary is isolated in the Council.\"", "Polsat News"),
    # (a field's label that is a place the text uses as an adjective defines no one)
    ("**Gdansk** · Donald Tusk, Prime Minister of Poland\n\nThe Gdansk delegation left. Gdansk's mayor said: "
     "\"Hungary is isolated in the Council.\"", "tusk"),
    # (a numbered quotation's note that tells an act, its verb followed by a preposition)
    ("**1.** \"Hungary is isolated in the Council.\"\n\n*Context:* Orbán responded to it in Budapest the next day.\n",
     "orban"),
])
def test_read54b_guards_no_speaker_from_a_misreading(tmp_path, body, not_speaker):
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not [r for r in rows if r["speaker"] == not_speaker], rows


def test_read54b_definitions_listed_under_their_clause_and_singular_terms_in_s(tmp_path):
    body = ("For the purposes of this note:\n\n- \"the Minister\" means Radosław Sikorski;\n- \"the Envoy\" means "
            "Péter Szijjártó.\n\nOn 4 March the Minister told the Council: \"Hungary is blocking the whole Union.\"")
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-03-20")] == ["sikorski"]
    body = ("The tribunal heard Radosław Sikorski (the \"Witness\") on Monday.\n\nThe Witness told the tribunal: "
            "\"Hungary is isolated in the Council.\"")
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-03-20")] == ["sikorski"]
    body = ("In this country, \"the Regime\" means Viktor Orbán himself, one columnist wrote.\n\n"
            "The Regime hit back through its papers: Magyar is \"a traitor\".")
    assert not [r for r in rows_of(tmp_path, body, published="2025-03-20") if r["speaker"] == "orban"]


def test_read54b_an_age_apposition_after_a_time_of_day_keeps_the_person(tmp_path):
    body = ("On Thursday evening Radosław Sikorski, 62, of Warsaw, the foreign minister, told officers that Budapest "
            "was \"holding the whole Union hostage\".")
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-03-20")] == ["sikorski"]


def test_read54b_the_authors_verdict_stays_beside_an_unnamed_persons_clause(tmp_path):
    kept = rows_of(tmp_path, "After a senior diplomat said the talks had failed, Hungary's veto looked shameful.",
                   "2025-03-20", authorial=True)
    assert [r["speaker"] for r in kept if r["kind"] == "authorial"] == ["author"], kept
    gone = rows_of(tmp_path, "Hungary's conduct was shameful, said a senior diplomat.", "2025-03-20", authorial=True)
    assert not [r for r in gone if r["kind"] == "authorial"], gone


# --- session 55: kinds read in the held-out set "bluffs" -------------------------------------------------------------


@pytest.mark.parametrize("body, quote_start, speaker", [
    # a participle goes on with the clause it follows: the coordinated one after ", and"
    ('Warsaw reacted within hours. The Polish president condemned the veto, and the foreign minister, Sikorski, '
     'called the decision "a betrayal of our farmers", adding that "Hungary will pay for this in the Council".',
     "Hungary will pay", "sikorski"),
    # a thing's maker inside the reported clause is not the participle's subject
    ('On Monday Tusk announced on X that the grain made by Hungary had reached Gdańsk, describing it as '
     '"a day all of Poland will remember".', "a day all of Poland", "tusk"),
    # a prepositional object that opens the clause is not its subject ("Of the Commission he said")
    ('Orbán spoke in Budapest on Friday. Of the government he said "it is as if it were the Commission of old," '
     'before adding: "They are gross bureaucrats."', "They are gross", "orban"),
    # a past participle's phrase that opens the sentence ("Interviewed by Xinhua while in Brussels,")
    ('Boats began to sail again on Monday. Interviewed by Xinhua while in Brussels, President Orbán asked how he '
     'could justify to his voters "the fact that I accept the grain that floods our markets", adding: "It means '
     'betraying our farmers."', "It means betraying", "orban"),
])
def test_session55_a_participle_goes_on_with_the_subject_of_the_clause_it_follows(tmp_path, body, quote_start, speaker):
    rows = [r for r in rows_of(tmp_path, body, published="2025-03-20") if quote_start in r["quote"]]
    assert rows and {r["speaker"] for r in rows} == {speaker}, rows



_RESEARCHERS = """  - {id: tusk, name: Donald Tusk, kind: person, affiliation: poland, role: Prime Minister of Poland, aliases: [Donald Tusk, Tusk]}
  - {id: poland, name: Poland, kind: state, affiliation: null, role: State, aliases: [Poland, Warsaw]}
  - {id: hungary, name: Hungary, kind: state, affiliation: null, role: State, aliases: [Hungary, Budapest]}
  - {id: nowak, name: Anna Nowak, kind: person, affiliation: null, role: "Senior fellow at the Warsaw Institute of Eastern Studies, former diplomat", aliases: [Anna Nowak, Nowak]}
  - {id: kiss, name: Béla Kiss, kind: person, affiliation: null, role: Head of the Budapest Centre for Rural Policy, aliases: [Béla Kiss, Kiss]}
"""


@pytest.mark.parametrize("body, speaker", [
    ('A fellow at the Warsaw Institute of Eastern Studies told Polsat: "Hungary has never been this isolated."',
     "nowak"),
    ('The head of the Budapest Centre for Rural Policy warned of "a winter that will ruin Polish farmers".', "kiss"),
])
def test_session55_a_person_described_by_the_registrys_role_at_an_unlisted_body_is_that_person(tmp_path, body, speaker):
    rows = _rows_with(tmp_path, _RESEARCHERS, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == [speaker], rows


def test_session55_an_official_of_a_body_named_after_the_noun_speaks_for_it(tmp_path):
    body = 'A senior official of the European Union stated that Hungary was "blocking the whole Union" again.'
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-03-20")] == ["eu"]
    body = 'A source close to the European Union stated that Hungary was "blocking the whole Union" again.'
    assert "eu" not in [r["speaker"] for r in rows_of(tmp_path, body, published="2025-03-20")]


@pytest.mark.parametrize("body, speaker", [
    # a member of a parliament described by a demonym and "MP", the name apposed after it
    ('A Hungarian MP, Péter Magyar, answered in the Budapest press: "We believe the talks will end the quarrel."',
     "magyar"),
    # a description apposed to a name, a place inside it, a relative clause after it
    ('Bishop Jan Kowalski, the auxiliary bishop of Warsaw, who now lives in Rome, wrote: "How much cynicism from '
     'Budapest, and how little shame!"', "Kowalski"),
])
def test_session55_the_name_apposed_to_a_description_is_the_subject(tmp_path, body, speaker):
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert rows and all(speaker in r["speaker"] for r in rows), rows


@pytest.mark.parametrize("body, not_speaker", [
    # (the object of an opening phrase, a description without its closing comma: no apposition)
    ('After talks with Orbán, the delegation from Poland said the meeting had been "difficult but useful".', "orban"),
    ('Like Merz, the newspapers in Hungary wrote that the summit was "a failure for Brussels".', "merz"),
    # (an Oxford comma's list is no coordinated clause)
    ('Tusk thanked Germany, Sweden, and Italy, praised their help, saying "Europe stood with Poland this week".',
     "italy"),
    # (a letter's sender is its writer, not a thing's maker)
    ('A message sent by Orbán reached Warsaw on Monday, describing the veto as "a defence of Hungarian farmers".',
     "poland"),
    # (the one who quotes does not quote himself as "her")
    ('Valtonen spoke first. Tusk quoted her: "Finland is not afraid, and Finland is not alone."', "tusk"),
])
def test_review55_guards_no_speaker_from_a_misreading(tmp_path, body, not_speaker):
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert not [r for r in rows if r["speaker"] == not_speaker], rows


@pytest.mark.parametrize("body, speaker", [
    # the one quoted as "him" or "her", whoever quotes
    ('Tusk spoke to reporters in Gdańsk. The Polish press agency quoted him: "Hungary is not our enemy, and never '
     'will be."', "tusk"),
    ('Tusk spoke to reporters in Gdańsk. His Chancellery quoted him too: "Hungary is not our enemy, and never will '
     'be."', "tusk"),
    # a speech named in capitals is no person; the possessive before it is the speaker
    ('Tusk returned to Warsaw on Friday. In his State of the Union Address: "A solution respectful of the rule of law '
     'is the only way forward for Hungary."', "tusk"),
    # an aside between the lead-in's subject and its colon
    ('At the EU summit Tusk, after talks with his Hungarian counterpart Viktor Orbán: "We had a good discussion on '
     'our grain dispute."', "tusk"),
])
def test_session55_a_colon_lead_in_names_its_speaker_by_pronoun_possessive_or_aside(tmp_path, body, speaker):
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert rows and {r["speaker"] for r in rows} == {speaker}, rows


_STAFF = """  - {id: duda, name: Andrzej Duda, kind: person, affiliation: poland, role: President of Poland, aliases: [Andrzej Duda, Duda]}
  - {id: nowak, name: Jan Nowak, kind: person, affiliation: poland, role: Foreign-policy adviser to President Duda, aliases: [Jan Nowak, Nowak]}
  - {id: poland, name: Poland, kind: state, affiliation: null, role: State, aliases: [Poland, Warsaw]}
  - {id: hungary, name: Hungary, kind: state, affiliation: null, role: State, aliases: [Hungary, Budapest]}
"""


def test_session55_an_adviser_to_a_president_is_no_president(tmp_path):
    body = ('Warsaw recalled its ambassador from Budapest. The day before, the adviser Jan Nowak had said: "There was '
            'no sensibility from Hungary." Asked why, the President said: "We need clarity over the state of relations '
            'with Hungary."')
    rows = _rows_with(tmp_path, _STAFF, body, published="2025-03-20")
    assert [r["speaker"] for r in rows] == ["nowak", "duda"], rows


def test_session55_a_bare_office_is_the_holder_the_title_names(tmp_path):
    # Poland is named far more than Hungary, but the title says whose press conference it was
    actors = """  - {id: tusk, name: Donald Tusk, kind: person, affiliation: poland, role: Prime Minister of Poland, aliases: [Donald Tusk, Tusk]}
  - {id: orban, name: Viktor Orbán, kind: person, affiliation: hungary, role: Prime Minister of Hungary, aliases: [Viktor Orbán, Orbán]}
  - {id: poland, name: Poland, kind: state, affiliation: null, role: State, aliases: [Poland, Warsaw]}
  - {id: hungary, name: Hungary, kind: state, affiliation: null, role: State, aliases: [Hungary, Budapest]}
"""
    body = ("Pinned: press conference of the Prime Minister, Thursday, 13:00.\n\n"
            "**0:01:07 moderator:** The Prime Minister will take questions after his statement.\n\n"
            "**0:03:22 viewer:** will he talk about Poland or about the grain from Poland?\n\n"
            '**0:07:55 viewer2:** he just said "Poland has treated us unfairly and Warsaw knows it."\n\n'
            "**0:09:10 viewer3:** Poland again. Poland, Poland, Poland. \"Tusk is right about Poland,\" as my dad says.")
    rows = _rows_with(tmp_path, actors, body, published="2025-03-20",
                      title="Live chat replay: what viewers typed while Orbán spoke about Poland")
    assert [r["speaker"] for r in rows] == ["orban"], rows


def test_session55_a_letter_read_out_whole_is_read_as_text_and_dated_from_its_writing(tmp_path):
    # (a listener's letter in double quotation marks that reports the leaders' words in single ones:
    # those are the statements, not the listener's; its "tonight" counts from the day it was sent)
    body = ("ANNA: Good morning. Next, a letter from Petar in Kraków, sent late on Tuesday night.\n\n"
            "ANNA (reading): \"Dear Anna, tonight Tusk wrote on X that Hungary was 'blocking the whole Union for its "
            "own gain'. Then Orbán answered that Warsaw had 'no right to lecture anyone in Europe'. Please read both "
            "sides.\"\n\nANNA: Thank you, Petar.")
    rows = rows_of(tmp_path, body, published="2025-03-22")
    got = sorted((r["speaker"], r["said_on"]) for r in rows)
    assert got == [("orban", "2025-03-18"), ("tusk", "2025-03-18")], rows
    # (a speaker's own quotation that tells what someone said to them stays that speaker's)
    body = ("Tusk told reporters in Gdańsk: \"He called me and said 'Hungary will not move on the grain'. I told him "
            "that Poland will not wait for ever.\"")
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-03-22")] == ["tusk"]


def test_session55_a_panels_unregistered_voices_that_relay_the_leaders_words_are_narrators(tmp_path):
    # (a seminar's two speakers the registry does not know, most of whose turns tell what the leaders
    # said: the leaders' words are the statements, the speakers' own lines none)
    body = ("*Captions of a seminar, posted the next day.*\n\n"
            ">> MODERATOR: Our speakers are Anna Kowal and Piotr Nowak. Anna.\n\n"
            ">> ANNA KOWAL: Dates first. Hungary closed the border on Monday. That same afternoon the spokesman of "
            "Tusk said he was \"distressed and outraged\" at Hungary.\n\n"
            ">> PIOTR NOWAK: On Tuesday Szijjártó said Warsaw had \"no right to lecture anyone\".\n\n"
            ">> KOWAL: Then Orbán wrote that Brussels was \"a bureaucratic monster\". Hungary looked isolated.\n\n"
            ">> NOWAK: And Sikorski answered that Hungary was \"isolated in the Council\" for good reason.\n")
    speakers = {r["speaker"] for r in rows_of(tmp_path, body, published="2025-03-20")}
    assert {"orban", "sikorski", "szijjarto", "tusk"} <= speakers, speakers
    assert not [s for s in speakers if "Kowal" in s or "Nowak" in s], speakers


def test_session55_a_two_column_tables_first_cell_names_the_speaker_only_by_a_person_it_opens_with(tmp_path):
    # (a study sheet: "| Topic | Notes |", the notes quote; a row's topic that opens with a person
    # names the speaker, one that is a question or a place does not)
    body = ("| Topic | Notes |\n|---|---|\n"
            "| Tusk, first reaction | Monday, in the Sejm: \"Hungary is blocking the whole Union for its own gain\" |\n"
            "| Orbán's answer | that evening, on Facebook: \"Warsaw has no right to lecture anyone in Europe\" |\n"
            "| Budapest? | nothing official; a blogger wrote \"Hungary will never bow to Brussels\" |\n")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    got = {r["quote"][:20]: r["speaker"] for r in rows}
    assert "tusk" in got.values() and "orban" in got.values(), rows
    assert "hungary" not in got.values(), rows


def test_session55_a_notebooks_initial_for_someone_it_names_is_that_one(tmp_path):
    # (shorthand notes: "T." for Tusk once he is named, "O.'s answer"; a lettered list's "B." at a
    # line's start and a given name's initial before a surname are no one's)
    body = ("Notes, Monday. Tusk and Orbán clashed again over grain.\n\n"
            "- T. in the Sejm: \"Hungary is blocking the whole Union for its own gain.\"\n"
            "- O.'s answer, same evening: \"Warsaw has no right to lecture anyone in Europe.\"\n\n"
            "B. Nobody else spoke. J. Kowalski, a farmer, said: \"Hungary is our friend.\"")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows][:2] == ["tusk", "orban"], rows
    assert not [r for r in rows if r["quote"].startswith("Hungary is our friend") and r["speaker"] in ("tusk", "orban")]


def test_session55_a_quotation_in_single_marks_closes_right_before_the_double_mark_of_the_letter(tmp_path):
    body = ("ANNA: Next, a letter from Petar, sent on Tuesday.\n\n"
            "ANNA (reading): \"Dear Anna, Tusk wrote that he was 'deeply disappointed by the Hungarian veto'. "
            "Then, at the end: 'Poland will remember this for a very long time.'\"")
    rows = rows_of(tmp_path, body, published="2025-03-22")
    assert [r["speaker"] for r in rows] == ["tusk", "tusk"] and "Poland will remember" in rows[1]["quote"], rows


def test_review55_a_speakers_own_quotation_that_reports_others_in_single_marks_stays_theirs(tmp_path):
    for body in ('Tusk spoke in Gdańsk. "Some people said \'Poland will give in to Hungary\'. We will not," he said.',
                 'Tusk spoke in Gdańsk. He added: "Journalists wrote \'Poland will give in to Hungary\'. We will not."'):
        rows = rows_of(tmp_path, body, published="2025-03-20")
        assert [r["speaker"] for r in rows] == ["tusk"], rows


def test_review55_a_role_with_a_rank_or_a_term_or_at_no_body_describes_no_one(tmp_path):
    from rhetoric.actors import load_actors
    from rhetoric.extract.roles import described_mentions

    reg = tmp_path / "reg.yml"
    reg.write_text("actors:\n" + _RESEARCHERS + "  - {id: vp, name: Jan Vice, kind: person, affiliation: null, "
                   "role: Executive Vice-President of the Warsaw Institute of Eastern Studies, aliases: [Jan Vice]}\n"
                   "  - {id: park, name: Park Geun-hye, kind: person, affiliation: null, "
                   "role: President of South Korea (2013-2017), aliases: [Park Geun-hye]}\n", encoding="utf-8")
    registry = load_actors(reg)
    found, _ = described_mentions("The vice-president of the Warsaw Institute of Eastern Studies and the president of "
                                  "South Korea met the fellow at the Warsaw Institute of Eastern Studies.", registry, [])
    assert [m.actor for m in found] == ["nowak"], found


@pytest.mark.parametrize("body, speaker", [
    # (the one quoted as "him" after "His office": the possessive is not the quoter)
    ('Pashinyan spoke in Yerevan on Monday. Orbán spoke on Tuesday. His office quoted him too: "2026 will be the '
     'year Brussels finally learns that Hungary cannot be bullied."', "orban"),
    # (a table's notes that name their speaker before the quote are theirs, not the first cell's)
    ('| Topic | Notes |\n|---|---|\n| Tusk vs Orbán | Orbán, on radio: "Tusk is the loudest man in Europe." |\n'
     '| Tusk, first reaction | in the Sejm: "Hungary is blocking the whole Union." |\n', "orban"),
])
def test_review55b_the_speaker_the_text_names_itself(tmp_path, body, speaker):
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert rows and rows[0]["speaker"] == speaker, rows


def test_review55b_a_label_and_its_letter_are_no_initial_and_one_caller_who_relays_is_still_a_caller(tmp_path):
    body = ("Notes. Tusk and Orbán met on Monday.\n\n- T. to reporters: \"Hungary must decide where it belongs.\"\n"
            "- The draft's Annex T. says Hungary must \"comply within thirty days\".")
    rows = rows_of(tmp_path, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "comply" in r["quote"]] != ["tusk"], rows
    from rhetoric.corpus import read_article
    from rhetoric.extract.context import ArticleContext
    from rhetoric.extract.transcript import _relaying_voices

    p = tmp_path / "phone.md"
    p.write_text("---\nid: phone\ntitle: t\noutlet: null\npublished: 2025-03-20\nlanguage: en\n---\n"
                 "HOST: Good morning, lines are open.\n\nMAREK: Tusk said yesterday that Hungary was \"a problem\".\n\n"
                 "HOST: Thank you.\n\nMAREK: And Orbán said that Warsaw was \"hysterical\".\n\nEWA: I think both are wrong.\n",
                 encoding="utf-8")
    ctx = ArticleContext(read_article(p), REG)
    from rhetoric.extract.transcript import _labels
    assert _relaying_voices(ctx, _labels(ctx)) == set()


# --- session 56: spits read, fixed by kind -------------------------------------------------------

_KENYA_SUDAN_PRESIDENTS = """  - {id: ruto, name: William Ruto, kind: person, affiliation: kenya, role: President of Kenya, aliases: [William Ruto, Ruto, President Ruto]}
  - {id: burhan, name: Abdel Fattah al-Burhan, kind: person, affiliation: sudan, role: President of Sudan's Sovereignty Council, aliases: [Abdel Fattah al-Burhan, Burhan, General Burhan]}
  - {id: kenya, name: Kenya, kind: state, affiliation: null, role: State, aliases: [Kenya, Nairobi]}
  - {id: sudan, name: Sudan, kind: state, affiliation: null, role: State, aliases: [Sudan, Khartoum, Port Sudan]}
"""


@pytest.mark.parametrize("body, speaker", [
    # (a parish newsletter's header line of labels places it in Nairobi: its "the President" is Kenya's)
    ("**St Andrew's Parish Notes** · Westlands, Nairobi · Issue 41\n\n"
     "The choir sang on Sunday. Ruto had met the envoys of Burhan the week before.\n\n"
     "After the service the talk was of politics. On the radio the President said: \"We shall not be lectured by anyone.\"",
     "ruto"),
    # (a play's scene heading: a place in capitals, a dash and the day)
    ("The visit was short. Ruto had written to Burhan.\n\n**## SCENE 2. A HOTEL LOBBY, NAIROBI** — evening\n\n"
     "Reporters crowd the door. \"We shall not be lectured by anyone,\" the President tells them.", "ruto"),
    # (a later scene in the other capital is still told from the first scene's place)
    ("**HOTEL LOBBY, NAIROBI** — Monday\n\nThe envoys wait.\n\n**AIRPORT, KHARTOUM** — Tuesday\n\n"
     "The plane is late. Reporters crowd the door.\n\n\"We shall not be lectured by anyone,\" the President tells "
     "them.", "ruto"),
])
def test_session56_a_bare_office_in_a_text_placed_by_its_heading_is_that_places_holder(tmp_path, body, speaker):
    rows = _rows_with(tmp_path, _KENYA_SUDAN_PRESIDENTS, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "lectured" in r["quote"]] == [speaker], rows


def test_session56_a_holder_named_right_before_the_office_still_wins_over_the_place(tmp_path):
    body = ("**St Andrew's Parish Notes** · Westlands, Nairobi · Issue 41\n\n"
            "The talk was of Port Sudan. Burhan met his generals there on Monday. The President said: \"We shall not be "
            "lectured by anyone.\"")
    rows = _rows_with(tmp_path, _KENYA_SUDAN_PRESIDENTS, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "lectured" in r["quote"]] == ["burhan"], rows


def test_review56_a_holder_named_earlier_in_the_paragraph_is_the_bare_office(tmp_path):
    # (wire copy from Nairobi: Burhan named, then "he" twice, then "The President also said")
    body = ("**The Standard** · Nairobi · Issue 41\n\n"
            "Burhan spoke in Port Sudan on Monday. He said Kenya had betrayed Sudan. He claimed the talks were a plot. "
            "The President also said: \"We shall not be lectured by anyone.\"")
    rows = _rows_with(tmp_path, _KENYA_SUDAN_PRESIDENTS, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "lectured" in r["quote"]] == ["burhan"], rows


@pytest.mark.parametrize("body, speaker", [
    # (the state the sentence before turns to names the holder, whatever the text's place)
    ("**The Standard** · Nairobi · Issue 41\n\nThe choir sang.\n\nPort Sudan was tense on Monday. The President said: "
     "\"We shall not be lectured by anyone.\"", "burhan"),
    # (a topic's heading "in Khartoum" is no place the text is written from)
    ("Ruto spoke at State House on Monday.\n\n## Reactions in Khartoum\n\nThe envoys met.\n\nThe President said: "
     "\"We shall not be lectured by anyone.\"", "ruto"),
])
def test_review56b_the_place_rule_keeps_to_its_place(tmp_path, body, speaker):
    rows = _rows_with(tmp_path, _KENYA_SUDAN_PRESIDENTS, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "lectured" in r["quote"]] == [speaker], rows


@pytest.mark.parametrize("body, speaker", [
    # (a byline's place does not take the office from the holder the story is about)
    ("By Jane Wanjiru | Nairobi | 3 March\n\nBurhan spoke in Port Sudan on Monday about the charter.\n\n"
     "Kenyan officials declined to comment.\n\nThe President also said: \"We shall not be lectured by anyone.\"", "burhan"),
    # (a topic's label is no place: "| Sudan |" names the state itself, no city of it)
    ("**Horn Brief** | Sudan | Issue 118\n\nRuto spoke at State House on Monday.\n\nThe talks went on.\n\n"
     "The President said: \"We shall not be lectured by anyone.\"", "ruto"),
    # (the state the office's sentence speaks about is no holder's: the last one named keeps it)
    ("**The Standard** · Nairobi · Issue 41\n\nBurhan spoke in Port Sudan on Monday.\n\nOn Kenya, the President said: "
     "\"We shall not be lectured by anyone.\"", "burhan"),
])
def test_review56c_the_place_rule_yields_to_the_story(tmp_path, body, speaker):
    rows = _rows_with(tmp_path, _KENYA_SUDAN_PRESIDENTS, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "lectured" in r["quote"]] == [speaker], rows


# --- session 57 -------------------------------------------------------------------------------

_MALI_NIGER = """  - {id: goita, name: Assimi Goïta, kind: person, affiliation: mali, role: President of the Transition of Mali, aliases: [Assimi Goïta, Goïta]}
  - {id: tiani, name: Abdourahamane Tiani, kind: person, affiliation: niger, role: Head of state of Niger, aliases: [Abdourahamane Tiani, Tiani]}
  - {id: mali, name: Mali, kind: state, affiliation: null, role: State, aliases: [Mali, Bamako]}
  - {id: niger, name: Niger, kind: state, affiliation: null, role: State, aliases: [Niger, Niamey]}
  - {id: algeria, name: Algeria, kind: state, affiliation: null, role: State, aliases: [Algeria, Algiers]}
"""


def test_session57_a_quote_signed_only_by_its_occasion_is_the_titles_person(tmp_path):
    # (a museum's wall labels, each quotation signed under it by where and when only: the words of
    # the one person the title names; "the same speech" goes on with the voice and the day above)
    body = ("**Room 4. The break with Algiers**\n\n"
            "\"Algeria has chosen to stand with those who attack us.\"\n"
            "— *to state television in Bamako, Sunday 6 April 2025*\n\n"
            "\"Our airspace is closed to them from today.\"\n"
            "— *the same broadcast, its closing words*\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-06-01", title="Assimi Goïta in his own words")
    got = [(r["speaker"], r["said_on"]) for r in rows if "Algeria has" in r["quote"] or "airspace" in r["quote"]]
    assert got and set(got) == {("goita", "2025-04-06")}, rows


def test_session57_a_source_field_of_the_same_text_goes_on_with_its_voice(tmp_path):
    # (an exam paper's sources: a field "Source:" under each quotation, the second one "the same
    # address", the third naming its owner after "by")
    body = ("Read the sources and answer the questions.\n\n"
            "\"Mali will answer every provocation.\"\nSource: Assimi Goïta, televised address, 6 April 2025.\n\n"
            "\"Algeria has lost our trust.\"\nSource: the same address.\n\n"
            "\"Niger stands with Mali against Algeria.\"\nSource: the same evening's communiqué by Tiani, in Niamey.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-06-01", title="History paper 2, the Sahel")
    speakers = {q: {r["speaker"] for r in rows if q in r["quote"]} for q in ("provocation", "lost our trust", "stands with")}
    assert speakers == {"provocation": {"goita"}, "lost our trust": {"goita"}, "stands with": {"tiani"}}, rows


def test_session57_an_occasion_signature_that_names_another_is_no_unnamed_signature(tmp_path):
    # (a signature naming someone other than an addressee is not "only the occasion")
    body = ("\"Algeria has chosen to stand with those who attack us.\"\n"
            "— *on state television, after Tiani spoke in Niamey*\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-06-01", title="Assimi Goïta in his own words")
    assert all(r["speaker"] != "goita" for r in rows if "Algeria has" in r["quote"]), rows


def test_session57_a_military_title_alone_is_the_one_named_with_it(tmp_path):
    # ("Colonel Assimi Goïta … the Colonel said": the title alone for the one the text named with it)
    body = ("The junta's leader, Colonel Assimi Goïta, had been silent for a week. On Sunday the Colonel told state "
            "television that \"Algeria has chosen to stand with those who attack us\".")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-08")
    assert [r["speaker"] for r in rows if "Algeria has" in r["quote"]] == ["goita"], rows


def test_session57_a_title_alone_is_the_last_one_named_with_it_and_no_name_of_a_body(tmp_path):
    body = ("General Tiani met the envoys first. Then General Goïta arrived from Bamako. The General told reporters: "
            "\"Algeria has chosen to stand with those who attack us.\" The General Assembly said nothing.")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-08")
    assert [r["speaker"] for r in rows if "Algeria has" in r["quote"]] == ["goita"], rows
    assert not any("General Assembly" in r["quote"] and r["speaker"] in ("goita", "tiani") for r in rows), rows


def test_session57_a_guest_relays_the_titled_leaders_words_after_a_time_with_no_comma(tmp_path):
    # (a podcast's guest, not registered, tells what the Colonel said: "Last Sunday the Colonel
    # told journalists …", "He even said …": the Colonel's words, not the guest's)
    body = ("*Transcript of this week's Sahel Hour.*\n\n"
            "HOST: Fatou, what happened after Colonel Goïta closed the airspace?\n\n"
            "FATOU: Last Sunday the Colonel told journalists that Algeria was \"a sanctuary for terrorists\". "
            "He even said that Algiers \"will pay for this\".\n\n"
            "HOST: And Niamey?\n\n"
            "FATOU: Quiet, for once.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    got = {r["speaker"] for r in rows if "sanctuary" in r["quote"] or "will pay" in r["quote"]}
    assert got == {"goita"}, rows


# review57: a code read of the session's rules, with probes

_P57 = "Orbán said on Monday: \"Brussels is at war with Hungary.\"\n\n"


@pytest.mark.parametrize("body, quote, not_speaker", [
    # (a banner's or a crowd's words signed by their occasion are nobody's)
    ("\"Orbán, go home!\"\n— *on a banner at the rally in Budapest, Saturday 4 October*", "go home", "magyar"),
    # (another named between the voice above and the words: no going on with it)
    (_P57 + "Magyar answered within the hour.\n\n\"Hungary will never be a colony.\"\n— *on Facebook, Monday evening*",
     "colony", "orban"),
    # ("the same day" is no same source)
    (_P57 + "Magyar answered within the hour.\n\n\"Hungary will never be a colony.\"\nThe same day, thousands marched "
     "in Budapest.", "colony", "orban"),
])
def test_review57_an_unnamed_signature_steals_no_quote(tmp_path, body, quote, not_speaker):
    p = tmp_path / "r57.md"
    p.write_text("---\nid: r57\ntitle: \"Magyar rallies thousands in Budapest\"\noutlet: null\npublished: 2025-10-10\n"
                 f"language: en\n---\n{body}\n", encoding="utf-8")
    from rhetoric.extract.statements import extract_article

    rows = extract_article(read_article(p), REG)
    assert not any(r["speaker"] == not_speaker for r in rows if quote in r["quote"]), rows


def test_review57_the_owner_of_the_page_in_an_occasion_signature_is_the_speaker(tmp_path):
    body = _P57 + "The opposition was quick to respond.\n\n\"Hungary will never be a colony.\"\n— *on Magyar's Facebook page*"
    assert [r["speaker"] for r in rows_of(tmp_path, body, published="2025-10-10") if "colony" in r["quote"]] == ["magyar"]


@pytest.mark.parametrize("body, speaker", [
    # (the last one so titled is not registered: no one of the registry)
    ("General Tiani received the envoys on Monday. Later, General Salifou Mody briefed reporters. The General told "
     "them: \"Algeria has chosen to stand with those who attack us.\"", None),
    # (a compound rank is filed under its main title)
    ("General Goïta flew to Niamey on Monday, where Brigadier General Tiani received him. The General told reporters: "
     "\"Algeria has chosen to stand with those who attack us.\"", "tiani"),
    # (a title a relative clause defines is someone else)
    ("General Tiani met the envoys first. The General who led the 2013 operation said: \"Algeria has chosen to stand "
     "with those who attack us.\"", None),
])
def test_review57_a_title_alone_is_the_last_one_titled_so(tmp_path, body, speaker):
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-08")
    got = [r["speaker"] for r in rows if "Algeria has" in r["quote"]]
    assert (got == [speaker]) if speaker else not any(s in ("tiani", "goita") for s in got), rows


_TWO_SURNAMES = """  - {id: k_sall, name: Karim Sall, kind: person, affiliation: senegal, role: Foreign Minister of Senegal, aliases: [Karim Sall]}
  - {id: a_sall, name: Aminata Sall, kind: person, affiliation: senegal, role: Government spokeswoman of Senegal, aliases: [Aminata Sall]}
  - {id: senegal, name: Senegal, kind: state, affiliation: null, role: State, aliases: [Senegal, Dakar]}
  - {id: gambia, name: Gambia, kind: state, affiliation: null, role: State, aliases: [Gambia, The Gambia, Banjul]}
"""


def test_session57_a_surname_two_registered_people_share_is_the_one_named_in_full_last(tmp_path):
    # (the registry lists neither bare surname, as two people bear it: "Sall" is the one the text
    # named in full last before it)
    body = ("The foreign minister, Karim Sall, flew to Banjul on Monday. On Tuesday the spokeswoman, Aminata Sall, "
            "briefed the press in Dakar.\n\nOn Wednesday Sall answered the Gambian note: \"Gambia has no lesson to "
            "give Senegal.\"")
    rows = _rows_with(tmp_path, _TWO_SURNAMES, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "no lesson" in r["quote"]] == ["a_sall"], rows


def test_session57_a_former_holder_named_again_by_surname_is_still_no_holder_now(tmp_path):
    # ("the former president Juan Pérez … Pérez": "the president" later is still the one in office)
    actors = ("  - {id: lopez, name: Ana López, kind: person, affiliation: peru, role: President of Peru, aliases: [Ana López]}\n"
              "  - {id: perez, name: Juan Pérez, kind: person, affiliation: peru, role: President of Peru (2016-2021), "
              "aliases: [Juan Pérez]}\n"
              "  - {id: peru, name: Peru, kind: state, affiliation: null, role: State, aliases: [Peru, Lima]}\n"
              "  - {id: chile, name: Chile, kind: state, affiliation: null, role: State, aliases: [Chile, Santiago]}\n")
    body = ("Ana López took office in January. The former president Juan Pérez was extradited in April, and in May a "
            "court found Pérez guilty.\n\nThat evening the president herself wrote: \"Chile has interfered in Peru "
            "for the last time.\"")
    rows = _rows_with(tmp_path, actors, body, published="2024-06-01")
    assert [r["speaker"] for r in rows if "interfered" in r["quote"]] == ["lopez"], rows


# review57b: a second review on fresh texts (77 probes, old code against new)

def _r57b(tmp_path, title: str, body: str, published: str = "2025-10-08") -> list[dict]:
    p = tmp_path / "r57b.md"
    p.write_text(f"---\nid: r57b\ntitle: \"{title}\"\noutlet: null\npublished: {published}\nlanguage: en\n---\n{body}\n",
                 encoding="utf-8")
    from rhetoric.extract.statements import extract_article

    return extract_article(read_article(p), REG)


@pytest.mark.parametrize("title, body, quote", [
    # (readers' letters signed by how they came: no words of the one the title names)
    ("Letters: readers on Orbán's budget", "\"The stadiums ate the schools' money.\"\n— *by email, Monday 6 October, "
     "from a reader in Debrecen*", "stadiums"),
    # (voters heard on a tour, a sermon, a stage: prose before them, or words of the place)
    ("Magyar's summer tour: what voters say", "We followed the tour and asked people what they make of him.\n\n"
     "\"He is the first one who listens.\"\nHeard: on a tram in Pécs, Saturday", "listens"),
    ("Orbán attends Mass on St Stephen's day", "The parish priest preached on the king's admonitions.\n\n"
     "\"Rulers must serve the poor first.\"\n— *during the homily, Wednesday 20 August*", "serve the poor"),
])
def test_review57b_an_occasion_signature_gives_no_one_the_words_of_others(tmp_path, title, body, quote):
    rows = _r57b(tmp_path, title, body)
    assert not any(r["speaker"] in ("orban", "magyar") for r in rows if quote in r["quote"]), rows


def test_review57b_no_going_on_past_a_line_of_prose_that_names_another(tmp_path):
    body = ("**14:10** Viktor Orbán said: \"Hungary backs the package.\"\n\n**14:25** Donald Tusk has arrived.\n\n"
            "\"We need an agreement tonight.\"\n— *to reporters on arrival*")
    rows = _r57b(tmp_path, "Live: the Brussels summit", body)
    assert not any(r["speaker"] == "orban" for r in rows if "agreement tonight" in r["quote"]), rows


@pytest.mark.parametrize("body, not_speaker", [
    # (the captain of a ship the sentence before names)
    ("**Poland.** Captain Orbán, a retired officer, opened a museum on Monday.\n\n**Lithuania.** A ferry ran aground "
     "off Klaipėda on Tuesday. The Captain told port officials: \"The engines failed in the storm.\"", "orban"),
])
def test_review57b_a_captain_of_a_ship_is_no_captain_named_before(tmp_path, body, not_speaker):
    rows = _r57b(tmp_path, "In brief", body)
    assert not any(r["speaker"] == not_speaker for r in rows if "engines" in r["quote"]), rows


def test_review57b_a_habit_told_by_a_guest_stays_the_guests(tmp_path):
    body = ("*Transcript of this week's Budapest Hour.*\n\nHOST: Péter, what do you make of it?\n\n"
            "MAGYAR: Every morning Orbán tells Hungarians that Brussels is the enemy. It is a lie.\n")
    rows = _r57b(tmp_path, "Budapest Hour", body)
    assert any(r["speaker"] == "magyar" and "Every morning" in r["quote"] for r in rows), rows


def test_session57_a_pronouns_focus_adverb_before_its_verb(tmp_path):
    # (a guest retells a leader's broadcast: "He even said …" is the leader's, not the guest's)
    body = ("*Transcript of this week's Budapest Hour.*\n\nHOST: And the radio interview?\n\n"
            "ANNA: Orbán was on Kossuth Radio on Friday. He even said a loan from Brussels \"would be welcome\".\n")
    rows = _r57b(tmp_path, "Budapest Hour", body, published="2025-10-12")
    assert [r["speaker"] for r in rows if "welcome" in r["quote"]] == ["orban"], rows


def test_session57_an_owned_texts_relative_clause_that_speaks_is_the_owners(tmp_path):
    # (a critic's column: "X's post of the Monday, which spoke of …" gives the words to X, not to the columnist)
    body = ("Our critic's note says the second stanza borrows Donald Tusk's Facebook post of the Monday, which spoke of "
            "\"a Hungary that no longer keeps its word\".")
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [r["speaker"] for r in rows if "keeps its word" in r["quote"]] == ["tusk"], rows


def test_session57_a_signature_naming_a_part_of_someones_text_is_theirs(tmp_path):
    # (a glossary's lines: "Heard: the end of Tusk's post." names the owner of the words by a part of his text)
    body = ("\"Hungary must choose a side.\"\nHeard: Viktor Orbán, on X, 6 October 2025.\n\n"
            "\"Warsaw will not wait for Budapest.\"\nHeard: the end of Tusk's post.\n")
    rows = rows_of(tmp_path, body, published="2025-10-10")
    assert [r["speaker"] for r in rows if "will not wait" in r["quote"]] == ["tusk"], rows


# review57c: a read of the late rules (54 texts)

def test_review57c_a_surname_after_an_unregistered_bearer_is_not_the_registered_one(tmp_path):
    # (a brother of the registered spokeswoman, named in full, then "Sall said": not her)
    body = ("The spokeswoman, Aminata Sall, briefed the press in Dakar. Her brother, Ousmane Sall, a trader in Banjul, "
            "disagreed. \"Gambia has been a good neighbour to us,\" Sall said on Sunday.")
    rows = _rows_with(tmp_path, _TWO_SURNAMES, body, published="2025-03-20")
    assert not any(r["speaker"] == "a_sall" for r in rows if "good neighbour" in r["quote"]), rows


def test_review57c_a_weekday_before_a_surname_makes_no_longer_name(tmp_path):
    body = ("The spokeswoman, Aminata Sall, briefed the press in Dakar on Monday.\n\nOn Wednesday Sall answered the "
            "Gambian note: \"Gambia has no lesson to give Senegal.\"")
    rows = _rows_with(tmp_path, _TWO_SURNAMES, body, published="2025-03-20")
    assert [r["speaker"] for r in rows if "no lesson" in r["quote"]] == ["a_sall"], rows


@pytest.mark.parametrize("body, speaker, target", [
    # (one's own likeness, a plea in the passive, a long wait for a partner, children's noise: no reproach)
    ("\"I was acting like a child when I saw the new trains,\" Tusk said on Monday, praising Germany's help with the line.",
     "tusk", "germany"),
    ("\"Poland's contribution should not be underestimated,\" Ruto said on Monday of Tusk's offer of police.", "ruto",
     "poland"),
    ("\"Ukraine must not be abandoned by Europe this winter,\" Tusk said on Monday.", "tusk", "ukraine"),
    ("\"We have waited for too long for this partnership, and today Germany has delivered,\" Tusk said on Monday.",
     "tusk", "germany"),
    ("\"Thanks to Germany, the children in Odesa are making so much noise in their schools again,\" Sikorski said.",
     "sikorski", "germany"),
])
def test_review57c_self_description_pleas_and_praise_are_no_reproach(tmp_path, body, speaker, target):
    rows = rows_of(tmp_path, body, published="2025-10-08")
    assert all(r["stance"] >= 0 for r in rows if r["speaker"] == speaker), rows


def test_session57_a_kin_relation_after_a_comma_in_a_registry_role_is_no_office(tmp_path):
    # ("Head of the port authority, nephew of President Ruto": no president; "Kenya's president" is Ruto)
    actors = ("  - {id: ruto, name: William Ruto, kind: person, affiliation: kenya, role: President of Kenya, aliases: [William Ruto, Ruto]}\n"
              "  - {id: otieno, name: James Otieno, kind: person, affiliation: kenya, role: \"Head of the port authority, "
              "nephew of President Ruto\", aliases: [James Otieno]}\n"
              "  - {id: kenya, name: Kenya, kind: state, affiliation: null, role: State, aliases: [Kenya, Nairobi]}\n"
              "  - {id: sudan, name: Sudan, kind: state, affiliation: null, role: State, aliases: [Sudan, Khartoum]}\n")
    body = "Sudan's envoy praised Kenya's president as \"a wise and patient mediator\"."
    rows = _rows_with(tmp_path, actors, body, published="2025-03-20")
    assert [r["target"] for r in rows if "mediator" in r["quote"]] == ["ruto"], rows


# --- session 58 -------------------------------------------------------------------------------

def test_session58_a_key_after_the_story_names_its_animals(tmp_path):
    # (an allegory whose animals speak, their real names given in a key after the story: the
    # animals' words are those people's, before the key too; "his Lion" as well)
    body = ("In the dry season the Lion roared across the river. \"Algeria has chosen to stand with those who attack "
            "us,\" the Lion said. The Leopard, who lived upstream, nodded: \"Niger stands with Mali.\"\n\n"
            "**Key to the animals.** The Lion is Assimi Goïta, the junta's leader in Bamako. The Leopard was "
            "Abdourahamane Tiani. The river is the border.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-06-01", title="The Lion and the Leopard")
    speakers = {q: {r["speaker"] for r in rows if q in r["quote"]} for q in ("Algeria has", "stands with")}
    assert speakers == {"Algeria has": {"goita"}, "stands with": {"tiani"}}, rows


def test_session58_a_key_that_names_a_country_names_its_president_too(tmp_path):
    # (a children's story's "desert country", named in a note for parents: "the President of the
    # desert country" is Mali's president, the registry's holder of the office)
    body = ("Once upon a time the President of the desert country wrote a letter to his neighbours. "
            "\"Our airspace is closed to them from today,\" he wrote.\n\n"
            "*For parents:* the desert country is Mali, and the letter was read out in Bamako.\n")
    actors = _MALI_NIGER.replace("role: President of the Transition of Mali", "role: President of Mali") \
        .replace("role: Head of state of Niger", "role: President of Niger")
    rows = _rows_with(tmp_path, actors, body, published="2025-06-01", title="The closed sky")
    assert [r["speaker"] for r in rows if "airspace" in r["quote"]] == ["goita"], rows


def test_session58_a_cast_list_entry_with_its_verb_left_out_defines_too(tmp_path):
    body = ("The younger brother stood up last. \"Niger will never abandon Mali,\" the younger brother said.\n\n"
            "*Cast, in order of appearance.* The older brother is Assimi Goïta; the younger brother, "
            "Abdourahamane Tiani.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-06-01", title="Two brothers")
    assert [r["speaker"] for r in rows if "abandon" in r["quote"]] == ["tiani"], rows


def test_session58_what_is_no_key_defines_no_one(tmp_path):
    # (a description that says which one or what, defined for two people, an office, used once, or
    # before a possessive: no alias)
    from rhetoric.extract.keys import key_descriptions

    reg_path = tmp_path / "a.yml"
    reg_path.write_text("actors:\n" + _MALI_NIGER, encoding="utf-8")
    reg = load_actors(reg_path)
    assert key_descriptions("The problem is Algeria. The problem grows.", reg) == {}
    assert key_descriptions("The guest was Tiani. The guest was Goïta, too. The guest left.", reg) == {}
    assert key_descriptions("The President is Assimi Goïta. The President spoke.", reg) == {}
    assert key_descriptions("The visitor was Tiani, who left at noon.", reg) == {}
    assert key_descriptions("The visitor was Tiani's envoy. The visitor spoke.", reg) == {}
    assert key_descriptions("The visitor was Tiani. The visitor spoke.", reg) == {"the visitor": "tiani"}


def test_session58_a_weekday_after_the_is_counted_from_the_story_day_not_a_flashback(tmp_path):
    # (a story told on Monday 3 March looks back to January, then goes on "on the Wednesday": the
    # Wednesday of the story's week, not of the recalled day's)
    body = ("On Monday 3 March Mali recalled its ambassador from Algiers.\n\n"
            "The quarrel had begun with a drone shot down near the border on 12 January.\n\n"
            "The envoys left on the Tuesday, and on the Wednesday Tiani said that \"Algeria has chosen the side of "
            "the terrorists\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-03-20")
    assert [(r["speaker"], r["said_on"]) for r in rows if "terrorists" in r["quote"]] == [("tiani", "2025-03-05")], rows


def test_session58_a_heading_that_names_a_person_after_a_title_gives_the_pronoun_under_it(tmp_path):
    # (a ranking's entries, each headed by a title and a name: "he" under it is that person)
    body = ("## 2. Colonel Assimi Goïta, Mali's leader\n\n"
            "*Why he is here:* \"Algeria has chosen to stand with those who attack us,\" he told state television.\n\n"
            "## 3. President Abdourahamane Tiani\n\n"
            "*Why he is here:* \"Niger stands with Mali,\" he said in Niamey.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-06-01", title="The Sahel's loudest, ranked")
    speakers = {q: [r["speaker"] for r in rows if q in r["quote"]] for q in ("Algeria has", "stands with")}
    assert speakers == {"Algeria has": ["goita"], "stands with": ["tiani"]}, rows


def test_session58_a_holiday_is_no_one_a_pronoun_could_be(tmp_path):
    # ("Boxing Day", "Independence Day": days, not people named before the pronoun)
    body = ("## Assimi Goïta\n\n"
            "In an address broadcast on Independence Day, he said that \"Algeria has chosen to stand with those who "
            "attack us\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-09-30", title="Speeches of the year")
    assert [r["speaker"] for r in rows if "Algeria has" in r["quote"]] == ["goita"], rows


def test_session58_a_long_signature_with_a_date_signs_for_one_the_registry_lacks(tmp_path):
    # (a blockquote signed by someone not registered, the line long with an office, a channel and a
    # date: the date's words do not make it a sentence; the speaker is kept by name)
    body = ("> \"Algeria has lost the trust of the whole Sahel, and it knows why.\"\n\n"
            "— Ibrahim Maïga, spokesman of the transitional council in Bamako, on Facebook, 7 April 2025\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-06-01", title="Quotes of the week")
    assert [(r["speaker"], r["said_on"]) for r in rows if "lost the trust" in r["quote"]] == \
        [("Ibrahim Maïga", "2025-04-07")], rows


@pytest.mark.parametrize("body", [
    "Goïta said on Monday that Mali was breaking off diplomatic relations with Algeria \"from today\".",
    "Goïta said on Monday that Mali had expelled Algeria's ambassador \"for his lies\".",
    "Goïta said on Monday that the Sahel would \"hold Algeria accountable for the drone\".",
    "\"For those in Algeria the hour of retribution is near,\" Goïta said on Monday.",
])
def test_session58_diplomatic_reprisals_and_vows_of_retribution_are_hostile(tmp_path, body):
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["stance"] < 0 for r in rows if r["speaker"] == "goita" and r["target"] == "algeria"] == [True], rows


def test_session58_seeing_through_the_other_sides_aims_is_a_veiled_warning(tmp_path):
    body = "\"Mali is patient, but it understands only too well the real aims of Algeria,\" Goïta said on Monday."
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["stance"] < 0 for r in rows if r["speaker"] == "goita" and r["target"] == "algeria"] == [True], rows


def test_session58_at_ones_disposal_is_no_blame(tmp_path):
    body = "\"Niger puts every means at its disposal at the service of Mali,\" Tiani said on Monday."
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["stance"] >= 0 for r in rows if r["speaker"] == "tiani" and r["target"] == "mali"] == [True], rows


def test_session58_a_reflexive_tells_the_gender_of_the_one_its_sentence_names(tmp_path):
    # ("Tiani came to the summit himself": he is no "she" later)
    actors = _MALI_NIGER + ("  - {id: toure, name: Aïssata Touré, kind: person, affiliation: mali, "
                            "role: Foreign Minister of Mali, aliases: [Aïssata Touré, Touré]}\n")
    body = ("Aïssata Touré arrived first. Abdourahamane Tiani came to the summit himself, late. "
            "Still, she said: \"Algeria has betrayed the whole Sahel.\"")
    rows = _rows_with(tmp_path, actors, body, published="2025-04-10")
    assert [r["speaker"] for r in rows if "betrayed" in r["quote"]] == ["toure"], rows


def test_session58_a_registered_person_spelt_otherwise_is_still_that_person(tmp_path):
    # (a transliteration: "Tchiani" for the registry's Tiani, in a quote and as a speaker)
    body = ("\"Abdourahamane Tchiani has betrayed the Sahel,\" Goïta said on Monday. "
            "Tchiani answered on Tuesday: \"Mali is lying about Niger.\"")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["target"] for r in rows if "betrayed" in r["quote"]] == ["tiani"], rows
    assert [r["speaker"] for r in rows if "lying" in r["quote"]] == ["tiani"], rows


def test_session58_a_surname_with_letters_changed_is_another_person(tmp_path):
    # ("Aleksandar Vulin" is no spelling of Aleksandar Vučić: letters changed, not added or left out)
    actors = ("  - {id: vucic, name: Aleksandar Vučić, kind: person, affiliation: serbia, role: President of Serbia, "
              "aliases: [Aleksandar Vučić, Vučić]}\n"
              "  - {id: serbia, name: Serbia, kind: state, affiliation: null, role: State, aliases: [Serbia, Belgrade]}\n"
              "  - {id: croatia, name: Croatia, kind: state, affiliation: null, role: State, aliases: [Croatia, Zagreb]}\n")
    body = "\"Croatia is humiliating Serbia,\" Aleksandar Vulin said on Monday."
    rows = _rows_with(tmp_path, actors, body, published="2025-04-10")
    assert [r["speaker"] for r in rows if "humiliating" in r["quote"]] == ["Aleksandar Vulin"], rows


@pytest.mark.parametrize("body", [
    # (a charge, a speaker's own words, a nickname that is also a title before another's name: no key)
    "Who is the aggressor in the Sahel? The aggressor is Algeria, Goïta said on Monday. "
    "Tiani said on Tuesday that the aggressor was \"whoever arms the rebels\".",
    "\"There is one way out. The answer is Niamey,\" Goïta said on Monday. Tiani said on Tuesday that the answer "
    "lay in \"patience\".",
    "Critics call him the Colonel. The Colonel is Assimi Goïta, of course. Colonel Maïga said on Tuesday that "
    "\"Algeria is our brother\".",
])
def test_review58_a_charge_a_quotation_or_a_title_is_no_key(tmp_path, body):
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert not any(r["speaker"] == "author" for r in rows), rows
    assert not any(r["speaker"] == "goita" and "brother" in r["quote"] for r in rows), rows
    assert not any(r["speaker"] == "tiani" and r["target"] in ("algeria", "niger") and r["stance"] < -1 for r in rows), rows


@pytest.mark.parametrize("body, day", [
    # (a lede of the latest news, then the story from its start: "the Thursday" of the story's week)
    ("Mali closed its airspace to Algeria on Tuesday 8 April.\n\nThe row began on Monday 31 March, when a drone "
     "fell near Tinzaouaten. On the Thursday, Goïta said Algeria had \"chosen the terrorists\".", "2025-04-03"),
    ("Goïta took the oath again on 8 April.\n\nOn Monday 31 March he was still in Bamako. On the Thursday, "
     "Goïta said Algeria had \"chosen the terrorists\".", "2025-04-03"),
])
def test_review58_a_lede_of_later_news_is_no_flashback(tmp_path, body, day):
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-12")
    assert [r["said_on"] for r in rows if "terrorists" in r["quote"]] == [day], rows


def test_review58_a_reflexive_past_another_noun_or_a_relative_tells_no_gender(tmp_path):
    # ("asked the Algerian ambassador to explain himself": the ambassador's; "Touré's mother … herself":
    # the mother's; neither is evidence of Touré's gender, which "her staff" tells)
    from rhetoric.extract.context import ArticleContext
    from rhetoric.extract.resolve import learn_gender

    actors = _MALI_NIGER + ("  - {id: toure, name: Aïssata Touré, kind: person, affiliation: mali, "
                            "role: Foreign Minister of Mali, aliases: [Aïssata Touré, Touré]}\n")
    reg = tmp_path / "a.yml"
    reg.write_text("actors:\n" + actors, encoding="utf-8")
    for body in ("Aïssata Touré asked the Algerian ambassador to explain himself. Touré later thanked her staff.",
                 "Touré's father came to Bamako himself. Touré later thanked her staff."):
        p = tmp_path / "g-01.md"
        p.write_text(f"---\nid: g-01\ntitle: t\noutlet: null\npublished: 2025-04-10\nlanguage: en\n---\n{body}\n",
                     encoding="utf-8")
        ctx = ArticleContext(read_article(p), load_actors(reg))
        learn_gender(ctx)
        assert ctx.gender_hint.get("toure") == "f", (body, ctx.gender_hint)


def test_review58_a_holidays_word_as_a_given_name_is_still_a_name(tmp_path):
    body = "\"Algeria must answer for the drone,\" Christmas Okafor, a Nigerian analyst, said on Monday."
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["speaker"] for r in rows if "answer for" in r["quote"]] == ["Christmas Okafor"], rows


@pytest.mark.parametrize("text", [
    "there were calls to sever ties with Niger",
    "in the end relations with Niger would only grow closer",
    "by the year's end ties with Niger will be normal",
    "Mali and Niger would hold each other accountable as allies",
    "Mali understands very well the goals of Niger's reforms and fully shares them",
    "a day of reckoning for Niger's democracy",
])
def test_review58_calls_nouns_and_shared_goals_are_no_reprisals(text):
    from rhetoric.extract.stance import find_cues

    assert all(hit.polarity >= 0 for hit in find_cues(text)), find_cues(text)


def test_session58_a_bodys_kind_apposed_to_its_name_overrides_the_registrys_word(tmp_path):
    # (the registry's "the bloc" is the EU; an article on West Africa calls ECOWAS so)
    actors = _MALI_NIGER + (
        "  - {id: eu, name: European Union, kind: organisation, affiliation: null, role: Union, aliases: [European Union, EU, the bloc]}\n"
        "  - {id: ecowas, name: ECOWAS, kind: organisation, affiliation: null, role: Economic Community of West African States, "
        "aliases: [ECOWAS]}\n")
    body = ("Niger's envoy met officials of ECOWAS, the West African bloc the Sahel juntas are leaving, on Monday. "
            "In a statement the bloc said Niger's departure was \"a blow to regional security\".")
    rows = _rows_with(tmp_path, actors, body, published="2025-01-10")
    assert [r["speaker"] for r in rows if "blow" in r["quote"]] == ["ecowas"], rows


def test_review58b_a_heading_whose_title_is_part_of_the_alias_still_names_the_voice(tmp_path):
    actors = _MALI_NIGER.replace("aliases: [Abdourahamane Tiani, Tiani]", "aliases: [Abdourahamane Tiani, General Tiani, Tiani]")
    body = ("## General Tiani\n\nHe said on Monday that \"Algeria has chosen the side of the terrorists\".\n\n"
            "## Colonel Goïta\n\nHe said on Tuesday that \"Niger and Mali stand as one\".\n")
    rows = _rows_with(tmp_path, actors, body, published="2025-04-10")
    speakers = {q: [r["speaker"] for r in rows if q in r["quote"]] for q in ("terrorists", "stand as one")}
    assert speakers == {"terrorists": ["tiani"], "stand as one": ["goita"]}, rows


@pytest.mark.parametrize("name", ["Abdourahamane Tia", "Edi Ramaj"])
def test_review58b_another_ending_or_a_short_surname_is_no_spelling(tmp_path, name):
    actors = _MALI_NIGER + ("  - {id: rama, name: Edi Rama, kind: person, affiliation: null, role: Prime Minister of Albania, "
                            "aliases: [Edi Rama, Rama]}\n")
    body = f"\"Algeria must answer for the drone,\" {name}, an opposition MP, said on Monday."
    rows = _rows_with(tmp_path, actors, body, published="2025-04-10")
    assert [r["speaker"] for r in rows if "answer for" in r["quote"]] == [name], rows


def test_review58b_a_history_told_back_is_no_flashback_from_the_story(tmp_path):
    # (two years back: "the Thursday" is the history's, not the story's week)
    body = ("On Monday 31 March 2025 Mali closed its airspace to Algeria.\n\n"
            "The war in the north had begun on 17 January 2023, when rebels took Kidal. On the Thursday, Goïta said "
            "Algeria had \"armed the rebels\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-12")
    assert [r["said_on"] for r in rows if "armed the rebels" in r["quote"]] != ["2025-04-03"], rows


@pytest.mark.parametrize("key", ["**Key:** the Lion — Assimi Goïta; the Leopard — Abdourahamane Tiani.",
                                 "*Cast:*\n- Lion: Assimi Goïta\n- Leopard: Abdourahamane Tiani",
                                 "Who's who. The Lion, Assimi Goïta; the Leopard, Abdourahamane Tiani."])
def test_session58_a_keys_label_and_its_entries_name_the_characters(tmp_path, key):
    body = ("In the dry season the Lion roared across the river. \"Algeria has chosen to stand with those who attack "
            "us,\" the Lion said. The Leopard nodded: \"Niger stands with Mali.\"\n\n" + key + "\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-06-01", title="A fable")
    speakers = {q: {r["speaker"] for r in rows if q in r["quote"]} for q in ("Algeria has", "stands with")}
    assert speakers == {"Algeria has": {"goita"}, "stands with": {"tiani"}}, rows


@pytest.mark.parametrize("lead", ["As rendered by state radio:", "As quoted in the wire reports:", "The same speech ended:",
                                  "The same broadcast went on:"])
def test_session59_a_note_of_how_the_words_reached_us_is_the_voice_before(tmp_path, lead):
    # (a note of the channel or of which part of a text, with a colon and no speaker of its own: the
    # words of the one the sentence before names, or of the text it told)
    body = ("On Sunday Assimi Goïta addressed a rally in Kayes; Mali's state broadcaster carried the speech. "
            f"{lead} \"Algeria has chosen the side of our enemies.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["speaker"] for r in rows if "side of our enemies" in r["quote"]] == ["goita"], rows


def test_session59_a_signature_may_name_the_platform_or_the_place_with_no_comma(tmp_path):
    # (a ranking's quotations, each signed on the line below: the name, then where it was said)
    body = ("## Gold\n\n**\"Algeria has chosen to stand with those who attack us\"**\n"
            "— Assimi Goïta on state television, 6 April\n\nBlunt and early.\n\n"
            "## Silver\n\n**\"Niger will never forget who stood by it\"**\n"
            "— Tiani in Niamey after the summit\n\nWarm, for once.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-06-01", title="The Sahel's lines of the spring, ranked")
    speakers = {q: [r["speaker"] for r in rows if q in r["quote"]] for q in ("attack us", "never forget")}
    assert speakers == {"attack us": ["goita"], "never forget": ["tiani"]}, rows


@pytest.mark.parametrize("sign", ["Posted by @kayes_reader on 7 April 2025 · Reply · Report",
                                  "— Moussa K., April 7, 2025, 21:40 | 12 likes"])
def test_session59_a_signature_line_under_an_entry_dates_its_yesterday(tmp_path, sign):
    # (readers' comments, each signed on a line of its own below it, the page read days later: the
    # comment's "yesterday" counts from the day it was signed, not from the page's)
    body = ("## Comments (2)\n\nGoïta told the nation yesterday: \"Algeria has chosen the side of our enemies.\" "
            f"About time someone said it.\n\n{sign}\n\nHe will regret it.\n\n— Awa, 9 April 2025\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-12")
    assert [r["said_on"] for r in rows if "side of our enemies" in r["quote"]] == ["2025-04-06"], rows


@pytest.mark.parametrize("words, sign", [("Algeria ought to learn to respect its neighbours' borders.", -1),
                                         ("Algeria should stop meddling and respect the sovereignty of Mali.", -1),
                                         ("We urge Algeria to show the utmost restraint on the border.", -1),
                                         ("We should respect Algeria and its people.", 1)])
def test_session59_an_obligation_put_on_another_is_no_praise(tmp_path, words, sign):
    # (told to learn or to start respecting: it has not; a call for restraint is to the one said to
    # lack it; the first person's "we should respect" stays a friendly word)
    body = f"Goïta said on Monday: \"{words}\"\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [(r["target"], (r["stance"] > 0) - (r["stance"] < 0)) for r in rows if "Algeria" in r["quote"]] == \
        [("algeria", sign)], rows


_MINISTRIES = _MALI_NIGER + (
    "  - {id: mali_mfa, name: Malian foreign ministry, kind: organisation, affiliation: mali, role: Foreign ministry of Mali,"
    " aliases: [Malian foreign ministry, Mali's foreign ministry]}\n"
    "  - {id: algeria_mfa, name: Algerian foreign ministry, kind: organisation, affiliation: algeria,"
    " role: Foreign ministry of Algeria, aliases: [Algerian foreign ministry, Algeria's foreign ministry]}\n")


def test_session59_an_office_in_a_joined_clause_is_of_the_state_that_opens_the_sentence(tmp_path):
    # (the Malian ministry named paragraphs before; then Algiers acts, and "the ministry" speaks:
    # Algeria's, not the last ministry named nor the one of the adjective "Malian")
    body = ("Mali's foreign ministry summoned the Algerian ambassador on 2 April.\n\n"
            "A week later Algiers closed its airspace to Malian planes, and the ministry said that \"the responsibility "
            "for the consequences lies with the repeated violations by Bamako\".\n")
    rows = _rows_with(tmp_path, _MINISTRIES, body, published="2025-04-20")
    assert [r["speaker"] for r in rows if "repeated violations" in r["quote"]] == ["algeria_mfa"], rows
    # (but a clause that names the act before as what it judges answers it: the other side's ministry)
    answered = body.replace("said that \"the responsibility for the consequences lies with",
                            "said the decision was \"disproportionate, whatever it says about")
    rows = _rows_with(tmp_path, _MINISTRIES, answered, published="2025-04-20")
    assert "algeria_mfa" not in [r["speaker"] for r in rows if "repeated violations" in r["quote"]], rows


@pytest.mark.parametrize("lead", ["A cable to Algiers the same night: ", "Then came a memo to the Algerian side, which said that "])
def test_session59_the_one_a_text_is_written_to_is_not_its_writer(tmp_path, lead):
    # (a text named only by whom it was sent to: its writer is not named there, and the addressee
    # is not the speaker)
    body = f"Relations broke down in April. {lead}\"the airspace will stay closed until the drone affair is explained\".\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-20")
    assert "algeria" not in [r["speaker"] for r in rows if "airspace" in r["quote"]], rows


def test_session59_the_occasion_a_column_watched_dates_the_words_it_times(tmp_path):
    # (a column that watched "Sunday's rally" and times its moments from when the speaker, named
    # in the lead's paragraph, took the stage: the rally's day; "Then he says" is what came next,
    # not "at the time" of the day the paragraph before told)
    body = ("I rewatched Sunday's rally in Kayes twice, once without sound. The times below count from the moment "
            "Assimi Goïta took the stage.\n\n"
            "**00:40 – The fist.** He raises it before a word. Four days earlier he had closed the airspace.\n\n"
            "**02:10 – The pause.** Then he says Algeria \"has chosen the side of our enemies\", and waits.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-08", title="Reading a rally")
    assert [r["said_on"] for r in rows if "side of our enemies" in r["quote"]] == ["2025-04-06"], rows


def test_session59_an_entry_led_by_a_date_in_capitals_and_anothers_words_of_a_day_before(tmp_path):
    # (a risk log's entries, newest first, each led by its day in capitals; "Mali's statement of the
    # day before" is the day of the words answered, not of the answer)
    body = ("### Log\n\n**14 APR 2025** — Algeria's government answered Mali's statement of the day before: "
            "\"Algeria will not be lectured by a junta.\"\n\n"
            "**13 APR 2025** — Goïta said Algeria \"has chosen the side of our enemies\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-20", title="Risk log: Mali")
    dates = {q: [r["said_on"] for r in rows if q in r["quote"]] for q in ("lectured", "side of our enemies")}
    assert dates == {"lectured": ["2025-04-14"], "side of our enemies": ["2025-04-13"]}, rows


def test_session59_the_demonym_official_in_a_quote_is_that_states_person_named_before(tmp_path):
    # ("the Algerian diplomat": no office of the registry's, the person of Algeria whose words the
    # article told last)
    actors = _MALI_NIGER + ("  - {id: attaf, name: Ahmed Attaf, kind: person, affiliation: algeria, "
                            "role: Minister of Foreign Affairs of Algeria, aliases: [Ahmed Attaf, Attaf]}\n")
    body = ("Ahmed Attaf said in Algiers on Monday that \"Mali shot down a drone over its own border\".\n\n"
            "On Tuesday Goïta replied: \"The Algerian diplomat is lying to the whole region about what happened.\"\n")
    rows = _rows_with(tmp_path, actors, body, published="2025-04-10")
    assert [r["target"] for r in rows if "lying" in r["quote"]] == ["attaf"], rows


@pytest.mark.parametrize("words, sign", [("Algeria is acting at the behest of foreign powers.", -1),
                                         ("Nothing can cut the old ties that bind our two peoples, Algeria and Mali.", 1)])
def test_session59_serving_another_power_and_the_bonds_of_two_peoples(tmp_path, words, sign):
    body = f"Goïta said on Monday: \"{words}\"\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [(r["target"], (r["stance"] > 0) - (r["stance"] < 0)) for r in rows if "lg" in r["quote"]] == \
        [("algeria", sign)], rows


def test_session59_a_speech_noun_inside_a_relative_clause_gives_no_speaker(tmp_path):
    # (the paper that carried Goïta's answer is the subject of "found"; the answer's owner inside
    # the relative clause did not say the words)
    body = ("Le Sahélien, which carried Goïta's answer that morning, found the quarrel \"a family row gone "
            "too far\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert "goita" not in [r["speaker"] for r in rows if "family row" in r["quote"]], rows


@pytest.mark.parametrize("run_in", ["", "**Kayes, 7 April.** "])
def test_session59_a_pronoun_after_a_colon_is_the_titled_subject_of_its_sentence(tmp_path, run_in):
    # (another man spoke in the paragraph before; the sentence opens with a title and a name, past a
    # run-in heading perhaps, and after its colon "he said" reports: the one it opens with)
    body = ("Tiani spoke first on Monday. He was brief.\n\n"
            f"{run_in}Colonel Assimi Goïta then told a rally in Kayes that the airspace was closed: the decision, he said, "
            "\"is the answer to Algeria's provocation\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["speaker"] for r in rows if "provocation" in r["quote"]] == ["goita"], rows


@pytest.mark.parametrize("before", ["", "A gloss first, in plain words. "])
def test_session59_a_label_with_an_apposed_office_and_a_time(tmp_path, before):
    # (a label naming who, the office apposed, where and when, then a colon and the words around a
    # quote; in a later sentence of its paragraph too)
    body = (f"{before}Assimi Goïta, Mali's transitional president, on state television last night: the drone was "
            "\"a hostile act by Algiers against our sovereignty\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["speaker"] for r in rows if "hostile act" in r["quote"]] == ["goita"], rows


def test_session59_an_outlets_rendering_of_the_words_just_quoted_is_the_same_voice(tmp_path):
    body = ("Goïta spoke on state television on Sunday: \"Algeria has chosen the side of our enemies.\"\n\n"
            "The French wire's translation gave it as \"Algeria has sided with our enemies\", which is softer.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["speaker"] for r in rows if "sided with" in r["quote"]] == ["goita"], rows


@pytest.mark.parametrize("note", ["Mali and Algeria are one and two hours ahead of UTC respectively.",
                                  "Algeria and Mali, irrespective of the quarrel, still trade fuel."])
def test_session59_respective_is_no_respect(tmp_path, note):
    # (an editorial note's "respectively" judges nobody: no statement of the author's)
    rows = _rows_with(tmp_path, _MALI_NIGER, f"*Times are UTC.* {note}\n", published="2025-04-10")
    assert not [r for r in rows if r["stance"]], rows


@pytest.mark.parametrize("words, sign", [("Relations with Algeria should return to normal before the summer.", 0),
                                         ("Algeria has shown restraint and wisdom on the border.", 1),
                                         ("The ties that bind our peoples were cut the day Algeria shot down our drone.", -1),
                                         ("Algiers ought to refrain from any step on the border.", -1)])
def test_review59_obligations_restraint_and_ties_read_in_their_clause(tmp_path, words, sign):
    # (a thing that "should return" is no one obliged; restraint shown is praise, not a call for it;
    # ties said to be cut are no bond invoked; "ought to refrain" obliges its subject)
    body = f"Goïta said on Monday: \"{words}\"\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    got = [(r["stance"] > 0) - (r["stance"] < 0) for r in rows if "lg" in r["quote"] and r["target"] == "algeria"]
    assert got == [sign] or sign == 0 and got in ([], [0]), rows


def test_review59_the_demonym_official_is_nobody_when_the_text_says_which_or_brought_in_another(tmp_path):
    actors = _MALI_NIGER + ("  - {id: attaf, name: Ahmed Attaf, kind: person, affiliation: algeria, "
                            "role: Minister of Foreign Affairs of Algeria, aliases: [Ahmed Attaf, Attaf]}\n")
    body = ("Ahmed Attaf said on Monday that \"Mali shot down a drone over its own border\". Mali expelled an "
            "Algerian diplomat accused of spying the same day.\n\n"
            "Goïta said on Tuesday: \"The Algerian diplomat was caught red-handed.\" And: \"The Algerian official who "
            "drew that map should study geography.\"\n")
    rows = _rows_with(tmp_path, actors, body, published="2025-04-10")
    assert "attaf" not in [r["target"] for r in rows if r["speaker"] == "goita"], rows


def test_review59_a_source_note_after_a_sentence_naming_two_people_is_nobodys(tmp_path):
    body = ("Tiani reacted angrily to Goïta's speech in Bamako on Thursday. As reported by the assembly's own site: "
            "\"Algeria has chosen the side of our enemies.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert "tiani" not in [r["speaker"] for r in rows if "side of our enemies" in r["quote"]], rows


def test_review59_a_rendering_is_of_the_words_it_repeats_not_of_the_last_quote(tmp_path):
    body = ("\"Algeria is arming the rebels,\" Goïta said in Bambara on Thursday.\n\n"
            "Tiani answered in French: \"Nobody is arming anyone against Mali.\"\n\n"
            "The agency's English version had it as \"Algiers is arming the rebels\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["speaker"] for r in rows if "Algiers is arming" in r["quote"]] in ([], ["goita"]), rows


def test_review59_an_office_whose_clause_acts_on_the_opening_state_is_not_its(tmp_path):
    # (a tit-for-tat: Algiers acts, "and the ministry summoned Algeria's ambassador": Mali's ministry)
    body = ("Mali's foreign ministry had warned the Algerian side on 2 April.\n\n"
            "A week later Algiers closed its airspace to Malian planes, and the ministry summoned Algeria's ambassador "
            "the same afternoon, calling the closure \"an unjustified and hostile act\".\n")
    rows = _rows_with(tmp_path, _MINISTRIES, body, published="2025-04-20")
    assert [r["speaker"] for r in rows if "hostile act" in r["quote"]] == ["mali_mfa"], rows


def test_review59_a_list_of_sources_dates_nothing_above_it(tmp_path):
    body = ("Goïta said yesterday that Algeria \"has chosen the side of our enemies\".\n\n"
            "The sources consulted are listed below.\n\n"
            "by Reuters April 6, 2025 · reuters.com\n\nby RFE/RL April 7, 2025 · rferl.org\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["said_on"] for r in rows if "side of our enemies" in r["quote"]] == ["2025-04-09"], rows


def test_review59_then_in_a_story_told_in_the_past_is_the_storys_moment(tmp_path):
    body = ("In October 2019 Goïta toured Kidal with his ministers.\n\n"
            "They visited the market and the old fort. Then Goïta said: \"Algeria will never decide for Mali.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["said_on"] for r in rows if "never decide" in r["quote"]] == ["2019-10"], rows


def test_review59_the_leads_occasion_does_not_date_words_told_as_older(tmp_path):
    body = ("I watched yesterday's rally in Kayes on television. Goïta's best line, though, came from an interview he "
            "gave years ago: \"Algeria will always find a reason to be offended.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["said_on"] for r in rows if "offended" in r["quote"]] == [""], rows


def test_review59_a_text_to_someone_with_no_writer_named_is_no_authors_verdict(tmp_path):
    body = ("A note to the Algerian foreign ministry calls the closure \"a hostile act that will not go unanswered\", "
            "according to the embassy.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert not [r for r in rows if r["speaker"] == "author"], rows


def test_review59b_what_one_should_respect_is_not_blamed(tmp_path):
    body = "Goïta said on Monday: \"Every neighbour should respect the decisions of Niger and Mali.\"\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert not [r for r in rows if r["target"] == "niger" and r["stance"] < 0], rows


def test_review59b_one_signature_signs_only_the_passage_above_it_and_a_byline_nothing_below(tmp_path):
    # (a blog section quoting one reader's signed comment; a byline with its day over the story)
    body = ("By **Awa Diallo** April 8, 2025\n\n"
            "Goïta told the assembly this morning that Algeria \"has chosen the side of our enemies\".\n\n"
            "One reader wrote: \"He is right, for once.\"\n\n— Moussa K., 4 April 2025\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["said_on"] for r in rows if "side of our enemies" in r["quote"]] == ["2025-04-10"], rows


def test_review59b_older_words_told_inside_the_statement_do_not_undate_it(tmp_path):
    body = ("Goïta held a press conference in Bamako yesterday after Mali closed its airspace.\n\n"
            "Goïta said Algeria had stopped being a reliable neighbour years ago. \"We have been too patient with "
            "Algiers,\" he said.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert {r["said_on"] for r in rows if r["speaker"] == "goita"} == {"2025-04-09"}, rows


def test_review59b_a_justified_answer_keeps_the_ministry_of_the_state_that_acted(tmp_path):
    body = ("Mali's foreign ministry had warned the Algerian side on 2 April.\n\n"
            "A week later Algiers closed its airspace to Malian planes, and the ministry wrote that the step was "
            "\"a response to Bamako's repeated violations\".\n")
    rows = _rows_with(tmp_path, _MINISTRIES, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "repeated violations" in r["quote"]} == {"algeria_mfa"}, rows


@pytest.mark.parametrize("lead", ["As rendered by the state agency:", "The same speech ended:"])
def test_session59_a_lead_that_opens_its_paragraph_reads_the_paragraph_before(tmp_path, lead):
    # (news copy puts the note of the channel, or which part of a text, at the head of a new
    # paragraph: the words of the one person the paragraph before ends by naming; not in a list)
    body = ("Assimi Goïta addressed the nation from Bamako on Sunday evening.\n\n"
            f"{lead} \"Algeria has chosen the side of our enemies.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["speaker"] for r in rows if "side of our enemies" in r["quote"]] == ["goita"], rows
    listed = "- Sunday: Goïta on television\n- " + lead + " \"Algeria has chosen the side of our enemies.\"\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, "Tiani spoke first.\n\n" + listed, published="2025-04-10")
    assert "tiani" not in [r["speaker"] for r in rows if "side of our enemies" in r["quote"]], rows


@pytest.mark.parametrize("label, speaker", [("Point two, same broadcast:", "goita"), ("Tiani, same broadcast:", "tiani")])
def test_session60_an_items_label_then_the_same_source_goes_on_with_the_voice_before(tmp_path, label, speaker):
    # (an item's label, a comma, then a note that the words come from the same source: the voice
    # before; a label that names someone is theirs)
    body = ("Point one, as Assimi Goïta put it on state television on Sunday: \"Algeria has chosen the side of "
            f"our enemies.\"\n{label} \"Our airspace is closed to them from today.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["speaker"] for r in rows if "airspace is closed" in r["quote"]] == [speaker], rows


def test_session60_an_outlets_translation_of_the_same_words_is_the_voice_before(tmp_path):
    # (another rendering of words just quoted, named as such in brackets: the speaker's, not the outlet's)
    body = ("Goïta spoke in French on Sunday: \"Algeria has chosen the side of our enemies, and we will answer "
            "it in kind.\"\nSecond version (APS's rendering of the same words): \"Algeria chose the camp of our "
            "enemies, and we will answer it in kind.\"\n")
    actors = _MALI_NIGER + "  - {id: aps, name: APS, kind: media, affiliation: algeria, role: Agency, aliases: [APS]}\n"
    rows = _rows_with(tmp_path, actors, body, published="2025-04-10")
    assert {r["speaker"] for r in rows if "chose the camp" in r["quote"]} == {"goita"}, rows


def test_session60_a_day_heading_may_give_the_part_of_the_day_and_labels_with_commas(tmp_path):
    # (a log's entries, newest first, each headed by its day, the part of the day or a time, then
    # labels: a place with a comma, a note in brackets; each heading dates the lines under it)
    body = ("**Mon 07 Apr 2025, morning · Niamey, presidential palace · Reply received (via radio)**\n"
            "Tiani spoke on the radio: \"Niger will never forget who stood by it.\"\n\n"
            "**Sun 06 Apr 2025, evening · Bamako · Message sent to the neighbours**\n"
            "Goïta wrote: \"Algeria has chosen the side of our enemies.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    dates = {r["speaker"]: r["said_on"] for r in rows}
    assert dates == {"tiani": "2025-04-07", "goita": "2025-04-06"}, rows


def test_session60_a_time_in_a_restrictive_relative_clause_is_not_the_occasions(tmp_path):
    # (the act a relative clause names has its own time; the main clause's occasion is the day told
    # for the section, and the story's time has not moved to the clause's day)
    body = ("## Tuesday 8 April\n\nThe colonel who ordered Sunday's closure of the airspace faced reporters and "
            "defended it. \"Algeria has chosen the side of our enemies,\" Goïta said. Then: \"We will not "
            "reopen it.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert {r["said_on"] for r in rows if r["speaker"] == "goita"} == {"2025-04-08"}, rows


def test_session60_a_screen_name_joined_by_an_underscore_names_its_person(tmp_path):
    # (a chat log's screen names with no "@": a registered surname and a suffix is that person; a
    # screen name of no registered person names no one)
    body = ("Exported chat, no edits:\n\nGoita_ML said, \"Algeria has chosen the side of our enemies.\"\n"
            "tiani_ne said, \"Niger will never forget who stood by it.\"\n"
            "sahel_watcher said, \"Algeria is a good neighbour to all of us.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    speakers = {q: {r["speaker"] for r in rows if q in r["quote"]} for q in ("our enemies", "never forget", "good neighbour")}
    assert speakers["our enemies"] == {"goita"} and speakers["never forget"] == {"tiani"}, rows
    assert not speakers["good neighbour"] & {"goita", "tiani"}, rows


def test_session60_a_log_entrys_stamp_ending_its_header_dates_the_lines_under_it(tmp_path):
    # (a log exported from a client: each entry's header ends with its stamp in figures, after a dash)
    body = ("Two rounds from the week, exported from the client:\n\n"
            "Round #0406-2100: Sahel table - 2025/04/06 21:00:00 GMT\n"
            "Goita_ML said, \"Algeria has chosen the side of our enemies.\"\n\n"
            "Round #0407-0930: Sahel table - 2025/04/07 09:30:00 GMT\n"
            "Tiani_NE said, \"Niger will never forget who stood by it.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert {r["speaker"]: r["said_on"] for r in rows} == {"goita": "2025-04-06", "tiani": "2025-04-07"}, rows


@pytest.mark.parametrize("words, targets", [
    ("We salute Colonel Goïta and the courageous people of Mali.", {"goita": 1, "mali": 1}),
    ("We thank Goïta, and we condemn Algeria.", {"goita": 1, "algeria": -1})])
def test_session60_praise_reaches_every_object_joined_by_and(tmp_path, words, targets):
    # (one act of praise or thanks toward two objects joined by "and": both; not a second clause's object)
    rows = _rows_with(tmp_path, _MALI_NIGER, f"Tiani said on Monday: \"{words}\"\n", published="2025-04-10")
    assert {r["target"]: (r["stance"] > 0) - (r["stance"] < 0) for r in rows} == targets, rows


def test_session60_a_list_of_bare_quotations_is_the_words_of_the_one_person_the_title_names(tmp_path):
    # (a quotes page: each item only a quotation, the page's title naming one person; an item's note
    # naming another "by" whom the words came gives them to that one; words naming the person are not theirs)
    body = ("Collected from the spring's broadcasts.\n\n"
            "1. \"Niger will never forget who stood by it.\"\n"
            "   *(state television, first heard in March)*\n"
            "2. \"Algeria has chosen the side of our enemies.\"\n"
            "   *(answered by Goïta the same night)*\n"
            "3. \"Our borders are closed to those who attack us.\"\n"
            "4. \"Long live General Tiani!\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-06-01", title="Abdourahamane Tiani in four lines")
    speakers = {q: {r["speaker"] for r in rows if q in r["quote"]}
                for q in ("never forget", "our enemies", "borders are closed", "Long live")}
    assert speakers["never forget"] == speakers["borders are closed"] == {"tiani"}, rows
    assert speakers["our enemies"] == {"goita"} and "tiani" not in speakers["Long live"], rows
    one = _rows_with(tmp_path, _MALI_NIGER, "Heard once:\n\n- \"Niger will never forget who stood by it.\"\n",
                     published="2025-06-01", title="Abdourahamane Tiani in four lines")
    assert "tiani" not in {r["speaker"] for r in one}, one


def test_session60_a_day_headings_labels_may_be_fields_in_italics(tmp_path):
    # (a programme's day heading: the day in bold, then labels that are fields, in italics)
    body = ("**Thursday, April 10, 2025** · Venue: *Palais des congrès, Bamako* · *with the press*\n\n"
            "Goïta told the hall: \"Algeria has chosen the side of our enemies.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-05-20")
    assert {r["said_on"] for r in rows} == {"2025-04-10"}, rows


def test_session60_a_citation_key_is_the_person_and_the_day_its_reference_entry_gives(tmp_path):
    # (a briefing that cites its sources by key and lists them at its end: the key in the text is the
    # person the entry opens with, and the entry's day dates the words; an outlet's entry names no one)
    body = ("## Findings\n\nThe tone hardened at once. [1]: \"Algeria has chosen the side of our enemies.\" "
            "Niger followed, and [2] said that \"Niger will never forget who stood by it\". "
            "[3] reported the closure as \"a hostile act against Mali\".\n\n## Sources\n\n"
            "[1] Goïta, A., address on state television, 6 April 2025.\n"
            "[2] Tiani, A., speech in Niamey, 8 April 2025.\n"
            "[3] Algeria Today, news report, 9 April 2025.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-05-20")
    got = {(r["speaker"], r["said_on"]) for r in rows if "enemies" in r["quote"] or "never forget" in r["quote"]}
    assert got == {("goita", "2025-04-06"), ("tiani", "2025-04-08")}, rows
    assert "algeria" not in {r["speaker"] for r in rows}, rows


def test_session60_a_scripts_repeated_labels_in_brackets_are_no_reference_list(tmp_path):
    body = ("[NARRATOR] On 6 April 2025 Mali closed its airspace.\n[NARRATOR] Two days later Niger answered.\n\n"
            "Tiani said in Niamey: \"Niger will never forget who stood by it.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert {r["said_on"] for r in rows if r["speaker"] == "tiani"} != {"2025-04-06"}, rows


def test_session60_a_heading_of_a_day_of_the_month_and_its_weekday_dates_its_entries(tmp_path):
    # (a journal's daily log: "06 SUN", "Tue 8": the month is the one, counting back from the page,
    # in which that day falls on that weekday)
    body = ("**APRIL · DAILY LOG**\n\n**06 SUN**\n- Goïta told state television: \"Algeria has chosen the side of "
            "our enemies.\"\n\n**Tue 8**\n- Tiani told the press: \"Niger will never forget who stood by it.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-20")
    assert {r["speaker"]: r["said_on"] for r in rows} == {"goita": "2025-04-06", "tiani": "2025-04-08"}, rows


def test_session60_a_keys_short_names_tied_by_equals_are_those_people(tmp_path):
    # (a notebook's key: a title's abbreviation and the surname, or an initial, "=" the full name)
    actors = _MALI_NIGER + (
        "  - {id: maiga_a, name: Abdoulaye Maïga, kind: person, affiliation: mali, role: Government spokesman of Mali,"
        " aliases: [Abdoulaye Maïga]}\n"
        "  - {id: maiga_c, name: Choguel Kokalla Maïga, kind: person, affiliation: mali, role: Prime Minister of Mali,"
        " aliases: [Choguel Kokalla Maïga]}\n")
    body = ("Col. Maïga = Abdoulaye Maïga, the spokesman. PM Maïga = Choguel Kokalla Maïga. *Not the same man.*\n\n"
            "- PM Maïga told the press: \"Algeria has chosen the side of our enemies.\"\n"
            "- Col. Maïga wrote: \"Our airspace is closed to Algiers from today.\"\n")
    rows = _rows_with(tmp_path, actors, body, published="2025-04-10")
    assert {r["speaker"] for r in rows if "enemies" in r["quote"]} == {"maiga_c"}, rows
    assert {r["speaker"] for r in rows if "airspace" in r["quote"]} == {"maiga_a"}, rows


def test_session60_a_sentence_of_a_name_and_a_channel_gives_the_quote_after_it(tmp_path):
    # (a journal's entry: its signifier, the time of day, the name and where, then the words)
    body = "○ Evening: Tiani on TV. \"Niger will never forget who stood by it.\"\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert {r["speaker"] for r in rows} == {"tiani"}, rows



@pytest.mark.parametrize("denial", ["He never wrote that.", "No such sentence exists.",
                                    "Abdourahamane Tiani did not say that."])
def test_session60_words_the_next_sentence_says_were_never_said_are_no_statement(tmp_path, denial):
    body = f"A channel in Bamako claimed that Tiani wrote \"Algeria is finished as a nation\". {denial}\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert not [r for r in rows if "finished" in r["quote"]], rows


def test_review60_a_compiled_annexs_time_is_no_log_stamp(tmp_path):
    # (a header ending in a time to the minute is when a page was compiled, not a machine log's entry)
    body = ("Annex C: Early reactions - 2025/04/05 09:00\n\nOn 2 April Goïta warned Algiers.\n\n"
            "Annex D: Later reactions - 2025/04/09 12:00\n\nTiani told the press: \"Niger will never forget who stood by it.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert {r["said_on"] for r in rows if r["speaker"] == "tiani"} != {"2025-04-09"}, rows


def test_review60_a_denial_of_words_another_is_said_to_have_said_keeps_the_claim(tmp_path):
    # ("She never said that." denies what the speaker put in another's mouth; "Tiani did not say
    # that." after Goïta's own words is about someone else)
    body = ("\"Even Tiani admits that Algeria is our enemy,\" Goïta said on Monday. He never said that.\n\n"
            "Goïta said on Monday: \"Algeria has chosen the side of our enemies.\" Tiani did not say that.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    quotes = [r["quote"] for r in rows if r["speaker"] == "goita"]
    assert any("Even Tiani admits" in q for q in quotes) and any("side of our enemies" in q for q in quotes), rows


@pytest.mark.parametrize("title", ["Abdourahamane Tiani, as his critics see him", "What the Algerian papers wrote about Tiani"])
def test_review60_a_list_under_a_title_of_others_words_about_the_person_is_not_theirs(tmp_path, title):
    body = ("Heard this spring:\n\n- \"Algeria will never trust a general who closes borders.\"\n"
            "- \"Niger deserves better than a soldier who insults Algeria.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-06-01", title=title)
    assert "tiani" not in {r["speaker"] for r in rows}, rows


def test_review60_a_reference_entrys_initial_must_fit_the_person(tmp_path):
    # ("[A] Goïta, M." is a scholar of that surname, not Assimi Goïta; the outlet's report of the words
    # does not date them by its own day)
    body = ("[A] argues that \"Algeria has chosen the side of its enemies\". [B] reads: \"Niger will never "
            "forget who stood by it.\"\n\n"
            "[A] Goïta, M., \"Sahel borders\", Journal of African Studies, 3 March 2025.\n"
            "[B] Tiani, A., speech in Niamey, 8 April 2025.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-05-20")
    assert "goita" not in {r["speaker"] for r in rows}, rows
    assert {r["said_on"] for r in rows if r["speaker"] == "tiani"} == {"2025-04-08"}, rows


def test_review60_a_relative_clause_that_tells_the_occasion_keeps_its_time(tmp_path):
    body = ("Mali closed its airspace on Sunday.\n\nThe colonel who answered questions Monday in Bamako said Algeria had "
            "\"chosen the side of our enemies\". Goïta later said the closure was \"proportionate to the insult\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert {r["said_on"] for r in rows if "proportionate" in r["quote"]} == {"2025-04-07"}, rows


def test_review60_a_screen_name_whose_tail_is_a_word_is_no_one(tmp_path):
    body = "Tiani_Out said, \"Algeria is a good neighbour to all of us.\"\n#Goita_Out trended all night.\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert not {r["speaker"] for r in rows} & {"tiani", "goita"}, rows



def test_review60_a_key_that_adds_a_title_to_a_known_surname_changes_nothing(tmp_path):
    body = ("Names: G. = Assimi Goïta; Prem. Tiani = Abdourahamane Tiani\n\n"
            "At noon Prem. Tiani spoke in Niamey: \"Algeria has chosen the side of our enemies.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert {r["speaker"] for r in rows if "enemies" in r["quote"]} == {"tiani"}, rows


def test_review60_a_bullet_items_note_names_who_said_it(tmp_path):
    body = ("- \"Algeria has chosen the side of our enemies.\"\n- \"Our airspace is closed to Algiers from today.\"\n"
            "- \"Niger will never forget who stood by it.\"\n  *(said by Tiani, at the same rally)*\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-06-01", title="Assimi Goïta in three quotes")
    assert {r["speaker"] for r in rows if "never forget" in r["quote"]} == {"tiani"}, rows
    assert {r["speaker"] for r in rows if "airspace" in r["quote"]} == {"goita"}, rows


def test_review60_a_screen_names_tail_may_be_another_of_the_persons_names_and_a_stamp_its_zone(tmp_path):
    # ("Tiani_Abdourahamane wrote …": his other name; a desk log's "— 2025-04-06 11:20 GMT" is a stamp)
    body = ("Ticket 4471: Niamey desk — 2025-04-06 11:20 GMT\nTiani_Abdourahamane wrote: \"Algeria has chosen the "
            "side of our enemies.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("tiani", "2025-04-06")}, rows


def test_review60b_a_relative_clause_whose_object_is_an_occasion_keeps_its_time(tmp_path):
    # ("who chaired Tuesday's cabinet meeting told it": the meeting is where the words were said)
    body = ("The general who chaired Tuesday's security council meeting told it that \"Algeria has chosen the side "
            "of our enemies\". Goïta spoke for an hour.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert {r["said_on"] for r in rows if "enemies" in r["quote"]} == {"2025-04-08"}, rows


def test_review60b_a_lone_screen_name_of_someone_the_text_never_names_is_a_namesake(tmp_path):
    # (a readers' forum: "Tiani_NE" alone, the president never named, is a reader; named in the title,
    # or among two such names, he is the one)
    body = "**Readers' forum**\n\nTiani_NE said, \"Algeria has chosen the side of our enemies.\"\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10", title="What our readers said")
    assert "tiani" not in {r["speaker"] for r in rows}, rows
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10", title="Tiani joins a readers' forum")
    assert {r["speaker"] for r in rows if "enemies" in r["quote"]} == {"tiani"}, rows


@pytest.mark.parametrize("title", ["Song for Abdourahamane Tiani: the lines of the anthem",
                                   "Tiani in Algerian eyes: quotes from the press"])
def test_review60b_a_title_must_open_with_the_person_whose_lines_it_lists(tmp_path, title):
    body = ("Heard this spring:\n\n- \"Algeria will never trust a general who closes borders.\"\n"
            "- \"Niger deserves better than a soldier who insults Algeria.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-06-01", title=title)
    assert "tiani" not in {r["speaker"] for r in rows}, rows


def test_review60b_a_stamp_that_says_when_an_item_was_archived_dates_no_words(tmp_path):
    body = ("Item 7: archived — 2025-04-09 10:00:00 UTC\nGoïta told a rally years ago: \"Algeria has chosen the "
            "side of our enemies.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert {r["said_on"] for r in rows if r["speaker"] == "goita"} != {"2025-04-09"}, rows


def test_review60b_on_a_page_of_one_persons_lines_the_item_after_anothers_is_the_persons_again(tmp_path):
    body = ("Collected at his rallies:\n\n- \"Algeria has chosen the side of our enemies.\"\n"
            "- \"Niger will never forget who stood by it.\"\n  *(said by Tiani, who joined him on the stage)*\n"
            "- \"Algeria will answer for the drone it shot down.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-06-01",
                      title="Assimi Goïta on Algeria: the lines of a campaign")
    speakers = {q: {r["speaker"] for r in rows if q in r["quote"]} for q in ("our enemies", "never forget", "drone")}
    assert speakers == {"our enemies": {"goita"}, "never forget": {"tiani"}, "drone": {"goita"}}, rows


def test_review60b_a_keys_entry_after_its_colon_and_a_title_with_a_unique_surname(tmp_path):
    # ("the key reads: Min. Maïga = …": the entry after the colon; a title's stop before a surname no
    # other entry shares gives the surname alone, read across the stop)
    actors = _MALI_NIGER + ("  - {id: maiga_a, name: Abdoulaye Maïga, kind: person, affiliation: mali, "
                            "role: Government spokesman of Mali, aliases: [Abdoulaye Maïga]}\n")
    body = ("Names are abbreviated; the ministry's key reads: Min. Maïga = Abdoulaye Maïga.\n\n"
            "Min. Maïga opened the briefing. Min. Maïga replied: \"Algeria has chosen the side of our enemies.\"\n")
    rows = _rows_with(tmp_path, actors, body, published="2025-04-10")
    assert {r["speaker"] for r in rows if "enemies" in r["quote"]} == {"maiga_a"}, rows


def test_session60_it_as_the_object_of_as_reported_it_is_the_words_not_their_speaker(tmp_path):
    # ("Her reply, as the agencies reported it:": "it" is the reply; the possessive's owner speaks)
    body = ("Goïta, Mali's president, at the podium. His reply, as the wires reported it: \"Algeria has chosen the "
            "side of our enemies.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert {r["speaker"] for r in rows if "enemies" in r["quote"]} == {"goita"}, rows


@pytest.mark.parametrize("intro, dated", [("One line a day of the row, 1 to 10 April.", True),
                                          ("One line a day of the row, as it happened.", False)])
def test_session60_a_series_numbered_by_the_days_of_a_named_month_dates_its_entries(tmp_path, intro, dated):
    # (a countdown's entries numbered by the day of the month with their weekday: that day of the
    # month the text names; without the month named, a diary's "Day 6 · Sunday" counts days)
    body = (f"*{intro}*\n\n**Day 5 · Saturday**\nNothing yet.\n\n**Day 6 · Sunday**\nGoïta on television that evening: "
            "\"Algeria has chosen the side of our enemies.\"\n\n**Day 8 · Tuesday**\nTiani told the press: \"Niger will "
            "never forget who stood by it.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-30")
    got = {r["speaker"]: r["said_on"] for r in rows}
    assert (got == {"goita": "2025-04-06", "tiani": "2025-04-08"}) is dated, rows


@pytest.mark.parametrize("clause, kept", [("it was vital that Algeria reopen its airspace to Malian flights", True),
                                          ("it was vital that Niger protect its own borders first", False)])
def test_session60_an_obligation_put_impersonally_on_another_is_a_statement(tmp_path, clause, kept):
    # ("told the BBC that it is essential that any activity … be coordinated": a demand of another,
    # no attributed fact; one put on the speaker's own side is a plan)
    rows = _rows_with(tmp_path, _MALI_NIGER, f"Tiani told state radio on Monday that {clause}.\n", published="2025-04-10")
    assert bool([r for r in rows if r["speaker"] == "tiani"]) is kept, rows


_SAHEL_BODIES = _MALI_NIGER + (
    "  - {id: ecowas, name: ECOWAS, kind: organisation, affiliation: null, role: Regional bloc, aliases: [ECOWAS]}\n")


def test_session61_a_shortened_weekday_in_a_timetables_row_dates_its_words(tmp_path):
    # (a broadcast schedule: the weekday shortened, with a time or a dash for none, dates the row's words)
    body = ("| Slot | Channel | Guest | Line |\n|---|---|---|---|\n"
            "| Sun 18:30 | ORTM | Goïta | Goïta: \"Algeria has chosen the side of our enemies.\" |\n"
            "| Mon — | Télé Sahel | Tiani | Tiani: \"Niger stands with Mali, whatever it costs.\" |\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("goita", "2025-04-06"), ("tiani", "2025-04-07")}, rows


def test_session61_a_pronoun_after_an_unnamed_official_under_a_run_in_heading_is_the_officials_body(tmp_path):
    # (a run-in heading in bold before "An ECOWAS official told …": the next sentence's "He" is still
    # that official, so the bloc, not the last person named in the paragraph before)
    body = ("Goïta said on Sunday that \"Algeria has chosen the side of our enemies.\"\n\n"
            "**From Abuja.** An ECOWAS official told France 24 that \"the door remains open to Bamako.\" "
            "He praised Niger as a patient neighbour.\n")
    rows = _rows_with(tmp_path, _SAHEL_BODIES, body, published="2025-04-10")
    assert [r["speaker"] for r in rows if "praised Niger" in r["quote"]] == ["ecowas"], rows


def test_session61_notes_under_a_persons_entry_line_are_that_persons_words(tmp_path):
    # (a guest list: each entry a name in bold and what they are, then note fields quoting them with
    # no verb or with the subject left out; a note written "to" someone is still the entry's person's)
    body = ("## Front row\n\n**Assimi Goïta** — chairman of the evening.\n"
            "*Remark:* Opening words, Sunday, to the press pool: \"Algeria has chosen the side of our enemies.\"\n"
            "*Remark:* Later on state radio: \"Our airspace stays closed.\"\n\n"
            "**Abdourahamane Tiani.** Arrived late.\n"
            "*Remark:* Last wrote to the chairman of the evening on 2 April: \"Niger stands with Mali.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    got = {key: r["speaker"] for r in rows for key in ("Algeria has chosen", "airspace stays", "Niger stands")
           if key in r["quote"]}
    assert got == {"Algeria has chosen": "goita", "airspace stays": "goita", "Niger stands": "tiani"}, rows


def test_session61_a_description_after_a_name_in_bold_names_that_person_later(tmp_path):
    # (a cast list's order, name first: "**Abdourahamane Tiani** — the guest from Niamey"; "the guest
    # from Niamey" later in the text is Tiani)
    body = ("**Assimi Goïta** — host.\n**Abdourahamane Tiani** — guest of honour, seated on the right.\n\n"
            "On Sunday the guest of honour said that Mali \"will never stand alone again\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [(r["speaker"], r["said_on"]) for r in rows if "never stand alone" in r["quote"]] == [("tiani", "2025-04-06")], rows


def test_session61_a_quote_in_italics_signed_on_its_own_line_is_the_signatures_not_the_items_title(tmp_path):
    # (a catalogue's items: a title that looks like a name, then the quotation in italics and, on the
    # same line, who said it, where and when)
    body = ("## Soups\n\n**Sahel Stew Royale** (V) ............ 3,000 CFA\n"
            "*\"Algeria has chosen the side of our enemies.\"* Assimi Goïta, state television, Sunday 6 April.\n\n"
            "**Border Bread** ............ 500 CFA\n"
            "*\"Niger stands with Mali, whatever it costs.\"* Abdourahamane Tiani, radio address, Monday 7 April, "
            "after the drone was downed.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert {(r["speaker"], r["said_on"]) for r in rows} == {("goita", "2025-04-06"), ("tiani", "2025-04-07")}, rows


@pytest.mark.parametrize("words", ["We have no further comment at this stage.", "I have no comments to offer on the closure."])
def test_session61_having_no_comment_is_no_statement(tmp_path, words):
    body = f"Asked about the closure of the airspace, Tiani said: \"{words}\"\n"
    assert _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10") == []


def test_session61_a_table_whose_headers_note_names_the_speakers_column_and_whose_words_are_a_translation(tmp_path):
    # (an interpreter's log: the speaker's column says so only in its header's brackets, the words
    # are the "Translation" column, "Words" counts them; the speaker's cell dates the words, not the
    # day the row was logged, and "same address" is the day of the row before)
    body = ("| # | Logged | Origin (speaker, medium, when said) | Translation | Words |\n|---|---|---|---|---|\n"
            "| 1 | 18/04/2025 | Goïta, ORTM address, Sun 6 Apr | \"Algeria has chosen the side of our enemies.\" | 8 |\n"
            "| 2 | 18/04/2025 | Goïta, same address | \"Our airspace is closed to them from today.\" | 8 |\n"
            "| 3 | 19/04/2025 | Tiani, radio, Mon 7 Apr | \"Niger stands with Mali.\" | 4 |\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-20")
    got = sorted((r["speaker"], r["said_on"]) for r in rows)
    assert got == [("goita", "2025-04-06"), ("goita", "2025-04-06"), ("tiani", "2025-04-07")], rows


def test_session61_an_entry_line_that_credits_the_words_names_the_blockquotes_speaker(tmp_path):
    # (a competition's running order: each entry's title in bold, then who "performed" it and when,
    # or "<name> again"; the blockquote under it is theirs, dated by the line, a bare month too)
    body = ("## Running order\n\n**1. \"Closed Skies\"**, recited by Assimi Goïta (Mali). First aired on ORTM, Sunday 6 April.\n"
            "> \"Our airspace is closed to Algerian aircraft from today.\"\n\n"
            "**2. \"Brothers\"**, Goïta again, the same broadcast.\n> \"Niger and Mali will stand together.\"\n\n"
            "**3. \"Patience\"**, recited by Abdourahamane Tiani (Niger). First aired on Radio Sahel, March.\n"
            "> \"We have waited long enough for Algiers to explain itself.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    got = sorted((r["speaker"], r["said_on"]) for r in rows if r["speaker"] in ("goita", "tiani"))
    assert got == [("goita", "2025-04-06"), ("goita", "2025-04-06"), ("tiani", "2025-03")], rows


def test_session61_a_lead_that_names_only_a_states_press_goes_on_with_the_voice_before(tmp_path):
    # ("in the English of the Niger press": where the words were carried, not Niger speaking)
    body = ("Goïta at the podium: \"We have closed our skies to Algeria.\" Later, in the English of the Niger press: "
            "\"Our patience has ended.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert {r["speaker"] for r in rows if "patience" in r["quote"]} == {"goita"}, rows


def test_session61_a_line_that_only_sets_the_scene_dates_the_words_after_it(tmp_path):
    # (a report's slug line, a place and a day, no verb, in a piece published months later)
    body = ("**Part 3.** The palace courtyard, Sunday 6 April 2025, 20:00. Goïta at the microphone: "
            "\"Algeria has chosen the side of our enemies.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-11-20")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("goita", "2025-04-06")], rows


def test_session61_words_the_next_sentence_says_a_named_person_never_said_are_no_statement(tmp_path):
    body = ("An early draft had Tiani saying \"Mali and Niger are one country.\" No such speech is on the record, "
            "and Tiani never said those words.\n")
    assert not any("one country" in r["quote"] for r in _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10"))


def test_session61_days_counted_later_and_a_day_without_its_year_keep_the_storys_time_in_a_piece_written_years_on(tmp_path):
    # (a retrospective written two years later: "Nine days later" counts from the last day told,
    # past paragraphs that tell no time; "On 20 April", paragraphs after "6 April 2025", is of 2025,
    # and dates the words after it though it lies long before the writing)
    body = ("On 6 April 2025 Mali closed its airspace to Algerian aircraft.\n\n"
            "Algiers called the decision hostile.\n\nNiamey said nothing at first.\n\n"
            "Nine days later, at a summit in Niamey, Tiani said that Niger \"stands with Mali\".\n\n"
            "The Algerian press was furious.\n\n"
            "On 20 April Algeria recalled its ambassador. Goïta answered that the recall \"changes nothing\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2027-05-01")
    got = {r["quote"].split()[-1].strip('".'): r["said_on"] for r in rows if r["speaker"] in ("goita", "tiani")}
    assert got == {"Mali": "2025-04-15", "nothing": "2025-04-20"}, rows


def test_session61_shock_at_someones_words_is_a_stance_toward_them(tmp_path):
    body = "Interviewed on ORTM, Goïta said that he was shocked by Tiani's silence.\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [(r["speaker"], r["target"], r["stance"] < 0) for r in rows] == [("goita", "tiani", True)], rows


def test_session61_a_day_apposed_to_a_time_counted_from_an_event_dates_the_words(tmp_path):
    # ("Two days before the summit, on Sunday 6 April": that Sunday, not two days before it)
    body = "Three days before the summit, on Sunday 6 April, Goïta announced that Mali would answer Algeria in kind.\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "goita"] == ["2025-04-06"], rows


def test_session61_an_actors_acts_are_no_speaker_and_a_while_clause_goes_on_with_the_words_reported(tmp_path):
    # (the "while" clause tells more of what the minister said; "Algeria's drones threatened" is no
    # speech of Algeria's)
    body = ("On Monday Goïta told the council that the border had stayed calm while Algeria's drones threatened "
            "the villages of the north.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["speaker"] for r in rows] == ["goita"] and "villages" in rows[0]["quote"], rows


def test_session61_a_day_in_the_past_perfect_under_a_dated_section_is_no_day_to_count_from(tmp_path):
    # (a notebook's day heading; "had closed … on Friday" is background; "The same day" is the section's day)
    body = ("**Sunday 6 April**\n\nWoke to the news that Bamako had closed its airspace to Algeria; the army had "
            "already downed the drone on Friday.\n\nThe same day Goïta told state television: \"Algeria has chosen "
            "the side of our enemies.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-12")
    assert [r["said_on"] for r in rows if r["speaker"] == "goita"] == ["2025-04-06"], rows


def test_session61_a_same_morning_after_a_following_day_is_the_following_days(tmp_path):
    # ("On 3 April … The following day … That same morning …": the following day's morning; and a
    # paragraph after it that tells "within hours" counts from there)
    body = ("On 3 April the drone came down near Tinzaouaten. The following day Algeria closed its airspace. "
            "That same morning Tiani wrote that Niger \"stands with Mali\".\n\n"
            "Bamako's answer came within hours. Goïta said that Algeria \"has chosen the side of our enemies\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-20")
    assert {r["speaker"]: r["said_on"] for r in rows} == {"tiani": "2025-04-04", "goita": "2025-04-04"}, rows


def test_review61_a_quote_whose_own_line_notes_a_placard_or_caption_is_no_voice_before(tmp_path):
    body = ("Goïta said on Sunday that Mali would answer \"in kind\".\n"
            "*\"Death to the invaders.\"* Placard at a march in Bamako, Sunday.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert not any("invaders" in r["quote"] for r in rows), rows


def test_review61_a_rundowns_shortened_weekdays_are_of_the_week_written_in(tmp_path):
    # (published on Thursday 10 April: "Wed" then "Thu" are the 9th and the 10th, the later line no
    # Thursday before the Wednesday above it)
    body = ("Rundown.\n\nWed 15:00 — Goïta on ORTM: \"Algeria has chosen the side of our enemies.\"\n"
            "Thu 09:00 — Tiani in Niamey: \"Niger stands with Mali.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert {r["speaker"]: r["said_on"] for r in rows} == {"goita": "2025-04-09", "tiani": "2025-04-10"}, rows


def test_review61_a_feeling_at_an_object_owned_by_an_unnamed_one_has_no_target_deeper_in_it(tmp_path):
    # ("shocked by the court's disregard for … Malian …": the court's, not Mali's)
    body = "Goïta said on Sunday that he was shocked by the court's disregard for decades of Malian administration.\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["target"] for r in rows if r["speaker"] == "goita"] in ([""], []), rows


def test_review61_a_note_that_spoke_to_someone_is_still_the_entrys_persons(tmp_path):
    body = ("**Abdourahamane Tiani**, head of state of Niger.\n"
            "*Remark:* Last spoke to Goïta on 2 April: \"Niger stands with Mali.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["speaker"] for r in rows] == ["tiani"], rows


def test_review61_a_bare_no_comment_is_no_statement(tmp_path):
    body = "Asked about the drone, Tiani said only: \"No comment.\" \"No comment,\" Goïta told reporters.\n"
    assert _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10") == []


@pytest.mark.parametrize("slug", ["The palace, Koulouba, Bamako, Sunday 6 April 2025, morning.",
                                  "State House, Niamey, Sunday 6 April 2025, 20:00."])
def test_review61_a_slug_line_with_a_place_of_several_parts_or_a_part_of_the_day_dates_the_words(tmp_path, slug):
    body = f"**Part 2.** {slug} Goïta at the microphone: \"Algeria has chosen the side of our enemies.\"\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-11-20")
    assert [r["said_on"] for r in rows] == ["2025-04-06"], rows


def test_session61_a_role_two_named_holders_share_is_the_one_of_the_side_its_opening_adjunct_names(tmp_path):
    # (two generals named before; "In the Malian army's account, the general …": Mali's general)
    actors = _MALI_NIGER + (
        "  - {id: diarra, name: Oumar Diarra, kind: person, affiliation: mali, role: General of the Malian army, aliases: [Oumar Diarra, Diarra]}\n"
        "  - {id: chanegriha, name: Saïd Chanegriha, kind: person, affiliation: algeria, role: General of the Algerian army, "
        "aliases: [Saïd Chanegriha, Chanegriha]}\n"
        "  - {id: malian_army, name: Malian army, kind: organisation, affiliation: mali, role: Army, aliases: [Malian army]}\n")
    body = ("Mali's chief of staff, General Oumar Diarra, met Algeria's army chief, General Saïd Chanegriha, on Monday. "
            "In the Malian army's account, the general protested against the drone's downing and called it \"an act of war\".\n")
    rows = _rows_with(tmp_path, actors, body, published="2025-04-10")
    assert [r["speaker"] for r in rows if "act of war" in r["quote"]] == ["diarra"], rows


def test_review61b_a_timetables_shortened_weekday_under_a_dated_section_long_past_is_that_weeks(tmp_path):
    # (a retrospective two years on: "| Sun 18:30 |" under "## Sunday 6 April 2025" is that Sunday)
    body = ("## Sunday 6 April 2025\n\n| When | Who | Words |\n|---|---|---|\n"
            "| Sun 18:30 | Goïta | \"Algeria has chosen the side of our enemies.\" |\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2027-04-09")
    assert [r["said_on"] for r in rows] == ["2025-04-06"], rows


def test_review61b_a_clauses_lead_in_is_no_note_field_of_the_entry_above(tmp_path):
    body = ("**Abdourahamane Tiani.** Arrived late.\n*Note:* To the press at the door: \"Niger stands with Mali.\"\n\n"
            "A waiter summed up the evening: \"Many speeches, few guests.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["speaker"] for r in rows] == ["tiani"], rows


def test_review61b_an_entry_line_naming_no_registered_person_ends_the_search_for_its_notes_person(tmp_path):
    body = ("**Abdourahamane Tiani** — host.\n*Note:* Opened the evening: \"Niger stands with Mali.\"\n\n"
            "**A nurse from Gao** — spoke for ten minutes.\n*Note:* Said: \"The drone fell on a wedding.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert not any("wedding" in r["quote"] and r["speaker"] == "tiani" for r in rows), rows


def test_review61b_a_blockquote_credited_to_someone_unregistered_or_by_name_after_its_title(tmp_path):
    # ("**2. …**, by the director …": no earlier voice's; "**3. …**, Abdourahamane Tiani, the same evening.": his)
    body = ("**1. \"Closed Skies\"**, recited by Assimi Goïta. First aired on ORTM, Sunday 6 April.\n\n"
            "> \"Our airspace is closed to Algerian aircraft.\"\n\n"
            "**2. \"Closing words\"**, by the director of the festival.\n\n> \"Words travel further than drones.\"\n\n"
            "**3. \"Brothers\"**, Abdourahamane Tiani, the same evening.\n\n> \"Niger stands with Mali.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    got = {r["quote"].split()[0]: r["speaker"] for r in rows}
    assert got.get("Our") == "goita" and got.get("Niger") == "tiani" and "Words" not in got, rows


def test_review61b_a_words_column_of_counts_leaves_the_quote_column_as_the_words(tmp_path):
    body = ("| Speaker | Channel | Words | Quote |\n|---|---|---|---|\n"
            "| Assimi Goïta | ORTM, Sun 6 Apr | 8 | \"Algeria has chosen the side of our enemies.\" |\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("goita", "2025-04-06")], rows


def test_review61b_shocked_by_nothing_is_no_stance(tmp_path):
    body = "Tiani said Niger was \"surprised by nothing and shocked by nothing\" in Algeria's conduct.\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert all(r["stance"] >= 0 for r in rows), rows


def test_review61c_a_bold_note_label_is_no_entry_line(tmp_path):
    # ("**Planner's warning:** …" between a person's entry line and a note under it: not a new entry)
    body = ("**Abdourahamane Tiani** — guest of honour.\n**Planner's warning:** Seat him away from the window.\n"
            "*Note:* To reporters the same day: \"Niger stands with Mali.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["speaker"] for r in rows] == ["tiani"], rows


def test_review61c_a_named_owner_after_a_surprise_cue_is_its_target(tmp_path):
    body = "Goïta said Mali was surprised by Algeria's decision to close the border.\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [(r["target"], r["stance"] < 0) for r in rows if r["speaker"] == "goita"] == [("algeria", True)], rows


def test_review61c_posted_to_a_platform_credits_no_one(tmp_path):
    body = ("**1. \"Closed Skies\"**, recited by Assimi Goïta. First aired on ORTM, Sunday 6 April.\n\n"
            "> \"Our airspace is closed to Algerian aircraft.\"\n\n"
            "**2. \"Bread\"**, posted to Algiers Today on 7 April.\n\n> \"Bread is cheaper in Algiers.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert not any("Bread" in r["quote"] and r["speaker"] in ("algeria", "Algiers Today") for r in rows), rows


def test_review61c_having_no_comment_before_the_closing_mark_is_a_refusal(tmp_path):
    body = "Asked about the drone, Tiani said: \"I have no comment\". Goïta told reporters: \"We have no further comment\".\n"
    assert _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10") == []


@pytest.mark.parametrize("text, channel", [("the Kosovo press reported", True), ("the Kosovo media quoted", True),
                                           ("the Kosovo press office said", False), ("a Kosovo press conference", False)])
def test_review61c_a_states_press_is_a_channel_but_not_its_press_office(tmp_path, text, channel):
    p = tmp_path / "r1.md"
    p.write_text(f"---\nid: r1\ntitle: t\noutlet: null\npublished: 2025-05-09\nlanguage: en\n---\nLater, {text} it.\n",
                 encoding="utf-8")
    ctx = ArticleContext(read_article(p), load_actors(ROOT / "tests" / "realistic" / "fens" / "actors.yml"))
    assert [c.channel for c in ctx.cands if c.text == "Kosovo"] == [channel]


# --- session 62: the dales set's kinds, in other wordings ---------------------------------------

_SAHEL_MINISTERS = _MALI_NIGER + (
    "  - {id: attaf, name: Ahmed Attaf, kind: person, affiliation: algeria, role: Foreign Minister of Algeria, aliases: [Ahmed Attaf, Attaf]}\n"
    "  - {id: diop, name: Abdoulaye Diop, kind: person, affiliation: mali, role: Foreign Minister of Mali, aliases: [Abdoulaye Diop, Diop]}\n")


def test_session62_a_states_defined_term_before_an_office_is_that_states_office(tmp_path):
    # (a claim's defined terms in brackets: "the Respondent's Foreign Minister" is Algeria's)
    body = ("**Parties:** the Republic of Mali (\"the Claimant\") and the People's Democratic Republic of Algeria "
            "(\"the Respondent\").\n\n"
            "On 7 April the Respondent's Foreign Minister told the press: \"Mali has lied about the drone.\"\n\n"
            "The Claimant's Foreign Minister answered the next day: \"Algeria shot down our aircraft.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "lied" in r["quote"]} == {"attaf"}, rows
    assert {r["speaker"] for r in rows if "shot down" in r["quote"]} == {"diop"}, rows


def test_session62_a_term_in_brackets_without_quotation_marks_names_the_party(tmp_path):
    # (a charge sheet's "NAME (the Second Accused)", and "ALGERIA is the Injured Party.")
    body = ("ASSIMI GOÏTA (the First Accused) and ABDOURAHAMANE TIANI (the Second Accused) stand charged. "
            "ALGERIA is the Injured Party.\n\n"
            "The Second Accused, on the same day, declared: \"We will never again trust the Injured Party.\"\n\n"
            "The First Accused said of the Injured Party: \"Its generals armed the rebels in the north.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-20")
    assert {(r["speaker"], r["target"]) for r in rows if "trust" in r["quote"]} == {("tiani", "algeria")}, rows
    assert {r["speaker"] for r in rows if "generals" in r["quote"]} == {"goita"}, rows


def test_session62_an_office_in_brackets_defines_nothing(tmp_path):
    # ("Tiani (the President)": read where the text uses it, not made Tiani for the rest)
    body = ("Tiani (the President) arrived first. Goïta spoke next.\n\n"
            "The President of Mali said: \"Algeria has chosen its side.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "chosen" in r["quote"]} == {"goita"}, rows


def test_session62_a_run_in_label_of_english_words_in_bold_is_no_speaker(tmp_path):
    # (a glossary's or a wiki's entry labels: "**Moving Goalposts:**" is no one; a name in bold still speaks)
    body = ("- **Moving Goalposts:** Goïta changed his terms twice. On Sunday he said that Algeria was \"a hostile neighbour\".\n"
            "- **Silent Treatment:** Algiers said nothing for a week.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert [r["speaker"] for r in rows if "hostile" in r["quote"]] == ["goita"], rows
    body = "**Omar Sidibé:** \"Algeria has betrayed the Sahel.\"\n\n**Fatou Keita:** \"Niger agrees with Mali.\"\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert {r["speaker"] for r in rows} == {"Omar Sidibé", "Fatou Keita"}, rows


def test_session62_a_pronoun_after_an_unnamed_official_in_a_labelled_list_item_is_the_body(tmp_path):
    body = ("- **Goïta:** Mali closed its airspace on Monday.\n"
            "- **Cooler Heads:** An unnamed Algeria official told the BBC that the border \"stays open\". "
            "He praised Niger as a patient neighbour.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-10")
    assert {r["speaker"] for r in rows if "patient neighbour" in r["quote"]} == {"algeria"}, rows


def test_session62_a_signature_with_again_after_the_name_is_that_person(tmp_path):
    body = ("\"Mali will answer every provocation from Algiers.\"\n— A. Goïta, televised address, 6.iv.25\n\n"
            "\"We know who armed the rebels and we will say so.\"\n— Goïta again, 7.iv.25\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-05-01")
    assert [(r["speaker"], r["said_on"]) for r in rows if "armed" in r["quote"]] == [("goita", "2025-04-07")], rows


def test_session62_quotations_in_a_line_of_words_without_a_verb_are_the_signatures(tmp_path):
    # (a quotation sheet's partial quotes in a phrase, signed on the line under it)
    body = ("\"Mali will answer every provocation.\"\n— A. Goïta, televised address, 6 April 2025\n\n"
            "The generals in Algiers \"have armed the rebels for ten years\" and \"will pay for it.\"\n"
            "— Tiani, the same week\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-05-01")
    assert {r["speaker"] for r in rows if "armed the rebels" in r["quote"]} == {"tiani"}, rows
    # (but a line that tells who spoke is read as it stands)
    body = ("Goïta said the generals in Algiers \"have armed the rebels for ten years\".\n— Tiani, the same week\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-05-01")
    assert {r["speaker"] for r in rows if "armed the rebels" in r["quote"]} == {"goita"}, rows


def test_review62_a_term_in_brackets_for_several_or_for_a_text_defines_no_party(tmp_path):
    body = ("In April 2025 the leaders of Mali, Niger and Algeria (the Parties) met in Niamey. The accord "
            "between Mali and Niger (the Accord) was read out.\n\n"
            "The Parties said on 9 April that no agreement had been reached. The Accord states that Mali "
            "\"shall keep its airspace open\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-20")
    assert not any(r["speaker"] in ("algeria", "niger") for r in rows), rows


def test_review62_a_bodys_defined_term_before_an_office_is_no_states_office(tmp_path):
    # ("the Tribunal's President" is the tribunal's, not a person of the last state named)
    body = ("The Arbitral Tribunal (\"the Tribunal\") sat in The Hague. Assimi Goïta, Mali's president, attended.\n\n"
            "The Tribunal's President, reading the award, said the claim \"cannot succeed\" on the facts.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-20")
    assert not any(r["speaker"] == "goita" and "cannot succeed" in r["quote"] for r in rows), rows


def test_review62_a_letters_scare_quotes_over_its_sign_off_are_not_the_writers_words(tmp_path):
    body = ("**Letters**\n\nSir, your correspondent is right about the border.\n\n"
            "Algiers still calls it a \"temporary measure\" after a year of closure.\n"
            "— Amadou Traoré, Bamako\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-20")
    assert not any("temporary measure" in r["quote"] and r["speaker"] == "Amadou Traoré" for r in rows), rows


def test_session62_a_telex_in_capitals_quotes_between_quote_and_unquote_and_stops_at_stop(tmp_path):
    # (a wire's telex: QUOTE … UNQUOTE for the marks, STOP for the full stop, each message dated
    # by its filing stamp "061030Z" under the day it was filed)
    body = ("**MESSAGE ONE**\n\nWIRE DESK EXBAMAKO 061030Z\n\n"
            "JUNTA CLOSED AIRSPACE TODAY STOP COL GOITA ON STATE TV SAID QUOTE ALGERIA HAS CHOSEN TO STAND WITH "
            "TERRORISTS UNQUOTE STOP NIAMEY SILENT ENDIT\n\n"
            "**MESSAGE TWO**\n\nWIRE DESK EXNIAMEY 071415Z\n\n"
            "GEN TIANI TODAY TOLD REPORTERS QUOTE NIGER STANDS WITH MALI AGAINST ALGERIA UNQUOTE STOP ENDIT\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-09")
    got = {(r["speaker"], r["said_on"]) for r in rows if "TERRORISTS" in r["quote"] or "STANDS WITH" in r["quote"]}
    assert got == {("goita", "2025-04-06"), ("tiani", "2025-04-07")}, rows


def test_session62_a_speaker_then_a_platform_then_the_verb_is_that_speaker(tmp_path):
    body = "Tiani on Facebook wrote that Algeria was \"a sponsor of terror\". Goïta via Telegram said Niger was \"a brother\".\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-09")
    assert {(r["speaker"], r["target"]) for r in rows} == {("tiani", "algeria"), ("goita", "niger")}, rows


def test_session62_a_telex_sentence_that_leaves_its_subject_out_is_the_person_before(tmp_path):
    # ("COL GOITA ON STATE TV TONIGHT STOP CALLS …": the cable leaves out the subject it just named)
    body = ("WIRE DESK EXBAMAKO 061030Z\n\n"
            "COL GOITA ON STATE TV TONIGHT STOP CALLS CLOSURE QUOTE A SOVEREIGN ACT UNQUOTE AND WARNS QUOTE "
            "MALI WILL ANSWER EVERY PROVOCATION UNQUOTE STOP ENDIT\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-09")
    assert {r["speaker"] for r in rows if "SOVEREIGN" in r["quote"] or "PROVOCATION" in r["quote"]} == {"goita"}, rows
    # (in running text a sentence opening with a verb in the present is no such sentence)
    body = "Goïta spoke on television. Calls for calm \"went unheard\" in Algiers, one diplomat said.\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-09")
    assert not any(r["speaker"] == "goita" and "unheard" in r["quote"] for r in rows), rows


def test_session62_a_name_with_a_hyphenated_arabic_article_is_one_name(tmp_path):
    # ("Ahmed al-Masri", "Omar bin-Laden": the article joined by a hyphen is part of the name)
    body = ("Goïta spoke first. His adviser, Ahmed al-Masri, told Reuters that Algeria was \"arming the rebels\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-09")
    assert {r["speaker"] for r in rows if "arming" in r["quote"]} == {"Ahmed al-Masri"}, rows


def test_session62_a_speaking_participle_after_a_time_and_an_office_turned_to(tmp_path):
    # ("On Monday, addressing the Sahel Summit, X's foreign minister turned to Y's Foreign Minister:
    # “You …”": the office after the participle speaks, the office turned to is the "you")
    body = ("2.1 On Monday 7 April, addressing the Sahel Summit in Niamey, Mali's foreign minister turned to "
            "Algeria's Foreign Minister: \"You have armed the rebels in our north for ten years.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert {(r["speaker"], r["target"]) for r in rows} == {("diop", "attaf")}, rows


def test_session62_the_same_as_a_signature_is_the_voice_above_after_a_long_signature(tmp_path):
    # (a back cover's "What they said": the first signature long enough to be prose, "— the same" after it)
    body = ("*What they said*\n\n"
            "\"Algeria has chosen to stand with those who attack the people of Mali every single week.\"\n"
            "— Assimi Goïta, Bamako, Sunday 6 April 2025, on the second day of the summit of the Sahel states\n\n"
            "\"We will answer every provocation from Algiers with the firmness that our history demands.\"\n"
            "— the same, the same day\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-06-01")
    assert {(r["speaker"], r["said_on"]) for r in rows if "provocation" in r["quote"]} == {("goita", "2025-04-06")}, rows


def test_session62_a_day_in_a_participles_aside_is_no_time_of_the_story(tmp_path):
    # ("its new decree, signed on 2 April,": when the decree was signed; the words after are still the
    # evening's; but "an interview, aired on 25 January," tells when its words came out)
    body = ("On the evening of Thursday 10 April 2025 Goïta met Tiani in Niamey.\n\n"
            "Earlier that day Goïta had said that Algeria, with its new decree, signed on 2 April, had \"declared war "
            "on our pilots\".\n\nTiani answered the same night: \"This decree is an act of aggression against the Sahel.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-06-01")
    assert {r["said_on"] for r in rows if "aggression" in r["quote"]} == {"2025-04-10"}, rows
    body = ("In an interview with ORTM, aired on 6 April 2025, Goïta said Algeria had \"chosen its side\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-06-01")
    assert {r["said_on"] for r in rows} == {"2025-04-06"}, rows


def test_review62b_a_cables_sentence_about_someone_is_no_subject_for_the_next(tmp_path):
    body = ("WIRE DESK EXBAMAKO 061030Z\n\n"
            "JUNTA SPOKESMAN MAIGA TOOK QUESTIONS STOP ASKED ABOUT TIANI AND THE BORDER STOP SAYS QUOTE ALGERIA "
            "ARMS THE REBELS UNQUOTE STOP ENDIT\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-09")
    assert not any(r["speaker"] == "tiani" for r in rows), rows


def test_review62b_quote_and_unquote_between_commas_and_stop_as_a_verb(tmp_path):
    # (a caption's "SAID, QUOTE, …, UNQUOTE,"; and a flash whose STOP is a verb, no cable)
    body = "GOITA SAID, QUOTE, ALGERIA HAS CHOSEN TERROR, UNQUOTE, AND THAT ALGIERS HAS TO STOP ITS SUPPORT FOR REBELS\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-09")
    assert [r["speaker"] for r in rows if "CHOSEN TERROR" in r["quote"]] == ["goita"], rows
    from rhetoric.corpus import cable_text

    assert not cable_text("MALI WILL NOT STOP ITS CAMPAIGN, GOITA SAYS, URGING ALGIERS TO STOP ARMING THE REBELS IN THE NORTH")


def test_review62b_a_platform_after_a_prepositions_object_makes_no_subject(tmp_path):
    body = "Accounts close to Tiani on Telegram said Algeria was \"a sponsor of terror\". Tiani himself did not comment.\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-09")
    assert not any(r["speaker"] == "tiani" for r in rows), rows


def test_review62b_a_bold_label_that_opens_with_a_first_name_is_a_name(tmp_path):
    body = "**Jack Straw:** \"Algeria has been patient with Mali.\"\n\n**Ed Balls:** \"Niger is right about the border.\"\n"
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-09")
    assert {r["speaker"] for r in rows} == {"Jack Straw", "Ed Balls"}, rows


def test_review62b_one_term_in_brackets_is_an_aside_not_a_definition(tmp_path):
    body = ("Goïta (the Observer) sat at the back. The Observer wrote the next day that Algeria was \"isolated\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-09")
    assert not any(r["speaker"] == "goita" for r in rows), rows


_SAHEL_PRESIDENTS = _SAHEL_MINISTERS + (
    "  - {id: tebboune, name: Abdelmadjid Tebboune, kind: person, affiliation: algeria, role: President of Algeria, "
    "aliases: [Abdelmadjid Tebboune, Tebboune]}\n")


def test_session63_a_cast_lists_bold_labels_name_the_parties(tmp_path):
    # (a debate's motion sheet: "**Proposition** (Bamako): Assimi Goïta" makes "Proposition" Goïta; a
    # bracketed "(captain: Name)" makes "the captain" and "Opposition's captain" that person)
    body = ("**Motion: this house would close the border**\n\n"
            "- **Proposition** (Bamako): Assimi Goïta, with his staff.\n"
            "- **Opposition:** Algeria (captain: Ahmed Attaf; adjudicator's note: none)\n\n"
            "Proposition opened on Sunday with a broadcast: \"Algeria has chosen to shelter the men who attack us.\"\n\n"
            "Opposition's captain replied the same evening: \"Mali is inventing a drone that never crossed our border.\"\n\n"
            "The captain added that Bamako was \"isolated\".\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-12")
    assert {r["speaker"] for r in rows if "shelter" in r["quote"]} == {"goita"}, rows
    assert {r["speaker"] for r in rows if "inventing" in r["quote"] or "isolated" in r["quote"]} == {"attaf"}, rows


def test_session63_one_bold_label_before_a_name_is_no_cast_list(tmp_path):
    # (a transcript's single "**Moderator:** Goïta, …" line, or lines that ask, define nothing)
    from rhetoric.extract.keys import key_descriptions

    (tmp_path / "cast.yml").write_text("actors:\n" + _MALI_NIGER, encoding="utf-8")
    reg = load_actors(tmp_path / "cast.yml")
    one = "**Moderator:** Goïta, thank you for coming.\n\nThe moderator then asked about Algeria.\n"
    asking = ("**Moderator:** Goïta, is Algeria your enemy?\n**Reporter:** Tiani, will Niger follow?\n\n"
              "The moderator and the reporter waited.\n")
    cast = "- **Proposition:** Goïta, for Bamako.\n- **Opposition:** Tiani, for Niamey.\n\nThe proposition spoke first.\n"
    assert "the moderator" not in key_descriptions(one, reg)
    assert not {"the moderator", "the reporter"} & set(key_descriptions(asking, reg))
    assert key_descriptions(cast, reg).get("the proposition") == "goita"


def test_session63_an_office_a_heading_names_in_full_is_the_bare_office_below(tmp_path):
    # (an audit of one office: "the President" below is Algeria's, though Bamako and Goïta's
    # office are named nearer, and another president is named in between)
    body = ("**Audit of: the Office of the President of the People's Democratic Republic of Algeria**\n\n"
            "**Findings**\n\n"
            "On 7 April, when the drone wreckage reached Bamako, the President said that Mali had "
            "\"violated our airspace\".\n\n"
            "Goïta answered on state television. The audit notes it.\n\n"
            "**Earlier record**\n\n"
            "In 2024 the President told a newspaper: \"Mali is a brother country, whatever its rulers say.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_PRESIDENTS, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "violated" in r["quote"] or "brother" in r["quote"]} == {"tebboune"}, rows


def test_session63_a_pronoun_in_which_after_an_offices_text_is_its_holder(tmp_path):
    # (a register's entry: "the Foreign Minister of Mali's communiqué of 7 April, in which he said …":
    # the minister, not the member who asks, named in the entry before him)
    body = ("**Entry 12** — 14 April 2025 — Mr. Keita (Kayes South) — Concerning the communiqué of Mali's "
            "Foreign Minister of 7 April, in which he said that Algeria had \"chosen the side of the terrorists\": "
            "what reply was made?\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "terrorists" in r["quote"]} == {"diop"}, rows
    assert not any(r["speaker"] in ("Kayes South", "Minister") for r in rows), rows


def test_session63_a_place_in_brackets_after_a_persons_name_is_no_one(tmp_path):
    # (a member and the riding in brackets: "Ms. Traoré (Sikasso North)" is no speaker)
    body = ("Ms. Traoré (Sikasso North) asked on 9 April whether the minister had replied. "
            "She said that Algiers was \"silent, as ever\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-20")
    assert not any(r["speaker"] == "Sikasso North" for r in rows), rows


def test_session63_a_given_names_possessive_names_the_person(tmp_path):
    # (a profile that names its people in full once, then by given name: "Assimi's" is Goïta's too)
    body = ("Assimi Goïta and Abdourahamane Tiani met in Niamey.\n\n"
            "Abdourahamane is the host and speaks first.\n\n"
            "Nobody reads Assimi's speech beforehand.\n\n"
            "In the evening he tells the cameras: \"Algeria has chosen its side, and it is not ours.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-12")
    assert {r["speaker"] for r in rows if "chosen its side" in r["quote"]} == {"goita"}, rows


def test_review63_a_cast_label_the_text_uses_as_a_name_of_its_own_is_no_partys(tmp_path):
    # ("- **West:** …" in a list, but "The West will need more …": the West, no one of the cast)
    from rhetoric.extract.keys import key_descriptions

    (tmp_path / "cast.yml").write_text("actors:\n" + _MALI_NIGER, encoding="utf-8")
    reg = load_actors(tmp_path / "cast.yml")
    body = ("- **West:** Assimi Goïta, for Bamako.\n- **East:** Abdourahamane Tiani, for Niamey.\n\n"
            "The West will need more than statements. East spoke first.\n")
    found = key_descriptions(body, reg)
    assert "West" not in found and "the West" not in found and found.get("East") == "tiani", found


def test_review63_a_cast_line_is_no_ones_words(tmp_path):
    # (a hearing's parties: "- **Defendant:** United Arab Emirates (counsel: …)" says who is who; its
    # "United" is no reporting verb, and the line no words of the Emirates')
    uae = _SAHEL_MINISTERS + ("  - {id: uae, name: United Arab Emirates, kind: state, affiliation: null, role: State, "
                              "aliases: [United Arab Emirates, UAE, Abu Dhabi]}\n")
    body = ("- **Claimant:** Mali (counsel: Abdoulaye Diop)\n"
            "- **Defendant:** United Arab Emirates (counsel: Ahmed Attaf)\n\n"
            "The claimant replied that the drone was illegal. The defendant said the Emirates would defend their name.\n")
    rows = _rows_with(tmp_path, uae, body, published="2025-04-20")
    assert not any("counsel" in r["quote"] for r in rows), rows
    assert {r["speaker"] for r in rows if "illegal" in r["quote"]} == {"mali"}, rows


def test_review63_a_place_the_sentence_is_set_in_beats_the_office_a_heading_names(tmp_path):
    # ("**Office of the President of …Algeria**" over "In Bamako, the President said …": Mali's)
    body = ("**Review of the Office of the President of the People's Democratic Republic of Algeria**\n\n"
            "In Bamako, the President said on 8 April that Algeria had \"shot down our drone\".\n")
    rows = _rows_with(tmp_path, _SAHEL_PRESIDENTS, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "shot down" in r["quote"]} == {"goita"}, rows


def test_review63b_a_headings_office_of_a_state_named_plainly_is_the_bare_office_below(tmp_path):
    # ("**Office of the President of Algeria**": the office is the president's, not "Office")
    body = ("**Office of the President of Algeria: statements, April 2025**\n\n"
            "The record is short. On 8 April the President said that Mali had \"violated our airspace\".\n")
    rows = _rows_with(tmp_path, _SAHEL_PRESIDENTS, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "violated" in r["quote"]} == {"tebboune"}, rows


def test_session64_a_hard_wrapped_paragraph_is_one_paragraph(tmp_path):
    # (a plain-text email wrapped at a fixed width: the quote that runs over three lines is one
    # quote, and its speaker and day are the wrapped sentence's)
    body = ("Forwarded message, as the embassy sent it:\n\n"
            "  On Monday 7 April 2025 the foreign minister of Algeria, Ahmed\n"
            "  Attaf, told the national assembly that Mali had \"lied about a\n"
            "  drone that never crossed our border, and lied again about who\n"
            "  shot it down\". He took no questions afterwards.\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    lied = [r for r in rows if "lied about a" in r["quote"]]
    assert lied and {(r["speaker"], str(r["said_on"])) for r in lied} == {("attaf", "2025-04-07")}, rows
    assert any("shot it down" in r["quote"] for r in lied), rows


def test_session64_lines_that_start_with_capitals_or_a_label_are_not_unwrapped():
    # (a song's lines, an index's, a header's fields, a list: each line stays its own)
    from rhetoric.corpus import unwrapped

    song = ("Bamako at midnight, the radio is loud tonight\n"
            "Algiers on the line and nobody is feeling right\n"
            "Niamey in the morning with a message for the day\n")
    header = ("From: Press Office of the Embassy of Mali <press@example.org>\n"
              "Date: Monday 7 April 2025, 18:02 in the evening, local time\n")
    items = ("- the minister's statement of the seventh, read out at noon in\n"
             "- the assembly and reported by the agencies the same afternoon\n")
    wrapped = ("The minister told the assembly on Monday that Mali had lied\n"
               "about a drone, and that the border would stay closed for now.\n")
    assert unwrapped(song) == song and unwrapped(header) == header and unwrapped(items) == items
    assert unwrapped(wrapped) == wrapped.replace("lied\n", "lied ", 1)
    assert len(unwrapped(wrapped)) == len(wrapped)


def test_session64_a_production_label_in_capitals_is_no_speaker_its_bracket_is(tmp_path):
    # (a documentary's script: "ARCHIVE CLIP (GOÏTA, state television):" is Goïta's, and "Same clip,
    # later:" after a time code goes on with him)
    body = ("Narration and archive, as broadcast.\n\n"
            "02:10 — ARCHIVE CLIP (GOÏTA, state television): \"Algeria has chosen the side of those who attack us.\"\n\n"
            "02:18 — Same clip, later: \"Our airspace is closed to their aircraft.\"\n\n"
            "02:30 — ARCHIVE PAPER (Ahmed Attaf, communiqué): \"Mali has lied about the drone.\"\n\n"
            "02:40 — END CARD: \"TWO CAPITALS. ONE DRONE.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "chosen the side" in r["quote"] or "airspace" in r["quote"]} == {"goita"}, rows
    assert {r["speaker"] for r in rows if "lied" in r["quote"]} == {"attaf"}, rows
    assert not any(r["speaker"].isupper() for r in rows), rows


def test_session64_a_title_card_of_place_and_day_dates_the_lines_under_it(tmp_path):
    # (a storyboard's slugs end with a full stop: "CARD: BAMAKO. SUNDAY, 6 APRIL 2025." dates the
    # clip under it, and "CARD: MONDAY. 09:30." the next one, the Monday after)
    body = ("A storyboard for the short film, frame by frame.\n\n"
            "00:05 — CARD: BAMAKO. SUNDAY, 6 APRIL 2025.\n\n"
            "00:09 — VOICE (Goïta, on state television): \"Algeria has chosen the side of those who attack us.\"\n\n"
            "00:20 — CARD: MONDAY. 09:30.\n\n"
            "00:24 — VOICE (Attaf, to the assembly): \"Mali has lied about the drone.\"\n\n"
            "00:31 — CARD: NIAMEY, THE NEXT DAY.\n\n"
            "00:35 — VOICE (Tiani, on the radio): \"Niger stands with Mali.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    assert {str(r["said_on"]) for r in rows if "chosen the side" in r["quote"]} == {"2025-04-06"}, rows
    assert {str(r["said_on"]) for r in rows if "lied" in r["quote"]} == {"2025-04-07"}, rows
    assert {str(r["said_on"]) for r in rows if "stands with" in r["quote"]} == {"2025-04-08"}, rows


def test_session64_an_explainers_questions_about_others_make_no_interview(tmp_path):
    # (a primer in questions and answers, none of them put to "you", one asking about the person the
    # standfirst names most: the answers are the writer's, not his; what they quote is its speaker's;
    # but an interview's terse questions that ask about no one leave the answers the guest's)
    body = ("*A primer for students, written after Goïta's visit to Niamey this week.*\n\n"
            "**Q. 1.** What did the head of state of Niger say about Algeria?\n\n"
            "*A.* Abdourahamane Tiani said that Algiers was \"a bad neighbour\".\n\n"
            "**Q. 2.** And did Algeria answer?\n\n"
            "*A.* No one in Algiers has answered yet, and the student should not invent a reply.\n\n"
            "**Q. 3.** And what did Goïta say in Niamey?\n\n"
            "*A.* Nothing on the record; the student should remember only that the two men met.\n\n"
            "**Q. 4.** What should be remembered?\n\n"
            "*A.* That Goïta and Tiani speak as one.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "bad neighbour" in r["quote"]} == {"tiani"}, rows
    assert not any(r["speaker"] == "goita" for r in rows), rows
    interview = ("*Goïta spoke to us in Bamako this week.*\n\n**Q.** The border.\n\n"
                 "**A.** Algeria has closed it to our trucks and our herders.\n\n**Q.** And Niamey?\n\n"
                 "**A.** Niger stands with us, as it always has.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, interview, published="2025-04-20")
    assert {r["speaker"] for r in rows if "herders" in r["quote"] or "stands with us" in r["quote"]} == {"goita"}, rows


def test_session64_the_occasion_told_in_the_paragraph_before_dates_the_words(tmp_path):
    # (an occasion of speaking with its day, the speaker named, closes one paragraph; the next opens
    # with the words and tells no time: that day; not a day of another's text, "his letter of Monday")
    body = ("Algeria closed its airspace on Sunday 6 April.\n\n"
            "Goïta spoke on state television in Bamako on Tuesday 8 April.\n\n"
            "He said that Algeria had \"chosen the side of those who attack us\".\n\n"
            "Tiani cited Goïta's letter of Monday 7 April.\n\n"
            "He said Niger stood \"shoulder to shoulder\" with Mali.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-20")
    assert [r["said_on"] for r in rows if "chosen the side" in r["quote"]] == ["2025-04-08"], rows
    assert not any(r["said_on"] == "2025-04-07" for r in rows if "shoulder" in r["quote"]), rows


def test_session64_a_who_field_naming_someone_the_registry_lacks_keeps_the_name(tmp_path):
    # (a log's "Who:" field over a note that quotes: a name the registry lacks is kept, and reading
    # the field does not fail on it, as it did on an article of a held-out set)
    body = ("Our log of requests for comment.\n\n**Entry 3**\n\nWho: Moussa Traoré Keita\n\n"
            "*Note:* Replied on Monday 28 April: \"Algeria closed the road to our trucks.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-05-02")
    assert [(r["speaker"], r["said_on"]) for r in rows if "closed the road" in r["quote"]] == \
        [("Moussa Traoré Keita", "2025-04-28")], rows


def test_session64_condemning_a_persons_harm_is_said_of_who_did_it(tmp_path):
    # (the victim of an arrest, an execution or a killing is no target of its condemnation: the one
    # named after "by", else the one the text told did it)
    actors = _SAHEL_MINISTERS + (
        "  - {id: toure, name: Moussa Touré, kind: person, affiliation: mali, role: Journalist of Mali,"
        " aliases: [Moussa Touré, Touré]}\n")
    body = ("Algeria arrested the Malian journalist Moussa Touré at the border on Sunday.\n\n"
            "Goïta condemned the arrest of Touré in a broadcast on Monday.\n\n"
            "Tiani condemned the detention of Touré by the Algerian authorities.\n")
    rows = _rows_with(tmp_path, actors, body, published="2025-04-20")
    assert {(r["speaker"], r["target"]) for r in rows} == {("goita", "algeria"), ("tiani", "algeria")}, rows
    assert all(r["stance"] < 0 for r in rows), rows


def test_session65_punctuation_dictated_over_the_telephone_is_read_as_its_marks(tmp_path):
    # (a copytaker's typescript: "QUOTE … UNQUOTE", "COMMA", "POINT", "COLON", "PAR" in capitals in
    # running text are the marks they stand for, so the quotes pair and the sentences end)
    body = ("BAMAKO PAR Mali closed its airspace to Algerian aircraft on Monday POINT PAR\n\n"
            "President Assimi Goïta said the border was shut COLON QUOTE Algeria has chosen the side of the "
            "terrorists UNQUOTE POINT PAR\n\n"
            "QUOTE We will not be lectured by Algiers COMMA not today and not tomorrow UNQUOTE COMMA "
            "Tiani told reporters POINT ENDS\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-08")
    assert {(r["speaker"], r["target"]) for r in rows if "chosen the side" in r["quote"]} == {("goita", "algeria")}, rows
    assert {r["speaker"] for r in rows if "lectured" in r["quote"]} == {"tiani"}, rows


def test_session65_a_typists_note_in_square_brackets_inside_a_sentence_is_no_part_of_it(tmp_path):
    # (a note with a label in capitals between a name and its verb: the name is still the subject;
    # a screen's caption between two sentences is no such note)
    body = ("Abdourahamane Tiani [EDITOR'S NOTE: the name as the agency spells it] told state television "
            "that Algeria \"has betrayed the Sahel\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-08")
    assert {(r["speaker"], r["target"]) for r in rows} == {("tiani", "algeria")}, rows
    from rhetoric.corpus import _TYPISTS_NOTE

    assert _TYPISTS_NOTE.search("the words up. [ON SCREEN: TIANI, NIAMEY, 7 APRIL] He spoke of") is None


def test_session65_a_pronoun_deep_in_reported_words_is_the_reporters(tmp_path):
    # ("he" in "what he called" inside the words Tiani reports is Tiani, not the man the paragraph
    # before names; with another person named between, it is not read that way)
    body = ("Assimi Goïta flew to Niamey on Monday.\n\n"
            "Abdourahamane Tiani wrote that the drone's downing was what he called \"an act of war by Algeria\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-08")
    assert {r["speaker"] for r in rows if "act of war" in r["quote"]} == {"tiani"}, rows
    from rhetoric.extract.context import ArticleContext  # noqa: F401  (the resolver's own reading below)
    body = ("Abdourahamane Tiani said that Goïta was right when he called Algeria \"a bad neighbour\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-08")
    assert {r["speaker"] for r in rows if "bad neighbour" in r["quote"]} != {"tiani"}, rows


def test_session65_pictographs_that_open_a_line_hide_no_speaker(tmp_path):
    # (a social page's entries open with a pictograph: the reply's header still names who replied)
    body = ("📌 **Assimi Goïta** posted · Monday 7 April 2025\n"
            "\"Algeria shot down our drone over our own territory.\"\n\n"
            "💬 **Ahmed Attaf**, Foreign Minister of Algeria, replied\n\n"
            "\"The drone entered Algerian airspace and was treated as any intruder.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "intruder" in r["quote"]} == {"attaf"}, rows


def test_session65_an_items_code_before_the_same_texts_lead_goes_on_with_its_source(tmp_path):
    # (a quote bank's items: "B2 · Same communiqué:" is the source of item B1)
    body = ("B1 · Algeria's Foreign Minister Ahmed Attaf, communiqué, Monday: \"Mali's accusations are baseless.\"\n\n"
            "B2 · Same communiqué: \"Algeria will answer any violation of its airspace.\"\n\n"
            "B3 · Abdoulaye Diop, to reporters, Tuesday: \"We have the radar data.\"\n\n"
            "B4 · Same remarks: \"Algiers must explain itself.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-09")
    assert {r["speaker"] for r in rows if "any violation" in r["quote"]} == {"attaf"}, rows
    assert {r["speaker"] for r in rows if "explain itself" in r["quote"]} == {"diop"}, rows


def test_session65_a_quote_inside_an_images_text_alternative_is_its_sources(tmp_path):
    # (an audit's fixed alt text and link text, in double marks, hold a quotation in single marks
    # after its source and a colon: the quotation is that source's words, of its day)
    body = ("*New alt text:* \"Photograph of a post on Facebook by Ahmed Attaf, 7 April 2025: 'Algeria will "
            "answer any violation of its airspace by Mali.' The photograph is cropped.\"\n\n"
            "*New link text:* \"Foreign Minister Abdoulaye Diop on RTS, 8 April: 'We have the radar data and we "
            "will publish it'\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert {(r["speaker"], r["said_on"]) for r in rows if "any violation" in r["quote"]} == {("attaf", "2025-04-07")}, rows
    assert {(r["speaker"], r["said_on"]) for r in rows if "radar data" in r["quote"]} == {("diop", "2025-04-08")}, rows


def test_session65_the_same_official_text_is_the_one_told_by_that_name(tmp_path):
    # ("Same communiqué:" after another voice goes back to the communiqué quoted above; "Same
    # readout:" right after a sentence that tells whose readout it is, that one's; a note in
    # brackets that names someone or a day is kept: it tells who or when)
    body = ("Algeria's foreign ministry issued a communiqué on Monday: \"Mali's drone violated our airspace.\"\n\n"
            "Abdoulaye Diop told reporters in Bamako: \"We have the radar data.\"\n\n"
            "Goïta's office published a readout of his call with Tiani. Same readout: \"Algeria must answer for the drone.\"\n\n"
            "Same communiqué: \"Algeria will close its airspace to Mali.\"\n")
    actors = _SAHEL_MINISTERS + ("  - {id: algerian_mfa, name: Ministry of Foreign Affairs of Algeria, kind: organisation,"
                                 " affiliation: algeria, role: Foreign ministry of Algeria, aliases: [Algeria's foreign ministry]}\n")
    rows = _rows_with(tmp_path, actors, body, published="2025-04-09")
    assert {r["speaker"] for r in rows if "close its airspace" in r["quote"]} == {"algerian_mfa"}, rows
    assert {r["speaker"] for r in rows if "answer for the drone" in r["quote"]} == {"goita"}, rows
    from rhetoric.corpus import without_typists_notes

    kept = "he [EDITOR: Attaf, at the airport] told reporters"
    assert without_typists_notes(kept) == kept
    note = "[TAKER: spelt A-T-T-A-F]"
    assert without_typists_notes(f"Attaf {note} told") == "Attaf " + " " * len(note) + " told"


def test_session65_dictated_words_only_after_running_text_and_no_decimal_point():
    # (a headline's "BREAKING POINT", a placard's "PARA" and a dictated decimal "13 POINT 5" stay
    # words; after running text, or after another dictated word, they are marks)
    from rhetoric.corpus import PICTOGRAPH_MARK, dictated

    text = "plans to store 13 POINT 5 billion COMMA it said POINT PAR\nBREAKING POINT\nthe dam COMMA they said POINT"
    out = dictated(text)
    assert "13 POINT 5" in out and "BREAKING POINT" in out, out
    assert "billion," in out and "said." in out and "dam," in out, out
    assert PICTOGRAPH_MARK.match("❝We will not retreat❞") is None


def test_session65_the_one_a_text_was_sent_to_is_not_its_speaker(tmp_path):
    # ("the note delivered to Attaf expressed “…”": the note's words are not the words of the one
    # it was delivered to)
    body = ("Mali summoned Algeria's ambassador on Monday. The protest note delivered to Ahmed Attaf later that "
            "day expressed \"the firm condemnation of Mali for the destruction of its drone\".\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-09")
    assert not any(r["speaker"] == "attaf" for r in rows if "firm condemnation" in r["quote"]), rows


def test_session65_review_mends_no_voice_for_an_unnamed_readout_nor_a_placard(tmp_path):
    # ("Same readout:" when no readout was told before, or one told with several people: nobody's,
    # not the voice before; a placard read in a photograph's description is no source's words)
    body = ("Abdoulaye Diop told reporters in Bamako: \"We have the radar data on Algeria.\"\n\n"
            "Same readout: \"Algeria must answer for the drone.\"\n\n"
            "Tiani's office released a readout of his call. Same readout: \"Algeria has lost our trust.\"\n\n"
            "*Photo description:* \"Abdourahamane Tiani holds a placard reading: 'Algeria out of the Sahel now' at a rally.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-09")
    assert not any("answer for the drone" in r["quote"] for r in rows), rows
    assert not any("out of the Sahel" in r["quote"] and r["speaker"] == "tiani" for r in rows), rows
    assert {r["speaker"] for r in rows if "lost our trust" in r["quote"]} == {"tiani"}, rows


def test_session66_a_heading_in_capitals_joined_by_small_words_is_no_speaker(tmp_path):
    # (a desk note's section heading, "WORDS FOR THE WEB (all checked …)", over lines that open with a
    # name in capitals: each line is its name's, not the heading's)
    body = ("**Desk log, Monday 7 April 2025**\n\n"
            "WORDS FOR THE WEB (all checked against the tape)\n"
            "- ATTAF, state radio, 18:00: \"Mali has lied about the drone.\"\n"
            "- TIANI, in Niamey, this evening: \"Algeria has betrayed the Sahel.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-08")
    assert {r["speaker"] for r in rows if "betrayed the Sahel" in r["quote"]} == {"tiani"}, rows
    assert not any("WORDS" in str(r["speaker"]) for r in rows), rows


def test_session66_the_same_post_in_an_outlets_english_goes_on_with_its_voice(tmp_path):
    # ("Same post, its last line, APS's English:": the voice of the post above, in a rendering)
    body = ("NOTES FOR THE WEB\n"
            "- ATTAF, X, Monday: \"The drone entered Algerian airspace.\"\n"
            "- Same post, last line, APS's English: \"Algeria will not accept lessons from Bamako.\"\n"
            "- Goïta wrote in reply that he was tired.\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-08")
    assert {r["speaker"] for r in rows if "lessons from Bamako" in r["quote"]} == {"attaf"}, rows


def test_session66_a_quote_closed_after_its_comma_can_end_its_sentence(tmp_path):
    # ('"…," He added …' and '"…," The …, X, said: "…"': the words were copied with the comma their
    # report put before its attribution, and a new sentence follows; its pronoun and its lead are
    # not the quote's attribution, and the next lead's speaker is not the first quote's)
    body = ("On Monday Abdoulaye Diop said: \"Algeria shot down our drone,\" He added that Bamako would "
            "\"close its airspace to Algiers.\" The Algerian foreign minister, Ahmed Attaf, said: \"The drone "
            "entered our airspace,\" The head of state of Niger, Abdourahamane Tiani, said: \"Niger stands with Mali.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-09")
    assert {r["speaker"] for r in rows if "close its airspace" in r["quote"]} == {"diop"}, rows
    assert {r["speaker"] for r in rows if "entered our airspace" in r["quote"]} == {"attaf"}, rows
    assert {r["speaker"] for r in rows if "stands with Mali" in r["quote"]} == {"tiani"}, rows
    from rhetoric.corpus import split_sentences

    text = '"We will not back down," Borrell said. "No," The Guardian reported.'
    assert len(split_sentences(text)) == 2, split_sentences(text)


def test_session66_a_headings_field_that_is_an_office_gives_the_words_under_it_to_its_holder(tmp_path):
    # (a portal's comments, each under "**Comment N · Office of the … · Received … · …**": the quote
    # standing alone under it is the office holder's the registry gives, not a continuation of the
    # voice of the comment before)
    body = ("**Comment 1 · Applicant · Received Tue 8 Apr 2025 · Support**\n"
            "Abdoulaye Diop wrote that Algeria had \"shot down our drone over Tinzaouaten\".\n\n"
            "**Comment 2 · Office of the Foreign Minister of Algeria · Received Wed 9 Apr 2025 · Object**\n"
            "\"Mali has lied about the drone from the first day.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-05-02")
    assert {r["speaker"] for r in rows if "lied about the drone" in r["quote"]} == {"attaf"}, rows


def test_session66_a_registered_states_capital_standing_alone_is_that_state(tmp_path):
    # (the registry lists Morocco without "Rabat": the text's "Rabat had …" is Morocco's, from the
    # country table of a registry package; not in a text that writes it inside another name)
    actors = _SAHEL_MINISTERS + \
        "  - {id: morocco, name: Morocco, kind: state, affiliation: null, role: State, aliases: [Morocco]}\n"
    body = "Attaf said Rabat had \"betrayed the whole Maghreb with its silence\".\n"
    rows = _rows_with(tmp_path, actors, body, published="2025-04-09")
    assert {r["target"] for r in rows} == {"morocco"}, rows
    body = ("The Rabat Times reported the row. Attaf said Rabat had \"betrayed the whole Maghreb with its "
            "silence\".\n")
    rows = _rows_with(tmp_path, actors, body, published="2025-04-09")
    assert "morocco" not in {r["target"] for r in rows}, rows
    # (a sentence's first words before it are no name that holds it: "On Monday Rabat said")
    body = "On Monday Rabat said Mali had \"betrayed the whole Maghreb with its silence\".\n"
    rows = _rows_with(tmp_path, actors, body, published="2025-04-09")
    assert {r["speaker"] for r in rows} == {"morocco"}, rows
    # (review: nor in a text that names it as a place, "speaking in Rabat")
    body = "Speaking in Rabat on Monday, Attaf said the talks had been \"a waste of everyone's time\".\n"
    rows = _rows_with(tmp_path, actors, body, published="2025-04-09")
    assert "morocco" not in {r["target"] for r in rows}, rows


def test_session66_a_verb_in_a_list_of_verbs_joined_by_commas_has_the_first_verbs_subject(tmp_path):
    # ("X summoned …, called … and warned: …": "called" is X's too, in the past or in a chronology's
    # present; a pronoun's list is left to the rules that read it in its context)
    body = ("On Tuesday Ahmed Attaf received Mali's envoy, called the accusation \"a crude fabrication\" and "
            "warned: \"Algeria will defend its airspace.\"\n\n"
            "| 3 | 09.04.2025 | Mali's foreign minister, Abdoulaye Diop, recalls the ambassador, calls the downing "
            "\"an act of state terrorism\" and closes the airspace. |\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-05-02")
    assert {r["speaker"] for r in rows if "crude fabrication" in r["quote"]} == {"attaf"}, rows
    assert {r["speaker"] for r in rows if "state terrorism" in r["quote"]} == {"diop"}, rows


def test_session66_a_shared_surname_after_a_cleft_with_a_description_is_the_one_last_named(tmp_path):
    # ("it was Moussa Diop, the foreign minister's uncle, who told …: “…,” Diop also said Algeria “…”":
    # the cleft's name speaks, not the office in its description; the quote ends its attribution
    # there, the next verb takes its own reported clause; and the bare surname the two share is
    # the uncle's, named in full last in the paragraph)
    actors = _SAHEL_MINISTERS + ("  - {id: moussa_diop, name: Moussa Diop, kind: person, affiliation: mali, "
                                 "role: Former ambassador of Mali, aliases: [Moussa Diop]}\n")
    body = ("Abdoulaye Diop spoke in Bamako on Monday.\n\n"
            "On Tuesday it was Moussa Diop, the foreign minister's uncle, who told state radio: \"Mali has no "
            "quarrel with the Algerian people,\" Diop also said Algeria \"may be trying to divide the Sahel\".\n")
    rows = _rows_with(tmp_path, actors, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "no quarrel" in r["quote"]} == {"moussa_diop"}, rows
    assert {r["speaker"] for r in rows if "divide the Sahel" in r["quote"]} == {"moussa_diop"}, rows
    body = "On Tuesday it was Moussa Diop, the foreign minister's uncle, who told state radio: \"Mali has no quarrel.\"\n"
    rows = _rows_with(tmp_path, actors, body, published="2025-04-20")
    assert {r["speaker"] for r in rows} == {"moussa_diop"}, rows
    body = ("Goïta told state radio on Monday: \"Mali has no quarrel with the Algerian people,\" Attaf also said "
            "Mali \"has lied about the drone\".\n")
    rows = _rows_with(tmp_path, actors, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "no quarrel" in r["quote"]} == {"goita"}, rows


def test_session66_review_mends_petitions_entries_and_lists(tmp_path):
    # (a petition addressed to an office is not its holder's words; the next coded entry whose office
    # no rule reads ends the voice of the one before; a quote opening its paragraph keeps the lead
    # after it; an inverted attribution after a comma and a list inside a reported clause are no
    # list of the sentence's subject)
    body = ("**Petition 12 · Office of the Foreign Minister of Algeria · Received Tue 8 Apr 2025 · Open**\n"
            "\"Reopen the border with Mali before the harvest.\"\n\n"
            "**Comment 1 · Office of the Foreign Minister of Algeria · Received Wed 9 Apr 2025 · Object**\n"
            "\"Mali has lied about the drone from the first day.\"\n\n"
            "**Comment 2 · Spokesman of the Transition Council · Received Wed 9 Apr 2025 · Support**\n"
            "\"The border must stay closed until Algiers apologises.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-05-02")
    assert not any("harvest" in r["quote"] and r["speaker"] == "attaf" for r in rows), rows
    assert {r["speaker"] for r in rows if "first day" in r["quote"]} == {"attaf"}, rows
    assert not any("apologises" in r["quote"] and r["speaker"] == "attaf" for r in rows), rows
    body = ("\"Algeria has chosen the side of the terrorists,\" The foreign minister, Abdoulaye Diop, told state "
            "radio: \"We will close our airspace.\"\n\n"
            "The court ordered both sides to keep the peace, recalled Algeria's foreign minister Ahmed Attaf, who "
            "welcomed the ruling.\n\n"
            "Diop said the Algerian army shot the drone down, called it \"an act of war\" and left.\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-05-02")
    assert {r["speaker"] for r in rows if "side of the terrorists" in r["quote"]} == {"diop"}, rows
    assert not any(r["speaker"] not in ("attaf", None) and "keep the peace" in r["quote"] for r in rows), rows
    assert {r["speaker"] for r in rows if "act of war" in r["quote"]} == {"diop"}, rows


def test_session66_an_unnamed_voice_under_a_bodys_heading_is_that_bodys(tmp_path):
    # ("**ECOWAS**" over "The spokesman told reporters …": the bloc's spokesman, not a kept name;
    # under a heading that names two, nobody's)
    actors = _SAHEL_MINISTERS + ("  - {id: ecowas, name: ECOWAS, kind: organisation, affiliation: null, "
                                 "role: Regional bloc, aliases: [ECOWAS]}\n")
    body = "**ECOWAS**\n\nThe spokesman told reporters that Algeria was \"a reliable partner for the region\".\n"
    rows = _rows_with(tmp_path, actors, body, published="2025-04-09")
    assert {r["speaker"] for r in rows} == {"ecowas"}, rows
    body = "**ECOWAS and Algeria**\n\nThe spokesman told reporters that Mali was \"a reliable partner for the region\".\n"
    rows = _rows_with(tmp_path, actors, body, published="2025-04-09")
    assert "ecowas" not in {r["speaker"] for r in rows}, rows


def test_session66_review_c_mends_relatives_inverted_verbs_capitals_and_descriptions(tmp_path):
    # (a relative named in full but not as a speaker takes no bare surname from its holder; an
    # inverted "said X after …" attributes the quote before it; a capital only named as an owner is
    # no state; a cleft's description names no target)
    actors = _SAHEL_MINISTERS + ("  - {id: moussa_diop, name: Moussa Diop, kind: person, affiliation: mali, "
                                 "role: Former ambassador of Mali, aliases: [Moussa Diop]}\n"
                                 "  - {id: morocco, name: Morocco, kind: state, affiliation: null, role: State, "
                                 "aliases: [Morocco]}\n")
    body = ("Abdoulaye Diop and his uncle Moussa Diop landed in Algiers on Monday. Diop told reporters that Algeria "
            "was \"a brotherly country after all\".\n\n"
            "\"This is a sad day,\" said Attaf after Goïta called the closure \"final\".\n\n"
            "It was Moussa Diop, the Algerian foreign minister's old classmate, who said the talks were \"a waste "
            "of time\".\n\n"
            "Attaf said the word \"traitor\" was used by Rabat's critics of the deal.\n")
    rows = _rows_with(tmp_path, actors, body, published="2025-04-09")
    assert {r["speaker"] for r in rows if "brotherly country" in r["quote"]} == {"diop"}, rows
    assert {r["speaker"] for r in rows if "sad day" in r["quote"]} == {"attaf"}, rows
    assert not any(r["target"] == "attaf" for r in rows if "waste of time" in r["quote"]), rows
    assert "morocco" not in {r["target"] for r in rows}, rows


def test_session67_a_name_does_not_wrap_onto_a_line_that_opens_with_a_long_label(tmp_path):
    # (a register's entries, field by field: "…in Gao" at one line's end and "Reason for listing:" at
    # the next line's start are no person "Gao Reason"; the minister the entry names speaks)
    body = ("**1. OUR SKY** · Listing 17\n"
            "Owner: a bakery in Gao\n"
            "Reason for listing: Attaf said Mali had \"lied about the drone\".\n\n"
            "**2. SHOT DOWN** · Listing 18\n"
            "Reason for listing: Diop, 7 April 2025, of the Algerian government: \"Algeria shot down our drone.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    assert {r["speaker"] for r in rows if "shot down" in r["quote"]} == {"diop"}, rows


def test_session67_the_label_of_a_records_person_field_names_that_person(tmp_path):
    # (a tribunal's docket entry: "**Claimant:** Abdoulaye Diop …", then "the claimant said" in the
    # entry's text is Diop, and so is the "He" after it; a field naming one acted upon does not count)
    body = ("## Entry 14\n\n"
            "**Claimant:** Abdoulaye Diop (Mali)\n"
            "**Date of hearing:** 8 April 2025\n\n"
            "At the finish, a hearing in Bamako the next day. \"Algeria shot down our drone,\" the claimant said, "
            "and a little later: \"We answered.\" He said Algeria had \"lied\".\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    assert {r["speaker"] for r in rows if "shot down" in r["quote"]} == {"diop"}, rows
    assert {r["speaker"] for r in rows if "lied" in r["quote"]} == {"diop"}, rows
    body = ("## Entry 15\n\n"
            "**Addressee:** Ahmed Attaf\n\n"
            "\"The drone entered Algerian airspace,\" the addressee was told.\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    assert not any(r["speaker"] == "attaf" for r in rows if "entered Algerian" in r["quote"]), rows


def test_session67_a_bodys_its_after_a_quote_is_the_body_that_opens_its_sentence(tmp_path):
    # ("Algeria said the same day that …: “…,” its statement said": the state's words, not those of
    # the minister quoted in the paragraph before; "its" is never a person's)
    body = ("Diop was specific. \"Algeria shot down our drone,\" he said.\n\n"
            "The answers came fast. Algeria said the same day that Mali had lied: "
            "\"The drone entered our airspace,\" its statement said.\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    assert {r["speaker"] for r in rows if "entered our airspace" in r["quote"]} == {"algeria"}, rows



def test_session67_an_object_relatives_own_subject_speaks(tmp_path):
    # ("the rebel alliance, which Diop calls a terrorist group": the relative clause's subject says
    # it, of the one the pronoun stands for, and the words start with that one's clause; "whom"
    # too; not "the day on which …", whose preposition tells a time)
    body = ("Algeria hosts the rebel alliance CMA, which Diop calls a terrorist group. "
            "Attaf then met Goïta, whom Algeria calls a usurper.\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    assert {r["speaker"] for r in rows if "terrorist" in r["quote"]} == {"diop"}, rows
    assert all(r["quote"].startswith("Algeria hosts") for r in rows if "terrorist" in r["quote"]), rows
    assert {r["speaker"] for r in rows if "usurper" in r["quote"]} == {"algeria"}, rows
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, "Algeria shut its border, a step which Bamako called regrettable.\n",
                      published="2025-06-01")
    assert {r["speaker"] for r in rows} == {"mali"}, rows  # ("called" and an adjective: the pronoun is what is called so)


def test_session67_review_an_object_relatives_words_end_with_it_and_a_claim_to_a_thing_is_no_speech(tmp_path):
    # ("The accord, which Diop says protects Mali's airspace, was signed with Attaf": Diop's words end
    # at the relative clause's comma, not with the main clause's Attaf; "the zone, which Mali had
    # claimed since 2014" claims land, not words)
    body = ("The accord, which Diop says protects the airspace of the Sahel, was signed with Attaf on Tuesday. "
            "The new line, which Mali had claimed since 2014, gives Bamako the wells.\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    assert all("signed" not in r["quote"] for r in rows if r["speaker"] == "diop"), rows
    assert not any(r["speaker"] == "mali" for r in rows), rows


def test_session67_a_text_by_its_author_then_which_said_is_the_authors(tmp_path):
    # ("a post on X by Diop on 7 April, which said …": the words of the one who wrote the text, its
    # day the one told with it)
    body = "The row began with a post on X by Diop on 7 April, which said Algeria had \"lied\".\n"
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("diop", "2025-04-07")], rows
    body = ("Closing evidence: the statement of Foreign Minister Ahmed Attaf on the evening of 9 April 2025, "
            "which ended: \"Mali will have to answer for this.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("attaf", "2025-04-09")], rows  # ("of", an office before the name)


def test_session67_review_a_relative_verb_with_a_particle_is_no_naming(tmp_path):
    # ("the meeting, which Diop called for", "whom Attaf called by no name": a request or a way of
    # not naming, not words that call the antecedent something)
    body = ("The summit, which Diop called for in March, opened in Bamako. "
            "The envoy, whom Attaf called by no name at all, left on Friday.\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    assert not any(r["speaker"] in ("diop", "attaf") for r in rows), rows


def test_session67_a_letter_brought_in_by_wrote_to_is_its_writers(tmp_path):
    # ("Diop wrote to Attaf after the call. “…,” the letter said": the writer's words, not those of the
    # minister quoted in the paragraph before)
    body = ("Attaf said on Monday: \"The drone entered our airspace.\"\n\n"
            "Abdoulaye Diop wrote to Attaf after the two men spoke by telephone. \"Algeria shot down our drone,\" "
            "the letter said, according to Attaf's office.\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    assert {r["speaker"] for r in rows if "shot down" in r["quote"]} == {"diop"}, rows


_SAHEL_AND_DAKAR = _SAHEL_MINISTERS + (
    "  - {id: tall_sall, name: Aïssata Tall Sall, kind: person, affiliation: senegal, role: Foreign Minister of Senegal, "
    "aliases: [Aïssata Tall Sall, Tall Sall]}\n"
    "  - {id: senegal, name: Senegal, kind: state, affiliation: null, role: State, aliases: [Senegal, Dakar]}\n")


def test_session68_a_pronoun_between_a_name_and_her_keeps_the_names_gender(tmp_path):
    # ("Diop announced that he would ask her to …": "he" is Diop, "her" another; Diop's gender is not
    # learned from "her", and his "he said" of the paragraph before stays his)
    body = ("Foreign Minister Abdoulaye Diop spoke on state television on Monday. \"Algeria has chosen the side of "
            "the terrorists,\" he said.\n\n"
            "Aïssata Tall Sall had offered to mediate. On Tuesday Diop announced that he would ask her to travel "
            "to Algiers.\n")
    rows = _rows_with(tmp_path, _SAHEL_AND_DAKAR, body, published="2025-04-10")
    assert {r["speaker"] for r in rows if "terrorists" in r["quote"]} == {"diop"}, rows


def test_session68_a_quote_in_the_clause_another_side_reports_is_the_reporters(tmp_path):
    # ("Diop said that Attaf had promised the rebels …, and that he “…”": Mali's minister's claim
    # about Algeria's, in his words; but a voice of the same state relays its minister's words, and a
    # claim still to be made tells none)
    body = ("On Friday Diop said that Attaf had promised the rebels weapons, and that he \"never wanted peace "
            "in the north\".\n\n"
            "The Malian presidency said on Saturday that Diop had told the envoy \"Algeria armed the rebels\".\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert {(r["speaker"], r["target"]) for r in rows if "never wanted" in r["quote"]} == {("diop", "attaf")}, rows
    assert {r["speaker"] for r in rows if "armed the rebels" in r["quote"]} == {"diop"}, rows


def test_session68_a_letters_salutation_is_no_praise(tmp_path):
    # ("Dear Minister Attaf, …": a form of address, not warmth toward the one addressed)
    body = "Diop answered on X on 8 April: \"Dear Minister Attaf, your army shot down our drone over Tinzaouaten.\"\n"
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert rows and all(r["stance"] <= 0 for r in rows if r["target"] in ("attaf", "algeria")), rows


def test_session68_hitler_as_ones_partner_is_an_accusation(tmp_path):
    # ("behaves like Hitler in 1938", "in solidarity with Hitler": a charge against the one likened)
    body = "Attaf told the assembly on 9 April that Goïta \"behaves like Hitler in 1938, a man who wants his neighbours' land\".\n"
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert {(r["speaker"], r["target"], r["stance"] < 0) for r in rows} == {("attaf", "goita", True)}, rows


def test_session68_review_a_reply_letter_is_not_the_first_writers(tmp_path):
    # (review /tmp/rv68a: "X wrote to Y …. Y answered with a letter of his own. “…,” the letter said":
    # not X's words; and a denial after "no" and two nouns, "no plans and intentions to harm", keeps
    # its negation)
    body = ("Attaf wrote to Diop on 3 April to protest. Diop answered with a letter of his own on 5 April. "
            "\"Algeria shot down our drone,\" the letter said.\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert not [r for r in rows if "shot down" in r["quote"] and r["speaker"] == "attaf"], rows
    body = "Diop said on 6 April: \"Mali has no plans and intentions to harm anyone in Algeria.\"\n"
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert rows and all(r["stance"] >= 0 for r in rows), rows


def test_session68_a_label_whose_capital_is_outside_ascii_is_a_turn(tmp_path):
    # ("ĐURIĆ:", "Šefčovič:", "Çavuşoğlu:": a transcript's voice whose name opens with a letter
    # outside A–Z is a label like "SMITH:", not the author's text)
    actors = _SAHEL_MINISTERS + ("  - {id: sefcovic, name: Maroš Šefčovič, kind: person, affiliation: eu, "
                                 "role: European Commissioner, aliases: [Maroš Šefčovič, Šefčovič]}\n"
                                 "  - {id: eu, name: European Union, kind: organisation, affiliation: null, role: Union, "
                                 "aliases: [European Union, EU]}\n")
    body = ("ŠEFČOVIČ: Algeria and Mali must talk to each other, not past each other.\n\n"
            "DIOP: Algeria shot down our drone and lies about it.\n\n"
            "ŠEFČOVIČ: Then the Union will send an envoy to Bamako.\n")
    rows = _rows_with(tmp_path, actors, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "past each other" in r["quote"]} == {"sefcovic"}, rows
    assert {r["speaker"] for r in rows if "shot down" in r["quote"]} == {"diop"}, rows


def test_session68_the_same_office_is_the_holder_its_sentence_places(tmp_path):
    # ("at a rally in Algiers, the same president said": Algeria's president, though Mali's spoke last)
    actors = _SAHEL_MINISTERS + ("  - {id: tebboune, name: Abdelmadjid Tebboune, kind: person, affiliation: algeria, "
                                 "role: President of Algeria, aliases: [Abdelmadjid Tebboune, Tebboune]}\n")
    body = ("On Monday President Abdelmadjid Tebboune said Mali had \"violated our airspace\". President Assimi "
            "Goïta answered that Tebboune \"arms the rebels of the north\".\n\n"
            "On Tuesday, at a rally in Algiers, the same president said: \"We will not be lectured by Bamako.\"\n")
    rows = _rows_with(tmp_path, actors, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "lectured" in r["quote"]} == {"tebboune"}, rows
    # (review /tmp/rv68c: a place the speaker goes to is not where the office is held: "On a visit to
    # Algiers, the same president" is the one who spoke last)
    body = body.replace("at a rally in Algiers", "on a visit to Algiers")
    rows = _rows_with(tmp_path, actors, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "lectured" in r["quote"]} == {"goita"}, rows


def test_session68_review_first_person_words_a_coordinated_clause_quotes_are_their_speakers(tmp_path):
    # (review /tmp/rv68b: "…, and that Algeria “will defend our sovereignty”": the first person is the
    # inner speaker's, whoever reports it; "has no sincerity and keeps provoking" stays a charge;
    # "stood up to Hitler" is no accusation)
    body = ("Diop said on Friday that Attaf had called him on Thursday, and that Algeria \"will defend our "
            "sovereignty by every means\".\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "our sovereignty" in r["quote"]} == {"attaf"}, rows
    body = "Attaf said on 9 April: \"The Malian junta has no sincerity and keeps provoking Algeria.\"\n"
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert rows and all(r["stance"] < 0 for r in rows if r["target"] in ("mali", "goita")), rows
    body = "Diop said on 9 April: \"Mali, whose soldiers stood up to Hitler in 1940, will not bow to Algeria.\"\n"
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert not [r for r in rows if r["target"] == "mali" and r["stance"] < 0], rows


def test_session68_an_unregistered_voice_of_the_body_named_before_speaks_for_its_state(tmp_path):
    # ("the foreign ministry said …. The ministry's spokesman, Nadir Larbaoui, told reporters: “We will
    # not let this pass”": a voice of Algeria, the registry does not know him; his words are about Mali)
    actors = _SAHEL_MINISTERS + ("  - {id: algerian_mfa, name: Algerian Ministry of Foreign Affairs, kind: organisation, "
                                 "affiliation: algeria, role: Foreign ministry, aliases: [Algerian foreign ministry]}\n")
    body = ("On 7 April the Algerian foreign ministry said the drone had entered its airspace. The ministry's "
            "spokesman, Nadir Larbaoui, told reporters: \"We will not let this pass. Bamako must answer for it.\" "
            "He said Algiers expected an apology from Mali.\n")
    rows = _rows_with(tmp_path, actors, body, published="2025-04-20")
    got = {r["target"] for r in rows if r["speaker"] == "Nadir Larbaoui"}
    assert got and "algeria" not in got and got <= {"mali", "goita", "diop"}, rows


def test_session68_an_items_bold_head_and_note_before_a_dash_are_no_lead_in(tmp_path):
    # ("**Entry 2** *(logged 07.04.2025 09:10)* — Abdoulaye Diop, on state television, that evening: “…”":
    # the lead-in after the item's head and its note names who speaks)
    body = ("**Entry 1** *(logged 07.04.2025 08:55)* — Ahmed Attaf, to reporters in Algiers: \"The drone violated "
            "our airspace.\"\n\n"
            "**Entry 2** *(logged 07.04.2025 09:10)* — Abdoulaye Diop, on state television, that evening: \"Algeria "
            "shot down our drone.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "shot down" in r["quote"]} == {"diop"}, rows
    assert {r["speaker"] for r in rows if "violated" in r["quote"]} == {"attaf"}, rows


def test_session68_a_broadcasters_word_before_an_alias_makes_it_an_outlets_name(tmp_path):
    # ("Radio Algeria's French service called the claims …": the broadcaster, not Algeria; "Radio
    # Mali International reported …": an outlet's name, no speaker)
    body = ("Radio Algeria's French service called Diop's claims \"a fabrication\". Radio Mali International reported "
            "that Attaf showed no sign of backing down.\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert not {r["speaker"] for r in rows} & {"algeria", "mali"}, rows
    assert not [r for r in rows if r["speaker"].startswith("Radio")], rows


def test_session68_the_object_of_an_opening_participle_is_no_pronouns_antecedent(tmp_path):
    # ("After meeting Attaf in Algiers, Diop posted: “…”. The same day he told reporters: “…”": he is
    # Diop, the clause's subject, not Attaf, whom he met)
    body = ("On 9 April, after meeting Attaf in Algiers, Diop posted: \"Mali wants good relations with its "
            "neighbours.\" The same day he told reporters: \"Algeria shot down our drone.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "shot down" in r["quote"]} == {"diop"}, rows


def test_session68_a_quote_said_of_someone_takes_the_broad_lexicons_sign_toward_them(tmp_path):
    # ("Attaf said of him: “A coward, a miserable coward.”": the words no cue reaches are about the one
    # the lead-in names, and the broad lexicon signs them)
    body = ("Abdoulaye Diop spoke in Bamako on Monday. On Tuesday Attaf said of him: \"A coward, a miserable coward, "
            "there is no other word for it.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert [(r["target"], r["stance"] < 0) for r in rows if r["speaker"] == "attaf"] == [("diop", True)], rows


def test_session68_an_instruction_or_advice_is_a_speech_noun(tmp_path):
    # ("His standing instruction: “…”", "Her advice to Bamako: “…”": the words of the one whose they are)
    body = ("Ahmed Attaf briefed the assembly on Monday 7 April. His standing instruction: \"No Malian aircraft "
            "will cross our border.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "aircraft" in r["quote"]} == {"attaf"}, rows


def test_session68_review_a_head_that_names_the_speaker_is_kept(tmp_path):
    # (review /tmp/rv68d: "**Attaf** — on X, to Diop, that evening: “…”" is Attaf's, the head names him;
    # so is "**Remark 1** *(Attaf, Algiers)* — at a press conference: “…”")
    body = ("**Attaf** — on X, to Abdoulaye Diop, the same evening: \"Our airspace is closed to Mali.\"\n\n"
            "**Remark 1** *(Attaf, Algiers)* — at a press conference with Diop: \"The drone violated our border.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert {r["speaker"] for r in rows if "closed to Mali" in r["quote"]} == {"attaf"}, rows
    assert {r["speaker"] for r in rows if "violated our border" in r["quote"]} == {"attaf"}, rows


def test_session69_a_credits_card_is_signed_and_dated_by_its_lines_under_the_quote(tmp_path):
    # (a programme's cards of words, each the quotation, then the speaker's name, the occasion and the
    # day on the lines under it, a blank line between cards: the name above a card is the card
    # before's; a day told from the card before, "two days later", counts from it; two quotations
    # stacked over one name are both that person's)
    body = ("**WORDS IN THIS EXHIBITION**\n\n"
            "\"Algeria has chosen to stand with those who attack our country.\"\n"
            "Abdoulaye Diop\n"
            "address to the national assembly\n"
            "Bamako · Sunday 6 April 2025\n\n"
            "\"Mali has lied about the drone and about where it came down.\"\n"
            "\"Our airspace stays closed to every Malian aircraft.\"\n"
            "Ahmed Attaf\n"
            "press conference in Algiers\n"
            "two days later\n\n"
            "\"We will answer every violation of our borders.\"\n"
            "Assimi Goïta\n"
            "televised address\n"
            "Bamako · Saturday 12 April 2025\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    got = {r["quote"][:12]: (r["speaker"], r["said_on"]) for r in rows}
    assert got.get("Algeria has ") == ("diop", "2025-04-06"), rows
    assert got.get("Mali has lie") == ("attaf", "2025-04-08"), rows
    assert got.get("Our airspace") == ("attaf", "2025-04-08"), rows
    assert got.get("We will answ") == ("goita", "2025-04-12"), rows


def test_session69_a_help_desk_chat_reports_others_words_under_timed_turns(tmp_path):
    # (a chat's turns in bold with their clock time, "**10:16 Karim:**": a reader's question whether
    # one said something is no statement; the greeting "Hi Awa" names no one who could be "he"; "The French version reads:"
    # is the text of the one who spoke, brought in the sentence before)
    body = ("**Chat started 10:14 · Reader desk**\n\n"
            "**10:14 Awa:** did Diop really say Algeria sides with the terrorists?\n\n"
            "**10:16 Karim:** Hi Awa, thanks for waiting. Yes. On Monday 7 April he posted on Facebook. "
            "The French version reads: \"Algeria has chosen to stand with those who attack our country.\"\n\n"
            "**10:17 Awa:** thanks!\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("diop", "2025-04-07")], rows


def test_session69_a_participle_opening_a_list_items_lead_is_no_speaker(tmp_path):
    # (a list item's lead-in that opens with a participle and its phrase, then the speaker and a
    # colon, no verb: "- Announcing the closure on Monday 7 April, the foreign minister, Abdoulaye Diop:
    # “…”" is Diop's; "Also: “…”" goes on with him)
    body = ("**What the ministers said**\n\n"
            "- Announcing the closure on Monday 7 April, the Malian foreign minister, Abdoulaye Diop: \"Algeria has "
            "chosen to stand with those who attack our country.\" Also: \"We will take this to the Security Council.\"\n"
            "- Answering on Tuesday 8 April, Ahmed Attaf: \"Mali has lied about the drone.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    got = {r["quote"]: (r["speaker"], r["said_on"]) for r in rows}
    assert [v for q, v in got.items() if "Algeria has" in q] == [("diop", "2025-04-07")], rows
    assert [v for q, v in got.items() if "Security Council" in q] == [("diop", "2025-04-07")], rows
    assert [v for q, v in got.items() if "Mali has lied" in q] == [("attaf", "2025-04-08")], rows


def test_session69_a_check_field_under_the_quote_names_its_speaker(tmp_path):
    # (a verification log: the quotation alone in its field, then a check's field that says who the
    # speaker is inside it, "speaker confirmed as …" or "… Speaker: …": that person's words; a field
    # that only names someone, "Rating: … Attaf …", names no speaker)
    body = ("**Item 3 · Tuesday 8 April 2025**\n"
            "Quote: \"Mali has lied about the drone and about where it fell.\"\n"
            "Verification: speaker confirmed as Ahmed Attaf, on state radio.\n"
            "Rating: accurate quotation.\n\n"
            "**Item 4 · Wednesday 9 April 2025**\n"
            "Quote: \"We will answer every violation of our borders.\"\n"
            "Verification: the recording is genuine. Speaker: Assimi Goïta. Audience: the army.\n\n"
            "**Item 5 · Thursday 10 April 2025**\n"
            "Quote: \"Our airspace stays closed to every aircraft from the south.\"\n"
            "Verification: not found in any recording; Attaf denied it.\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    got = {r["quote"]: (r["speaker"], r["said_on"]) for r in rows}
    assert [v for q, v in got.items() if "Mali has lied" in q] == [("attaf", "2025-04-08")], rows
    assert [v for q, v in got.items() if "every violation" in q] == [("goita", "2025-04-09")], rows
    assert not [v for q, v in got.items() if "airspace" in q and v[0] == "attaf"], rows


def test_session69_a_source_in_brackets_under_a_quotation_signs_it(tmp_path):
    # (a briefing's exhibits: a quotation set out alone, or in a blockquote, and under it only its
    # source in brackets, the speaker first, "(Attaf, state radio, 8 April 2025)": that speaker's
    # words, of that day)
    body = ("**Exhibit A**\n\n"
            "> \"Mali has lied about the drone and about where it came down in the desert.\"\n"
            "> (Attaf, state radio, 8 April 2025)\n\n"
            "**Exhibit B**\n\n"
            "\"Algeria has chosen to stand with those who attack our country and our people.\"\n"
            "(Diop, national assembly, 7 April 2025)\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    got = {r["quote"]: (r["speaker"], r["said_on"]) for r in rows}
    assert [v for q, v in got.items() if "Mali has lied" in q] == [("attaf", "2025-04-08")], rows
    assert [v for q, v in got.items() if "Algeria has chosen" in q] == [("diop", "2025-04-07")], rows


def test_session69_a_labels_titles_before_the_name_are_no_topic(tmp_path):
    # (an alert's label: the speaker's titles, the name, the channel, a colon, then words with a
    # quotation and no verb: "Foreign Minister Abdoulaye Diop, on state radio: Algeria's decision
    # “…”" is Diop's; two names joined are still a topic)
    body = ("ALERTS\n\n"
            "Foreign Minister Abdoulaye Diop, on state radio: Algeria's decision \"is a hostile act against our "
            "country\".\n\n"
            "President Goïta and Ahmed Attaf: a quarrel that \"poisons the whole region\".\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert [r["speaker"] for r in rows if "hostile act" in r["quote"]] == ["diop"], rows
    assert not [r for r in rows if "poisons" in r["quote"]], rows


def test_session69_a_text_lead_after_one_spoke_is_that_ones_words(tmp_path):
    # (a reader's Q&A: "Ahmed Attaf replied on state radio on Tuesday 8 April." then "The text we
    # hold: “…”" or "One French version reads: “…”", a lead that names only the text: the one who
    # replied, dated by that sentence; "printed his ending as well:", the possessive's)
    body = ("**Q. Did Algeria answer?**\n\n"
            "Yes. Ahmed Attaf replied on state radio on Tuesday 8 April. The text we hold: \"Mali has lied about "
            "the drone and about where it came down.\"\n\n"
            "**Q. And the Malian side?**\n\n"
            "Abdoulaye Diop posted on Facebook the next day. One French version reads: \"Algeria has chosen to "
            "stand with those who attack our country.\" The Sahel Times printed his ending in English as well: "
            "\"We will take this to the Security Council.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    got = {r["quote"]: (r["speaker"], r["said_on"]) for r in rows}
    assert [v for q, v in got.items() if "Mali has lied" in q] == [("attaf", "2025-04-08")], rows
    assert [v for q, v in got.items() if "Algeria has chosen" in q] == [("diop", "2025-04-09")], rows
    assert [v[0] for q, v in got.items() if "Security Council" in q] == ["diop"], rows


def test_session69_review_a_a_quote_sheets_name_above_still_heads_its_quote(tmp_path):
    # (review /tmp/rv69a: a quote sheet, each quote under a bold name with a blank line between and
    # a place-and-day line under it, is the name's above it; only a name right under a quote signs it)
    body = ("**Abdoulaye Diop**\n\n"
            "\"Algeria has chosen to stand with those who attack our country and our people.\"\n"
            "Bamako, 7 April 2025\n\n"
            "**Ahmed Attaf**\n\n"
            "\"Mali has lied about the drone and about where it came down in the desert.\"\n"
            "Algiers, 8 April 2025\n\n"
            "**Abdoulaye Diop**\n\n"
            "\"So we will keep our airspace closed to every aircraft from the north.\"\n"
            "same remarks\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    got = {r["quote"][:12]: r["speaker"] for r in rows}
    assert got.get("Algeria has ") == "diop" and got.get("Mali has lie") == "attaf", rows
    assert got.get("So we will k") == "diop", rows


def test_session69_an_outlet_the_registry_lacks_in_a_colon_lead_is_no_speaker(tmp_path):
    # (a marking scheme's bullet, "- To The Sahel Times in May 2025: “…”": the outlet the words were
    # given to is a channel, never their speaker)
    body = ("- Attaf, in a statement of 8 April 2025: \"Mali has lied about the drone.\"\n"
            "- To The Sahel Times in May 2025: \"I just think the complaint was premature.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    assert not [r for r in rows if "Times" in r["speaker"]], rows


def test_session69_review_b_mends(tmp_path):
    # (review /tmp/rv69b: a live page's timed entries, one naming a place, are no chat turns; a
    # participle that brings in another's words, "Quoting Diop's speech, …", is no lead to skip; a
    # bracket under a quote that names no signer, "(weekly press conference, 2024)", does not carry
    # the voice before, but a state first signs, "(Algeria, statement, 9 April 2025)"; "Attaf's visit
    # to Bamako:" is a topic; "The wording of the communiqué that matters most:" is no poster's text)
    live = ("**18:05 Bamako:** Crowds gathered at the airport, saying Algeria shot down the drone.\n\n"
            "**18:20 Algiers:** No word yet from the ministry.\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, live, published="2025-04-08")
    assert not rows, rows
    body = ("- Quoting Diop's speech of 7 April, the Malian president, Assimi Goïta: \"Algeria has chosen to "
            "stand with those who attack our country.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert [r["speaker"] for r in rows] == ["diop"], rows
    body = ("> \"Mali has lied about the drone and about where it came down in the desert.\"\n"
            "> (Attaf, state radio, 8 April 2025)\n\n"
            "> \"Our forces acted promptly to preserve the integrity of our borders.\"\n"
            "> (weekly government press conference, 2024)\n\n"
            "> \"Our airspace stays closed to every aircraft from the south of the Sahara.\"\n"
            "> (Algeria, statement, 9 April 2025)\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    got = {r["quote"][:10]: r["speaker"] for r in rows}
    assert got.get("Mali has l") == "attaf" and got.get("Our forces") != "attaf", rows
    assert got.get("Our airspa") == "algeria", rows
    body = ("Attaf's visit to Bamako: a trip that \"changed nothing\", traders there say.\n\n"
            "Diop posted a long thread on Tuesday 8 April. The wording of the communiqué that matters most: "
            "\"The airspace of the Confederation is closed to Algerian aircraft.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert not [r for r in rows if r["speaker"] in ("attaf", "diop")], rows


def test_session69_a_bodys_name_alone_under_a_card_signs_it(tmp_path):
    # (a credits' card signed by a body the registry has, its name the whole line under the quote:
    # "Office of the President of Mali" over its occasion and day; but a body's name as a topic's
    # heading over a quote, "**MINUSMA**", signs nothing)
    reg = _SAHEL_MINISTERS + ("  - {id: mali_presidency, name: Office of the President of Mali, kind: organisation, "
                              "affiliation: mali, role: The Malian president's office, aliases: [Office of the President of Mali]}\n"
                              "  - {id: minusma, name: MINUSMA, kind: organisation, affiliation: null, role: UN mission, "
                              "aliases: [MINUSMA]}\n")
    body = ("\"Facts clearly show that Algiers is arming the groups that attack our towns in the north.\"\n"
            "Office of the President of Mali\n"
            "statement after the cabinet met\n"
            "Bamako · 7 April 2025\n\n"
            "**MINUSMA**\n\n"
            "\"As regards the mission's mandate, the Government of Mali will follow the position of the Council.\"\n"
            "— Government of Mali, statement, 9.iv.25\n")
    rows = _rows_with(tmp_path, reg, body, published="2025-06-01")
    got = {r["quote"][:12]: (r["speaker"], r["said_on"]) for r in rows}
    assert got.get("Facts clearl") == ("mali_presidency", "2025-04-07"), rows
    assert got.get("As regards t", ("",))[0] != "minusma", rows
