"""Message arrows: a sequence diagram's source (Mermaid, PlantUML) or notes that draw who said
what to whom as arrows:

    participant KKS as Keller-Sutter (President 2025)
    participant DJT as Trump
    Note over KKS,DJT: Sat 12 Apr · interview
    KKS->>DJT: "It was a friendly and balanced conversation"

The words on an arrow's line, right after its colon, are the words of the party the arrow starts
from, addressed to the one it points to; both ends are parties the registry knows or the diagram
declares (not a route's places, "Stepanakert -> Lachin checkpoint"), and the block is no state
diagram or flowchart (whose arrows carry labels). A participant's alias stands for the name declared with it
("participant KKS as Keller-Sutter", PlantUML's 'participant "Keller-Sutter" as KKS'); a party
with no alias is read as a name ("Osmani -> Vučić: “…”"). The nearest note above the arrow in its
block dates the words ("Note over KKS,DJT: Sat 12 Apr · interview"), as a diagram's notes mark the
time its arrows run in.

``arrow_message`` gives the speaker, the one addressed and the note that dates the words;
``arrow_quote_lines`` the arrows' lines with words, which the corpus takes for headings (short, with
no full stop) and which are text here (``context``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rhetoric.extract.context import ArticleContext

#: An arrow's line up to the words: "KKS->>DJT: ", "Alice -> Bob : ", "Osmani → Vučić: ".
_ARROW = re.compile(r"[ \t]*(?P<src>[^\W\d_][\w .'’-]{0,40}?)[ \t]*(?:--?>>?|--?[x)]|→|⟶|=>)[ \t]*"
                    r"(?P<dst>[^\W\d_][\w .'’-]{0,40}?)[ \t]*:[ \t]*[*_]*")
#: A participant declared with an alias: Mermaid's "participant KKS as Keller-Sutter (…)", PlantUML's
#: 'participant "Keller-Sutter" as KKS'.
_PARTICIPANT = re.compile(r"(?im)^[ \t]*(?:participant|actor)[ \t]+(?:\"(?P<qname>[^\"\n]+)\"[ \t]+as[ \t]+(?P<qalias>[\w-]+)|"
                          r"(?P<alias>[\w-]+)[ \t]+as[ \t]+(?P<name>[^\n]+?))[ \t]*$")
#: A note's line: "Note over KKS,DJT: …", "note left of A: …".
_NOTE = re.compile(r"[ \t]*[Nn]ote\b")
#: A code block's fence: the block a diagram's lines are in ends there.
_FENCE = re.compile(r"[ \t]*(?:```|~~~)")
#: The diagrams whose arrows are no messages: state diagrams, flowcharts, class and entity diagrams.
_NOT_MESSAGES = re.compile(r"(?i)(?:stateDiagram|flowchart|graph|classDiagram|erDiagram|journey|gantt|mindmap)")
#: A bracketed note after a declared name: "Keller-Sutter (President 2025)".
_BRACKETED = re.compile(r"\s*\([^()]*\)")


#: Quotation marks right after an arrow's colon.
_OPENS_QUOTE = re.compile(r"[\"“‘]")


def arrow_quote_lines(body: str, passages, registry) -> list[tuple[int, int]]:
    """The heading lines that are a message arrow with words in quotation marks after its colon, its
    two ends parties (``arrow_message``'s tests, but for the text's own short names)."""
    if "->" not in body and "→" not in body and "=>" not in body and "⟶" not in body:
        return []
    aliases = _aliases(body) if "participant" in body or "actor" in body else {}
    out = []
    for p in passages:
        if p.kind != "heading" or (m := _ARROW.match(body, p.start, p.end)) is None or not _OPENS_QUOTE.match(body, m.end(), p.end):
            continue
        kind = _diagram_kind(body, p.start)
        if not _NOT_MESSAGES.match(kind) and all(_is_party(registry, end, aliases, bool(kind))
                                                 for end in (m.group("src").strip(), m.group("dst").strip())):
            out.append((p.start, p.end))
    return out


def _is_party(registry, text: str, aliases: dict[str, str], in_diagram: bool) -> bool:
    """Whether an arrow's end is a party (``_party``'s test, with the registry alone)."""
    return text in aliases or _registered_party(registry, text, in_diagram) is not None


def _registered_party(registry, text: str, in_diagram: bool) -> str | None:
    """The actor of the registry an arrow's end names, a state or a place only inside a diagram."""
    found = registry.find_mentions(text)
    if not found or not in_diagram and getattr(registry.actors.get(found[0].actor), "kind", "") in ("state", "place"):
        return None
    return found[0].actor


def _aliases(body: str) -> dict[str, str]:
    """The names the text declares for its participants' aliases: Mermaid's "participant KKS as
    Keller-Sutter", alias first; PlantUML's "participant Keller-Sutter as KKS" (or quoted), name first."""
    out = {}
    for m in _PARTICIPANT.finditer(body):
        if m.group("qalias"):
            alias, name = m.group("qalias"), m.group("qname")
        elif _diagram_kind(body, m.start()).startswith("@start"):
            alias, name = m.group("name").split()[-1], m.group("alias")  # (PlantUML: "participant Mitsotakis as KM")
        else:
            alias, name = m.group("alias"), m.group("name")
        out[alias] = _BRACKETED.sub("", name).strip()
    return out


def _party(ctx: ArticleContext, text: str, declared: bool, in_diagram: bool) -> str | None:
    """The actor a party's name stands for, or the name itself when the registry lacks it and the
    diagram declares it as a participant ("participant OV as Olesya Vartanyan (Crisis Group)"); not a
    name the registry lacks otherwise ("First Filling", "Lachin checkpoint"), nor, outside a diagram,
    a state or a place (a route between capitals, "Athens → Ankara: “the shortest route”")."""
    actor = _registered_party(ctx.reg, text, in_diagram or declared)
    if actor is not None or ctx.reg.find_mentions(text):
        return actor
    words = text.split()
    return text if declared and 1 < len(words) <= 3 and all(w[:1].isupper() for w in words) else None


def _diagram_kind(body: str, pos: int) -> str:
    """The first word of the code block that holds ``pos`` ("sequenceDiagram", "stateDiagram-v2",
    "flowchart", "@startuml"), past a Mermaid directive ("%%{init: …}%%") and front matter ("---" …
    "---"), or "" outside a code block."""
    fence = max(body.rfind("```", 0, pos), body.rfind("~~~", 0, pos))
    if fence < 0 or body.count("```", 0, pos) % 2 == 0 and body.count("~~~", 0, pos) % 2 == 0:
        return ""
    front = False
    for line in body[body.find("\n", fence) + 1:pos].splitlines():
        word = line.strip()
        if word == "---":
            front = not front
        elif word and not front and not word.startswith("%%"):
            return word.split()[0]
    return ""


def arrow_message(ctx: ArticleContext, pos: int) -> tuple[str, tuple[str, int, int] | None, list[tuple[int, int]]] | None:
    """The speaker and the one addressed (with the span of the arrow's end that names them) of the
    words at ``pos`` when they open right after an arrow's colon on their line, and the note line
    that dates them (module doc); else None."""
    line_lo = ctx.body.rfind("\n", 0, pos) + 1
    m = _ARROW.match(ctx.body, line_lo, pos)
    if m is None or m.end() != pos:
        return None
    kind = _diagram_kind(ctx.body, pos)
    if _NOT_MESSAGES.match(kind):
        return None  # (a state diagram's or a flowchart's transitions carry labels, no one's words)
    in_diagram = bool(kind)
    aliases = _aliases(ctx.body) if "participant" in ctx.body or "actor" in ctx.body else {}
    src, dst = m.group("src").strip(), m.group("dst").strip()
    speaker = _party(ctx, aliases.get(src, src), src in aliases, in_diagram)
    addressee = _party(ctx, aliases.get(dst, dst), dst in aliases, in_diagram)
    if speaker is None or addressee is None:
        return None  # (both ends are parties: not a route, "Stepanakert -> Lachin checkpoint: “the last road”")
    zones = []
    hi = line_lo - 1
    while hi > 0:
        lo = ctx.body.rfind("\n", 0, hi) + 1
        if _FENCE.match(ctx.body, lo, hi) or not ctx.body[lo:hi].strip():
            break  # (the block's start, or a blank line: a note further up is another's)
        if _NOTE.match(ctx.body, lo, hi):
            zones.append((lo, hi))  # (the nearest note above: the time its arrows run in)
            break
        if not in_diagram:
            break  # (outside a diagram, only the line right above)
        hi = lo - 1
    hearer = (addressee, m.start("dst"), m.end("dst")) if addressee != speaker else None
    return speaker, hearer, zones
