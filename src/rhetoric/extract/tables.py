"""Tables of who said what: a Markdown table with a column of speakers and one of their words.

A data piece may list remarks in a table ("| Reported | Who | Where | What was said |"). Its
header names the columns: the speaker's ("Who", "Speaker", "Said by", "Name") and the words'
("What was said", "Quote", "Remarks", "Statement", "In his words"; not a bare "What" or
"Comment", which head a table of acts or of notes). A row's words are its speaker's: a
quote in them (``attribution.table_row``, the first quote rule) and, with no quote, the cell
itself as reported speech ("Accused Vučić of attacking …": ``reported.table_row``). The speaker
cell names the speaker: its first actor, role or name ("Vjosa Osmani, president of Kosovo",
"Đurić, same post", "an unnamed NATO official"), resolved as anywhere else.

A table without both columns (figures, a timeline of events) is left to the other rules.

The same holds for entries laid out as labelled fields, one paragraph each ("*Who, when:* Luigi
Di Maio, at a rally on 20 January" … "*What he said:* “…”"): the "Who" field names the speaker
and dates the words, the field labelled as words said ("What was said:", "Quote:") holds them
(``labelled_entries``); a field of another label between them ("*What it means:*") is not
words said.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rhetoric.extract.resolve import resolve

if TYPE_CHECKING:
    from rhetoric.extract.context import ArticleContext

#: The line under a table's header: "|---|:---:|---|".
_RULE = re.compile(r"\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?")
#: A header that names the speaker's column.
_SPEAKER_HEAD = re.compile(r"(?i)\W*(?:who|speaker|speakers|said\s+by|name|person|by\s+whom)\W*")
#: A header that names the column of the words said, and no more ("What was said", "Quote",
#: "In his words"; not "What", "Comment", "Statement date": a table of acts or of notes).
_WORDS_HEAD = re.compile(r"(?i)\W*(?:(?:key|main|full|exact|selected|the)\s+)?(?:what\s+(?:(?:was|were|he|she|they|it)\s+)?"
                         r"(?:said|wrote|posted|says|say|writes)(?:\s+\w+){0,2}|said|quotes?|quotations?|"
                         r"(?:(?:in\s+)?(?:his|her|their|its)\s+(?:own\s+)?)?words|remarks?|statements?)\W*")
#: A header that may head words said or notes about them ("Comment", "Reaction"): words said when
#: its cells quote.
_NOTES_HEAD = re.compile(r"(?i)\W*(?:comments?|reactions?|responses?)\W*")
#: What qualifies a header and does not change what it heads: "(translated)", ", in English".
_HEAD_QUALIFIER = re.compile(r"\s*(?:\([^()]*\)|,.*)$")


@dataclass(frozen=True)
class TableRow:
    """A row of a table of who said what: its line, its speaker's cell, its words' cell."""

    start: int
    end: int
    speaker: tuple[int, int]
    words: tuple[int, int]


def _cells(body: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The cells of a table line, as spans stripped of spaces (the bars at its ends dropped)."""
    line = body[lo:hi]
    bars = [lo + m.start() for m in re.finditer(r"\|", line)]
    if line.lstrip().startswith("|"):
        edges = bars
    else:
        edges = [lo - 1] + bars
    if not line.rstrip().endswith("|"):
        edges = edges + [hi]
    out = []
    for a, b in zip(edges, edges[1:]):
        a += 1
        while a < b and body[a].isspace():
            a += 1
        while b > a and body[b - 1].isspace():
            b -= 1
        out.append((a, b))
    return out


def who_said_what(body: str) -> list[TableRow]:
    """The rows of the article's tables of who said what and of its labelled entries (module
    doc), in order."""
    return sorted(_table_rows(body) + labelled_entries(body), key=lambda r: r.start)


def _table_rows(body: str) -> list[TableRow]:
    if "|" not in body:
        return []
    lines, pos = [], 0
    for text in body.split("\n"):
        lines.append((pos, pos + len(text)))
        pos += len(text) + 1
    out: list[TableRow] = []
    i = 0
    while i + 1 < len(lines):
        lo, hi = lines[i]
        if "|" not in body[lo:hi] or not _RULE.fullmatch(body[lines[i + 1][0]:lines[i + 1][1]].strip()):
            i += 1
            continue
        heads = [_HEAD_QUALIFIER.sub("", body[a:b]) for a, b in _cells(body, lo, hi)]
        who = next((k for k, h in enumerate(heads) if _SPEAKER_HEAD.fullmatch(h)), None)
        what = next((k for k, h in enumerate(heads) if k != who and _WORDS_HEAD.fullmatch(h)), None)
        j = i + 2
        rows = []
        while j < len(lines) and "|" in body[lines[j][0]:lines[j][1]]:
            cells = _cells(body, *lines[j])
            if len(cells) == len(heads):
                rows.append((lines[j], cells))
            j += 1
        if what is None and who is not None:  # "| Who | Comment |" whose cells quote
            what = next((k for k, h in enumerate(heads) if k != who and _NOTES_HEAD.fullmatch(h) and
                         any(re.search(r"[\"“”]", body[slice(*cells[k])]) for _, cells in rows)), None)
        if who is not None and what is not None:
            out += [TableRow(line[0], line[1], cells[who], cells[what]) for line, cells in rows]
        i = j
    return out


#: A paragraph that opens with a label: "*Who, when:* …", "**Quote:** …", "What he said: …".
_FIELD = re.compile(r"[ \t]*(?:\*\*|__|\*|_)?(?P<label>[A-Z][A-Za-z ,']{1,30}?)\s*:(?:\*\*|__|\*|_)?[ \t]+(?=\S)")
#: A label that names the speaker's field: "Who", "Who, when", "Speaker", "Said by", "Source".
_WHO_FIELD = re.compile(r"(?i)(?:who|speaker|said\s+by|source)(?:\s*(?:,|and)\s*(?:when|where))*")


def labelled_entries(body: str) -> list[TableRow]:
    """The entries of labelled fields (module doc): a "Who" paragraph, then the paragraph whose
    label names words said, before the next "Who" paragraph, as a row."""
    if ":" not in body:
        return []
    paras, pos = [], 0
    for text in body.split("\n"):
        if text.strip():
            paras.append((pos, pos + len(text)))
        pos += len(text) + 1
    out, who = [], None
    for lo, hi in paras:
        m = _FIELD.match(body, lo, hi)
        if m is None:
            continue
        label = m.group("label").strip()
        if _WHO_FIELD.fullmatch(label):
            who = (lo, m.end(), hi)
        elif who is not None and _WORDS_HEAD.fullmatch(label):
            out.append(TableRow(who[0], hi, (who[1], who[2]), (m.end(), hi)))
            who = None
    return out


def row_at(ctx: ArticleContext, pos: int) -> TableRow | None:
    """The row of a table of who said what whose words cell holds ``pos``, else None."""
    rows = ctx.table_rows
    i = bisect.bisect_right([r.start for r in rows], pos) - 1
    if i < 0 or not rows[i].words[0] <= pos < rows[i].words[1]:
        return None
    return rows[i]


def row_speaker(ctx: ArticleContext, row: TableRow) -> str | None:
    """Who a row's speaker cell names: its first actor, role or name, resolved."""
    x = next((c for c in ctx.cands_in(*row.speaker) if c.kind in ("mention", "name", "role")), None)
    return resolve(ctx, x) if x is not None else None
