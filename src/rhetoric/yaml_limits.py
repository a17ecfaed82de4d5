"""YAML that people share (front matter, actors.yml) is measured before it is parsed.

A document nested 50,000 levels deep (``[[[[…`` in 100 KB, or ``- - - - …``) crashed libyaml's
parser with a segmentation fault, and PyYAML's pure-Python one with a RecursionError. No real
front matter or registry is nested more than a few levels, so ``nesting_depth`` estimates the
depth from the text (block indentation, ``- `` and ``? `` on one line, and flow brackets outside
quoted scalars; an over-estimate is harmless) and ``check_nesting`` refuses anything deeper
than ``MAX_NESTING`` with a message for the caller to put after the file's name.
"""

from __future__ import annotations

import re

#: Deeper than this, a YAML document is refused before it is parsed.
MAX_NESTING = 64

_LEADING_INDICATORS = re.compile(r"(?:[-?][ \t]+)+")
#: A quote opens a quoted scalar only where a token can start.
_TOKEN_START = set(" \t[{,:")


def nesting_depth(text: str) -> int:
    """An upper estimate of how deeply the YAML in ``text`` nests collections."""
    indents: list[int] = []
    flow = deepest = 0
    quote = None
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        if quote is None and flow == 0:
            if not stripped or stripped.startswith("#"):
                continue
            indent = len(line) - len(stripped)
            while indents and indents[-1] >= indent:
                indents.pop()
            indents.append(indent)
        lead = _LEADING_INDICATORS.match(stripped)
        block = len(indents) + (len(re.findall(r"[-?]", lead.group(0))) if lead else 0)
        previous = " "
        escaped = False
        for ch in stripped:
            if quote is not None:
                if escaped:
                    escaped = False
                elif quote == '"' and ch == "\\":
                    escaped = True
                elif ch == quote:
                    quote = None
            elif ch in "'\"" and previous in _TOKEN_START:
                quote = ch
            elif ch == "#" and previous in " \t":
                break  # a comment
            elif ch in "[{":
                flow += 1
                deepest = max(deepest, block + flow)
            elif ch in "]}":
                flow = max(0, flow - 1)
            previous = ch
        deepest = max(deepest, block + flow)
    return deepest


def check_nesting(text: str) -> str | None:
    """None when ``text`` may be parsed, else the problem, to follow the file's name."""
    depth = nesting_depth(text)
    if depth > MAX_NESTING:
        return (f"is nested too deeply (at least {depth} levels; YAML here is limited to "
                f"{MAX_NESTING}): it cannot be front matter or a registry")
    return None
