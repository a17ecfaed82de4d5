import hashlib

import pytest
from conftest import CORPUS, article_text, run_cli

from rhetoric import corpus as c


def test_loading_the_corpus_gives_one_row_per_article_with_bodies_identical_to_the_sources():
    df = c.load_corpus(CORPUS)
    assert list(df["id"]) == ["000_a08b665b9e9d786d", "001_964e94283ada3555"]
    for article in df["article"]:
        # the front matter records the sha256 of the source file as received
        assert hashlib.sha256(article.body.encode("utf-8")).hexdigest() == article.meta.source_sha256
    assert df["published"].dtype.kind == "M"
    assert (df["published_earliest"] <= df["published"]).all()
    assert (df["published"] <= df["published_latest"]).all()


def test_source_without_outlet_or_date_says_so_with_bounds_and_reasoning():
    df = c.load_corpus(CORPUS)
    assert df["outlet"].isna().all()
    assert (df["published_precision"] == "estimated").all()
    assert df["published_basis"].str.len().min() > 100


def test_teasers_image_placeholder_and_caption_are_excluded_with_reasons():
    ex = c.excluded_passages(c.load_corpus(CORPUS))
    texts = " | ".join(ex["text"])
    assert "🔥 EXCLUSIVE" in texts and "CRISIS ALERT" in texts and "![]()" in texts
    assert "Skydagger Drones with Kosovo flag on" in texts
    assert len(ex) == 4 and ex["reason"].str.len().min() > 5


def test_excluded_text_never_reaches_the_sentences():
    for article in c.iter_articles(CORPUS):
        joined = " ".join(s.text for s in article.sentences)
        assert "EXCLUSIVE" not in joined and "CRISIS ALERT" not in joined and "![]()" not in joined
        for s in article.sentences:
            assert article.body[s.start:s.end] == s.text


def test_built_in_rules_exclude_a_teaser_without_front_matter_help(write_article):
    path = write_article(text=article_text(body="Real text here.\nBREAKING: click this now\nMore text."))
    a = c.read_article(path)
    kinds = [(a.body[p.start:p.end], p.kind) for p in a.passages]
    assert ("BREAKING: click this now", "excluded") in kinds


def test_sentence_splitter_keeps_abbreviations_and_initials_inside_sentences():
    text = "The U.S. Puma drones flew. Gen. Smith spoke on Oct. 9 in Pristina. “Go,” he said. Next one."
    spans = c.split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "The U.S. Puma drones flew.", "Gen. Smith spoke on Oct. 9 in Pristina.",
        "“Go,” he said.", "Next one."]


def test_short_line_without_final_stop_is_a_heading_and_dash_line_a_bullet():
    ps = c.passages("Serbia's furious response\n- a bullet point.\nA sentence that ends.")
    assert [p.kind for p in ps] == ["heading", "bullet", "text"]


def test_a_line_that_ends_its_sentence_before_a_transcripts_notes_is_text():
    ps = c.passages('Tusk said: "Hungary must choose." [APPLAUSE] [BOOS]\nThe row [video]\nMerz warns Russia. [1/3]')
    assert [p.kind for p in ps] == ["text", "heading", "heading"]  # (a headline's tag is no note of what is heard)


@pytest.mark.parametrize("line, kind", [
    ("On 26 June Tusk told the radio:", "text"),
    ("At his briefing the same morning, the spokesman said:", "text"),
    ("Viktor Orbán, Prime Minister of Hungary, on X:", "heading"),  # (a label of names and titles)
    ("**What the leaders said on the day:**", "heading"),
    ("DONALD TUSK, PRIME MINISTER OF POLAND, ON X:", "heading"),
])
def test_a_sentence_that_introduces_what_follows_is_text_and_a_label_a_heading(line, kind):
    assert [p.kind for p in c.passages(line + '\n\n"We will not be blackmailed."')][0] == kind


@pytest.mark.parametrize("text, message", [
    ("just a body, no front matter", "has no front matter"),
    ("---\nid: a1\ntitle: [unclosed\n---\nBody.", "invalid YAML in its front matter at front matter line 2"),
    (article_text(published=None), "missing required field 'published'"),
    (article_text(id=None), "missing required field 'id'"),
    (article_text(published="2025-02-30"), "field 'published' is not a valid date"),
    (article_text(published="next week"), "field 'published' is not a valid date"),
    (article_text(body="   \n\n"), "has an empty body"),
    (article_text(id="other"), "id 'other' does not match the file name 'a1.md'"),
    (article_text(published_latest="2025-10-01"), "lies outside published_earliest"),
])
def test_malformed_article_fails_with_file_and_problem(write_article, text, message):
    path = write_article("a1", text=text)
    with pytest.raises(c.CorpusError) as err:
        c.read_article(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_bytes_that_are_not_utf8_are_reported_with_their_position(write_article):
    path = write_article("a1", text=article_text().encode("utf-8") + b" caf\xe9")
    with pytest.raises(c.CorpusError, match=r"is not valid UTF-8 \(byte \d+, line 8\)"):
        c.read_article(path)


def test_binary_file_is_refused(write_article):
    path = write_article("a1", text=b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(c.CorpusError, match="binary file"):
        c.read_article(path)


def test_article_over_the_size_limit_is_refused_before_reading(write_article, monkeypatch):
    monkeypatch.setattr(c, "MAX_ARTICLE_BYTES", 100)
    path = write_article("a1", text=article_text(body="word " * 100))
    with pytest.raises(c.CorpusError, match="articles are limited to"):
        c.read_article(path)


def test_duplicate_ids_name_both_files(write_article, tmp_path):
    write_article("a1")
    dup = write_article.folder / "a2.md"
    dup.write_text(article_text(id="a1"), encoding="utf-8")
    # a2.md declares id a1: the name check catches it first, naming the file
    with pytest.raises(c.CorpusError, match="a2.md: id 'a1' does not match"):
        c.load_corpus(write_article.folder)


def test_missing_or_empty_corpus_folder_is_a_clear_error(tmp_path):
    with pytest.raises(c.CorpusError, match="does not exist"):
        c.load_corpus(tmp_path / "nope")
    with pytest.raises(c.CorpusError, match="has no .md articles"):
        c.load_corpus(tmp_path)


def test_command_line_prints_one_error_line_and_exits_non_zero(write_article):
    write_article("a1", text="no front matter at all")
    result = run_cli("validate", str(write_article.folder))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "a1.md: has no front matter" in lines[0]
    assert "Traceback" not in result.stderr


def test_command_line_validates_the_real_corpus():
    result = run_cli("validate", str(CORPUS))
    assert result.returncode == 0, result.stderr
    assert "2 articles" in result.stdout


def test_summary_states_counts_and_date_bounds():
    text = c.summarize_corpus(c.load_corpus(CORPUS))
    assert "**2 articles**" in text and "8 October 2025 and 11 October 2025" in text


def test_a_possessive_before_a_full_stop_ends_the_sentence():
    from rhetoric.corpus import split_sentences

    text = "The tone was not Monday's. He smiled. It was Orbán’s. J. R. Smith left."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The tone was not Monday's.", "He smiled.", "It was Orbán’s.", "J. R. Smith left."]


def test_the_platform_x_before_a_full_stop_ends_the_sentence():
    from rhetoric.corpus import split_sentences

    text = "Tusk replied on X. The minister was silent. Malcolm X. Jones spoke. It went out via X. Then nothing."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Tusk replied on X.", "The minister was silent.", "Malcolm X. Jones spoke.", "It went out via X.", "Then nothing."]


def test_a_numbered_quotation_is_a_list_item_and_a_numbered_title_a_heading():
    body = "**2. “a gift to the Kremlin”**\n\n**3. The reply**\n\n1) \"We will not be lectured\"\n"
    kinds = [(p.kind, body[p.start:p.start + 6]) for p in c.passages(body)]
    assert kinds == [("bullet", "**2. “"), ("heading", "**3. T"), ("bullet", '1) "We')]


def test_a_long_bold_line_of_three_fields_is_a_heading_and_a_long_bold_sentence_is_not():
    # (a log's entry heading, its place and its note long: a heading; a long bold line of prose is text)
    head = "**Sun 06 Apr 2025, evening · Bamako, Modibo Keïta International Airport · Note (second pool, by phone)**"
    prose = "**The junta in Bamako closed the airspace to every Algerian aircraft on Sunday evening after the drone was downed**"
    assert [p.kind for p in c.passages(head + "\n\n" + prose)] == ["heading", "text"]


def test_session61_a_quotation_in_italics_ends_its_sentence_with_its_emphasis():
    from rhetoric.corpus import split_sentences

    text = '*"Algeria has chosen the side of our enemies."* Assimi Goïta, state television. **Note.** More here.'
    assert [text[a:b] for a, b in split_sentences(text)] == [
        '*"Algeria has chosen the side of our enemies."*', "Assimi Goïta, state television.", "**Note.** More here."]


def test_session62_a_cables_stop_ends_its_sentence_and_a_short_cable_is_text(tmp_path):
    from rhetoric.corpus import read_article

    p = tmp_path / "c1.md"
    p.write_text("---\nid: c1\ntitle: t\noutlet: null\npublished: 2025-04-09\nlanguage: en\n---\n\n"
                 "GEN TIANI TOLD REPORTERS QUOTE NIGER STANDS WITH MALI UNQUOTE STOP NIAMEY QUIET ENDIT\n\n"
                 "STOP THE WAR NOW\n", encoding="utf-8")
    a = read_article(p)
    assert [s.text for s in a.sentences] == ["GEN TIANI TOLD REPORTERS QUOTE NIGER STANDS WITH MALI UNQUOTE",
                                             "NIAMEY QUIET ENDIT", "STOP THE WAR NOW"]
    assert [p.kind for p in a.passages] == ["text", "heading"]
