"""Data values inside the reports' Markdown are text, never markup (issue 19).

A registry is data that researchers share: an actor named ``X<img onerror=…>``, ``[J](javascript:…)``
or ``![p](http://…)`` must show as those characters in every Markdown sentence of a report, as
nbconvert renders it (reports) and as the landing page renders it (index). ``rhetoric.markup``
is the one place that escapes; these tests hold each view that writes a name to it.
"""

from __future__ import annotations

import pytest
from conftest import ROOT
from hostile import hostile_name, live_markup, write_hostile_registry

from rhetoric.actors import load_actors
from rhetoric.markup import md_code, md_text

HOSTILE = ["X<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "[J](javascript:alert(1))",
           "![p](http://example.com/p.png)", "http://example.com/x", "<http://example.com>",
           "**bold** _it_ `code`", "line\n\n# heading\n- item\n1. one", "a & b &lt; c",
           "<a href='javascript:x'>y</a>", "x<!-- comment -->y", "| a | b |", "Ana\\", "[x]: http://e.com"]


def render_report(markdown: str) -> str:
    """Markdown as the report pages render it (nbconvert)."""
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    return markdown2html_mistune(markdown)


def render_index(markdown: str) -> str:
    """Markdown as the landing page renders it."""
    from rhetoric.report.index_page import _markdown

    return str(_markdown(markdown))


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("render", [render_report, render_index])
def test_a_data_value_in_markdown_is_shown_as_its_characters(value, render):
    import html
    import re

    page = render(f"**{md_text(value)} reversed course** toward {md_text(value)}.")
    assert not re.search(r"<(?!/?(p|strong)>)", page), page  # no tag but the sentence's own
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert " ".join(value.split()) in text, (value, page)


def test_md_code_shows_an_id_as_code_and_falls_back_to_text():
    assert md_code("f01_dam") == "`f01_dam`"
    assert "<code>" not in render_report(f"see {md_code('a`<img src=x onerror=alert(1)>')}")
    assert "<img" not in render_report(f"see {md_code('a`<img src=x onerror=alert(1)>')}")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The forked corpus with a hostile registry, and its extracted statements."""
    from rhetoric.extract.statements import extract_corpus
    from rhetoric.store.source import StatementSource

    registry = load_actors(write_hostile_registry(tmp_path_factory.mktemp("hostile") / "actors.yml"))
    frame = extract_corpus(ROOT / "tests" / "fork" / "corpus", registry, progress=False)
    return registry, StatementSource(frame=frame)


def test_the_hostile_registry_still_finds_the_fork_s_speakers(hostile):
    registry, statements = hostile
    from rhetoric.analysis import focus

    assert registry.name("vell") == hostile_name("Anna Vell", "vell")
    assert focus.pick_speaker(statements, "auto", registry) == "vell"


@pytest.mark.parametrize("render", [render_report, render_index])
def test_every_markdown_view_escapes_the_registry_s_names(hostile, render):
    from rhetoric.analysis import focus, shift
    from rhetoric.report import shift_views, stance_views

    registry, statements = hostile
    corpus = ROOT / "tests" / "fork" / "corpus"
    chosen = focus.shift_parameters(statements, registry, "auto", "auto", "auto")
    _, result = shift.shift_for(corpus, chosen.speaker, chosen.targets, None, registry,
                                loaded=(statements, "automated"))
    focus_id = focus.pick_speaker(statements, "auto", registry)
    views = {
        "focus note": chosen.note,
        "stance note": focus.note({"focus actor": ("auto", focus_id)}, registry),
        "shift headline": shift_views.headline(result, registry),
        "stance summary": stance_views.summarize(statements, focus_id, registry, "automated"),
    }
    assert "Anna Vell" in views["shift headline"] and "reversed course" in views["shift headline"]
    for what, markdown in views.items():
        page = render(markdown)
        assert live_markup(page) == [], (what, page)
        assert "<img" not in page and "<script" not in page and "<a " not in page, (what, page)


def test_the_control_cases_table_escapes_the_registry_s_names(hostile):
    from rhetoric.analysis import focus
    from rhetoric.report import shift_views, tables

    registry, statements = hostile
    # a control case given, not picked from the data (the extraction decides which the data offer):
    # the registry's hostile names must come out escaped in its table either way
    chosen = focus.shift_parameters(statements, registry, "auto", "auto",
                                    [{"speaker": "lind", "targets": ["estmark", "arvid"]}])
    assert chosen.controls
    table = shift_views.controls(ROOT / "tests" / "fork" / "corpus", registry, None, chosen.controls,
                                 loaded=(statements, "automated"))
    page = tables.show(table, "controls")._repr_html_()
    assert live_markup(page) == [] and "<img" not in page and "&lt;img" in page


def test_a_table_shows_its_caption_escaped():
    import pandas as pd

    from rhetoric.report import tables

    page = tables.show(pd.DataFrame({"a": [1]}), "Events <b>in</b> the window")._repr_html_()
    assert "<caption>Events &lt;b&gt;in&lt;/b&gt; the window</caption>" in page
    assert page.index("<caption>") > page.index("<table") and page.count("<caption>") == 1
