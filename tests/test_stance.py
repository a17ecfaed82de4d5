import pytest

from rhetoric.extract.stance import cameo_table, compound_to_stance, event_code, stance_toward, vader_stance


def _t(text, *names):
    return {n: [(text.index(n), text.index(n) + len(n))] for n in names}


def test_negated_wish_for_stability_is_hostile():
    text = "Turkey does not want stability in the region."
    assert stance_toward(text, _t(text, "Turkey"))["Turkey"] < 0


def test_praise_and_attack_in_one_statement_go_to_their_targets():
    text = "I am proud to have worked closely with Erdogan, a man of his word, but Vucic threatens his neighbours."
    s = stance_toward(text, _t(text, "Erdogan", "Vucic"))
    assert s == {"Erdogan": 2, "Vucic": -2}


def test_victim_of_intimidation_is_not_blamed():
    text = "Vucic believes he can intimidate a major NATO country like Turkey."
    s = stance_toward(text, _t(text, "Vucic", "Turkey"))
    assert s["Vucic"] == -2 and s["Turkey"] == 0


def test_cue_without_target_goes_to_primary_target():
    text = "He called it shameful."
    assert stance_toward(text, {"osmani": []}, primary="osmani")["osmani"] == -2


def test_vader_baseline_maps_compound_to_five_points():
    assert compound_to_stance(0.9) == 2 and compound_to_stance(-0.2) == -1 and compound_to_stance(0.0) == 0
    assert vader_stance("This is a wonderful, great success.") > 0


def test_event_codes_for_accuse_praise_meet():
    assert event_code("accuse", "accused Turkey", -2) == "112"
    assert event_code("say", "a great leader", 2) == "051"
    assert event_code("announce", "he would speak with his counterpart", 1) == "036"
    assert event_code("say", "the weather", 0) == "010"
    assert cameo_table()["112"]["goldstein"] is not None


def test_two_digit_root_codes_are_not_confused_with_three_digit_codes():
    from rhetoric.extract.stance import cameo_info

    assert cameo_info("010")["name"].startswith("Make statement")
    assert cameo_info("10")["name"] == "Demand"


def test_rather_than_marks_criticism_whatever_the_cues_sign():
    text = "Orbán should work with Brussels rather than threaten Poland."
    assert stance_toward(text, {"orban": [(0, 5)]})["orban"] < 0


def test_a_killing_done_by_an_actor_is_hostile_toward_it():
    text = "The plane was shot down by Russia."
    assert stance_toward(text, {"russia": [(text.index("Russia"), text.index("Russia") + 6)]})["russia"] < 0


def test_a_guest_who_is_welcome_is_the_one_before_the_words():
    text = "I will talk to Erdogan, he is always welcome in Serbia."
    spans = {"erdogan": [(15, 22), (24, 26)], "serbia": [(text.index("Serbia"), len(text) - 1)]}
    got = stance_toward(text, spans)
    assert got["erdogan"] > 0 and got["serbia"] == 0


def test_a_question_in_a_statement_counts_against_its_target():
    from rhetoric.extract.stance import lexicon_stance

    text = "By what right does Denmark assert control over Greenland?"
    assert lexicon_stance(text, [(19, 26)]) < 0


def test_the_words_that_name_the_target_are_not_an_evaluation_of_it():
    from rhetoric.extract.stance import lexicon_stance

    text = "Warsaw hosted the Hungarian intelligence services on Monday."
    named = text.index("Hungarian")
    assert lexicon_stance(text, [(named, named + len("Hungarian intelligence"))]) == 0  # "intelligence" names it
    text = "They praised the brave Hungarian negotiators."
    named = text.index("Hungarian")
    assert lexicon_stance(text, [(named, named + len("Hungarian"))]) > 0  # "brave" is said of it


def test_shared_values_and_a_right_granted_are_warm_toward_the_other_side():
    for text, name in [("Poland and Germany are bound by a shared commitment to the rule of law.", "Germany"),
                       ("We and the Czechs share common values.", "Czechs"),
                       ("Warsaw had every right to close its border.", "Warsaw"),
                       ("A small state such as Estonia is entitled to buy air defences.", "Estonia")]:
        assert stance_toward(text, _t(text, name))[name] > 0, text


def test_a_right_denied_or_a_bond_broken_is_no_praise():
    text = "Hungary had no right to block the vote."
    assert stance_toward(text, _t(text, "Hungary"))["Hungary"] <= 0


def test_insinuated_aims_and_threatened_consequences_are_hostile():
    for text, name in [("Hungary should know that we understand their real intentions.", "Hungary"),
                       ("The Polish government must bear all the ensuing consequences.", "Polish government"),
                       ("Warsaw will pay a heavy price for this.", "Warsaw")]:
        assert stance_toward(text, _t(text, name))[name] < 0, text


def test_a_clause_without_a_cue_gives_no_stance_and_leaves_the_others_as_alone():
    """``stance_toward`` skips the clauses in which no cue occurs (nothing there can reach a
    target): the actors named only there get 0, and the clause with the cue scores as it does
    alone."""
    lead = "Belgrade met Pristina on Monday; "
    rest = "Budapest condemned the provocation by Zagreb; Sofia spoke to Athens."
    text = lead + rest
    names = ["Belgrade", "Pristina", "Budapest", "Zagreb", "Sofia", "Athens"]
    whole = stance_toward(text, _t(text, *names))
    alone = stance_toward(rest, _t(rest, "Budapest", "Zagreb", "Sofia", "Athens"))
    assert whole == {"Belgrade": 0, "Pristina": 0, **alone}
    assert any(alone.values()) and alone["Sofia"] == alone["Athens"] == 0


def test_a_partner_for_someone_is_praise_of_the_partner_and_friendly_to_the_other():
    # "X, an important partner for Y": a verdict on X, and a relation toward Y; "partners of" does
    # not reach its complement
    t = "Orbán called Beijing an indispensable partner for Hungary."
    got = stance_toward(t, {"china": [(t.index("Beijing"), t.index("Beijing") + 7)],
                            "hungary": [(t.index("Hungary"), t.index("Hungary") + 7)]})
    assert got["china"] > 0 and got["hungary"] > 0
    t = "He said the Baltic states were loyal members of NATO."
    got = stance_toward(t, {"nato": [(t.index("NATO"), t.index("NATO") + 4)]})
    assert got["nato"] == 0


def test_a_relation_word_after_a_word_of_blame_is_a_reproach():
    # "an unreliable partner", "a bad ally" ("review of session 11"): not praise, and not spread
    # to the one it is a partner for
    t = "Sikorski said Hungary was a bad partner for the European Union."
    got = stance_toward(t, {"hungary": [(t.index("Hungary"), t.index("Hungary") + 7)],
                            "eu": [(t.index("European Union"), t.index("European Union") + 14)]})
    assert got["hungary"] < 0 and got["eu"] == 0


def test_cameo_table_has_the_values_of_the_validated_table():
    """The extraction reads cameo.csv with the csv module (no pandas, no pandera at start-up):
    the same codes, names, PLOVER categories and Goldstein scores, bit for bit, as the table the
    annotations are validated against."""
    import math

    from rhetoric.annotations import load_cameo_table

    reference = load_cameo_table()
    table = cameo_table()
    assert list(table) == list(reference.index)
    for code, row in reference.iterrows():
        assert table[code]["name"] == row["name"] and table[code]["plover"] == row["plover"]
        assert type(table[code]["goldstein"]) is float
        assert math.copysign(1, table[code]["goldstein"]) == math.copysign(1, row["goldstein"])
        assert table[code]["goldstein"].hex() == float(row["goldstein"]).hex()


def _at(text: str, **names: str) -> dict[str, list[tuple[int, int]]]:
    return {k: [(m, m + len(w)) for m in [text.index(w)]] for k, w in names.items()}


def test_an_act_too_much_for_the_doer_is_ruled_out():
    # session 12: "too small to threaten" denies the threat, as "not" would ("too weak to" does
    # not: it disparages the doer)
    text = "Athens is too small to threaten anyone"
    assert stance_toward(text, _at(text, greece="Athens"))["greece"] > 0


def test_an_act_of_the_speakers_own_side_is_a_stance_toward_its_object():
    # session 12: the speaker's side doing (or ruling out) an act takes a stance toward its object
    text = "Hungary would never threaten Slovakia, but Budapest will intimidate Kyiv"
    spans = _at(text, hungary="Hungary", slovakia="Slovakia", ukraine="Kyiv")
    spans["hungary"].append((text.index("Budapest"), text.index("Budapest") + 8))
    got = stance_toward(text, spans, own=frozenset({"hungary"}))
    assert got["slovakia"] > 0 and got["ukraine"] < 0
    assert stance_toward(text, spans)["slovakia"] == 0  # without the speaker's side: the doer's conduct only


@pytest.mark.parametrize("dash", ["—", "-", "–"])
def test_a_noun_phrase_after_a_dash_describes_the_actor_before_it(dash):
    # session 12: "… Greece — an EU member working to keep peace …": the apposition's praise is
    # Greece's, not the EU's (named only as a modifier of its noun)
    text = f"He keeps insulting Greece {dash} an EU member working to keep the peace in the region"
    got = stance_toward(text, _at(text, greece="Greece", eu="EU"))
    assert got["greece"] > 0 and got["eu"] == 0


def test_a_clause_after_a_dash_with_its_own_subject_is_not_an_apposition():
    text = "He keeps insulting Greece — the EU is working to keep the peace"
    got = stance_toward(text, _at(text, greece="Greece", eu="EU"))
    assert got["greece"] == 0 and got["eu"] > 0


def test_session45_a_feeling_is_toward_what_caused_it_not_who_feels_it():
    # ("Poland is deeply dismayed by Hungary": the feeling's cause after "by", "with", "at" is the
    # target; without a cause named the one who feels is still who the clause is about)
    text = "Poland is deeply dismayed by Hungary's veto."
    s = stance_toward(text, _t(text, "Poland", "Hungary"), own=frozenset({"Poland"}))
    assert s["Hungary"] < 0 and s["Poland"] == 0, s
    text = "Berlin was disappointed with the line Warsaw took."
    s = stance_toward(text, _t(text, "Berlin", "Warsaw"), own=frozenset({"Berlin"}))
    assert s["Warsaw"] < 0 and s["Berlin"] == 0, s
    # (not a participle that is no feeling, "trusted by Putin"; not a name that only modifies the
    # cause, "the Cyprus talks")
    text = "Vucic is trusted by Putin."
    s = stance_toward(text, _t(text, "Vucic", "Putin"))
    assert s["Putin"] == 0, s
    text = "Athens was dismayed over the Cyprus talks."
    s = stance_toward(text, _t(text, "Athens", "Cyprus"), own=frozenset({"Athens"}))
    assert s["Cyprus"] == 0, s


@pytest.mark.parametrize("text, sign", [
    # (praise of relations with two adjectives joined, or called important; session 54)
    ("We keep very warm and cordial relations with Chile.", 1),
    ("It is an especially important relationship for Chileans and for us.", 1),
    ("Brotherly ties bind us to Chile.", 1),
    # (a policy or an act called shocking or deplorable is blamed; a shocking event blames no one)
    ("The new visa policy adopted by Chile is shocking.", -1),
    ("What Chile did last week was truly deplorable.", -1),
    ("Chile mourned after the shocking earthquake.", 0),
])
def test_session54_cordial_relations_praise_and_a_policy_called_shocking_blames(text, sign):
    got = stance_toward(text, _t(text, "Chile"))["Chile"]
    assert (got > 0) - (got < 0) == sign, got


@pytest.mark.parametrize("text, sign", [
    # (read 54b: a shocking event blames no one; relations called deplorable are no praise)
    ("The earthquake that hit Chile was shocking.", 0),
    ("It is shocking that Chile was not consulted.", 0),
    ("Chile's fraternal relations with Russia are deplorable.", -1),
    ("The vote is important for bilateral relations with Chile.", 0),
    # (a description of ties, three words before the noun, is no praise: the study corpus's "leaders who
    # have maintained close economic and political ties")
    ("Chile and Peru, neighbours who have maintained close economic and political ties for decades, argued.", 0),
])
def test_read54b_shocking_events_and_deplorable_relations(text, sign):
    got = stance_toward(text, _t(text, "Chile"))["Chile"]
    assert (got > 0) - (got < 0) == sign, got


# --- session 57 -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    # (rhetoric of reproach: a childish likeness, a prohibition that keeps it, a tantrum, a fuss)
    ("Ankara should stop behaving like a spoilt child over the vote.", "Ankara"),
    ("Warsaw should not be acting like a schoolboy bully.", "Warsaw"),
    ("Budapest is making such a fuss about a routine audit.", "Budapest"),
    # (an indignant question)
    ("How is it possible for Brussels to treat a member state this way?", "Brussels"),
])
def test_session57_reproach_by_likeness_and_question_is_hostile(text, name):
    assert stance_toward(text, _t(text, name))[name] < 0, text



def test_session67_a_negation_ends_with_its_predicate():
    # ("is not legitimate and takes irresponsible decisions": the second predicate, opened by a verb,
    # is not negated)
    from rhetoric.extract import stance as st

    hits = {h.text: h.polarity for h in st.find_cues("the junta is not legitimate and takes reckless decisions.")}
    assert hits.get("legitimate", 0) < 0 and hits.get("reckless", 0) < 0, hits


def test_session69_a_third_persons_praise_in_the_quote_is_not_the_speakers(tmp_path):
    # ("the drones they praise so much have brought only misery": the praise is theirs, told of them,
    # no praise of the speaker's; "We praise the mediation" stays the speaker's)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("Attaf told reporters in Algiers: \"The Malian drones they praise so much have brought only misery to "
            "Kidal.\"\n\nDiop told the assembly: \"We praise Algeria for its mediation.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert [r["stance"] for r in rows if r["speaker"] == "attaf" and r["target"] == "mali"] == [-1], rows
    assert [r["stance"] for r in rows if r["speaker"] == "diop" and r["target"] == "algeria"] == [2], rows


def test_session69_reneging_on_promises_is_a_broken_promise(tmp_path):
    # ("the junta is reneging on its earlier promises", "Algiers went back on its word": a broken
    # promise, hostile to the one who broke it, whatever the lexicon says of "promises")
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("Attaf told reporters: \"Facts clearly show that Mali is reneging on its earlier promises to hold "
            "elections.\"\n\nDiop answered: \"Algeria went back on its word on the peace accord.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert [r["stance"] for r in rows if r["speaker"] == "attaf" and r["target"] == "mali"] == [-2], rows
    assert [r["stance"] for r in rows if r["speaker"] == "diop" and r["target"] == "algeria"] == [-2], rows


def test_session71_a_claim_denied_standing_in_law_is_held_against_the_claimant():
    # ("Beijing's claims … have no legal basis", "a decision without any legal basis", "the ruling lacks a
    # basis in international law": the claimant's, as "baseless" is; the broad lexicon read "active" there as
    # praise; review /tmp/rv71b: not "there was no legal basis yet for joint patrols", said of no claim)
    from rhetoric.extract.stance import find_cues, stance_toward

    text = "Algeria's claims over the airspace of its neighbours have no legal basis under the treaty."
    assert stance_toward(text, {"algeria": [(0, 7)]})["algeria"] < 0
    for text in ("a decision without any legal basis", "the ruling lacks a basis in international law"):
        assert [h.polarity for h in find_cues(text)] == [-1], text
    assert find_cues("the legal basis of the agreement was never disputed") == []
    assert find_cues("there was no legal basis yet for joint patrols, and he proposed one") == []


def test_session71_an_ellipsis_inside_a_sentence_does_not_cut_its_clause():
    # ("Algeria's claims over the strip, pressed by its generals for years... are absurd": the words cut
    # out leave one sentence; the verdict reaches its subject)
    text = "Algeria's claims over the strip, pressed by its generals for years... are absurd and offend our people."
    assert stance_toward(text, {"algeria": [(0, 7)]})["algeria"] < 0


def test_session72_hostility_to_a_people_ascribed_counts_against_the_actor():
    # ("the anti-Algerian campaign of Bamako": said against the one who acts; a thing after "anti-" is no
    # people, "anti-aircraft fire", "anti-corruption")
    from rhetoric.extract.stance import find_cues

    text = "Mali pursues an anti-Algerian campaign against its neighbours."
    assert stance_toward(text, {"mali": [(0, 4)]})["mali"] < 0
    assert find_cues("anti-aircraft fire and an anti-corruption drive") == []


def test_session72_a_good_named_in_what_is_condemned_is_no_praise():
    # ("condemns the signing of the friendship treaty between Mali and Niger": the treaty is what is
    # condemned, no praise of its parties; but "condemned the attack and thanked …" still thanks)
    text = "Algeria condemns the signing of the strategic friendship treaty between Mali and Niger."
    i, j = text.index("Mali"), text.index("Niger")
    got = stance_toward(text, {"mali": [(i, i + 4)], "niger": [(j, j + 5)]})
    assert got["mali"] <= 0 and got["niger"] <= 0, got
    text = "Mali condemned the attack and thanked the partners of Algeria."
    k = text.index("Algeria")
    assert stance_toward(text, {"algeria": [(k, k + 7)]})["algeria"] > 0


def test_session72_a_good_that_harms_is_no_praise():
    # ("Algeria's military support for Niger harms Mali's security": the support is what harms, no praise of
    # the one it goes to; "support for Niger saved the harvest" still praises)
    text = "Algeria's military support for Niger harms Mali's security."
    i = text.index("Niger")
    assert stance_toward(text, {"niger": [(i, i + 5)]})["niger"] <= 0
    text = "Algeria's support for Niger saved the harvest."
    i = text.index("Niger")
    assert stance_toward(text, {"niger": [(i, i + 5)]})["niger"] > 0


def test_session72_review_b_mends_of_the_stance_cues():
    # (review /tmp/rv72b) "anti-" denied or opposed is no blame ("is not anti-Malian", "a stance against
    # anti-Malian hatred"); "unilateral" is no cue ("unilateral steps to release our soldiers are a good
    # signal"); a preposition ends what a condemnation condemns ("condemned the deal in a statement of
    # solidarity with Algeria" keeps the solidarity)
    from rhetoric.extract.stance import find_cues

    assert find_cues("Our position is not anti-Malian.") == []
    assert find_cues("a stance against anti-Malian hatred") == []
    assert find_cues("unilateral steps to release our soldiers") == []
    text = "Niger condemned the deal in a statement of solidarity with Algeria."
    i = text.index("Algeria")
    assert stance_toward(text, {"algeria": [(i, i + 7)]})["algeria"] > 0


def test_session73_a_reproach_of_what_was_not_done_counts_against_the_one_who_failed():
    # ("Tirana should have consulted Belgrade first", "Niamey could have informed its neighbours", "it would
    # have been wiser to talk to Bamako": what the subject or the one named failed to do; not the first
    # person's "we should have asked", nor a victim's "could have been killed")
    from rhetoric.extract.stance import find_cues

    text = "Niger could have informed its neighbours before the flights began."
    assert stance_toward(text, {"niger": [(0, 5)]})["niger"] < 0
    text = "Mali should have warned the region first."
    assert stance_toward(text, {"mali": [(0, 4)]})["mali"] < 0
    text = "It would have been wiser to talk to Bamako before acting."
    i = text.index("Bamako")
    assert stance_toward(text, {"mali": [(i, i + 6)]})["mali"] < 0
    assert find_cues("We should have asked them. Dozens could have been killed.") == []


def test_session73_the_one_a_condemned_attack_was_on_is_not_condemned():
    # ("We condemn the attack on Mali's embassy", "condemnation of the latest threats against Attaf": the
    # one attacked is no one condemned; "condemn Algeria's attack on Mali" still condemns Algeria)
    text = "We condemn the attack on Mali and its people."
    assert stance_toward(text, {"mali": [(25, 29)]})["mali"] == 0
    text = "Strong condemnation of the latest threats against Attaf."
    i = text.index("Attaf")
    assert stance_toward(text, {"attaf": [(i, i + 5)]})["attaf"] == 0
    text = "We condemn Algeria's attack on Mali."
    got = stance_toward(text, {"algeria": [(11, 18)], "mali": [(31, 35)]})
    assert got["algeria"] < 0 and got["mali"] == 0, got


def test_session73_a_refusal_judged_inappropriate_and_a_claim_to_land_count_against_the_other():
    # ("We do not consider it appropriate to hold talks with the Malian government": a refusal toward Mali;
    # "the Kidal region belongs to us", "Tessalit is ours": a claim against the other claimant, the one the
    # statement is about)
    text = "We do not consider it appropriate to hold talks with the Malian government this month."
    i = text.index("Malian")
    assert stance_toward(text, {"mali": [(i, i + 17)]})["mali"] < 0
    text = "We are right, and Tessalit is ours."
    assert stance_toward(text, {"mali": []}, primary="mali")["mali"] < 0
    text = "Algeria says the border post belongs to us."
    assert stance_toward(text, {"algeria": [(0, 7)]}, primary="algeria")["algeria"] < 0


def test_session73_review_b_could_have_done_far_more_widely_is_still_a_reproach():
    # (review B: "Mali could have consulted far more widely" reproaches; "could have asked for much more" does not)
    from rhetoric.extract.stance import find_cues

    assert [h for h in find_cues("Mali could have consulted far more widely.") if h.polarity < 0]
    assert not [h for h in find_cues("Mali could have asked for much more.") if h.polarity < 0]


def test_session73_review_c_a_refusal_to_comment_is_no_refusal_toward_anyone():
    # (review C: "does not consider it appropriate to comment on Mali's operations": no stance toward Mali)
    text = "The ministry does not consider it appropriate to comment on Mali's operations."
    i = text.index("Mali")
    assert stance_toward(text, {"mali": [(i, i + 4)]})["mali"] == 0


def test_session74_what_the_subject_should_have_done_counts_against_it_and_the_act_against_its_object():
    # ("Niamey should have condemned Bamako's raid", "the minister ought to have criticised Algiers": a
    # reproach of the subject, and the act it failed to do still judges the one it would have been against,
    # as the coders read "the chancellor should have objected to the Palestinian president")
    text = "Niger should have condemned Mali at once."
    got = stance_toward(text, {"niger": [(0, 5)], "mali": [(28, 32)]})
    assert got["niger"] < 0 and got["mali"] < 0, got
    text = "The minister ought to have criticised Algeria in public."
    i = text.index("Algeria")
    got = stance_toward(text, {"mali": [(0, 12)], "algeria": [(i, i + 7)]})
    assert got["mali"] < 0 and got["algeria"] < 0, got
    text = "Tirana should have \"clearly and firmly consulted\" Belgrade."
    assert stance_toward(text, {"albania": [(0, 6)]})["albania"] < 0


def test_session74_calling_something_unfair_on_someone_takes_their_side():
    # ("the speculation is unfair on the Bamako authorities": the one treated unfairly is defended; not a
    # pronoun whose person is told far back, nor "unfair of X", which blames X)
    text = "Any speculation is premature and indeed unfair on the Mali authorities."
    i = text.index("Mali")
    assert stance_toward(text, {"mali": [(i, i + 4)]})["mali"] > 0
    text = "It was unfair of Mali to blame us."
    i = text.index("Mali")
    assert stance_toward(text, {"mali": [(i, i + 4)]})["mali"] < 0


def test_session74_judged_misinformed_or_a_reaction_falling_short_counts_against():
    # ("Diop is misinformed about what happened at Tinzaouaten", "I would have expected a different answer from
    # Algiers": the one judged wrong in what they know, the one whose reaction fell short)
    text = "Diop is misinformed about what happened at Tinzaouaten."
    assert stance_toward(text, {"diop": [(0, 4)]})["diop"] < 0
    text = "I would have expected a different answer from Algiers."
    i = text.index("Algiers")
    assert stance_toward(text, {"algeria": [(i, i + 7)]})["algeria"] < 0


def test_session74_review_b_the_first_persons_misinformed_and_a_reproach_in_single_quotes():
    # (review B: "We were misinformed about the date" describes the speaker; "Mali should have ‘clearly
    # distanced itself’" is still a reproach)
    text = "We were misinformed about the date, Mali said."
    i = text.index("Mali")
    assert stance_toward(text, {"mali": [(i, i + 4)]})["mali"] == 0
    text = "Mali should have ‘clearly and firmly distanced itself’ from the raid."
    assert stance_toward(text, {"mali": [(0, 4)]})["mali"] < 0


def test_session75_never_having_expected_anothers_conduct_counts_against_them():
    # ("We never expected the Italian government to act in this manner": dismay at conduct that came, not a
    # demand withdrawn; a visit not expected stays no judgement)
    text = "Georgetown had not expected Caracas to behave like this, the minister said."
    i = text.index("Caracas")
    assert stance_toward(text, {"venezuela": [(i, i + 7)]})["venezuela"] < 0
    text = "We did not expect Caracas to attend."
    i = text.index("Caracas")
    assert stance_toward(text, {"venezuela": [(i, i + 7)]})["venezuela"] == 0


def test_session75_review_b_conduct_never_expected_is_dismay_only_when_told_as_such():
    # (review B: "We never expected Moscow to react so quickly and so generously" is gratitude; "to behave in
    # this manner" is dismay)
    text = "We never expected Caracas to react so quickly and so generously."
    i = text.index("Caracas")
    assert stance_toward(text, {"venezuela": [(i, i + 7)]})["venezuela"] >= 0
    text = "We never expected Caracas to behave in such a reckless manner."
    assert stance_toward(text, {"venezuela": [(i, i + 7)]})["venezuela"] < 0


def test_session75_a_golden_era_in_relations_is_praise():
    text = "We are living through a golden era in our relations with Guyana."
    i = text.index("Guyana")
    assert stance_toward(text, {"guyana": [(i, i + 6)]})["guyana"] > 0


def test_session75_second_read_did_not_expect_a_betrayal_counts_against():
    text = "We did not expect Caracas to betray us."
    i = text.index("Caracas")
    assert stance_toward(text, {"venezuela": [(i, i + 7)]})["venezuela"] < 0


def test_session75_a_refusal_announced_counts_against_the_one_refused():
    # ("there will be no constitutional amendment for the Bulgarian community while he governs": a refusal; "there
    # can be no compromise with Caracas")
    text = "There can be no compromise with Caracas while this government stands."
    i = text.index("Caracas")
    assert stance_toward(text, {"venezuela": [(i, i + 7)]})["venezuela"] < 0


def test_session76_the_speakers_negated_like_is_dislike_anothers_is_not():
    # ("I did not really like the way Athens handled it": the speaker's dislike; "something he doesn't like" is
    # no judgement of him)
    text = "Frankly, I did not really like the way Athens handled the talks."
    i = text.index("Athens")
    assert stance_toward(text, {"greece": [(i, i + 6)]})["greece"] < 0
    text = "Sometimes I say something Fidan doesn't like."
    i = text.index("Fidan")
    assert stance_toward(text, {"fidan": [(i, i + 5)]})["fidan"] == 0


def test_session76_one_who_would_not_listen_is_blamed():
    text = "At the summit Mitsotakis did not want to listen."
    i = text.index("Mitsotakis")
    assert stance_toward(text, {"mitsotakis": [(i, i + 10)]})["mitsotakis"] < 0


def test_session76_review_a_the_speakers_own_refusal_to_listen_and_regret_are_no_charge():
    # (review A: "we did not want to listen to those who said Athens …" blames no one; "I did not like having to
    # leave Athens without a deal" is regret, no dislike of Athens)
    for text in ("For years we did not want to listen to those who said Athens would never agree.",
                 "I did not like having to leave Athens without a deal."):
        i = text.index("Athens")
        assert stance_toward(text, {"greece": [(i, i + 6)]})["greece"] == 0, text


def test_session77_an_obligation_another_is_told_of_counts_against_them(tmp_path):
    # (a morning briefing's quotes: what another "should" or "must" do, whatever it is, is what it does not do now,
    # against it; not the speaker's own "we must", nor a condition's "Should Lima insist, …", nor praise it is owed)
    from test_rules import _ANDES, _rows_with

    body = ("Gervasi told Canal N: \"The Mexican government should explain its conduct to the region.\"\n\n"
            "Ebrard answered: \"Lima must rectify this decision.\"\n\n"
            "Boluarte said: \"We must defend our sovereignty. Should Mexico insist, Peru will respond in kind.\"\n\n"
            "López Obrador said: \"Peru should be proud of its people.\"\n")
    rows = _rows_with(tmp_path, _ANDES, body, published="2022-12-22")
    by = {(r["speaker"], r["target"]): r["stance"] for r in rows}
    assert by.get(("gervasi", "mexico"), 0) < 0 and by.get(("ebrard", "peru"), 0) < 0, rows
    assert all(r["stance"] >= 0 for r in rows if r["speaker"] == "amlo"), rows


def test_session77_review_an_obligation_asked_about_supposed_or_ones_own_is_no_reproach(tmp_path):
    # (reviews: "whether Peru should …" and "if Mexico should …" ask or suppose; "Mexico must protect its own
    # citizens first", said by Mexico's president, is a plan, told as a fact; a plea in the passive is none)
    from test_rules import _ANDES, _rows_with

    body = ("Asked whether Peru should expel more diplomats, Gervasi said it was \"a question for the cabinet\".\n\n"
            "López Obrador said on Tuesday that Mexico must protect its own citizens in Lima first.\n\n"
            "Boluarte said: \"If Mexico should send a new ambassador, we will study the request.\"\n\n"
            "Ebrard said: \"The Peruvian people must not be forgotten in this crisis.\"\n")
    rows = _rows_with(tmp_path, _ANDES, body, published="2022-12-22")
    assert all(r["stance"] >= 0 for r in rows), rows
    assert not [r for r in rows if r["speaker"] == "amlo"], rows
