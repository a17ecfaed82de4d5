"""The article reader pages: text exactly as stored, escaped, every cited span marked with its id."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from conftest import ACTORS, ANNOTATIONS, CORPUS

from rhetoric.report import fingerprint
from rhetoric.report.reader import Mark, collect_marks, nest, render_body, write_reader_pages


class _Marks(HTMLParser):
    """Checks that <mark> elements nest, and collects the text and the ids."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.ids, self.starts = [], [], [], {}
        self.other_tags = []

    def handle_starttag(self, tag, attrs):
        if tag != "mark":
            self.other_tags.append(tag)
            return
        attrs = dict(attrs)
        self.stack.append(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
            self.starts[attrs["id"]] = len("".join(self.text))

    def handle_endtag(self, tag):
        if tag == "mark":
            assert self.stack, "a </mark> closes nothing"
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def _parse(fragment: str) -> _Marks:
    parser = _Marks()
    parser.feed(fragment)
    parser.close()
    assert parser.stack == [], "a <mark> is never closed"
    return parser


def test_crossing_spans_are_split_into_nested_pieces_and_keep_the_text():
    body = "abcdefghijklmnopqrstuvwxyz"
    spans = [(0, 10), (5, 15), (12, 20), (5, 15), (3, 3), (18, 26), (0, 26)]
    marks = collect_marks(body, [{"start": s, "end": e, "speaker": "A", "target": "B", "stance": -1,
                                  "kind": "direct", "said_on": "", "id": "S1"} for s, e in spans], [], [], [])
    assert len(marks) == 6  # the repeated span is one mark
    parser = _parse(render_body(body, marks))
    assert "".join(parser.text) == body
    assert sorted(parser.ids) == sorted({f"{s}-{e}" for s, e in spans})
    for anchor, at in parser.starts.items():  # each id sits where its span starts
        assert at == int(anchor.split("-")[0])


def test_nest_pieces_never_cross():
    pieces = nest([(0, 10), (5, 15), (8, 30), (12, 20)])
    for a in pieces:
        for b in pieces:
            assert not (a[0] < b[0] < a[1] < b[1]), (a, b)
    covered = {}
    for s, e, i in pieces:
        covered.setdefault(i, []).append((s, e))
    assert covered[1] == [(5, 10), (10, 15)] and covered[2][0][0] == 8


def test_hostile_article_text_stays_text():
    body = 'He said "<script>alert(1)</script>" and <img src=x onerror=alert(2)> & left.'
    marks = collect_marks(body, [{"start": 8, "end": 36, "speaker": "<b>X</b>", "target": 'Y" onmouseover="z',
                                  "stance": 2, "kind": "direct", "said_on": "", "id": "S1"}], [], [], [(37, 60, "<i>ad</i>")])
    out = render_body(body, marks)
    parser = _parse(out)
    assert parser.other_tags == []  # no element but the marks
    assert "".join(parser.text) == body
    assert 'onmouseover="z' not in out and "<b>" not in out
    link = render_body('<a href="javascript:alert(1)">x</a>', [])
    assert 'href="javascript:' not in link and "".join(_parse(link).text) == '<a href="javascript:alert(1)">x</a>'


def test_a_highlight_says_who_said_what_about_whom_on_hover_and_focus():
    body = "Vucic called Erdogan a great leader on 9 October."
    marks = collect_marks(body, [{"start": 0, "end": 35, "speaker": "Vučić", "target": "Erdoğan", "stance": 2,
                                  "kind": "reported", "said_on": "2025-10-09", "id": "S7"}],
                          [{"start": 0, "end": 49, "date": "2025-10-09", "title": "The softer tone", "event_id": "E3"}],
                          [], [])
    out = render_body(body, marks)
    statement = re.search(r'<mark [^>]*id="0-35"[^>]*>', out).group(0)
    assert 'tabindex="0"' in statement and "rh-stp2" in statement
    assert "Vučić → Erdoğan: stance +2" in html.unescape(statement)
    event = re.search(r'<mark [^>]*id="0-49"[^>]*>', out).group(0)
    assert 'data-date="2025-10-09"' in event and 'tabindex="0"' in event


def test_spans_outside_the_body_are_not_marked():
    marks = collect_marks("short", [{"start": 2, "end": 99}], [], [], [])
    assert marks == []
    assert isinstance(collect_marks("short", [{"start": 0, "end": 5}], [], [], [])[0], Mark)


def test_study_pages_mark_every_hand_coded_span_and_are_rewritten_identically(tmp_path):
    import pandas as pd

    assert write_reader_pages(CORPUS, tmp_path, ACTORS, ANNOTATIONS) == 2
    pages = {p.name: p.read_bytes() for p in (tmp_path / "articles").glob("*.html")}
    assert write_reader_pages(CORPUS, tmp_path, ACTORS, ANNOTATIONS) == 0  # inputs unchanged: skipped
    (tmp_path / "articles" / ".inputs_sha256").unlink()
    assert write_reader_pages(CORPUS, tmp_path, ACTORS, ANNOTATIONS) == 2
    assert pages == {p.name: p.read_bytes() for p in (tmp_path / "articles").glob("*.html")}

    for name in ("statements.csv", "event_sources.csv", "explanations.csv"):
        for r in pd.read_csv(ANNOTATIONS / name).itertuples():
            page = pages[f"{r.article_id}.html"].decode()
            assert f'id="{r.start}-{r.end}"' in page, (name, r.article_id, r.start, r.end)
    page = pages["001_964e94283ada3555.html"].decode()
    body = page[page.index('<div class="rh-article">') + len('<div class="rh-article">'):page.index('</div>\n<div class="rh-detail"')]
    stored = (CORPUS / "001_964e94283ada3555.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    assert "".join(_parse(body).text) == stored
    assert "rh-excluded" in page  # the promotional teasers are greyed, with their reason


def test_the_reader_is_not_an_input_of_the_reports():
    names = {f.name for f in fingerprint.package_inputs(CORPUS.parents[1] / "notebooks" / "corpus_overview.ipynb")}
    assert "reader.py" not in names and "build.py" in names
    assert "reader.py" in {f.name for f in fingerprint.module_inputs("rhetoric.report.reader")}
