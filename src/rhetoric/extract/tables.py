"""Tables of who said what: a Markdown table with a column of speakers and one of their words.

A data piece may list remarks in a table ("| Reported | Who | Where | What was said |"). Its
header names the columns: the speaker's ("Who", "Speaker", "Said by", "Name", and with what the
same cell tells beside, "Speaker and channel", "Who / where") and the words' ("What was said",
"Quote", "Remarks", "Statement", "In his words"; not a bare "What" or "Comment", which head a
table of acts or of notes). A row's words are its speaker's: a
quote in them (``attribution.table_row``, the first quote rule) and, with no quote, the cell
itself as reported speech ("Accused Vučić of attacking …": ``reported.table_row``). The speaker
cell names the speaker: its first actor, role or name ("Vjosa Osmani, president of Kosovo",
"Đurić, same post", "an unnamed NATO official"), resolved as anywhere else. A header's note in
brackets may say which column names the speakers ("Source (speaker, channel, date)"); a
"Translation", "Rendering" or "Text shown" column holds the words when its cells quote; a "Words" column of
counts is no words said.

A table without both columns (figures, a timeline of events) is left to the other rules.

So are the paragraphs under label lines, as a wire's "Instant View" or reactions factbox lays
them out: a line in capitals that names the speaker and ends with a colon ("MARKO ĐURIĆ, SERBIAN
FOREIGN MINISTER, ON X, WEDNESDAY:"), or opens a line of fields parted by middle dots ("VUČIĆ · X ·
yesterday, 17:14", a moderator's record), then that speaker's words, quoted or reported ("Warned that
trust was …"), a paragraph each (``label_blocks``). The label also dates them. A quote there that
its own sentence attributes ("Vučić, she wrote, was “…”", "when Trump commended Erdoğan for
“…”") is left to the other rules; a pronoun there is the label's speaker when it can be.

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

from rhetoric.extract import vocabulary as v
from rhetoric.extract.resolve import resolve
from rhetoric.regexes import longest_first

if TYPE_CHECKING:
    from rhetoric.extract.context import ArticleContext

#: The line under a table's header: "|---|:---:|---|".
_RULE = re.compile(r"\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?")
#: A header that names the speaker's column.
_SPEAKER_HEAD = re.compile(r"(?i)\W*(?:who|speaker|speakers|said\s+by|name|person|by\s+whom)"
                           # (and what the same cell tells beside the speaker: "Speaker and channel", "Who / where")
                           r"(?:\s*(?:and|&|/|\+)\s*(?:channel|medium|platform|occasion|outlet|source|venue|"
                           r"where|when|date|role|office|title|affiliation))*\W*")
#: A header that names the column of the words said, and no more ("What was said", "Quote",
#: "In his words"; not "What", "Comment", "Statement date": a table of acts or of notes).
_WORDS_HEAD = re.compile(r"(?i)\W*(?:(?:key|main|full|exact|selected|the)\s+)?(?:what\s+(?:(?:was|were|he|she|they|it)\s+)?"
                         r"(?:said|wrote|posted|says|say|writes)(?:\s+\w+){0,2}|said|quotes?|quotations?|"
                         r"(?:(?:in\s+)?(?:his|her|their|its)\s+(?:own\s+)?)?words|remarks?|statements?)\W*")
#: A header that may head words said or notes about them ("Comment", "Reaction"): words said when
#: its cells quote.
_NOTES_HEAD = re.compile(r"(?i)\W*(?:comments?|reactions?|responses?|texts?(?:\s+(?:shown|used|quoted|read(?:\s+out)?))?|"
                         r"(?:translations?|renderings?|wording)"
                         r"(?:\s+(?:supplied|used|given|provided|quoted))?)\W*")
#: A header's note in brackets that says the column names the speaker: "Source (speaker, channel,
#: date of the words)", "Attribution (who, where)".
_SPEAKER_NOTE = re.compile(r"(?i)\((?:[^()]*[,;/]\s*)?(?:speaker|who|said\s+by)\s*[,;/)]")
#: What qualifies a header and does not change what it heads: "(translated)", ", in English".
_HEAD_QUALIFIER = re.compile(r"\s*(?:\([^()]*\)|,.*)$")


@dataclass(frozen=True)
class TableRow:
    """A row of a table of who said what: its line, its speaker's cell, its words' cell; for a
    paragraph under a label line (``label_blocks``), that line too."""

    start: int
    end: int
    speaker: tuple[int, int]
    words: tuple[int, int]
    label: tuple[int, int] | None = None
    #: a row of a two-column table whose headers name neither column ("| Cues | Notes |") but whose
    #: second cells quote: its first cell names the speaker only by a person it opens with
    #: ("Vučić, day 1", "Osmani's answer"; not "NATO?" nor "Feb '26: Ankara", topics)
    person_label: bool = False


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


def who_said_what(body: str, registry=None) -> list[TableRow]:
    """The rows of the article's tables of who said what, of its labelled entries, of its
    label lines' paragraphs and of its lists of labelled items (module doc), in order."""
    rows = sorted(_table_rows(body) + _fixed_width_rows(body) + labelled_entries(body) +
                  label_blocks(body, registry) + label_items(body, registry), key=lambda r: r.start)
    if rows and registry is not None and "**" in body:
        from rhetoric.extract.keys import cast_line_starts

        cast = cast_line_starts(body, registry)
        if cast:  # (a cast list's line, "- **Defendant:** United Kingdom (counsel: …)", says who is who: no words)
            rows = [r for r in rows if body.rfind("\n", 0, r.start) + 1 not in cast]
    return rows


def _line_spans(body: str) -> list[tuple[int, int]]:
    """Each line's start and end in ``body``."""
    lines, pos = [], 0
    for text in body.split("\n"):
        lines.append((pos, pos + len(text)))
        pos += len(text) + 1
    return lines


def _columns(heads: list[str]) -> tuple[int | None, int | None]:
    """Which of a table's headers name the speaker's column and the words' column."""
    who = next((k for k, h in enumerate(heads) if _SPEAKER_HEAD.fullmatch(h)), None)
    what = next((k for k, h in enumerate(heads) if k != who and _WORDS_HEAD.fullmatch(h)), None)
    return who, what


def _unruled_head(body: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether line ``i`` heads a table drawn without a rule under its header (a Gherkin
    "Examples:" table, "| speaker | channel | words |" over its rows): it and the line under it are
    rows in pipes, the line above is none, and its cells name both a speaker's and a words' column."""
    row = body[lines[i][0]:lines[i][1]].strip()
    nxt = body[lines[i + 1][0]:lines[i + 1][1]].strip()
    if not (row.startswith("|") and row.endswith("|") and nxt.startswith("|") and nxt.endswith("|")) or \
            i > 0 and body[lines[i - 1][0]:lines[i - 1][1]].strip().startswith("|"):
        return False
    who, what = _columns([_HEAD_QUALIFIER.sub("", body[a:b]) for a, b in _cells(body, *lines[i])])
    return who is not None and what is not None


def _table_rows(body: str) -> list[TableRow]:
    if "|" not in body:
        return []
    lines = _line_spans(body)
    out: list[TableRow] = []
    i = 0
    while i + 1 < len(lines):
        lo, hi = lines[i]
        ruled = "|" in body[lo:hi] and _RULE.fullmatch(body[lines[i + 1][0]:lines[i + 1][1]].strip())
        if not ruled and not _unruled_head(body, lines, i):
            i += 1
            continue
        head_cells = _cells(body, lo, hi)
        heads = [_HEAD_QUALIFIER.sub("", body[a:b]) for a, b in head_cells]
        who, what = _columns(heads)
        if who is None:  # ("Source (speaker, channel, date of the words)": the note says whose column it is)
            who = next((k for k, (a, b) in enumerate(head_cells) if k != what and _SPEAKER_NOTE.search(body, a, b)), None)
        j = i + 2 if ruled else i + 1
        rows = []
        while j < len(lines) and "|" in body[lines[j][0]:lines[j][1]]:
            cells = _cells(body, *lines[j])
            if len(cells) == len(heads):
                rows.append((lines[j], cells))
            j += 1
        if what is not None and rows and not any(re.search(r"[^\W\d_]", body[slice(*cells[what])]) for _, cells in rows):
            # ("| Words |" of a translator's invoice, its cells counts: no words said; another header may head them)
            what = next((k for k, h in enumerate(heads) if k not in (who, what) and _WORDS_HEAD.fullmatch(h)), None)
        if what is None and who is not None:  # "| Who | Comment |" whose cells quote
            what = next((k for k, h in enumerate(heads) if k != who and _NOTES_HEAD.fullmatch(h) and
                         any(re.search(r"[\"“”]", body[slice(*cells[k])]) for _, cells in rows)), None)
        if who is not None and what is not None:
            out += [TableRow(line[0], line[1], cells[who], cells[what]) for line, cells in rows]
        elif len(heads) == 2 and sum(bool(re.search(r"[\"“”]", body[slice(*cells[1])])) for _, cells in rows) >= 2:
            # ("| Cues / questions | Notes |" whose notes quote: a row's first cell may name the speaker)
            out += [TableRow(line[0], line[1], cells[0], cells[1], person_label=True) for line, cells in rows]
        i = j
    return out


#: A cell of a table laid out in fixed-width columns: words apart by one space, cells by two or more.
_FIXED_CELL = re.compile(r"\S+(?: \S+)*")


def _fixed_width_rows(body: str) -> list[TableRow]:
    """The rows of a table of who said what laid out in fixed-width columns, with no bars (a
    console's print of a data frame, "said_on  speaker  quote" over "2013-05-10  Ma Ying-jeou
    "…"", a plain-text factbox): a header line whose cells, two spaces or more apart, name a
    speaker's column and a words' column, then the lines under it up to a blank line, each with
    as many cells (or one more: a data frame's index, which the header leaves blank)."""
    if "  " not in body:
        return []
    lines = _line_spans(body)
    out: list[TableRow] = []
    i = 0
    while i < len(lines):
        lo, hi = lines[i]
        i += 1
        if "  " not in body[lo:hi].strip() or "|" in body[lo:hi]:
            continue
        heads = [m.group() for m in _FIXED_CELL.finditer(body, lo, hi)]
        who, what = _columns(heads)
        if who is None or what is None:
            continue
        while i < len(lines) and body[lines[i][0]:lines[i][1]].strip():
            cells = [m.span() for m in _FIXED_CELL.finditer(body, *lines[i])]
            cells = cells[1:] if len(cells) == len(heads) + 1 else cells
            if len(cells) == len(heads):
                out.append(TableRow(lines[i][0], lines[i][1], cells[who], cells[what]))
            i += 1
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


#: A line of its own that ends with a colon: what a label line (``label_blocks``) may be.
_COLON_LINE = re.compile(r"[ \t]*(?:\*\*|__)?(?P<head>[^\n:]{2,240}?)(?:\*\*|__)?:(?:\*\*|__)?[ \t]*")
#: A line of fields parted by middle dots, the first the speaker's name in capitals: a record's
#: "VUČIĆ · X · yesterday, 17:14", "NATO · an official, not named, to Radio Free Europe".
_FIELDS_LINE = re.compile(r"[ \t]*(?P<head>[^\n·|:*_#>\-\[(][^\n·|:*_]{1,59}?)[ \t]+·[ \t]+[^\n]{1,200}")
#: A heading: a line of "#", or one wholly in bold.
_HEADING_LINE = re.compile(r"[ \t]*(?:#{1,6}\s|\*\*[^*\n]+\*\*[ \t]*$)")
#: How many paragraphs under a label line are its speaker's, at most (the last label's words
#: may be followed by the article's own text).
LABEL_BLOCK_PARAGRAPHS = 4


#: Words of a section's title in capitals, never of a person's name ("KEY FACTS:", "WHAT HAPPENS
#: NEXT:", "WHO IS INVOLVED:", "OUR CORRESPONDENT:").
_TITLE_WORDS = frozenset("""what who whom why how when where which is are was were at the a an of in on to for and or
next key facts background context stake matters happens happened said says our your their its it this that these
those involved reactions reaction comments comment quotes analysis timeline correspondent reporter question answer
editor note notes update updates summary latest more""".split())


def label_name(head: str, start: int, registry) -> tuple[int, int] | None:
    """The span of the speaker a label line's head names ("DONALD TUSK, POLISH PRIME MINISTER,
    ON X", "POLISH PRIME MINISTER DONALD TUSK"): an actor of the registry found in its words as
    they are spelt in running text, else the words before its first comma when they look like a
    person's name (two to four words, none of a section's title) and a description follows; else
    None."""
    name = re.split(r"[,(]", head)[0].rstrip()
    if registry is not None:
        # a person named in it ("POLISH PRIME MINISTER DONALD TUSK"), or a body that is all of it
        # ("CHINA'S FOREIGN MINISTRY"; not "NATO HEADQUARTERS, BRUSSELS", a place)
        # (or an acronym as it is spelt: "NATO", not "Nato")
        found = [mt for spelt in (name.title(), name) for mt in registry.find_mentions(spelt)
                 if registry.actors[mt.actor].kind == "person"
                 or registry.actors[mt.actor].kind != "state" and mt.end - mt.start == len(name)]
        if found:
            return start + found[0].start, start + found[0].end
    words = name.split()
    rest = head[len(name):].lower()
    if 2 <= len(words) <= 4 and not any(w.lower().strip("'’.") in _TITLE_WORDS for w in words) and \
            _ROLE_AFTER_NAME.search(rest):
        return start, start + len(name)
    return None


#: A description after a person's name in a label: a title or a role ("EMIR SULJAGIĆ, DIRECTOR OF
#: THE SREBRENICA MEMORIAL CENTER"; not "OIL PRICES, WEDNESDAY", a topic and a day).
_ROLE_AFTER_NAME = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, longest_first(v.TITLE_WORDS - {"state", "national", "security"}))) +
                              r"|director|chair\w*|head|member|editor|researcher|fellow|expert|professor|founder|"
                              r"ceo|mp|mep|deputy|envoy|activist|author|historian|journalist|lawyer|analyst|officer|"
                              r"economist|scholar|lecturer|consultant|advis[eo]r|strategist|specialist)(?![\w-])")
#: The first word of a paragraph of reported speech under a label: "Warned that …", "Said the …".
REPORTED_OPENING = re.compile(r"[\s*_]*[A-Z][a-z]+(?:ed|ied)\b|[\s*_]*(?:Said|Told|Wrote|Spoke|Says|Tells|Writes)\b")


def label_blocks(body: str, registry=None) -> list[TableRow]:
    """The paragraphs under label lines (module doc): a line in capitals that names a speaker
    (``label_name``) and ends with a colon ("ALEKSANDAR VUČIĆ, PRESIDENT OF SERBIA, AT
    THURSDAY'S PRESS CONFERENCE:", a wire's "Instant View" or reactions factbox), or whose first
    field before a middle dot does ("VUČIĆ · X · yesterday, 17:14", a record's, ``_FIELDS_LINE``),
    where an article has two or more, is the speaker's cell of each paragraph under it that quotes or opens with a
    verb ("Warned that …"), up to the next line in capitals ending with a colon ("BACKGROUND:"),
    a heading, a paragraph of the writer's own (neither), or ``LABEL_BLOCK_PARAGRAPHS``."""
    if ":\n" not in body and not body.rstrip().endswith(":") and " · " not in body:
        return []
    lines, pos = [], 0
    for text in body.split("\n"):
        if text.strip():
            lines.append((pos, pos + len(text)))
        pos += len(text) + 1
    caps: dict[int, tuple[int, int] | None] = {}  # line index -> the name it labels, if any
    for k, (lo, hi) in enumerate(lines):
        m = _COLON_LINE.fullmatch(body, lo, hi) or _FIELDS_LINE.fullmatch(body, lo, hi)
        if m is None:
            continue
        head = m.group("head")
        letters = [c for c in re.sub(r"\([^()]*\)", "", head) if c.isalpha()]
        if len(letters) < 3 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
            continue
        caps[k] = label_name(head, m.start("head"), registry)
    if sum(1 for name in caps.values() if name) < 2:
        return []
    out = []
    for k, name in caps.items():
        if name is None:
            continue
        for j in range(k + 1, min(len(lines), k + 1 + LABEL_BLOCK_PARAGRAPHS)):
            lo, hi = lines[j]
            if j in caps or _HEADING_LINE.match(body, lo, hi) or \
                    not (re.search(r"[\"“”]", body[lo:hi]) or REPORTED_OPENING.match(body, lo, hi)):
                break  # ("The European Parliament approved the resolution …": the writer's own again)
            out.append(TableRow(lo, hi, name, (lo, hi), label=lines[k]))
    return out


#: A list item opened by a bold label and a colon: "- **MoFA, 16 Jan**: …", "* **FM Jilani,
#: 17 Jan** (phone call from Kampala): …", "1. **Tusk:** …".
#: (or its channel after a comma: "- **3 Jan 2013 — KIRCHNER**, open letter in two London papers: …")
_LABEL_ITEM = re.compile(r"^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(?:\*\*|__)(?P<head>[^*_\n:]{2,100}?)"
                         r"(?::(?:\*\*|__)|(?:\*\*|__)[ \t]*(?:\([^()\n]{1,80}\)|,[^:\n\"“*]{1,100})?[ \t]*:)[ \t]+(?=\S)",
                         re.M)
#: A heading: a line of "#", or one wholly in bold.
_HEADING_TEXT = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+(?P<hash>[^\n]+)|\*\*(?P<bold>[^*\n]+)\*\*[ \t]*)$", re.M)
#: A label whose colon is inside its bold, as a transcript's: "- **Tusk:** We will not accept …".
_SPOKEN_LABEL = re.compile(r":(?:\*\*|__)[ \t]+$")
#: Words that open in the passive: "criticised by Tusk", "accused by Fidesz of …".
_PASSIVE_OPENING = re.compile(r"\s*(?:\w+ly\s+)?[A-Za-z]+(?:ed|en|wn)\s+by\b")
#: A heading over a list of words said: "Key statements", "What they said", "Quotes", "Reactions".
_WORDS_SECTION = re.compile(r"(?i)(?<![\w-])(?:statements?|quotes?|quotations?|remarks|reactions?|responses?|"
                            r"(?:what|who|how)\s+(?:\w+\s+)?(?:said|say|says|responded|reacted|answered)|"
                            r"in\s+(?:their|his|her)\s+own\s+words)(?![\w-])")


def _item_speaker(head: str, start: int, registry) -> tuple[int, int] | None:
    """The span of the actor a list item's bold label names as its speaker: a person named in its
    words before the first comma or bracket ("FO spox Mumtaz Zahra Baloch, 17 Jan"), or another
    actor that opens them ("MoFA, 16 Jan"); not an outlet, nor a date or a topic ("16 Jan 2024",
    "Background")."""
    if (when := v.WHEN_BEFORE_DASH.match(head)) is not None:
        head, start = head[when.end():], start + when.end()  # ("Today, Downing Street — CAMERON": the one after the dash)
    name = re.split(r"[,(]", head)[0].rstrip()
    lead = len(name) - len(re.sub(r"^(?:[Tt]he)\s+", "", name))  # ("The Kremlin, 19 Jan")
    found = registry.find_mentions(name)
    for mt in found:  # a person first ("Kremlin spokesman Dmitry Peskov"), else a body that opens it
        if registry.actors[mt.actor].kind == "person":
            return start + mt.start, start + mt.end
    for mt in found:
        if registry.actors[mt.actor].kind != "media" and mt.start <= lead:
            return start + mt.start, start + mt.end
    return None


#: A line that goes on a list item: indented, and no new item.
_ITEM_GOES_ON = re.compile(r"[ \t]+(?![-*•][ \t]|\d{1,2}[.)][ \t])\S")


def _item_end(body: str, pos: int) -> int:
    """Where the list item that ``pos`` is in ends: its line's end, or the end of the indented
    lines that go on it ("- **Orbán**: …" / "  Also claimed …")."""
    hi = body.find("\n", pos)
    while hi >= 0 and _ITEM_GOES_ON.match(body, hi + 1):
        hi = body.find("\n", hi + 1)
    return len(body) if hi < 0 else hi


def label_items(body: str, registry=None) -> list[TableRow]:
    """The items of a list of who said what: a list item whose bold label names a speaker, and
    maybe when and where ("- **MoFA, 16 Jan**: “…” and “…”", "- **NSC, 19 Jan**: any attempt to
    breach …"), where an article has two or more, is a row: the label the speaker's cell, the
    rest of the line the words. Words that quote nothing are words said when they open with a
    reporting verb ("condemned the strike; …") or when the heading over the list names words said
    ("Key statements", "What they said"); else ("- **Serbia**: recalled its ambassador") the item
    is left to the other rules."""
    if registry is None or ("**" not in body and "__" not in body):
        return []
    found = []
    for m in _LABEL_ITEM.finditer(body):
        name = _item_speaker(m.group("head"), m.start("head"), registry)
        if name is not None:
            found.append((m, name))
    if len(found) < 2:
        return []
    headings = [(h.start(), h.group("hash") or h.group("bold")) for h in _HEADING_TEXT.finditer(body)]
    out = []
    for m, name in found:
        hi = _item_end(body, m.end())
        words = body[m.end():hi]
        first = re.match(r"[A-Za-z]+", words)
        if _PASSIVE_OPENING.match(words):
            continue  # "- **Orbán, 7 Oct**: criticised by Tusk as …": the label is the one spoken of
        heading = next((text for pos, text in reversed(headings) if pos < m.start()), "")
        if re.search(r"[\"“”]", words) or first and v.lemma_of(first.group()) != first.group().lower() or \
                _WORDS_SECTION.search(heading) or _SPOKEN_LABEL.search(m.group()):
            out.append(TableRow(m.start(), hi, name, (m.end(), hi), label=(m.start(), m.end())))
    return out


def row_at(ctx: ArticleContext, pos: int) -> TableRow | None:
    """The row of a table of who said what whose words cell holds ``pos``, else None."""
    rows = ctx.table_rows
    i = bisect.bisect_right([r.start for r in rows], pos) - 1
    if i < 0 or not rows[i].words[0] <= pos < rows[i].words[1]:
        return None
    return rows[i]


#: A note's lead-in from its speaker to the quote: "(Orbán), on radio: ".
_LEAD_TO_QUOTE = re.compile(r"[^\"“:\n]{0,40}:\s*")


def row_speaker(ctx: ArticleContext, row: TableRow) -> str | None:
    """Who a row's speaker cell names: its first actor, role or name, resolved; a label line's
    name in capitals as the registry spells it, else as a name ("EMIR SULJAGIĆ": "Emir Suljagić")."""
    x = next((c for c in ctx.cands_in(*row.speaker) if c.kind in ("mention", "name", "role")), None)
    if row.person_label:
        # (only a person the cell opens with, a short label: "Vučić, day 1", "Osmani's answer"; and not
        # when the notes name a person before their first quote, "Orbán, on radio: “…”": theirs)
        first_quote = re.search(r"[\"“]", ctx.body[row.words[0]:row.words[1]])
        opening = row.words[0] + first_quote.start() if first_quote is not None else row.words[0]
        named = any(c.person and c.kind in ("mention", "name") and
                    (_LEAD_TO_QUOTE.fullmatch(ctx.body, c.end, opening) or v.SPEECH.search(ctx.masked, c.end, opening))
                    for c in ctx.cands_in(row.words[0], opening))
        return resolve(ctx, x) if x is not None and x.person and x.kind in ("mention", "name") and not named and \
            not ctx.body[row.speaker[0]:x.start].strip(" *_") and \
            len(ctx.body[row.speaker[0]:row.speaker[1]].split()) <= 5 else None
    if row.label is None:
        return resolve(ctx, x) if x is not None else None
    name = ctx.body[row.speaker[0]:row.speaker[1]].strip(" *_")
    name = name.title() if name.isupper() else name  # (a list item's label as it is spelt: "MoFA")
    return ctx.reg.resolve(name) or (resolve(ctx, x) if x is not None and x.kind != "name" else None) or name
