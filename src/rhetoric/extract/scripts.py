"""A script's lines: speakers defined once in its code, then lines that open with their tag.

A visual novel's source (Ren'Py's 'define v = Character("Aleksandar Vučić", who_color="#c0392b")',
then 'v "I am appalled by Turkey's behavior …"'), or any script that defines its speakers as
variables, names them nowhere else. A line that opens with a defined tag, then holds only a
quotation to its end, is the words of the speaker the tag defines (``script_speaker``): the
registry's actor whose name opens the definition ("NATO official (unnamed)": NATO), else the name
as it is. In such a script a line that is only a quotation, or whose tag defines no speaker
('centered "{b}Belgrade. The same day, 17:14.{/b}"'), is the narrator's or a title card: nobody's
words (``narration_line``). A title card that tells a day dates the lines under it, up to the
next card that tells one ("The same day" goes on with the day before; ``card_day``).
"""

from __future__ import annotations

import re

from rhetoric.extract.dates import find_temporal_expressions

#: A speaker defined as a variable: 'define v = Character("Aleksandar Vučić", …)', "e = Character('Eileen')"
#: (not only at a line's start: the corpus may read two short lines of code as one wrapped line).
_DEFINED = re.compile(r"(?:^[ \t]*|(?<=[ \t]))(?:define[ \t]+)?(?P<tag>[A-Za-z_]\w{0,15})[ \t]*=[ \t]*[A-Z]\w*\([ \t]*"
                      r"[\"'](?P<name>[^\"'\n]{2,60})[\"']", re.M)
#: What stands before a script line's quotation: its tag or nothing.
_TAG = re.compile(r"[ \t]*(?:(?P<tag>[A-Za-z_]\w{0,15})[ \t]+)?")
#: Markup inside a card's words: "{b}", "{/b}", "{i}".
_TEXT_TAG = re.compile(r"\{/?[a-z]+\}")


def script_tags(ctx) -> dict[str, str]:
    """Tag → the speaker it defines (actor id or name), for a text with two or more definitions;
    computed once per article."""
    found = getattr(ctx, "_script_tags", None)
    if found is None:
        found = {}
        if "=" in ctx.body and "(" in ctx.body:
            for m in _DEFINED.finditer(ctx.body):
                named = ctx.reg.find_mentions(m.group("name"))
                found[m.group("tag")] = named[0].actor if named and named[0].start == 0 else m.group("name").strip()
        if len(found) < 2:
            found = {}
        ctx._script_tags = found
    return found


def _line_of(ctx, q) -> tuple[re.Match, int] | None:
    """The tag (or none) before a quotation that fills the rest of its line, and the line's end."""
    lo = ctx.body.rfind("\n", 0, q.open) + 1
    hi = ctx.body.find("\n", q.open)
    hi = len(ctx.body) if hi < 0 else hi
    close = q.close if q.close is not None else q.end
    if q.block or ctx.body[close + 1:hi].strip():
        return None
    m = _TAG.fullmatch(ctx.body, lo, q.open)
    return (m, hi) if m is not None else None


def script_speaker(ctx, q) -> str | None:
    """The speaker a script line's defined tag gives its quotation (module doc), else None."""
    tags = script_tags(ctx)
    if not tags or (line := _line_of(ctx, q)) is None:
        return None
    return tags.get(line[0].group("tag") or "")


def narration_line(ctx, q) -> bool:
    """Whether a quotation is a script's line with no defined speaker: the narrator's or a card."""
    tags = script_tags(ctx)
    return bool(tags) and (line := _line_of(ctx, q)) is not None and (line[0].group("tag") or "") not in tags


#: A title card's line: a tag the script does not define, then a quotation alone ('centered "{b}…{/b}"').
_CARD = re.compile(r"^[ \t]*(?P<tag>[A-Za-z_]\w{0,15})[ \t]+[\"“](?P<text>[^\"“”\n]{4,200})[\"”][ \t]*$", re.M)


def card_day(ctx, pos: int):
    """The day the last title card before ``pos`` that tells a day tells (module doc), else None."""
    tags = script_tags(ctx)
    if not tags:
        return None
    day, published = None, ctx.timeline.published
    for m in _CARD.finditer(ctx.body, 0, pos):
        if m.group("tag") in tags:
            continue
        text = _TEXT_TAG.sub(lambda t: " " * len(t.group()), m.group("text"))
        days = [te.date for te in find_temporal_expressions(text, published, 0)
                if te.date is not None and te.date.precision == "day" and te.date.earliest <= published]
        if days:
            day = days[0]
    return day
