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

Each paragraph is a statement (kind ``direct``, channel ``document``), as a document's
paragraphs are what a reader quotes; one that takes no stance and names no one is left out
afterwards like an interview's answers (``rhetoric.extract.nonstatements``). A paragraph another
rule already gave a statement keeps it. A document is dated by its heading, then by the
article's first paragraph (the editor's introduction: "On Sunday 5 March the president
addressed …").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rhetoric.extract.model import Statement

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


def document_statements(ctx: ArticleContext) -> list[Statement]:
    """The statements of the documents an article reproduces (module doc)."""
    out: list[Statement] = []
    taken = [(s.start, s.end) for s in ctx.statements]
    issuer = None
    head = (0, 0)
    text_starts = {p.start for p in ctx.paras}
    for p in ctx.article.passages:
        if _BRACKETS_ONLY.fullmatch(ctx.body, p.start, p.end):
            continue  # "[Applause]", "[…]": nobody's, and no heading
        line = _HEADING_LINE.fullmatch(ctx.body, p.start, p.end) is not None
        if p.kind == "heading" or line:
            # (a heading line opens a document; any other heading, a short italic standfirst
            # among them, only ends one)
            of = _DOCUMENT_OF.search(ctx.body, p.start, p.end)
            issuer = _issuer(ctx, p.start, p.end, of) if line and \
                (of is not None or _GIVEN.search(ctx.body, p.start, p.end)) and \
                not _NOT_A_TITLE.search(ctx.body, p.start, p.end) else None
            head = (p.start, p.end)
            continue
        if issuer is None or p.start not in text_starts:
            continue
        if _END.match(ctx.body, p.start, p.end):
            issuer = None
            continue
        zone = [head] + ([(ctx.paras[0].start, ctx.paras[0].end)] if ctx.paras[0].start < head[0] else [])
        lo = p.start + (lead.end() - p.start if (lead := _LEADING_BRACKETS.match(ctx.body, p.start, p.end)) else 0)
        hi = p.end
        while hi > lo and ctx.body[hi - 1] in " \n…[]":
            hi = ctx.body.rfind("[", lo, hi) if ctx.body[hi - 1] == "]" else hi - 1
        if hi <= lo or any(a < hi and lo < b for a, b in taken):
            continue
        s_lo, s_hi = ctx.sent_index(lo), ctx.sent_index(hi - 1)
        out.append(Statement(issuer, "direct", lo, hi, "", s_lo, s_hi, (lo, hi), (lo, hi), (lo, hi),
                             date_zone=zone, paragraph=ctx.para_index(p.start), channel="document"))
    return out
