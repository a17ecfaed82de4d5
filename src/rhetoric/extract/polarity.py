"""A broad-coverage polarity lexicon for stance: the words of VADER's lexicon (shipped inside
the ``vaderSentiment`` package, 7,500 entries rated −4 … +4 by ten people each) whose rating is
clearly positive or negative, as weights: the rating, and twice the rating for a negative word.

Why twice: VADER was rated on social media, where praise words are everyday words
("intelligence", "privileges", "responsible", "justice"); in a diplomatic statement a word of
blame ("abused", "unacceptable") weighs more than the courtesy words around it ("Mexico had
abused the immunities and privileges granted to the mission"). Measured on the development set,
two held-out sets and tests/unseen, signs (the first version) gave stance .708 / .634 / .545 /
.821; ratings with negatives ×2 give .719 / .659 / .606 / .857, the corpus unchanged
(``benchmarks/bench_stance.py`` prints the current figures).

The lexicon rates words, not stances. ``rhetoric.extract.stance`` makes it target-aware: a
lexicon word counts like a cue of scope ``any`` (the target nearest to it in its clause),
flipped by a negation before it, and only where the hand-made cue lexicon found nothing in the
clause. Words whose sentiment describes an event rather than someone's conduct or worth
("tragedy", "killed", "crisis") are left out (``NOT_STANCE``), as are words the political
sense of which is the opposite of their everyday one ("motivated" as in "politically
motivated").
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

#: |rating| at or above this is a polar word (VADER's ratings: −4 … +4).
THRESHOLD = 1.0
#: A negative word's rating counts this many times (module doc).
NEGATIVE_WEIGHT = 2.0
#: Words of the lexicon that say how bad an event was, not what the speaker thinks of an actor,
#: or whose political sense differs from the everyday one.
NOT_STANCE = frozenset("""
tragedy tragic tragedies killed killing killings kill kills dead death deaths die died dies dying victim victims
disaster disasters catastrophe catastrophic crisis crises war wars fighting battle crash crashed crashes accident
accidents injured injury injuries wounded hurt pain suffering suffer suffered loss losses lost lose losing
fear fears feared afraid worried worry worries concern concerned concerns anxious sad sadness grief mourning
mourn motivated motivation want wants wanted free freedom safe safety secure security peace peaceful
protect protection protected defend defense defence defended ready clear clearly sure certainly certain
yes no ok okay like likes liked please pleased hope hoped hopes hopefully wish wishes chance opportunity
important importance significant major best better well top strong strength powerful power win won victory
help helped helping helps support supported supporting supports care cares caring true truly really
serious seriously emergency alarm alarmed urgent desperate shock shocked shocking surprise surprised
critical advanced difficult difficulty difficulties problem problems tension tensions conflict conflicts
dispute disputes risk risks risky danger damage damaged destroyed destruction unclear uncertain uncertainty
stress stressed easy easier
""".split())
_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """Word (lower case) -> weight, for the polar words of VADER's lexicon (module doc)."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    out: dict[str, int] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not re.fullmatch(r"[a-z][a-z'-]*", parts[0]) or parts[0] in NOT_STANCE:
            continue
        rating = float(parts[1])
        if abs(rating) >= THRESHOLD:
            out[parts[0]] = rating * (NEGATIVE_WEIGHT if rating < 0 else 1.0)
    return out


def polar_words(folded: str) -> list[tuple[int, int, float]]:
    """(start, end, weight) of every polar word of a lower-case text."""
    lex = lexicon()
    return [(m.start(), m.end(), lex[m.group()]) for m in _WORD.finditer(folded) if m.group() in lex]
