"""Outlines: a list whose levels of indentation are branches, as a mind map's or an outliner's
text export sets out who said what and when:

    - **Belgrade**
      - Aleksandar Vučić, president
        - X, 8 Oct, 17:14
          - [!] "I am appalled by Turkey's behavior …"
          - Turkey "dreams of restoring the Ottoman Empire again"
      - Defence Ministry
        - General Milan Mojsilović, phone call to the KFOR commander, 8 Oct
          - protested at the "continued arming of the so-called Kosovo Security Force"

A quotation on an item that names no one belongs to the voice of its *branch*: the nearest item
above it at a shallower level that opens with a person (a name the registry has or not: "Aleksandar
Vučić, president") or with an unnamed member of a body ("unnamed NATO official, to Radio Free
Europe": NATO); an item of a place or a state ("**Belgrade**") is no voice, and a quotation's own
item under another ("- and: “…”" under a quoted item) goes on up the branch. The items between
date the words, nearest first ("X, 8 Oct, 17:14"). An item marked wrong ("[x]", "✗") is no one's
words.

``branch`` gives the items above a position; ``branch_voice`` the voice and the date zones.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rhetoric.extract import vocabulary as v
from rhetoric.extract.cards import AFTER_NAME, member_signature, signature
from rhetoric.extract.dates import find_temporal_expressions
from rhetoric.extract.quotelists import OCCASION
from rhetoric.extract.resolve import is_person

if TYPE_CHECKING:
    from rhetoric.extract.context import ArticleContext

#: A list item's start: its indentation, its mark ("- ", "* ", "+ ", "• ", "1. ", "2) ").
_ITEM = re.compile(r"(?P<indent>[ \t]*)(?:[-*+•]|\d{1,3}[.)])[ \t]+(?=\S)")
#: Markup and icons before an item's words: "**", "*", "[!] ", "[?] ", "🔑 ".
_ITEM_LEAD = re.compile(r"(?:[*_]+|\[[!?✓✔]\][ \t]*|[ \t]+)*")
#: An item marked as wrong or struck: "[x] …", "✗ …", "❌ …", "~~…".
_WRONG_MARK = re.compile(r"[ \t]*(?:\[[xX×]\]|[✗✘❌]|~~)")
#: A word of a body's name: a name the registry lacks that holds one is no person's ("Defence Ministry").
_BODY_WORDS = frozenset("ministry office council government department agency embassy commission committee "
                        "court parliament presidency cabinet army force forces command mission".split())
#: Words before a quotation on an item that make it another's words or a work's title, not the voice's:
#: "newspapers called", "his aides:", "the title of his book:", "described in Baku as", "explainer:".
_OTHERS_WORDS = re.compile(r"(?i)(?<![\w-])(?:newspapers?|media|press(?!\s+(?:conference|briefing|release|statement))|aides?|"
                           r"critics|supporters|opponents|officials|"
                           r"title[sd]?|book|nicknamed?|headlined?|headlines?|caption|slogan|banner|described|summari[sz]ed|"
                           r"dubbed|known\s+as|by\s+the|explainer|feature|story|piece|article|essay|documentary|film|"
                           r"podcast|episode|citation)(?![\w-])|(?<![\w-])(?-i:[a-z]+['’]s\s)")  # (and another's text: "committee's citation:")
#: An item between the words and the voice that makes them another's: "his ministry's list of complaints",
#: "titles of his books", "what the newspapers wrote".
_OTHERS_BRANCH = re.compile(r"(?<![\w-])(?:[a-z]+['’]s\s|(?i:titles?|books?|newspapers?|media|critics|supporters|opponents)(?![\w-]))")
#: Capitalised words only, a person's titles before the name: "Chief Cabinet Secretary ", "Maj. Gen. ".
_TITLES_ONLY = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}")
#: A name's description after it: ", historian", ", an analyst at …", " (Crisis Group)".
_DESCRIBED_AFTER = re.compile(r",\s+(?:an?\s+|the\s+)?[a-z]|\s*\(")
#: The most words an item that names a voice may have.
_ITEM_WORDS = 20
#: How many lines above an item its branch is looked for in.
_BRANCH_LINES = 80


def _indent(m: re.Match) -> int:
    return len(m.group("indent").expandtabs(4))


def branch(body: str, pos: int) -> list[tuple[int, int]]:
    """The items of the branch that holds ``pos`` as (start of the words, end of the line): its own
    item first, then each item above it at a shallower level, up to the list's first level. Empty
    when ``pos`` is on no indented item (a top-level item is no branch: nothing is above it)."""
    line_lo = body.rfind("\n", 0, pos) + 1
    own = _ITEM.match(body, line_lo)
    if own is None or _indent(own) == 0:
        return []
    line_hi = body.find("\n", pos)
    out = [(own.end(), len(body) if line_hi < 0 else line_hi)]
    level = _indent(own)
    hi = line_lo - 1
    for _ in range(_BRANCH_LINES):
        if hi <= 0 or level == 0:
            break
        lo = body.rfind("\n", 0, hi) + 1
        item = _ITEM.match(body, lo)
        if item is None:
            if body[lo:hi].strip() and not body[lo].isspace():
                break  # (a paragraph at the margin ends the list)
        elif _indent(item) < level:
            out.append((item.end(), hi))
            level = _indent(item)
        hi = lo - 1
    return out if level == 0 else []


def _voice_of_item(ctx: ArticleContext, lo: int, hi: int) -> str | None:
    """The voice an item opens with (module doc), else None: a person of the registry after
    capitalised titles at most ("Chief Cabinet Secretary Osamu Fujimura", "General Milan Mojsilović,
    phone call to …"), a name the registry lacks with its description after a comma or in brackets
    ("Jérôme Gygax, historian") or alone on its item (not "Nobel Peace Prize, 2019", "National Assembly, 21
    Aug", nor a body's name), or an unnamed member of a body ("unnamed NATO official, to Radio Free Europe")."""
    lo = item_words_start(ctx.body, lo, hi)
    found = ctx.reg.find_mentions(ctx.body[lo:hi], lo)
    if found and _TITLES_ONLY.fullmatch(ctx.body, lo, found[0].start) and is_person(ctx, found[0].actor):
        return found[0].actor if AFTER_NAME.match(ctx.body, found[0].end, hi) else None
    name = signature(ctx.body, ctx.reg, lo, hi, max_words=_ITEM_WORDS)
    if name is not None and name[0] == lo and not found and \
            (_DESCRIBED_AFTER.match(ctx.body, name[1], hi) or not ctx.body[name[1]:hi].strip(" \t*_")) and \
            not _BODY_WORDS.intersection(ctx.body[name[0]:name[1]].lower().split()):
        return ctx.body[name[0]:name[1]]  # (a name alone on its item, or described: "Alexis Dudden", "Jérôme Gygax, historian")
    member = member_signature(ctx.reg, ctx.body, lo, hi)
    return member[0] if member is not None else None


def others_words(body: str, lo: int, hi: int) -> bool:
    """Whether an item's words make what it quotes or reports another's (``_OTHERS_WORDS``: "described
    in Baku as", "newspapers called", "committee's citation:")."""
    return _OTHERS_WORDS.search(body, lo, hi) is not None


def item_words_start(body: str, lo: int, hi: int) -> int:
    """Where an item's words begin, past its markup and icons ("[!] ", "**")."""
    return _ITEM_LEAD.match(body, lo, hi).end()


def branch_voice(ctx: ArticleContext, pos: int) -> tuple[str, list[tuple[int, int]]] | None:
    """The voice of the branch that holds ``pos`` and the items that date its words, nearest first
    (module doc); None when ``pos`` is on no indented item, its item is marked wrong or names
    someone before ``pos``, or no item above opens with a voice."""
    items = branch(ctx.body, pos)
    if not items:
        return None
    own_lo = items[0][0]
    words_lo = item_words_start(ctx.body, own_lo, pos)
    if _OTHERS_WORDS.search(ctx.body, words_lo, pos):
        return None  # ("newspapers called …", "his aides: …", "the title of his book:", "described in Baku as …")
    if _WRONG_MARK.match(ctx.body, own_lo) or \
            any(c.kind == "pronoun" or c.start == words_lo and c.kind in ("mention", "name", "role") and
                (c.kind != "mention" or is_person(ctx, c.ref)) for c in ctx.cands_in(own_lo, pos)):
        return None  # (an item that opens with its own speaker is read by the rules of its sentence; not
        # one that names another after its verb, "called Vučić's statements “…”")
    for k, (lo, hi) in enumerate(items[1:], 1):
        speaker = _voice_of_item(ctx, lo, hi)
        if speaker is not None:
            return speaker, items[:k + 1]
        if _OTHERS_BRANCH.search(ctx.body, lo, hi) or not _occasion_item(ctx, lo, hi):
            return None  # (a branch of another's text or words, "his ministry's list of complaints" over "“illegal
            # dumping”", or a heading of what is told about the person, "Reputation", "Career": no words of theirs)
    return None


def _occasion_item(ctx: ArticleContext, lo: int, hi: int) -> bool:
    """Whether an item between words and their voice tells when or where they were said ("X, 8 Oct,
    17:14", "press conference, Thu 9 Oct", "unnamed official, to RFE") or is words itself (a quotation
    with a sub-item, "- and: “…”" under it)."""
    text = ctx.masked[lo:hi]
    return v.MASK in text or OCCASION.search(ctx.body, lo, hi) is not None or \
        any(te.date is not None for te in find_temporal_expressions(text, ctx.timeline.published, lo))
