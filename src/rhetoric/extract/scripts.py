"""A script's lines: speakers defined once in its code, then lines that open with their tag.

A visual novel's source (Ren'Py's 'define v = Character("Aleksandar Vučić", who_color="#c0392b")',
then 'v "I am appalled by Turkey's behavior …"'), or any script that defines its speakers as
variables, names them nowhere else. A line that opens with a defined tag, then holds only a
quotation to its end, is the words of the speaker the tag defines (``script_speaker``): the
registry's actor whose name opens the definition ("NATO official (unnamed)": NATO), else a person's
name as it is ("Narrator", "Phone": the narrator's). Only the code block that holds the definitions
is the script (else the text from them on). In such a script a line that is only a quotation, or whose tag defines no speaker
('centered "{b}Belgrade. The same day, 17:14.{/b}"'), is the narrator's or a title card: nobody's
words (``narration_line``). A title card that tells a day dates the lines under it, up to the
next card that tells one ("The same day" goes on with the day before, "Tuesday" counts from it;
``card_day``).
"""

from __future__ import annotations

import bisect
import re

from rhetoric.extract.dates import find_temporal_expressions

#: A speaker defined as a variable with the script's keyword: 'define v = Character("Aleksandar Vučić", …)'
#: (not a program's 'milei = Speaker("Javier Milei")'; not only at a line's start: the corpus may read two
#: short lines of code as one wrapped line).
_DEFINED = re.compile(r"(?:^[ \t]*|(?<=[ \t]))define[ \t]+(?P<tag>[A-Za-z_]\w{0,15})[ \t]*=[ \t]*[A-Z]\w*\([ \t]*"
                      r"[\"'](?P<name>[^\"'\n]{2,60})[\"']", re.M)
#: What stands before a script line's quotation: its tag or nothing.
_TAG = re.compile(r"[ \t]*(?:(?P<tag>[A-Za-z_]\w{0,15})[ \t]+)?")
#: Markup inside a card's words: "{b}", "{/b}", "{i}".
_TEXT_TAG = re.compile(r"\{/?[a-z]+\}")


#: A name the registry lacks that a definition may give a speaker: a person's, two or three
#: capitalised words ("Nick Mangwana"; not the script's "Narrator", "Phone" or "Guide").
_PERSON_NAME = re.compile(r"[A-ZÀ-Ž][\w'’-]+(?:[ \t]+[A-ZÀ-Ž][\w'’-]+){1,2}")
#: A code block's fence line.
_FENCE = re.compile(r"^[ \t]*```", re.M)


def script_tags(ctx) -> dict[str, str | None]:
    """Tag → the speaker it defines (actor id, a person's name, or None for the narrator's and the
    script's other voices), for a text with two or more definitions; computed once per article."""
    found = getattr(ctx, "_script_tags", None)
    if found is None:
        found = {}
        if "define" in ctx.body:
            for m in _DEFINED.finditer(ctx.body):
                named = ctx.reg.find_mentions(m.group("name"))
                name = m.group("name").strip()
                found[m.group("tag")] = named[0].actor if named and named[0].start == 0 else \
                    name if _PERSON_NAME.fullmatch(name) else None
        if len(found) < 2:
            found = {}
        ctx._script_tags = found
        ctx._script_span = _span(ctx.body, next(_DEFINED.finditer(ctx.body)).start()) if found else (0, 0)
    return found


def _span(body: str, at: int) -> tuple[int, int]:
    """Where the script whose first definition is at ``at`` runs: the code block that holds it, else
    from there to the text's end."""
    fences = [m.start() for m in _FENCE.finditer(body)]
    before = [f for f in fences if f < at]
    after = [f for f in fences if f > at]
    if len(before) % 2 == 1 and after:
        return before[-1], after[0]
    return at, len(body)


def _in_script(ctx, pos: int) -> bool:
    lo, hi = ctx._script_span
    return lo <= pos < hi


def _line_of(ctx, q) -> re.Match | None:
    """The tag (or none) before a quotation that fills the rest of its line."""
    lo = ctx.body.rfind("\n", 0, q.open) + 1
    hi = ctx.body.find("\n", q.open)
    hi = len(ctx.body) if hi < 0 else hi
    close = q.close if q.close is not None else q.end
    if q.block or ctx.body[close + 1:hi].strip():
        return None
    return _TAG.fullmatch(ctx.body, lo, q.open)


def script_speaker(ctx, q) -> str | None:
    """The speaker a script line's defined tag gives its quotation (module doc), else None."""
    tags = script_tags(ctx)
    if not tags or not _in_script(ctx, q.open) or (line := _line_of(ctx, q)) is None:
        return None
    return tags.get(line.group("tag") or "")


def narration_line(ctx, q) -> bool:
    """Whether a quotation is a script's line with no defined speaker: the narrator's or a card."""
    tags = script_tags(ctx)
    return bool(tags) and _in_script(ctx, q.open) and (line := _line_of(ctx, q)) is not None and \
        (tags.get(line.group("tag") or "") is None)


#: A title card's line: a tag the script does not define, then a quotation alone ('centered "{b}…{/b}"').
_CARD = re.compile(r"^[ \t]*(?P<tag>[A-Za-z_]\w{0,15})[ \t]+[\"“](?P<text>[^\"“”\n]{4,200})[\"”][ \t]*$", re.M)


#: A script line's start before its quotation: the tag, then the opening mark.
_LINE_OPENING = re.compile(r"[ \t]*[A-Za-z_]\w{0,15}[ \t]+[\"“]")


def _cards(ctx) -> list[tuple[int, object]]:
    """Each title card of the script that tells a day, and that day, in order (computed once)."""
    found = getattr(ctx, "_script_cards", None)
    if found is None:
        found, day, published = [], None, ctx.timeline.published
        for m in _CARD.finditer(ctx.body, *ctx._script_span):
            if m.group("tag") in ctx._script_tags:
                continue
            text = _TEXT_TAG.sub(lambda t: " " * len(t.group()), m.group("text"))
            # (a day told from the card before, "Tuesday.", counts from it)
            reference = day.earliest if day is not None else published
            days = [te.date for te in find_temporal_expressions(text, reference, 0)
                    if te.date is not None and te.date.precision == "day" and te.date.earliest <= published]
            if days:
                day = days[0]
                found.append((m.start(), day))
        ctx._script_cards = found
    return found


def card_day(ctx, pos: int):
    """The day the last title card before a script line's words at ``pos`` tells (module doc), else
    None (and None for any text outside the script's lines)."""
    if not script_tags(ctx) or not _in_script(ctx, pos):
        return None
    line_lo = ctx.body.rfind("\n", 0, pos) + 1
    if not _LINE_OPENING.fullmatch(ctx.body, line_lo, pos):
        return None
    cards = _cards(ctx)
    k = bisect.bisect_left(cards, pos, key=lambda c: c[0]) - 1
    return cards[k][1] if k >= 0 else None
