"""A forked build: every report for a folder of articles the repository has never seen.

tests/fork/ holds four short invented articles (and their actors.yml beside the corpus), with
no hand coding; one is in Spanish, which the extraction cannot read: it must be listed as not
analysed, not misread. One article is a scraped page with markup left in it: a <script> tag, an
<img onerror=…> and javascript: links, in its title, its body and inside a quote. The build
must run every report on the automated extraction, say so, choose its focus from the data,
and show the markup as text in every page, never run it.
"""

from __future__ import annotations

import hashlib
import re
import subprocess

import pytest
from conftest import REPORTS, ROOT

FORK = ROOT / "tests" / "fork"
REPORT_NAMES = ["corpus_overview", "stance", "timeline", "rhetoric_shift", "rhetoric_shift_osmani"]


def tree_digest(folder):
    h = hashlib.sha256()
    for f in sorted(p for p in folder.rglob("*") if p.is_file()):
        h.update(f.relative_to(folder).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def forked(tmp_path_factory):
    """`make reports CORPUS=tests/fork/corpus OUT=…`, as FORKING.md tells a newcomer to run it."""
    out = tmp_path_factory.mktemp("fork") / "reports"
    before = tree_digest(REPORTS), tree_digest(ROOT / "data")
    result = subprocess.run(["make", "-o", ".venv/.installed", "reports",
                             f"CORPUS={FORK / 'corpus'}", f"OUT={out}"],
                            cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tree_digest(REPORTS), tree_digest(ROOT / "data")) == before, "the fork build changed reports/ or data/"
    return out


@pytest.mark.slow
def test_fork_builds_every_report_and_the_index(forked):
    assert {p.name for p in forked.glob("*.html")} == {f"{n}.html" for n in REPORT_NAMES} | {"index.html"}
    for name in REPORT_NAMES:
        assert (forked / f"{name}.ipynb").is_file()


@pytest.mark.slow
def test_fork_reports_say_they_come_from_the_automated_extraction_and_its_accuracy(forked):
    index = (forked / "index.html").read_text(encoding="utf-8")
    assert "Automated extraction." in index and "Scored against hand coding" in index
    assert "Skydagger" not in index and "Vučić" not in index, "the study's story leaked into a fork"
    for name in ["stance", "timeline", "rhetoric_shift"]:
        page = (forked / f"{name}.html").read_text(encoding="utf-8")
        assert "Automated extraction." in page, name
    stance = (forked / "stance.html").read_text(encoding="utf-8")
    assert "How far can the automated extraction be trusted?" in stance
    assert "Ottoman" not in stance, "a cell tagged 'study' was not left out"


@pytest.mark.slow
def test_an_article_in_another_language_is_listed_as_not_analysed(forked):
    index = (forked / "index.html").read_text(encoding="utf-8")
    assert "f04_presa_es" in index and "not analysed: language &#39;es&#39; has no extractor" in index
    overview = (forked / "corpus_overview.html").read_text(encoding="utf-8")
    assert "no: language 'es' has no extractor" in overview


@pytest.mark.slow
def test_fork_focus_is_chosen_from_the_data(forked):
    shift = (forked / "rhetoric_shift.html").read_text(encoding="utf-8")
    assert "Chosen from the data" in shift
    # Vell condemns Estmark on 3 March and praises it on 4 March: the invented reversal.
    assert "Anna Vell reversed course toward Estmark" in shift
    control = (forked / "rhetoric_shift_osmani.html").read_text(encoding="utf-8")
    assert "Chosen from the data" in control and "Anna Vell reversed" not in control


@pytest.mark.slow
def test_every_article_has_a_reader_page_listed_on_the_landing_page_and_every_offset_link_resolves(forked):
    from links import broken_offset_links, offset_links, unlinked_spans

    articles = sorted(p.stem for p in (FORK / "corpus").glob("*.md"))
    assert sorted(p.stem for p in (forked / "articles").glob("*.html")) == articles
    index = (forked / "index.html").read_text(encoding="utf-8")
    for article in articles:
        assert f'href="articles/{article}.html"' in index
    links = offset_links(forked)
    assert all(links[f"{name}.html"] for name in ("stance", "timeline", "rhetoric_shift")), links
    assert broken_offset_links(forked) == []
    assert unlinked_spans(forked) == []


@pytest.mark.slow
def test_markup_from_an_article_is_escaped_in_every_page(forked):
    for page in [*forked.glob("*.html"), *forked.glob("articles/*.html")]:
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"<script>alert\(", text), f"{page.name}: a <script> from the article is live"
        assert not re.search(r"<img[^>]*onerror=", text), f"{page.name}: an onerror attribute is live"
        assert not re.search(r"""href=["']?javascript:""", text), f"{page.name}: a javascript: link is live"
    quote = r"&lt;script&gt;alert\((?:'|&#39;|&#x27;){}"
    assert re.search(quote.format("title"), (forked / "index.html").read_text(encoding="utf-8")), \
        "the article's title is not shown as text on the landing page"
    assert re.search(quote.format("quote"), (forked / "stance.html").read_text(encoding="utf-8")), \
        "the quote with markup is not shown as text in the stance report"


@pytest.mark.slow
@pytest.mark.browser
def test_fork_pages_render_offline_with_no_dialog_and_no_error(forked):
    from browser import browser, layout, open_report

    with browser() as b:
        for page in [*sorted(forked.glob("*.html")), *sorted(forked.glob("articles/*.html"))]:
            r = open_report(b, page)
            assert r.dialogs == [], f"{page.name}: the article's script ran: {r.dialogs}"
            assert r.blocked_requests == [], f"{page.name}: tried the network: {r.blocked_requests}"
            assert r.console_errors == [] and r.page_errors == [], page.name
            assert r.drawn == r.charts, f"{page.name}: {r.drawn} of {r.charts} charts drawn"
        for page in [*sorted(forked.glob("*.html")), *sorted(forked.glob("articles/*.html"))[:1]]:
            assert layout(b, page, 1280)["clipped"] == [], page.name
            phone = layout(b, page, 390)
            assert phone["scroll_width"] <= phone["viewport"], (page.name, phone)


# --- python -m rhetoric new-article ----------------------------------------------------------

def test_new_article_scaffolds_a_valid_article_with_the_text_unchanged(tmp_path):
    from conftest import run_cli

    from rhetoric.corpus import read_article

    text = 'Anna Vell said "the dam must open" on Monday.\n\nSecond paragraph, café.\n'
    source = tmp_path / "wire.txt"
    source.write_text(text, encoding="utf-8")
    corpus = tmp_path / "study" / "corpus"
    r = run_cli("new-article", str(corpus), "--id", "wire_0304", "--title", "Dam row: a test",
                "--published", "2025-03-04", "--outlet", "Test Wire", "--from", str(source))
    assert r.returncode == 0, r.stderr
    article = read_article(corpus / "wire_0304.md")
    assert article.body == text and article.meta.outlet == "Test Wire"
    assert article.meta.model_extra["source_file"] == "wire.txt"
    assert run_cli("validate", str(corpus)).returncode == 0

    again = run_cli("new-article", str(corpus), "--id", "wire_0304", "--title", "T",
                    "--published", "2025-03-04", "--from", str(source))
    assert again.returncode == 2 and "already exists" in again.stderr
    assert read_article(corpus / "wire_0304.md").body == text, "an existing article was overwritten"


def test_new_article_refuses_bad_input_and_leaves_nothing_behind(tmp_path):
    from conftest import run_cli

    source = tmp_path / "a.txt"
    source.write_text("Text.\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    cases = [
        (["--published", "2025-02-30", "--from", str(source)], "not a valid date"),
        (["--published", "2025-02-03", "--from", str(tmp_path / "missing.txt")], "cannot be read"),
    ]
    for extra, message in cases:
        r = run_cli("new-article", str(corpus), "--id", "a1", "--title", "T", *extra)
        assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert not corpus.exists() or list(corpus.iterdir()) == []


# --- a hostile actor registry ------------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile_fork(tmp_path_factory):
    """The forked corpus built with tests/hostile.py's registry beside it: every display name
    carries an <img onerror>, a <script>, a javascript: link, a remote image and a bare URL."""
    import shutil

    from hostile import write_hostile_registry

    base = tmp_path_factory.mktemp("hostile-fork")
    corpus = base / "study" / "corpus"
    shutil.copytree(FORK / "corpus", corpus)
    write_hostile_registry(base / "study" / "actors.yml")
    out = base / "reports"
    result = subprocess.run(["make", "-o", ".venv/.installed", "reports", f"CORPUS={corpus}", f"OUT={out}"],
                            cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    return out


@pytest.mark.slow
def test_a_hostile_registry_s_names_are_text_in_every_page(hostile_fork):
    from hostile import live_markup

    pages = sorted(hostile_fork.glob("*.html"))
    assert len(pages) == len(REPORT_NAMES) + 1
    for page in pages:
        assert live_markup(page.read_text(encoding="utf-8")) == [], page.name
    shift = (hostile_fork / "rhetoric_shift.html").read_text(encoding="utf-8")
    assert "Anna Vell&lt;img src=x onerror=alert(&#39;vell&#39;)&gt;" in shift or \
        "Anna Vell&lt;img src=x onerror=alert('vell')&gt;" in shift, "the name is not shown as text"


@pytest.mark.slow
@pytest.mark.browser
def test_a_hostile_registry_draws_no_dialog_and_makes_no_request(hostile_fork):
    from browser import browser, open_report

    with browser() as b:
        for page in sorted(hostile_fork.glob("*.html")):
            r = open_report(b, page)
            assert r.dialogs == [], f"{page.name}: the registry's script ran: {r.dialogs}"
            assert r.blocked_requests == [], f"{page.name}: tried the network: {r.blocked_requests}"
            assert r.console_errors == [] and r.page_errors == [], page.name
            assert r.drawn == r.charts, f"{page.name}: {r.drawn} of {r.charts} charts drawn"


# --- docs/FORKING.md's five-minute recipe, as a newcomer runs it ---------------------------------

RECIPE = ROOT / "tests" / "fork" / "recipe"


def recipe_script(folder) -> str:
    """The recipe's shell commands from docs/FORKING.md, to run in ``folder``: the same lines,
    with the repository's python and make addressed from outside it, and the "… the same for
    the other articles …" line done for tests/fork/recipe's second and third articles."""
    import re
    import shlex
    import sys

    doc = (ROOT / "docs" / "FORKING.md").read_text(encoding="utf-8")
    block = re.search(r"## In five minutes.*?```sh\n(.*?)```", doc, re.S).group(1)
    lines = block.replace("\\\n", " ").splitlines()
    new_article = next(line for line in lines if "new-article" in line)
    others = []
    for n, (day, name) in enumerate([("2025-03-05", "second"), ("2025-03-06", "third")], start=5):
        line = new_article.replace("wire_0304", f"wire_030{n}").replace("2025-03-04", day)
        others.append(line.replace("first-article.txt", f"{name}-article.txt"))
    script = []
    for line in lines:
        if line.startswith("# … the same for the other articles"):
            script += others
        elif line.strip():
            script.append(line)
    python = shlex.quote(sys.executable)
    make = f"make --no-print-directory -C {shlex.quote(str(ROOT))} -o .venv/.installed"
    text = "\n".join(script).replace(".venv/bin/python", python)
    text = re.sub(r"^make reports CORPUS=(\S+) OUT=(\S+)$",
                  lambda m: f"{make} reports CORPUS={folder}/{m.group(1)} OUT={folder}/{m.group(2)}", text, flags=re.M)
    return "set -e\n" + text + "\n"


@pytest.fixture(scope="module")
def recipe(tmp_path_factory):
    """docs/FORKING.md's five minutes, on three fresh articles and no actors.yml."""
    import shutil

    folder = tmp_path_factory.mktemp("newcomer")
    for name in ("first", "second", "third"):
        shutil.copy(RECIPE / f"{name}-article.txt", folder / f"{name}-article.txt")
    script = recipe_script(folder)
    assert "new-article my-study/corpus --id wire_0305" in script and "validate my-study/corpus" in script
    result = subprocess.run(["bash", "-c", script], cwd=folder, capture_output=True, text=True, timeout=900)
    return folder, result


@pytest.mark.slow
def test_the_five_minute_recipe_builds_every_report(recipe):
    """Issue 19: with no actors.yml, 4 of 5 reports failed (FocusError 'auto' with 0 speakers,
    and nlargest on an empty mention table)."""
    folder, result = recipe
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr and "error:" not in result.stderr
    out = folder / "my-study" / "reports"
    assert {p.name for p in out.glob("*.html")} == {f"{n}.html" for n in REPORT_NAMES} | {"index.html"}


@pytest.mark.slow
def test_a_first_fork_says_the_registry_knows_none_of_its_speakers_and_what_to_do(recipe):
    import html as html_lib

    folder, _ = recipe
    out = folder / "my-study" / "reports"
    for name in ("stance", "rhetoric_shift", "rhetoric_shift_osmani"):
        page = html_lib.unescape(re.sub(r"<[^>]+>", "", (out / f"{name}.html").read_text(encoding="utf-8")))
        assert "No speaker to follow" in page, name
        assert "data/actors.yml (this corpus has no actors.yml beside its folder)" in page, name
        assert "Lena Holt (3), Piet Moran (2), Karl Brandt (1)" in page, name
        assert "Next step: write an actors.yml beside the corpus folder" in page and "propose-actors" in page, name
    index = html_lib.unescape((out / "index.html").read_text(encoding="utf-8"))
    assert "No speaker to follow" in index
    overview = (out / "corpus_overview.html").read_text(encoding="utf-8")
    assert "they name no actor of the registry" in overview


@pytest.mark.slow
def test_the_next_step_proposes_a_registry_that_knows_the_speakers(recipe):
    from conftest import run_cli

    from rhetoric.actors import load_actors

    folder, _ = recipe
    proposed = folder / "my-study" / "actors.yml"
    r = run_cli("propose-actors", str(folder / "my-study" / "corpus"), "--out", str(proposed))
    assert r.returncode == 0, r.stderr
    registry = load_actors(proposed)
    assert {registry.resolve(n) for n in ("Lena Holt", "Holt", "Piet Moran", "Karl Brandt")} == {"holt", "moran", "brandt"}
    assert run_cli("validate", str(folder / "my-study" / "corpus")).returncode == 0
    again = run_cli("propose-actors", str(folder / "my-study" / "corpus"), "--out", str(proposed))
    assert again.returncode == 2 and "already exists" in again.stderr
