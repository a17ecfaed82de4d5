"""Article reader pages, ``OUT/articles/<article_id>.html``: each article as stored, with every
statement, event sentence, explanation and excluded passage the reports cite marked in place.

The reports promise that every quote traces back to a sentence; these pages are where a reader
checks it. A report shows a span as ``<article_id>:<start>-<end>`` (or an article, start and end
columns) and ``rhetoric.report.tables`` links it to ``articles/<article_id>.html#<start>-<end>``:
each highlight here carries that id.

- The text is the body exactly as stored, HTML-escaped: markup inside an article stays text.
- A statement is coloured by the one stance scale (``rhetoric.report.palette``); its speaker →
  target, stance, kind and date show on hover (``title``) and on keyboard focus (each highlight
  has ``tabindex``; a small inline script writes the focused one's details into a live region).
- An event's supporting sentence is outlined, with its date before it (CSS generated content,
  so the article's text itself is unchanged); an excluded passage is greyed, with its reason.
- Spans that overlap are split into properly nested pieces (``nest``): the first piece carries
  the id, the others are continuations of it.

``write_reader_pages`` writes one page per article of the corpus, from the statements and events
the reports read (``rhetoric.store.loading``), and removes pages of articles no longer there.
Its inputs have their own hash (``reader_inputs_sha256``, recorded in ``articles/.inputs_sha256``):
the pages are rewritten only when the corpus, annotations, actors, statements store or this
module's code change, and a page whose bytes are unchanged is not touched. The pages are not
inputs of the reports (``rhetoric.report.fingerprint.SEPARATE_STEPS``).
"""

from __future__ import annotations

import heapq
import html
from dataclasses import dataclass, field
from pathlib import Path

from rhetoric.report.links import READER_DIR
from rhetoric.report.links import anchor as span_anchor
from rhetoric.report.palette import STANCE_COLORS, STANCE_DOMAIN, stance_color

#: The file, inside the reader folder, that records the hash of the pages' inputs.
STAMP = ".inputs_sha256"


# --- the marks of one article ----------------------------------------------------------------

@dataclass
class Mark:
    """One distinct span of an article and everything the reports say about it."""

    start: int
    end: int
    statements: list[dict] = field(default_factory=list)  # speaker, target, stance, kind, said_on, id
    events: list[dict] = field(default_factory=list)      # date, title, event_id
    explanations: list[dict] = field(default_factory=list)  # explains, explanation
    excluded: str = ""                                       # the reason, for an excluded passage

    @property
    def anchor(self) -> str:
        return span_anchor(self.start, self.end)

    @property
    def stance(self) -> float | None:
        values = [s["stance"] for s in self.statements if s.get("stance") is not None]
        return sum(values) / len(values) if values else None

    def classes(self) -> list[str]:
        classes = ["rh-hl"]
        if self.statements:
            classes.append("rh-st")
            classes.append(f"rh-st{_stance_class(self.stance)}")
        if self.events:
            classes.append("rh-ev")
        if self.explanations:
            classes.append("rh-ex")
        if self.excluded:
            classes.append("rh-excluded")
        return classes

    def tip(self) -> str:
        """What the highlight is, one line per statement, event, explanation or exclusion."""
        lines = []
        for s in self.statements:
            stance = "no stance" if s.get("stance") is None else f"stance {s['stance']:+g}"
            said = f", said {s['said_on']}" if s.get("said_on") else ""
            lines.append(f"{s['speaker']} → {s['target']}: {stance} ({s['kind']}{said}; {s['id']})")
        for e in self.events:
            lines.append(f"Event dated {e['date']}: {e['title']}" + (f" ({e['event_id']})" if e.get("event_id") else ""))
        for x in self.explanations:
            lines.append(f"Explanation of the {x['explains']}: {x['explanation']}")
        if self.excluded:
            lines.append(f"Left out of the analysis: {self.excluded}")
        lines.append(f"characters {self.start}–{self.end}")
        return "\n".join(lines)


def _stance_class(stance: float | None) -> str:
    """'m2', 'm1', '0', 'p1', 'p2' ('n' for no stance): the CSS class of a stance colour."""
    if stance is None:
        return "n"
    step = max(STANCE_DOMAIN[0], min(STANCE_DOMAIN[-1], round(stance)))
    return "0" if step == 0 else ("m" if step < 0 else "p") + str(abs(step))


def collect_marks(body: str, statements: list[dict], events: list[dict], explanations: list[dict],
                  excluded: list[tuple[int, int, str]]) -> list[Mark]:
    """One ``Mark`` per distinct (start, end) span, in text order; each row is a dict with
    ``start`` and ``end`` plus what its kind shows. Spans outside the body are dropped."""
    marks: dict[tuple[int, int], Mark] = {}

    def at(start, end) -> Mark | None:
        start, end = int(start), int(end)
        if not 0 <= start <= end <= len(body):
            return None
        return marks.setdefault((start, end), Mark(start, end))

    for row in statements:
        if (m := at(row["start"], row["end"])) is not None:
            m.statements.append(row)
    for row in events:
        if (m := at(row["start"], row["end"])) is not None:
            m.events.append(row)
    for row in explanations:
        if (m := at(row["start"], row["end"])) is not None:
            m.explanations.append(row)
    for start, end, reason in excluded:
        if (m := at(start, end)) is not None:
            m.excluded = reason
    return [marks[k] for k in sorted(marks, key=lambda k: (k[0], -k[1]))]


def nest(spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Split spans into pieces that nest: (start, end, index of the span), in document order.

    Spans sorted by start (the longer first) open in order; a span that starts inside an open
    one and ends after it is cut where the open one ends, and its remainder is placed again. The
    first piece of each span starts where the span does.
    """
    heap = [(s, -e, i) for i, (s, e) in enumerate(spans)]
    heapq.heapify(heap)
    pieces, open_ends = [], []
    while heap:
        s, neg_e, i = heapq.heappop(heap)
        e = -neg_e
        while open_ends and open_ends[-1] <= s:
            open_ends.pop()
        if open_ends and e > open_ends[-1]:
            cut = open_ends[-1]
            heapq.heappush(heap, (cut, -e, i))
            e = cut
        pieces.append((s, e, i))
        open_ends.append(e)
    return pieces


def render_body(body: str, marks: list[Mark]) -> str:
    """The body as HTML: escaped text, each mark a ``<mark>`` (split where marks cross)."""
    pieces = nest([(m.start, m.end) for m in marks])
    first_piece = set()
    events: list[tuple[int, int, int, str]] = []  # (position, order, tie, html)
    for n, (s, e, i) in enumerate(pieces):
        m = marks[i]
        first = i not in first_piece
        first_piece.add(i)
        attrs = [f'class="{" ".join(m.classes())}"']
        if first:
            attrs.append(f'id="{m.anchor}"')
            attrs.append('tabindex="0"')
            attrs.append(f'title="{html.escape(m.tip(), quote=True)}"')
            if m.events:
                dates = "; ".join(dict.fromkeys(ev["date"] for ev in m.events))
                attrs.append(f'data-date="{html.escape(dates, quote=True)}"')
            if m.excluded:
                attrs.append(f'data-reason="{html.escape(m.excluded, quote=True)}"')
        else:
            attrs.append(f'data-part-of="{m.anchor}"')
        # at one position: closings before openings; closings inner (later piece) first,
        # openings outer (earlier piece) first; an empty piece opens and closes at once
        if s == e:
            events.append((s, 1, n, f"<mark {' '.join(attrs)}></mark>"))
            continue
        events.append((s, 1, n, f"<mark {' '.join(attrs)}>"))
        events.append((e, 0, -n, "</mark>"))
    events.sort()
    out, pos = [], 0
    for at, _, _, tag in events:
        out.append(html.escape(body[pos:at]))
        out.append(tag)
        pos = at
    out.append(html.escape(body[pos:]))
    return "".join(out)


# --- the page ---------------------------------------------------------------------------------

def _legend() -> str:
    labels = {-2: "−2 hostile", -1: "−1", 0: "0 neutral", 1: "+1", 2: "+2 warm"}
    swatches = "".join(f'<span class="rh-key rh-hl rh-st rh-st{_stance_class(v)}">{labels[v]}</span> '
                       for v in STANCE_DOMAIN)
    return (f'<p class="rh-legend">Statements, by stance toward their target: {swatches}'
            f'<span class="rh-key rh-hl rh-ev" data-date="date">event sentence</span> '
            f'<span class="rh-key rh-hl rh-ex">explanation</span> '
            f'<span class="rh-key rh-hl rh-excluded" data-reason="reason">left out</span></p>')


def _css() -> str:
    rules = [f".rh-st{_stance_class(v)} {{ background: {c}33; border-bottom: 3px solid {c}; }}"
             for v, c in zip(STANCE_DOMAIN, STANCE_COLORS)]
    rules.append(f".rh-stn {{ background: {stance_color(None)}33; border-bottom: 3px dotted {stance_color(None)}; }}")
    return "\n".join(rules) + """
mark.rh-hl, .rh-key { color: inherit; background: transparent; padding: 1px 0; }
.rh-article { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, serif; font-size: 17px;
  line-height: 1.75; max-width: 760px; }
mark.rh-ev, .rh-key.rh-ev { outline: 1px dashed #0072B2; outline-offset: 1px; }
mark.rh-ev[data-date]::before, .rh-key.rh-ev::before { content: attr(data-date); font: bold 11px Helvetica, Arial, sans-serif;
  color: #fff; background: #0072B2; border-radius: 3px; padding: 0 3px; margin-right: 3px; white-space: nowrap;
  display: inline-block; line-height: 1.4; }
mark.rh-ex, .rh-key.rh-ex { text-decoration: underline wavy #009E73; }
mark.rh-excluded, .rh-key.rh-excluded { color: #8a8a8a; background: #f0f0f0; }
mark.rh-excluded[data-reason]::before, .rh-key.rh-excluded::before { content: "left out: " attr(data-reason) " ";
  font: italic 12px Helvetica, Arial, sans-serif; color: #666; }
mark.rh-hl[id] { scroll-margin-top: 40vh; }
mark.rh-hl:focus, mark.rh-hl:target { outline: 3px solid #000; outline-offset: 2px; }
.rh-legend .rh-key { margin-right: 6px; font-size: 13px; white-space: nowrap; }
.rh-detail { position: sticky; bottom: 0; background: #fffdf5; border-top: 2px solid #E69F00; padding: 6px 10px;
  font-size: 14px; white-space: pre-line; min-height: 1.5em; }
.rh-meta { font-size: 14px; color: #444; }
"""


_SCRIPT = """
(function () {
  var box = document.getElementById("rh-detail");
  function show(el) {
    var mark = el && el.closest ? el.closest("mark.rh-hl") : null;
    if (!mark) return;
    if (mark.dataset.partOf) mark = document.getElementById(mark.dataset.partOf) || mark;
    box.textContent = mark.getAttribute("title");
  }
  document.addEventListener("focusin", function (e) { show(e.target); });
  document.addEventListener("mouseover", function (e) { show(e.target); });
  if (location.hash) show(document.getElementById(decodeURIComponent(location.hash.slice(1))));
})();
"""


def render_page(article, marks: list[Mark], css: str = "") -> str:
    """The reader page of one article (``rhetoric.corpus.Article``) with its marks."""
    m = article.meta
    esc = html.escape
    counts = {"statements": sum(bool(x.statements) for x in marks), "events": sum(bool(x.events) for x in marks),
              "explanations": sum(bool(x.explanations) for x in marks), "excluded": sum(bool(x.excluded) for x in marks)}
    published = m.published.isoformat()
    if m.published_precision == "estimated" and m.published_earliest and m.published_latest:
        published = f"{m.published_earliest.isoformat()} – {m.published_latest.isoformat()} (estimated)"
    summary = (f"{counts['statements']} statement spans, {counts['events']} event sentences, "
               f"{counts['explanations']} explanations and {counts['excluded']} passages left out are marked.")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(m.title)} ({esc(m.id)})</title>
<style>
{css}
{_css()}
</style>
</head>
<body>
<main>
<p><a href="../index.html">← All reports</a></p>
<h1>{esc(m.title)}</h1>
<p class="rh-meta">Article <code>{esc(m.id)}</code> · outlet: {esc(m.outlet or "not stated")} · published {esc(published)} ·
language {esc(m.language)}</p>
<p class="rh-meta">The text below is the article exactly as stored (character offsets count from its first
character). {esc(summary)} Hover over a highlight or move to it with the Tab key for what the reports say about
it; the address of each highlight is its offsets (<code>#start-end</code>).</p>
{_legend()}
<div class="rh-article">{render_body(article.body, marks)}</div>
<div class="rh-detail" id="rh-detail" aria-live="polite">Hover over or tab to a highlight to see who says what about whom.</div>
</main>
<script>{_SCRIPT}</script>
</body>
</html>
"""


# --- what the reports cite, per article ---------------------------------------------------------

def _statement_rows(statements) -> dict[str, list[dict]]:
    table = statements.query("""
        SELECT article_id, statement_id, speaker_name, target_name, kind, stance, said_on, "start", "end"
        FROM named_statements WHERE "start" IS NOT NULL AND "end" IS NOT NULL ORDER BY _file, _row""")
    import pandas as pd

    rows: dict[str, list[dict]] = {}
    for r in table.itertuples(index=False):
        stance = None if pd.isna(r.stance) else float(r.stance)
        said = "" if pd.isna(r.said_on) else str(r.said_on)
        rows.setdefault(str(r.article_id), []).append({
            "start": r.start, "end": r.end, "id": str(r.statement_id), "speaker": str(r.speaker_name),
            "target": str(r.target_name), "kind": str(r.kind), "stance": stance, "said_on": said})
    return rows


def _event_rows(events) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {}
    if events.coded is not None:
        coded, sources = events.coded
        about = {e.event_id: (str(e.date), str(e.title)) for e in coded.itertuples(index=False)}
        for r in sources.itertuples(index=False):
            date, title = about.get(r.event_id, ("undated", ""))
            rows.setdefault(str(r.article_id), []).append(
                {"start": r.start, "end": r.end, "date": date, "title": title, "event_id": str(r.event_id)})
    else:
        for r in events.derived().itertuples(index=False):
            rows.setdefault(str(r.article_id), []).append(
                {"start": r.start, "end": r.end, "date": str(r.date), "title": f"“{r.date_text}”", "event_id": ""})
    return rows


def _explanation_rows(annotations_dir) -> dict[str, list[dict]]:
    from rhetoric.annotations import load_explanations

    table = load_explanations(annotations_dir) if annotations_dir else None
    rows: dict[str, list[dict]] = {}
    for r in (table.itertuples(index=False) if table is not None else []):
        rows.setdefault(str(r.article_id), []).append(
            {"start": r.start, "end": r.end, "explains": str(r.explains), "explanation": str(r.explanation)})
    return rows


def reader_inputs_sha256(corpus_dir: Path, annotations_dir: Path | None, actors: Path,
                         statements: Path | None = None) -> str:
    """The hash of what the reader pages are made of: corpus, annotations, actors, statements
    store, requirements.txt and the package code this module imports (transitively)."""
    from rhetoric.paths import PROJECT_ROOT
    from rhetoric.report import fingerprint

    code = fingerprint.module_inputs(__name__)
    return fingerprint.inputs_sha256(
        Path(__file__), {}, [("corpus", corpus_dir), ("annotations", annotations_dir), ("actors", actors),
                             ("package", fingerprint.PACKAGE_DIR, code),
                             ("requirements", PROJECT_ROOT / "requirements.txt"), ("statements", statements)])


def write_reader_pages(corpus_dir: Path, out_dir: Path, actors: Path, annotations_dir: Path | None = None,
                       statements: Path | None = None) -> int:
    """Write ``OUT/articles/<id>.html`` for every article of the corpus (unless their inputs are
    unchanged) and remove the pages of articles no longer in it; returns the pages written."""
    from rhetoric.actors import load_actors
    from rhetoric.corpus import iter_articles
    from rhetoric.report.publish import write_text_atomically
    from rhetoric.report.render import page_css
    from rhetoric.store.loading import load_events, load_statements

    folder = out_dir / READER_DIR
    digest = reader_inputs_sha256(corpus_dir, annotations_dir, actors, statements)
    stamp = folder / STAMP
    if stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == digest:
        return 0
    folder.mkdir(parents=True, exist_ok=True)
    registry = load_actors(actors)
    source, _ = load_statements(corpus_dir, registry, annotations_dir, statements or "none")
    said = _statement_rows(source)
    dated = _event_rows(load_events(corpus_dir, registry, annotations_dir))
    explained = _explanation_rows(annotations_dir)
    css = page_css()
    written = set()
    for article in iter_articles(corpus_dir):
        excluded = [(p.start, p.end, p.reason) for p in article.passages if p.kind == "excluded"]
        marks = collect_marks(article.body, said.get(article.id, []), dated.get(article.id, []),
                              explained.get(article.id, []), excluded)
        write_text_atomically(folder / f"{article.id}.html", render_page(article, marks, css))
        written.add(f"{article.id}.html")
    for page in folder.glob("*.html"):
        if page.name not in written:
            page.unlink()
    write_text_atomically(stamp, digest + "\n")
    return len(written)
