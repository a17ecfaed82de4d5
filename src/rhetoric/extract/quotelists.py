"""Quotation lists: quotations set out unquoted as list items, each over a line that gives its
source, as a quotation wiki's page or a collection of sayings lays them out:

    === Aleksandar Vučić ===
    * I am appalled by Turkey's behavior and brutal violation of the UN Charter …
    ** Post on X (8 October 2025), as quoted by Telegrafi (9 October 2025).
    * It is now completely clear that Turkey does not want the stability of the Western Balkans …
    ** Same post.

An item is a quotation when it has no quotation marks of its own and the line right under it is
its *source line*: a sub-item (a wiki's "** …", or a list item indented under it) that names an
occasion of speaking and tells a date ("Post on X (8 October 2025)"; not a date alone, nor the
writer's clause, "Most recently on 24 February 2025"), opens with a person, or refers to the
source before it ("Same post.", "ibid."). Whose words they are: the person the source line opens
with ("Mentor Vrajolli, Kosovo Center for Security Studies, to Radio Free Europe (October 2025)"),
else the heading over the list when that heading is only names of people or bodies ("===
Aleksandar Vučić ===", "=== NATO and KFOR ===": the first; not "### Hungary", a state over the
writer's summary of where it stands). A heading that
names no one ("== Disputed ==", "== Misattributed ==", "== Quotes about the crisis ==") gives its
items to no one: words put in a mouth, or said by someone the source line does not name first.

A quotation may also stand unquoted with its speaker signed after a dash at its end, nothing after
the name, as a puzzle page's solutions or a page of sayings print it ("**1.** I AM APPALLED BY
TURKEY'S BEHAVIOR … - ALEKSANDAR VUCIC"): the signed person's words (``signed_quotations``),
dated by the line and by a note in italics right under it ("*Posted on X at 17:14 on Wednesday
8 October 2025.*"). The line must be long enough to be read as text (a short one is a heading,
with no sentences), a name the registry lacks signs only a numbered or listed line (not a
report's sign-off), the page must print quotations (a note in italics under the line, or a heading
that says so: "cryptoquotes", "sayings", "in their own words"), and neither an award's blurb under
its bold title nor a quiz's clue under a question is a quotation.

Each sentence of an item is a statement (kind ``direct``; a run of short ones is one utterance,
``transcript.utterances``), dated by its source line (its first date: "Post on X (8 October
2025), as quoted by Telegrafi (9 October 2025)" was said on the 8th), and a line that refers to
the one before ("Same post.", "Same occasion", "Ibid.") by that one's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rhetoric.extract.cards import signature
from rhetoric.extract.clauses import verbs_in
from rhetoric.extract.dates import find_temporal_expressions
from rhetoric.extract.model import Statement
from rhetoric.extract.resolve import QUESTION_HEADING, is_person
from rhetoric.extract.transcript import utterances

if TYPE_CHECKING:
    from rhetoric.extract.context import ArticleContext

#: A list item's marker and the indentation before it: "* ", "- ", "  • ", a wiki's "** ".
_ITEM = re.compile(r"(?P<indent>[ \t]*)(?P<marker>\*{1,3}|[-•])[ \t]+(?=\S)")
#: A source line that refers to the one before it: "Same post.", "Same occasion, of …", "Ibid.".
_SAME = re.compile(r"(?i)(?:the\s+)?(?:same|ibid\b|id\.)")
#: Quotation marks: an item that has its own is read by the quotation rules.
_QUOTE_MARK = re.compile(r"[\"“”„«»]")
#: What a heading of names may hold besides the names: "NATO and KFOR", "Kurti, Osmani".
_JOINERS = re.compile(r"(?:\s|,|&|\band\b)*")
#: A heading's markup: "=== … ===", "## …", "**…**".
_HEADING_MARKUP = re.compile(r"^[\s=#*_]+|[\s=#*_:]+$")
#: An occasion of speaking or a report of it, on a source line: "Post on X", "Interview with TV
#: Pink", "Press conference, Belgrade", "as quoted by Telegrafi", "to Radio Free Europe".
OCCASION = re.compile(r"(?i)(?<![\w-])(?:posts?|tweets?|interviews?|statements?|speech|address|remarks|"
                       r"press\s+conference|news\s+conference|briefing|letter|editorial|column|op-ed|broadcast|"
                       r"hearing|debate|rally|message|video|podcast|radio|television|tv|communiqu[eé]|"
                       r"quoted|reported|to\s+(?:the\s+)?[A-Z][\w-]+)(?![\w-])")
#: An item that opens with a verb and no subject: the writer's summary of a stance ("Backs
#: fast-track accession", "Wants sanctions lifted", "Opposes the talks").
_BARE_VERB = re.compile(r"(?!(?:This|Thus|Its|His|Hers|Ours|Yours|Theirs|Yes|Perhaps|Unless|Whereas|Nevertheless|"
                        r"Regardless|Less|As|Us|Indeed|Need)\b)[A-Z][a-z]+(?:s|ed)\s+[a-z]")
#: Words of a source line long enough to name a speaker and the report after the name.
_SOURCE_WORDS = 30


def _depth(body: str, m: re.Match) -> tuple[int, int]:
    """How deep a list item is: its indentation (from its line's start: a passage starts after
    it), then its marker's length ("**" under "*")."""
    line = body.rfind("\n", 0, m.start()) + 1
    return len(body[line:m.start("marker")].expandtabs(4)), len(m.group("marker"))


def _heading_speaker(ctx: ArticleContext, lo: int, hi: int) -> str | None:
    """The speaker a heading names when it is only names (module doc), else None."""
    text = _HEADING_MARKUP.sub("", ctx.body[lo:hi])
    if not text:
        return None
    found = ctx.reg.find_mentions(text)
    rest = text
    for mt in reversed(found):
        rest = rest[:mt.start] + " " + rest[mt.end:]
    if found and _JOINERS.fullmatch(rest):
        # (a person or a body that speaks; not a state or a place, "### Hungary" over the
        # writer's summary of where it stands)
        actor = ctx.reg.actors.get(found[0].actor)
        return found[0].actor if actor is not None and actor.kind not in ("state", "place", "media") else None
    start = lo + ctx.body[lo:hi].find(text)
    name = signature(ctx.body, ctx.reg, start, start + len(text))
    return ctx.body[name[0]:name[1]] if name is not None and name[1] == start + len(text) else None


def _source_speaker(ctx: ArticleContext, lo: int, hi: int) -> str | None:
    """The person a source line opens with, else None."""
    name = signature(ctx.body, ctx.reg, lo, hi, max_words=_SOURCE_WORDS)
    if name is None:
        return None
    found = ctx.reg.find_mentions(ctx.body[name[0]:name[1]], name[0])
    if found:
        return found[0].actor if is_person(ctx, found[0].actor) else None
    return ctx.body[name[0]:name[1]]


def _is_source(ctx: ArticleContext, lo: int, hi: int, text_lo: int) -> bool:
    """Whether the line [lo, hi) (its text from ``text_lo``) is a source line (module doc): it
    refers to the one before, opens with a person, or names an occasion of speaking and tells a
    date ("Post on X (8 October 2025)", "KFOR statement (17 July 2023)"); not a date alone nor a
    clause of the writer's ("Most recently on 24 February 2025", "Repeated the demand on 7 March")."""
    if _SAME.match(ctx.body, text_lo, hi) or _source_speaker(ctx, text_lo, hi) is not None:
        return True
    if not OCCASION.search(ctx.body, text_lo, hi):
        return False
    published = ctx.timeline.published
    return any(te.date is not None for te in find_temporal_expressions(ctx.masked[text_lo:hi], published, text_lo))


#: A quotation's end, then its signature after a dash to the line's end: ". - ALEKSANDAR VUCIC", "! — Tusk".
_SIGNED_END = re.compile(r"(?<=[.!?…])[*_]*[ \t]+(?:[-–—―]|--)[ \t]*(?P<name>[^\n\-–—―]{3,60}?)[ \t*_.]*")
#: The dashes a signature may follow, as ``_signed_end`` looks for them from the line's end.
_SIGN_DASHES = ("—", "–", "―", " - ", " -- ")
#: What opens such a line before the words: a list item's mark or a number ("**1.** ", "- ", "3) ").
_OPENING_MARK = re.compile(r"[ \t]*(?:(?:\*\*|__)?\d{1,3}[.)](?:\*\*|__)?[ \t]+|[-*•][ \t]+)?")
#: A title in bold that runs into the text: "**Most predictable.** ".
_RUN_IN_TITLE = re.compile(r"[ \t]*(?:\*\*|__)(?!\d{1,3}[.)])[^*_\n]{2,60}(?:\*\*|__)[ \t]")


def _heading_above(ctx: ArticleContext, pos: int):
    """The heading nearest above ``pos``: a heading's passage, or a "#" line ("## Who am I?" ends a
    sentence, so it is read as text); None when there is none."""
    return next((h for h in reversed(ctx.article.passages) if h.end <= pos and
                 (h.kind == "heading" or ctx.body.startswith("#", h.start))), None)


def _under_a_question(ctx: ArticleContext, pos: int) -> bool:
    """Whether the heading above ``pos`` asks a question (a quiz's "**Who am I?**", ``resolve.QUESTION_HEADING``)."""
    heading = _heading_above(ctx, pos)
    return heading is not None and QUESTION_HEADING.fullmatch(ctx.body, heading.start, heading.end) is not None


#: A heading over quotations: "Solutions to last Saturday's cryptoquotes", "Sayings of the week",
#: "Who said it?", "In their own words".
_QUOTING_WORDS = re.compile(r"(?i)quot|saying|said|words|solution")


def _quoting_heading(ctx: ArticleContext, pos: int) -> bool:
    """Whether the heading above ``pos`` announces quotations (``_QUOTING_WORDS``)."""
    heading = _heading_above(ctx, pos)
    return heading is not None and _QUOTING_WORDS.search(ctx.body, heading.start, heading.end) is not None


#: A note in italics on the line under a signed quotation: where and when the words were said.
_NOTE_UNDER = re.compile(r"[ \t]*[*_](?![*_])")
#: A signature that is a group's or the desk's, not a person's: "The Editors", "Our correspondent".
_NOT_A_SIGNER = re.compile(r"(?:The|A|An|Our|Your|Their)\s")
#: The fewest words a signed quotation has.
_SIGNED_WORDS = 4


def _signed_end(body: str, lo: int, hi: int) -> re.Match | None:
    """The signature after a dash that ends the line [lo, hi) (``_SIGNED_END`` read from the last
    dash of the line back, so that no pattern scans the whole line)."""
    at = max((body.rfind(d, lo, hi) for d in _SIGN_DASHES), default=-1)
    if at < 0:
        return None
    start = at
    while start > lo and body[start - 1] in " \t*_":
        start -= 1  # (back to the stop the dash follows: "… well. — Marko Đurić", "…**. - X")
    return _SIGNED_END.fullmatch(body, start, hi)


def signed_quotations(ctx: ArticleContext, taken: list[tuple[int, int]]) -> list[Statement]:
    """The statements of quotations printed unquoted with their speaker signed after a dash
    (module doc); none where another rule has found a statement."""
    passages = [p for p in ctx.article.passages if p.kind != "excluded"]
    out: list[Statement] = []
    for k, p in enumerate(passages):
        if p.kind not in ("text", "bullet") or _QUOTE_MARK.search(ctx.body, p.start, p.end):
            continue  # (a line short enough to be a heading has no sentences to give)
        end = _signed_end(ctx.body, p.start, p.end)
        if end is None or (name := signature(ctx.body, ctx.reg, end.start("name"), p.end)) is None or \
                name[0] != end.start("name") or _NOT_A_SIGNER.match(ctx.body, name[0]):
            continue  # (not "- The Editors", a note's signature)
        found = ctx.reg.find_mentions(ctx.body[name[0]:name[1]], name[0])
        speaker = found[0].actor if found and is_person(ctx, found[0].actor) else None if found else ctx.body[name[0]:name[1]]
        lo, hi = _OPENING_MARK.match(ctx.body, p.start, p.end).end(), end.start()
        if not found and lo == p.start:
            continue  # (a name the registry lacks signs only a numbered or listed line: not a report's sign-off,
            # "… the final session. — Anna Nowak, Brussels")
        if any(mt.start == lo and mt.actor != speaker and is_person(ctx, mt.actor) for mt in ctx.mentions_in(lo, hi)):
            continue  # (nor a line about another person, "- Tusk will travel to Kyiv next week. — Piotr Nowak")
        if _RUN_IN_TITLE.match(ctx.body, lo, hi) or _under_a_question(ctx, p.start):
            continue  # (an award's blurb under its title, "**Most predictable.** Arrived late … — Viktor Orbán",
            # or a quiz's clue, "Who am I?": words about the one named, not theirs)
        if speaker is None or len(ctx.body[lo:hi].split()) < _SIGNED_WORDS or any(x < hi and lo < y for x, y in taken) or \
                verbs_in(ctx, lo, hi, False):
            continue  # (nor a paragraph that tells of others speaking: "Ana Kowalska said the puzzle …")
        zone = [(end.start(), p.end)]
        nxt = passages[k + 1] if k + 1 < len(passages) else None
        if nxt is not None and ctx.body[p.end:nxt.start].count("\n") <= 2 and _NOTE_UNDER.match(ctx.body, nxt.start):
            zone.append((nxt.start, nxt.end))  # ("*Posted on X at 17:14 on Wednesday 8 October 2025.*")
        elif not _quoting_heading(ctx, p.start):
            continue  # (a page of quotations, or a note under the line: not a programme's item, a book's
            # title in a reading list or a photograph's credit, "… published this spring. — Radosław Sikorski")
        sents = []
        for si in range(ctx.sent_index(lo), ctx.sent_index(hi - 1) + 1):
            a, b = max(ctx.sents[si].start, lo), min(ctx.sents[si].end, hi)
            if b > a:
                sents.append(Statement(speaker, "direct", a, b, "", si, si, (a, b), (a, b), (a, b),
                                       date_zone=zone, paragraph=ctx.para_index(p.start)))
        out.extend(utterances(ctx, sents))
    return out


def _branch_over_quotes(ctx: ArticleContext, passages, k: int) -> bool:
    """Whether the list item ``k``'s sub-item has items under it that quote: an outline's branch,
    "Foreign Minister Kim Sung-hwan" over "National Assembly, 21 Aug" over "“There is no …”", not a
    quotation over its source line with a note under it ("translation: our own")."""
    sub = _ITEM.match(ctx.body, passages[k + 1].start, passages[k + 1].end)
    for p in passages[k + 2:k + 6]:
        under = _ITEM.match(ctx.body, p.start, p.end)
        if under is None or _depth(ctx.body, under) <= _depth(ctx.body, sub):
            return False
        if _QUOTE_MARK.search(ctx.body, p.start, p.end):
            return True
    return False


def quote_list_statements(ctx: ArticleContext) -> list[Statement]:
    """The statements of an article's quotation lists (module doc)."""
    passages = ctx.article.passages
    taken = [(s.start, s.end) for s in ctx.statements]
    out: list[Statement] = []
    heading: tuple[int, int] | None = None
    last_zone: list[tuple[int, int]] = []
    for k, p in enumerate(passages):
        if p.kind == "heading":
            heading, last_zone = (p.start, p.end), []
            continue
        item = _ITEM.match(ctx.body, p.start, p.end)
        if item is None or k + 1 >= len(passages):
            continue
        q = passages[k + 1]
        sub = _ITEM.match(ctx.body, q.start, q.end)
        if sub is None or _depth(ctx.body, sub) <= _depth(ctx.body, item) or ctx.body[p.end:q.start].count("\n") > 1:
            continue  # (no source line right under it)
        lo, hi = item.end(), p.end
        if _QUOTE_MARK.search(ctx.body, lo, hi) or not _is_source(ctx, q.start, q.end, sub.end()):
            continue
        if len(_HEADING_MARKUP.sub("", ctx.body[lo:hi]).split()) < _SIGNED_WORDS or _branch_over_quotes(ctx, passages, k):
            continue  # (a branch's label of an outline, "**Pristina**" over "Albin Kurti, acting prime minister" over his
            # dates and words: not a quotation over its source, ``outlines``)
        if _BARE_VERB.match(ctx.body, lo, hi) and not ctx.reg.find_mentions(ctx.body[lo:ctx.body.find(" ", lo, hi)], lo):
            continue  # ("Backs fast-track accession for Ukraine": the writer's summary, no one's words)
        zone = [(sub.end(), q.end)] + (last_zone if _SAME.match(ctx.body, sub.end(), q.end) else [])
        last_zone = zone
        speaker = _source_speaker(ctx, sub.end(), q.end) or \
            (_heading_speaker(ctx, *heading) if heading is not None else None)
        if speaker is None:
            continue  # ("== Disputed ==": words put in a mouth, no one's)
        sents = []
        for si in range(ctx.sent_index(lo), ctx.sent_index(hi - 1) + 1):
            a, b = max(ctx.sents[si].start, lo), min(ctx.sents[si].end, hi)
            if b <= a or any(x < b and a < y for x, y in taken):
                continue  # (a sentence another rule already gave a statement keeps it)
            sents.append(Statement(speaker, "direct", a, b, "", si, si, (a, b), (a, b), (a, b),
                                   date_zone=zone, paragraph=ctx.para_index(p.start)))
        out.extend(utterances(ctx, sents))
    return out + signed_quotations(ctx, taken + [(x.start, x.end) for x in out])
