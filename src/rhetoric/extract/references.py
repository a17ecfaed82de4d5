"""Citation keys and the reference list they point to.

A text that cites its sources by key ("[VUCIC-X] reads: “…”", "as [3] put it") and lists them
at its end ("[VUCIC-X] Vučić, A., post on X, 8 October 2025, 17:14.") names the speaker and the
day of the words only in that list. ``reference_entries`` reads the list (two entries or more,
each on a line of its own, right under the one before, that opens with its own key in square
brackets); ``key_mentions`` makes each key cited elsewhere a mention of the person its entry
opens with (a registered person whose initial fits, "Vučić, A."; not an outlet or a body,
"[TT-2026] Türkiye Today, …", whose name may hold a state's, nor a namesake, "Moon, C.-I."); the
anchoring dates the speaker's own entry's words by its day (``anchoring._cited_entry``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rhetoric.actors import Mention

#: A reference list's entry: its key in square brackets opening the line, then the source
#: ("[VUCIC-X] Vučić, A., post on X, 8 October 2025, 17:14.", "[3] Kurti, A., Facebook post …").
_ENTRY = re.compile(r"^[ \t>*_-]*\[(?P<key>[A-Za-z0-9][\w.:/-]{0,30})\][ \t]+(?P<source>\S[^\n]*)$", re.M)
#: A key cited in square brackets: "[VUCIC-X]", "[2]".
_KEY = re.compile(r"\[([A-Za-z0-9][\w.:/-]{0,30})\]")
#: The author's part of an entry: up to its first comma or full stop ("Vučić, A." → "Vučić").
_AUTHOR_PART = re.compile(r"[^,.;:(\n]{2,60}")


#: The given name's initial after the surname and its comma: "Vučić, A.", "Moon, C.-I.".
_INITIAL_AFTER = re.compile(r"[^,]{2,60},\s*(?P<initial>[A-ZÀ-Ž])\.")


def _initial_fits(source: str, name: str) -> bool:
    """Whether an entry's initial after the surname, if it gives one, is the registered person's
    first initial ("Vučić, A." for Aleksandar Vučić; not "Moon, C.-I.", a scholar, for Moon Jae-in)."""
    m = _INITIAL_AFTER.match(source)
    return m is None or not name or name.split()[0][:1].upper() == m.group("initial")


@lru_cache(maxsize=256)
def reference_entries(body: str) -> dict[str, tuple[int, int, int]]:
    """Key -> where its entry's key stands and the span of its source, for each list of two or
    more entries on consecutive lines, every key its own (else empty)."""
    if "[" not in body:
        return {}
    found: dict[str, tuple[int, int, int]] = {}
    block: list[re.Match] = []
    for m in [*_ENTRY.finditer(body), None]:
        if m is not None and (not block or body[block[-1].end():m.start()] == "\n"):
            block.append(m)  # (the list: entries on lines one right under the other)
            continue
        keys = [b.group("key") for b in block]
        if len(keys) >= 2 and len(set(keys)) == len(keys):  # (not a script's "[NARRATOR]" turns, keys repeated)
            for b in block:
                found.setdefault(b.group("key"), (b.start("key"), *b.span("source")))
        block = [m] if m is not None else []
    return found


def cited_keys(body: str, lo: int = 0, hi: int | None = None) -> list[tuple[str, int, int]]:
    """The keys of the reference list cited in [lo, hi) of the text, with where each stands
    ("[VUCIC-X]"), not the entries' own keys."""
    entries = reference_entries(body)
    if not entries:
        return []
    own = {at for at, _lo, _hi in entries.values()}  # (where the entries' own keys stand)
    return [(m.group(1), m.start(), m.end()) for m in _KEY.finditer(body, lo, len(body) if hi is None else hi)
            if m.group(1) in entries and m.start(1) not in own]


def key_mentions(body: str, registry, taken: list[Mention]) -> list[Mention]:
    """Mentions of the registered person each cited key's entry opens with, at the key where the
    text cites it ("[VUCIC-X] reads, …: “…”"), not at the entry itself; none where another mention
    stands."""
    entries = reference_entries(body)
    if not entries:
        return []
    authors: dict[str, str] = {}
    for key, (_at, lo, hi) in entries.items():
        part = _AUTHOR_PART.match(body, lo, hi)
        people = {mt.actor for mt in registry.find_mentions(part.group())
                  if getattr(registry.actors.get(mt.actor), "kind", None) == "person"} if part else set()
        if len(people) == 1 and _initial_fits(body[lo:hi], registry.actors[person := people.pop()].name):
            authors[key] = person
    if not authors:
        return []
    return [Mention(authors[key], start, end, body[start:end]) for key, start, end in cited_keys(body)
            if key in authors and not any(x.start < end and start < x.end for x in taken)]
