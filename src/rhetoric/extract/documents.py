"""Documents reproduced as text: a speech, a note, a communiqué given in the article unquoted.

A document opens with a heading line of its own (a Markdown heading, or a paragraph all in bold)
that names it as a text given in full or in part ("**Full text (passages on Germany)**", "## The
statement in full", "**Document 2. Communiqué of the Algerian Ministry of Foreign Affairs,
Algiers, 18 July 2021**"). Its paragraphs, up to the next heading line, a rule ("* * *") or a
note of the editor's (a paragraph that opens in italics: "*How it was answered:* …"), are the
words of its issuer (``_issuer``): the actor the heading names after the document's noun
("Communiqué of the Algerian Ministry …"; a person, or someone it is addressed to: "Letter from
Warsaw" is a column's title), else whose the heading, the title or the introduction says the
text is ("Orbán's speech in full", "Erdoğan's words on …", "after Tusk's address"), else the
person the introduction tells as speaking. A heading that is a sentence or a link names no
document. Stage directions and omissions in brackets ("[Applause]", "[…]") are nobody's.

A document may also open with a header block, short lines with no blank line between, one of
which names it by its kind and then its author, a person ("Question for written answer
E-000187/2025 / to the Commission / Rule 144 / Karin Lindqvist-Aho (Verts/ALE)", "Answer given by
Mr Jørgensen / on behalf of the European Commission / (24.3.2025)"): a parliament's written
question and its answer. Its field lines ("Subject: …", "Submitted: 13.1.2025") are no
statements and do not end it; a numbered question ("1. Does the Commission consider …?") asks.

Each sentence is a statement (kind ``direct``, channel ``document``), a run of short ones one
utterance, as an interview's answers are (``transcript.utterances``); one that takes no stance
and names no one is left out afterwards (``rhetoric.extract.nonstatements``). A sentence another
rule already gave a statement keeps it. A document is dated by its heading, then by its field
lines, then by the article's first paragraph (the editor's introduction: "On Sunday 5 March the
president addressed …").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rhetoric.extract.cards import signature
from rhetoric.extract.model import Statement
from rhetoric.extract.resolve import is_person
from rhetoric.extract.transcript import utterances

if TYPE_CHECKING:
    from rhetoric.extract.context import ArticleContext

#: A paragraph that is a heading line: "## …", or all of it in bold.
_HEADING_LINE = re.compile(r"\s*(?:#{1,4}\s+[^\n]+|(?:\*\*|__)[^*_\n]+(?:\*\*|__)[.:]?)\s*")
#: What makes a heading a document's: the text given in full or in part, or a document's noun
#: and whose it is ("Statement of the …", "Note by …").
_GIVEN = re.compile(r"(?i)(?<![\w-])(?:full\s+text|text\s+in\s+full|in\s+full|the\s+text\s+of|verbatim|"
                    r"as\s+delivered)(?![\w-])")
_DOCUMENT_OF = re.compile(r"(?i)(?<![\w-])(?:speech|address|remarks|statement|communiqu[eé]|declaration|"
                          r"note(?:\s+verbale)?|letter|message|memorandum|text)\s+(?:of|by|from)\s")
#: What says whose a text is, after a name: "Orbán's speech", "Erdoğan’s words on".
_OWNER_OF_TEXT = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:speech|address|remarks|words|statement|communiqu[eé]|letter|"
                            r"note|message|text|declaration)(?![\w-])", re.I)
#: A verb of speaking right after a person in the introduction: "Erdoğan addressed a rally".
_SPEAKING = r"(?:spoke|speaks|addressed|addresses|said|says|wrote|writes|told|tells|delivered|gave|issued|published)"
_SPOKE_AFTER = re.compile(r"(?:,[^,.;]{1,60},)?\s+(?:[a-z]+ly\s+)?" + _SPEAKING + r"(?![\w-])")
#: Addressed to someone: "Letter from Donald Tusk to the European Council".
_TO = re.compile(r"(?<![\w-])to\s+(?:the\s+)?[A-Z]")
#: A heading that is a sentence or a link, not a document's title: "Text of the agreement is
#: still secret", "Read the full text here".
_NOT_A_TITLE = re.compile(r"(?i)(?<![\w-])(?:is|are|was|were|has|have|had|will|would|read|click|see|here|below|link)(?![\w-])")
#: A paragraph that ends the document: a rule, or an editor's note that opens in italics.
_END = re.compile(r"\s*(?:\*\s*\*\s*\*|-{3,}|_{3,}|\*(?!\*)|_(?!_))")
#: A paragraph or a sentence that is all brackets: "[Applause]", "[…]", "[The hall chants: …]".
_BRACKETS_ONLY = re.compile(r"\s*(?:\[[^\[\]]*\]\s*)+")
_LEADING_BRACKETS = re.compile(r"(?:\[(?:…|\.\.\.)\]\s*)+")
#: A document's field line: "Subject: …", "Re: …", "Submitted: 13.1.2025".
_FIELD = re.compile(r"[*_]*(?:Subject|Re|Ref|Reference|Submitted|Date|To|From|Cc)[*_]*:[*_]*\s")
#: A numbered paragraph's number: "1. ", "2) ".
_NUMBERED = re.compile(r"\s*\d{1,2}[.)]\s+")


def _issuer(ctx: ArticleContext, lo: int, hi: int, of: re.Match | None) -> str | None:
    """Whose document a heading [lo, hi) opens (module doc): the actor it names after the
    document's noun ("Communiqué of the ministry …"; from a person only, or to someone: "Letter
    from Warsaw" is a column's title), or whose it says it is ("Orbán's speech in full"); else
    the one the title or the first paragraph says it is of ("Erdoğan's words on …", "after
    Tusk's address"), else the person the first paragraph tells as speaking."""
    heading = ctx.body[lo:hi]
    if of is not None:
        named = ctx.reg.find_mentions(ctx.body[of.end():hi])
        if not named:
            return None  # "Statement of intent", "Text of the agreement": no one's document
        person = ctx.reg.actors[named[0].actor].kind == "person"
        if of.group().split()[-1].lower() == "from" and not person and not _TO.search(heading):
            return None  # "Letter from Warsaw", "A message from Brussels": a column's or a section's title
        return named[0].actor
    for text in (heading, ctx.article.meta.title or "",
                 ctx.body[ctx.paras[0].start:ctx.paras[0].end] if ctx.paras and ctx.paras[0].start < lo else ""):
        for mt in ctx.reg.find_mentions(text):
            if _OWNER_OF_TEXT.match(text, mt.end):
                return mt.actor  # "Orbán's speech in full", "Full text: Erdoğan's words on …"
    if ctx.paras and ctx.paras[0].start < lo:
        first = ctx.paras[0]
        for c in ctx.cands_in(first.start, first.end):
            if c.kind in ("mention", "name") and c.person and c.ref and _SPOKE_AFTER.match(ctx.masked, c.end):
                return c.ref  # "On Sunday President Erdoğan addressed a rally …"
    return None


#: A header line that names a document by its kind: "Question for written answer E-000187/2025",
#: "Answer given by Mr Jørgensen", "Statement by the Spokesperson", "Open letter to …".
_HEADER_NOUN = re.compile(r"[\s*_#]*(?i:(?:open\s+)?(?:question|answer|reply|response|letter|statement|speech|address|"
                          r"remarks|note|memorandum|communiqu[eé]|declaration|testimony|submission|petition))(?![\w-])")
#: Before an addressee in a header: "to the Commission", "To: Péter Magyar".
_ADDRESSED = re.compile(r"(?i:to):?\s+(?:the\s+)?$")
#: Before the author on the header's noun line: "Answer given by ", "Letter from ", "Statement by the ".
_BY = re.compile(r"(?i:by|from)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|the)\.?\s+)?$")


def _header_block(ctx: ArticleContext, passages: list, k: int) -> int:
    """The index after the last heading of the header block that starts at passage ``k``: lines
    with no blank line between them (a written question's "Question for written answer … / to
    the Commission / Rule 144 / Karin Lindqvist-Aho (Verts/ALE)")."""
    j = k + 1
    while j < len(passages) and passages[j].kind == "heading" and ctx.body[passages[j - 1].end:passages[j].start] == "\n":
        j += 1
    return j


def _header_issuer(ctx: ArticleContext, lo: int, hi: int) -> str | None:
    """Whose text a header block [lo, hi) opens: when one of its lines names a document by its
    kind (``_HEADER_NOUN``), the first actor named from that line on who is not its addressee,
    when that is a person ("Answer given by Mr Jørgensen / on behalf of the European Commission":
    Jørgensen; not "Letter / from Warsaw", a column's title)."""
    lines = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"[^\n]+", ctx.body[lo:hi])]
    for k, (a, b) in enumerate(lines):
        if _HEADER_NOUN.match(ctx.body, a, b) is None:
            continue
        # the author after "by"/"from" on the noun's line ("Answer given by Mr Jørgensen"), else a
        # line of the block that is only a name ("Karin Lindqvist-Aho (Verts/ALE)"), not its
        # addressee ("to the Commission", "To: Péter Magyar"); not a title's name ("Why Viktor
        # Orbán keeps winning", "Donald Tusk's first year back": no name line)
        for mt in ctx.reg.find_mentions(ctx.body[a:b], a):
            if _BY.search(ctx.body, max(a, mt.start - 16), mt.start):
                return mt.actor if is_person(ctx, mt.actor) else None
        for c, d in lines[k + 1:]:
            name = signature(ctx.body, ctx.reg, c, d)
            if name is None or _ADDRESSED.search(ctx.body, c, name[0]) or ctx.body[c:name[0]].strip(" *_"):
                continue
            found = ctx.reg.find_mentions(ctx.body[name[0]:name[1]], name[0])
            return found[0].actor if found and is_person(ctx, found[0].actor) else None
        return None
    return None


def document_statements(ctx: ArticleContext) -> list[Statement]:
    """The statements of the documents an article reproduces (module doc)."""
    out: list[Statement] = []
    taken = [(s.start, s.end) for s in ctx.statements]
    issuer = None
    head = (0, 0)
    text_starts = {p.start for p in ctx.paras}
    passages = ctx.article.passages
    block_end = 0  # the passage after the header block being read
    doc_zone: list[tuple[int, int]] = []
    for k, p in enumerate(passages):
        if _BRACKETS_ONLY.fullmatch(ctx.body, p.start, p.end):
            continue  # "[Applause]", "[…]": nobody's, and no heading
        if k < block_end:
            continue  # (a line of a document's header block, read with its first line)
        line = _HEADING_LINE.fullmatch(ctx.body, p.start, p.end) is not None
        if issuer is not None and _FIELD.match(ctx.body, p.start, p.end):
            # "Subject: …" under a document's header: its field, and the document goes on; a field
            # that dates it ("Submitted: 13.1.2025") dates its statements, after its header
            doc_zone.insert(1, (p.start, p.end))  # (shared by the document's statements, also those above it)
            continue
        if p.kind == "heading" or line:
            # (a heading line opens a document; any other heading, a short italic standfirst
            # among them, only ends one)
            of = _DOCUMENT_OF.search(ctx.body, p.start, p.end)
            issuer = _issuer(ctx, p.start, p.end, of) if line and \
                (of is not None or _GIVEN.search(ctx.body, p.start, p.end)) and \
                not _NOT_A_TITLE.search(ctx.body, p.start, p.end) else None
            head = (p.start, p.end)
            if issuer is None and p.kind == "heading":
                # a header block of lines that names a document and its author (a written
                # question and its answer as a parliament registers them)
                j = _header_block(ctx, passages, k)
                issuer = _header_issuer(ctx, p.start, passages[j - 1].end) if j - k >= 2 else None
                if issuer is not None:
                    head, block_end = (p.start, passages[j - 1].end), j
            # where the document's statements are dated: its header, its fields, the introduction
            doc_zone = [head] + ([(ctx.paras[0].start, ctx.paras[0].end)] if ctx.paras and ctx.paras[0].start < head[0] else [])
            continue
        if issuer is None or p.start not in text_starts:
            continue
        if _END.match(ctx.body, p.start, p.end):
            issuer = None
            continue
        lo = p.start + (lead.end() - p.start if (lead := _LEADING_BRACKETS.match(ctx.body, p.start, p.end)) else 0)
        hi = p.end
        while hi > lo and ctx.body[hi - 1] in " \n…[]":
            hi = ctx.body.rfind("[", lo, hi) if ctx.body[hi - 1] == "]" else hi - 1
        if hi <= lo:
            continue
        if _FIELD.match(ctx.body, lo, hi):
            continue  # "Subject: Threats by the Slovak Government …": the document's field, no statement
        numbered = _NUMBERED.match(ctx.body, lo, hi)
        sents = []
        for si in range(ctx.sent_index(lo), ctx.sent_index(hi - 1) + 1):
            a, b = max(ctx.sents[si].start, lo), min(ctx.sents[si].end, hi)
            if b <= a or _BRACKETS_ONLY.fullmatch(ctx.body, a, b) or any(x < b and a < y for x, y in taken):
                continue  # (a sentence another rule already gave a statement keeps it)
            if numbered and ctx.body[a:b].rstrip(" *_”\"’").endswith("?"):
                continue  # "1. Does the Commission consider …?": a written question's questions ask
            if numbered and a == lo:
                a = numbered.end()  # (the item's text, not its number)
            sents.append(Statement(issuer, "direct", a, b, "", si, si, (a, b), (a, b), (a, b),
                                   date_zone=doc_zone, paragraph=ctx.para_index(p.start), channel="document"))
        out.extend(utterances(ctx, sents))
    return out
