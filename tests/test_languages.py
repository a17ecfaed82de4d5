"""An article in a language the extraction has no rules for is not extracted, never misread:
the commands and the build name it with its language, and the sources list it as not analysed."""
import csv
from pathlib import Path

from conftest import ROOT, run_cli

from rhetoric.corpus import load_corpus, read_article
from rhetoric.languages import language_code, not_extracted
from rhetoric.report.index_page import corpus_articles

ACTORS = ROOT / "tests" / "unseen" / "actors.yml"
SERBIAN = ("Predsednik Srbije Aleksandar Vučić izjavio je u sredu da je Turska \"pokazala nepoštovanje\" "
           "prema Srbiji i da Beograd neće ćutati.\n")
ENGLISH = 'Greek Foreign Minister Giorgos Gerapetritis accused Turkey of violating Greek airspace on Monday.\n'


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for id_, language, body in (("a-en", "en-GB", ENGLISH), ("b-sr", "sr", SERBIAN)):
        (folder / f"{id_}.md").write_text(
            f"---\nid: {id_}\ntitle: t\noutlet: null\npublished: 2025-10-10\nlanguage: {language}\n---\n{body}",
            encoding="utf-8")
    return folder


def test_language_tags_are_read_by_their_primary_subtag():
    assert [language_code(x) for x in ("en", "en-GB", "EN_us", "eng", "English", "sr-Latn")] == \
        ["en", "en", "en", "en", "en", "sr"]


def test_an_article_in_another_language_is_named_and_not_extracted(tmp_path):
    corpus = _corpus(tmp_path)
    for command in ("extract", "events"):
        out = tmp_path / f"{command}.csv"
        result = run_cli(command, str(corpus), "--actors", str(ACTORS), "--out", str(out), "--quiet")
        assert result.returncode == 0, result.stderr
        assert "b-sr: not extracted: language 'sr' has no extractor" in result.stderr
        assert "a-en" not in result.stderr
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
        assert rows and {r["article_id"] for r in rows} == {"a-en"}


def test_the_sources_say_which_articles_were_not_analysed(tmp_path):
    corpus = _corpus(tmp_path)
    assert not_extracted(read_article(corpus / "a-en.md")) is None
    listed = {a["id"]: a["not_analysed"] for a in corpus_articles(corpus)}
    assert listed["a-en"] == "" and "language 'sr'" in listed["b-sr"]
    from rhetoric.corpus import article_table

    table = article_table(load_corpus(corpus))
    assert dict(zip(table["article"], table["analysed"]))["b-sr"].startswith("no: language 'sr'")
