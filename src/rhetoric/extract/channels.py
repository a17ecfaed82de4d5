"""Where a statement was made: the channel named near it ("on X", "told reporters", "in a
statement", "in an interview" …), first match in the order below."""

from __future__ import annotations

import re

from rhetoric.regexes import at_word_start, split_alternatives

#: The channel of a statement that names none and continues none.
UNSPECIFIED = "statement (unspecified)"

CHANNELS = [
    ("post on X", re.compile(r"\bon X\b|\(formerly Twitter\)|\bon Twitter\b|\btweet")),
    ("social media", re.compile(r"\bon (?:social media|Facebook|Instagram|Telegram|TikTok)|"
                                r"\b(?:wrote|writing|posted|posting) on\b")),
    ("press conference", re.compile(r"\b(?:press|news) conference|\btold reporters|\bbriefing\b|\bpress briefing", re.I)),
    ("media address", re.compile(r"\bmedia address|\baddress(?:ed)? (?:the media|the nation|journalists)|\btelevised address", re.I)),
    ("interview", re.compile(r"\binterview", re.I)),
    ("statement", re.compile(r"\b(?:written|official|joint) statement|\bin a statement|\bstatement (?:issued|released)|\bcommuniqu", re.I)),
    ("speech", re.compile(r"\bspeech\b|\baddress(?:ed|ing)? (?:parliament|the assembly|lawmakers|a rally|supporters)|\brally\b", re.I)),
    ("broadcast", re.compile(r"\b(?:television|TV|broadcaster|radio)\b")),
]

def _any_channel_patterns() -> list:
    """Whether any channel is named, in three scans instead of eight, for the many statements
    that name none. Every alternative begins with ``\\b`` and a letter, or with "(": the first
    kind are grouped by letter (``rhetoric.regexes.at_word_start``), the case-sensitive and the
    case-insensitive ones apart, so that ``re`` skips ahead to the letters they begin with."""
    worded: dict[bool, list[str]] = {False: [], True: []}
    bracketed = []
    for _, rx in CHANNELS:
        for alt in split_alternatives(rx.pattern):
            if alt.startswith("\\b"):
                worded[bool(rx.flags & re.I)].append(alt)
            elif alt.startswith("\\("):
                bracketed.append(f"(?{'i' if rx.flags & re.I else '-i'}:{alt})")
            else:
                raise ValueError(f"channel pattern {alt!r}: begin it with \\b or \\(")
    out = [at_word_start(alts, ignorecase=ignorecase, not_after=r"[\w]")
           for ignorecase, alts in worded.items() if alts]
    return out + ([re.compile("|".join(bracketed))] if bracketed else [])


_ANY_CHANNEL = _any_channel_patterns()


def names_a_channel(text: str) -> bool:
    """Whether any of CHANNELS matches in ``text``."""
    return any(rx.search(text) is not None for rx in _ANY_CHANNEL)


def assign_channel(masked: str, stmt) -> None:
    """Set ``stmt.channel``: the first channel named in its date zone (its attribution), else in
    its sentence(s); else the channel of the statement it continues or took its date from;
    else "statement (unspecified)"."""
    if stmt.channel:
        return  # set by the rule that found it (an interview's answers)
    text = "".join(masked[a:b] for a, b in stmt.date_zone) or masked[stmt.frame[0]:stmt.frame[1]]
    if names_a_channel(text):
        for name, rx in CHANNELS:
            if rx.search(text):
                stmt.channel = name
                return
    prev = stmt.inherit_from or stmt.date_from
    stmt.channel = prev.channel if prev is not None else UNSPECIFIED
