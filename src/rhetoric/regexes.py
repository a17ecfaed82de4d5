"""Fast forms of the large regex alternations the extractors scan every article with.

Python's ``re`` has no automaton for alternations: at every position of the text it tries each
alternative in turn, and a pattern that starts with a look-behind such as ``(?<![\\w-])`` ("at
the start of a word") is entered at every position. With hundreds of phrases (actor aliases,
reporting verbs, stance cues) that is most of the extraction time. Two rewrites keep the
matches and make the scans several times faster:

- ``trie(phrases)``: a set of literal phrases as a trie ("Serbia", "Serbian", "Serbs" become
  ``serb(?:ia(?:n)?|s)``), so each position costs a few character tests;
- ``at_word_start(alternatives, ...)``: alternatives that each begin with a letter, grouped by
  that letter, with the word-start test moved after it (``s(?<![\\w-]s)(?:aid|ays)``). The
  pattern then begins with a choice of literal characters, which ``re`` searches for in C,
  skipping every position whose character cannot begin a match.

Both are checked against the plain patterns in ``tests/test_regexes.py``.
"""

from __future__ import annotations

import re

#: The characters ``\s`` matches in a str pattern (all in the Basic Multilingual Plane), for
#: patterns that must begin with literal characters.
WHITESPACE = "".join(c for c in map(chr, range(0x10000)) if c.isspace())

#: What may not precede a word start, and the look-behind that the rewritten patterns replace:
#: not inside a word or after a hyphen.
_WORD_CHAR = r"[\w-]"
WORD_START = rf"(?<!{_WORD_CHAR})"
#: A space inside a phrase: spaces and tabs, not a line break. Every line of a body is a passage
#: of its own (``rhetoric.corpus.passages``): "… See also Poland; Orban, Viktor" over a paragraph
#: that opens "Orban writes …" names no "Viktor Orban".
PHRASE_SPACE = r"[ \t]+"


def longest_first(phrases) -> list[str]:
    """The phrases without repeats, longest first (so that an alternation tries "foreign
    minister" before "minister"), and alphabetical within a length: the same pattern in every
    process, whatever the order of a set (a pattern's text is its key in rhetoric.pattern_cache)."""
    return sorted(set(phrases), key=lambda p: (-len(p), p))


def trie(phrases) -> str:
    """One regex for a set of phrases, as a trie. Spaces match ``PHRASE_SPACE`` and an
    apostrophe either apostrophe. Keys are lower case: compile it with re.IGNORECASE. Greedy
    optional groups make the longest phrase win, and backtrack to a shorter one when what
    follows does not fit, as an alternation sorted longest first does."""
    root: dict = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            low = ch.lower()
            node = node.setdefault(low if len(low) == 1 else ch, {})
        node[""] = {}

    def unit(ch: str) -> str:
        return PHRASE_SPACE if ch == " " else "['’]" if ch == "'" else re.escape(ch)

    def render(node: dict) -> str:
        alts = [unit(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" not in node:
            return body
        # a phrase ends here: the longer ones first (greedy), then this one
        return body + "?" if len(body) == 1 or len(alts) > 1 else "(?:" + body + ")?"

    return "(?:" + render(root) + ")"


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern: ``a(?:b|c)|d`` gives ``['a(?:b|c)', 'd']``."""
    out, depth, i, cur = [], 0, 0, ""
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            cur += pattern[i:i + 2]
            i += 2
            continue
        if c == "[":
            j = _class_end(pattern, i)
            cur += pattern[i:j]
            i = j
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(cur)
            cur = ""
            i += 1
            continue
        cur += c
        i += 1
    out.append(cur)
    return out


def _class_end(pattern: str, i: int) -> int:
    """Index just after the character class that starts at ``pattern[i] == '['``."""
    j = i + 1
    if pattern[j:j + 1] == "^":
        j += 1
    if pattern[j:j + 1] == "]":  # a ']' first in a class is literal
        j += 1
    while pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_end(pattern: str, i: int) -> int:
    """Index of the ')' that closes the group opening at ``pattern[i] == '('``."""
    depth = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced group in {pattern!r}")


def _letter_led(alt: str) -> bool:
    return len(alt) >= 1 and alt[0].isalpha() and alt[1:2] not in ("?", "*", "+", "{")


def letter_led(alt: str) -> list[str]:
    """Alternatives that match what ``alt`` matches, in the same order of preference, each
    beginning with a literal letter, for a text position where a word starts:

    - ``\\b`` before a letter or a group is dropped (at a word start it always holds);
    - a leading group is distributed: ``(?:a|b)?c`` gives ``ac``, ``bc``, ``c``;
    - a leading class of letters is spelt out: ``[Hh]e`` gives ``He``, ``he``;
    - a leading look-behind moves after the first letter: ``(?<=to )p`` gives ``p(?<=(?:to )p)``.

    The first letter may be any letter ("Özkan"); a class is spelt out only if ASCII.

    Raises ValueError for an alternative it cannot rewrite so."""
    if _letter_led(alt):
        return [alt]
    if alt.startswith("\\b") and (alt[2:3].isalpha() or alt[2:5] == "(?:"):
        return letter_led(alt[2:])
    if alt.startswith("(?:"):
        end = _group_end(alt, 0)
        inner, rest = alt[3:end], alt[end + 1:]
        optional = rest[:1] == "?"
        if rest[:1] in ("*", "+", "{") or rest[:2] == "??":
            raise ValueError(f"cannot rewrite {alt!r} to begin with a letter")
        if optional:
            rest = rest[1:]
        out = [x for a in split_alternatives(inner) for x in letter_led(a + rest)]
        return out + (letter_led(rest) if optional else [])
    if alt.startswith("[") and not alt.startswith("[^"):
        end = _class_end(alt, 0)
        members, rest = alt[1:end - 1], alt[end:]
        if members.isascii() and members.isalpha() and rest[:1] not in ("?", "*", "+", "{"):
            return [x for c in dict.fromkeys(members) for x in letter_led(c + rest)]
    if alt.startswith("(?<="):
        end = _group_end(alt, 0)
        behind, rest = alt[4:end], alt[end + 1:]
        if _letter_led(rest):
            return [rest[0] + f"(?<=(?:{behind}){rest[0]})" + rest[1:]]
    raise ValueError(f"cannot rewrite {alt!r} to begin with a letter")


def at_word_start(alternatives: list[str], suffix: str = "", flags: int = 0,
                  starts_only: bool = False, ignorecase: bool = False,
                  not_after: str = _WORD_CHAR) -> "WordStartPattern":
    """``(?<!not_after)(?:A1|A2|…)suffix`` (by default: where a word starts, ``WORD_START``),
    compiled so that ``re`` skips to the letters that can begin a match. Every alternative
    must be rewritable by ``letter_led``; matches, spans and groups are those of the plain
    pattern (alternatives with different first letters never match at the same position, and
    within a letter the order is kept).

    ``not_after``: a character class of what may not precede a match: ``[\\w-]`` (a word
    start, the default) or ``[\\w]`` (the word boundary ``\\b`` before a letter).

    ``ignorecase``: the plain pattern compiled with re.IGNORECASE. The first letter is then
    spelt out in every character that re.IGNORECASE lets it match (``CASE_VARIANTS``) and the
    rest is matched under ``(?i:…)``; ``flags`` itself must not include re.IGNORECASE (the
    pattern could not begin with literal characters).

    ``starts_only``: match only the first letter, where the rest follows (a look-ahead), so
    that ``finditer`` gives every position where some alternative matches, overlapping ones
    included: ``[m.start() for m in …]``."""
    matcher = letter_branches(alternatives, suffix, starts_only, ignorecase, not_after)
    body = letter_branches(alternatives, suffix, starts_only, ignorecase, None)
    return WordStartPattern(re.compile(matcher, _check_flags(flags)), body, flags, not_after)


def letter_led_alternation(alternatives: list[str], suffix: str = "", flags: int = 0,
                           ignorecase: bool = False) -> re.Pattern:
    """``(?:A1|A2|…)suffix`` compiled so that ``re`` skips to the letters that can begin a
    match: the same as ``at_word_start`` for a pattern with no test before its first letter
    (which may then match inside a word). ``re`` cannot skip ahead in a pattern compiled with
    re.IGNORECASE, nor in one whose alternatives do not all begin with a literal character."""
    if any(alt.startswith("\\b") for alt in alternatives):
        raise ValueError("letter_led_alternation has no word boundary: use at_word_start(not_after=...)")
    return re.compile(letter_branches(alternatives, suffix, False, ignorecase, None), _check_flags(flags))


def _check_flags(flags: int) -> int:
    if flags & re.IGNORECASE:
        raise ValueError("the pattern begins with literal letters: pass ignorecase=True, not re.IGNORECASE")
    return flags


def letter_branches(alternatives: list[str], suffix: str = "", starts_only: bool = False,
                    ignorecase: bool = False, not_after: str | None = _WORD_CHAR) -> str:
    """The alternatives grouped by their first letter (its case variants spelt out under
    ``ignorecase``), each group a branch that begins with that literal letter, then the test
    of the character before it (``not_after``; none if None), then the rest and ``suffix``."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        for a in letter_led(alt):
            groups.setdefault(a[0].lower() if ignorecase else a[0], []).append(a[1:])
    branches = []
    for c, rests in sorted(groups.items()):
        # under re.IGNORECASE "B…" and "b…" can match at one position: keep their order
        rest = "(?:" + ("|".join(rests) if ignorecase else _factor(rests)) + ")" + suffix
        if ignorecase:
            rest = f"(?i:{rest})"
        rest = f"(?={rest})" if starts_only else rest
        if ignorecase and not c.isascii():  # "Özkan": let re find the variants of Ö
            test = f"(?<!{not_after}.)" if not_after else ""
            branches.append(f"(?i:{c}){test}" + rest)
            continue
        for v in CASE_VARIANTS.get(c, c + c.upper()) if ignorecase else c:
            test = f"(?<!{not_after}{v})" if not_after else ""
            branches.append(f"{v}{test}" + rest)
    return "|".join(branches)


class WordStartPattern:
    """A pattern that only matches where a word starts (after a character other than a letter,
    digit, underscore or hyphen, or at the start of the text), with the ``finditer`` and
    ``search`` of ``re.Pattern`` and the same matches, found faster.

    ``matcher`` is the pattern (it tests the word start itself); ``body`` matches at least
    wherever it does, without that test. Candidates are found by searching for a character
    that can precede a word followed by ``body``: that search begins with a class of
    characters, which ``re`` skips to in C (blanks and punctuation, a fifth of the text),
    where the matcher alone would be entered at every letter. Each candidate is then matched
    with ``matcher``, so the matches are exactly its own."""

    def __init__(self, matcher: re.Pattern, body: str, flags: int = 0, not_after: str = _WORD_CHAR):
        self.matcher = matcher
        self.pattern = matcher.pattern
        # a character that may precede a match, or a few more: a non-ASCII letter too (the
        # matcher rejects those), for a class that is a table look-up, not a Unicode query
        self._locate = re.compile(rf"[^{not_after[1:-1].replace(chr(92) + 'w', 'A-Za-z0-9_')}](?={body})", flags)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None, match_end: int | None = None):
        """The matches that start in [pos, endpos), as ``matcher.finditer`` gives them; each
        may run on to ``match_end`` (default: ``endpos``)."""
        end = len(text) if endpos is None else min(endpos, len(text))
        stop = end if match_end is None else min(match_end, len(text))
        cur = pos
        if pos == 0 and end > 0:  # no character before the text: the matcher decides at 0
            m = self.matcher.match(text, 0, stop)
            if m is not None:
                yield m
                cur = max(m.end(), 1)
        while cur < end:
            c = self._locate.search(text, cur - 1 if cur > 0 else 0, end)
            if c is None:
                return
            p = c.start() + 1
            if p >= end:
                return
            m = self.matcher.match(text, p, stop)
            if m is None:
                cur = p + 1
                continue
            yield m
            cur = max(m.end(), p + 1)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return next(self.finditer(text, pos, endpos), None)


#: Under re.IGNORECASE a lower-case ASCII letter matches its capital and, for these three,
#: more (the dotted and dotless i, the Kelvin sign, the long s); tests/test_regexes.py checks
#: the list against ``re``.
CASE_VARIANTS = {"i": "iI\u0130\u0131", "k": "kK\u212a", "s": "sS\u017f"}


def _factor(alternatives: list[str]) -> str:
    """``ab|ac|d`` as ``a(?:b|c)|d``, recursively, where that cannot change which alternative
    matches: only when every alternative begins with a literal letter or digit (two that
    begin differently never match at the same position) and none is used up."""
    if len(alternatives) < 2 or not all(_literal_led(a) and len(a) > 1 for a in alternatives):
        return "|".join(alternatives)
    groups: dict[str, list[str]] = {}
    for a in alternatives:
        groups.setdefault(a[0], []).append(a[1:])
    return "|".join(c + (rests[0] if len(rests) == 1 else "(?:" + _factor(rests) + ")")
                    for c, rests in groups.items())


def _literal_led(alt: str) -> bool:
    return alt[:1].isascii() and alt[:1].isalnum() and alt[1:2] not in ("?", "*", "+", "{")



#: The characters a ``FirstCharDispatch`` tells apart: a match must begin with one of them.
ASCII_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


class FirstCharDispatch:
    """``re.compile(lead + "(?:A1|A2|…)")``, matched at a position with only the alternatives
    that can begin with the character there: the others are prefixed with ``(?!)`` (fail at
    once), so the groups, their names and numbers, and the alternative that wins are the
    plain pattern's (an alternative left out keeps only its groups, empty, in their order, and
    a run of them is one branch: the pattern compiles fast, and ``re`` tries one failing branch
    per run). For an alternation of many alternatives that ``letter_branches`` cannot
    rewrite (named groups, look-behinds, optional leads), where ``re`` would try each one at
    every position. ``lead`` must only match where the next character is in ``ASCII_ALNUM``
    (a match beginning elsewhere is left to the plain pattern).

    ``first_chars`` (below) decides which alternatives can begin with a character; it may
    over-include, never leave one out. At a word of ASCII letters the choice is finer: only the
    alternatives that can begin with that word (``first_words``: at "the" those that begin
    "the", at "of" or "Turkish" none of the date pattern's, and no pattern is tried; the dates
    a tenth faster). tests/test_regexes.py checks the matches."""

    def __init__(self, lead: str, alternatives: list[str], flags: int = 0):
        self.plain = re.compile(lead + "(?:" + "|".join(alternatives) + ")", flags)
        self.pattern = self.plain.pattern
        self.groups, self.groupindex = self.plain.groups, self.plain.groupindex
        self._lead, self._alternatives, self._flags = lead, alternatives, flags
        self._firsts = [first_chars(a, flags) for a in alternatives]
        self._dead = [_groups_only(a, flags) for a in alternatives]
        self._by_char: dict[str, re.Pattern] = {}
        self._by_set: dict[tuple[bool, ...], re.Pattern] = {}
        #: the words each alternative can begin with (``first_words``; None: any)
        self._first_words = [first_words(a, flags) for a in alternatives]
        #: a word of ASCII letters -> the pattern of the alternatives that can begin with it
        #: (None: no alternative can; no pattern is tried)
        self._by_word: dict[str, re.Pattern | None] = {}

    def _for(self, ch: str) -> re.Pattern:
        # the alternatives that can begin with this very character: a lower-case word leaves
        # out those that begin with a capital only (months, weekdays: a sixth faster at each
        # word of the date pattern); characters with the same alternatives share a pattern
        live = tuple(ch in first for first in self._firsts)
        rx = self._by_char[ch] = self._compiled(live)
        return rx

    def _for_word(self, word: str) -> re.Pattern | None:
        # the alternatives that can begin with the word's first character and with the whole
        # word: at a word of the date pattern that begins none ("of", "and", "Turkish": most of
        # the words tried), no pattern at all; at "the", only the alternatives that begin so
        low = word.lower()
        live = tuple(word[0] in first and (words is None or any(low == w if whole else low.startswith(w)
                                                                 for w, whole in words))
                     for first, words in zip(self._firsts, self._first_words))
        rx = self._compiled(live) if any(live) else None
        if len(self._by_word) < _MAX_WORDS:  # (the words of a corpus: bounded all the same)
            self._by_word[word] = rx
        return rx

    def _compiled(self, live: tuple[bool, ...]) -> re.Pattern:
        rx = self._by_set.get(live)
        if rx is None:  # compiled when first needed
            # a run of alternatives left out is one that fails at once, with all their groups
            # in their order (one failed branch for ``re`` to try, not one per alternative)
            alts: list[str] = []
            run = ""
            for a, dead, ok in zip(self._alternatives, self._dead, live):
                if ok:
                    alts += [run, a] if run else [a]
                    run = ""
                else:
                    run = (run or _NEVER) + dead[len(_NEVER):]
            alts += [run] if run else []
            rx = self._by_set[live] = re.compile(self._lead + "(?:" + "|".join(alts) + ")", self._flags)
        return rx

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        word = _ASCII_WORD.match(text, pos) if endpos is None else _ASCII_WORD.match(text, pos, endpos)
        if word is not None:  # a word of ASCII letters, not followed by another letter
            w = word.group()
            rx = self._by_word[w] if w in self._by_word else self._for_word(w)
            if rx is None:
                return None
        else:
            ch = text[pos:pos + 1]
            rx = self._by_char.get(ch) or (self._for(ch) if ch and ch in ASCII_ALNUM else self.plain)
        return rx.match(text, pos) if endpos is None else rx.match(text, pos, endpos)


#: A run of ASCII letters, whole (possessive: no shorter run is tried) and not followed by a
#: character outside ASCII, which could be a letter of the word ("Tueſday" under re.IGNORECASE):
#: the word ``FirstCharDispatch`` looks up; elsewhere it dispatches on the first character.
_ASCII_WORD = re.compile(r"[A-Za-z]++(?![^\x00-\x7f])")
#: At most this many words are remembered by a ``FirstCharDispatch``.
_MAX_WORDS = 200_000


_NEVER = "(?!)"


def _groups_only(alternative: str, flags: int = 0) -> str:
    """A pattern that never matches, with the groups of ``alternative`` (names and numbers)."""
    rx = re.compile(alternative, flags)
    names = {i: name for name, i in rx.groupindex.items()}
    return _NEVER + "".join(f"(?P<{names[i]}>)" if i in names else "()" for i in range(1, rx.groups + 1))


def first_chars(pattern: str, flags: int = 0) -> frozenset[str]:
    """The characters of ``ASCII_ALNUM`` a match of ``pattern`` can begin with (all of them
    when that is not known: a pattern that can match nothing, a back-reference). Look-arounds
    and anchors are passed over, so the set may be larger than the truth, never smaller."""
    import re._constants as c
    import re._parser as sre_parse

    everything = frozenset(ASCII_ALNUM)

    def variants(ch: str, icase: bool) -> set[str]:
        return {ch, ch.lower(), ch.upper()} if icase else {ch}

    def in_set(items, ch: str, icase: bool) -> bool:
        negate = False
        hit = False
        for op, av in items:
            if op is c.NEGATE:
                negate = True
            elif op is c.LITERAL:
                hit |= any(chr(av) == x for x in variants(ch, icase))
            elif op is c.RANGE:
                hit |= any(av[0] <= ord(x) <= av[1] for x in variants(ch, icase))
            elif op is c.CATEGORY:
                rx = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
                      c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}.get(av)
                hit |= rx is None or re.fullmatch(rx, ch) is not None
            else:  # anything else: count it as a member, and not negated
                return True
        return (not hit or icase) if negate else hit  # negated under re.I: keep (over-include)

    def seq(items, icase: bool) -> tuple[set[str], bool]:
        out: set[str] = set()
        for op, av in items:
            chars, nullable = item(op, av, icase)
            out |= chars
            if not nullable:
                return out, False
        return out, True

    def item(op, av, icase: bool) -> tuple[set[str], bool]:
        if op is c.LITERAL:
            return {ch for ch in ASCII_ALNUM if chr(av) in variants(ch, icase)}, False
        if op is c.NOT_LITERAL:
            return set(everything), False
        if op is c.IN:
            return {ch for ch in ASCII_ALNUM if in_set(av, ch, icase)}, False
        if op is c.ANY:
            return set(everything), False
        if op is c.SUBPATTERN:
            _group, add, delete, sub = av
            inner = (icase or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE
            return seq(sub, inner)
        if op is c.ATOMIC_GROUP:
            return seq(av, icase)
        if op is c.BRANCH:
            out, nullable = set(), False
            for sub in av[1]:
                chars, n = seq(sub, icase)
                out |= chars
                nullable |= n
            return out, nullable
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            lo, _hi, sub = av
            chars, nullable = seq(sub, icase)
            return chars, nullable or lo == 0
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return set(), True  # zero width: passed over
        return set(everything), True  # a back-reference or anything unknown

    chars, nullable = seq(sre_parse.parse(pattern, flags), bool(flags & re.IGNORECASE))
    return everything if nullable else frozenset(chars)


def first_words(pattern: str, flags: int = 0) -> frozenset[tuple[str, bool]] | None:
    r"""The words of ASCII letters a match of ``pattern`` can begin with, where it begins with
    a letter, lower-cased: ``(word, True)`` for a match whose first word is that word (a
    character other than an ASCII letter follows it in the match), ``(prefix, False)`` for one
    whose first word only begins with ``prefix``; None when that is not known. Like
    ``first_chars`` it may over-include, never leave a word out: repeats of letters, classes of
    many letters and anything unknown end the word there as a prefix; look-arounds and anchors
    are passed over. A character outside ASCII is no ASCII letter, but under re.IGNORECASE may
    match one ("ſ", "K"): its word is a prefix too. ``FirstCharDispatch`` looks a word up only
    when no character outside ASCII follows it in the text.

    >>> sorted(first_words(r"(?:(?i:on|last)\s+)?Monday"))
    [('last', True), ('monday', False), ('on', True)]
    """
    import re._constants as c
    import re._parser as sre_parse

    letters = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    class Unknown(Exception):
        pass

    def class_letters(items) -> tuple[set[str], bool] | None:
        """(the ASCII letters the class matches, lower-cased; whether it can match anything
        else), or None when that is not worked out here (a negated class, a category)."""
        found: set[str] = set()
        other = False
        for op, av in items:
            if op is c.LITERAL:
                ch = chr(av)
                if ch in letters:
                    found.add(ch.lower())
                elif ch.isascii():
                    other = True
                else:
                    return None
            elif op is c.RANGE:
                lo, hi = av
                if hi >= 0x80:
                    return None
                span = {chr(x) for x in range(lo, hi + 1)}
                found |= {ch.lower() for ch in span & letters}
                other |= bool(span - letters)
            elif op is c.CATEGORY and av in (c.CATEGORY_SPACE, c.CATEGORY_DIGIT, c.CATEGORY_NOT_WORD):
                other = True  # (no letter: "\\s", "\\d", "\\W")
            else:
                return None
        return found, other

    def seq(items, opened: set[str], icase: bool, ended: set[tuple[str, bool]]) -> set[str]:
        """Walk ``items`` from the prefixes ``opened``: the words that end are added to
        ``ended``; the prefixes still open after the items are returned."""
        for op, av in items:
            if not opened:
                return opened
            if len(opened) > 2000:
                raise Unknown
            opened = item(op, av, opened, icase, ended)
        return opened

    def close(opened: set[str], ended: set[tuple[str, bool]], whole: bool) -> None:
        # a character that is no ASCII letter follows: the word ends (none at the start: that
        # is no match beginning with a letter)
        ended.update((w, whole) for w in opened if w)

    def item(op, av, opened: set[str], icase: bool, ended: set[tuple[str, bool]]) -> set[str]:
        if op is c.LITERAL:
            ch = chr(av)
            if ch in letters:
                return {w + ch.lower() for w in opened}
            if ch.isascii():
                close(opened, ended, True)
            else:  # (under re.I it may stand for a letter, "K" for "k": a prefix)
                ended.update((w, False) for w in opened)
            return set()
        if op in (c.ANY, c.NOT_LITERAL):  # (a letter or not: a prefix)
            ended.update((w, False) for w in opened)
            return set()
        if op is c.IN:
            found = class_letters(av)
            if found is None:
                ended.update((w, False) for w in opened)
                return set()
            chars, other = found
            if other:
                close(opened, ended, True)
            if len(chars) > 4:
                ended.update((w, False) for w in opened)
                return set()
            return {w + ch for w in opened for ch in chars}
        if op is c.SUBPATTERN:
            _group, add, delete, sub = av
            inner = (icase or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE
            return seq(sub, opened, inner, ended)
        if op is c.BRANCH:
            out: set[str] = set()
            for sub in av[1]:
                out |= seq(sub, set(opened), icase, ended)
            return out
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            once = seq(sub, set(opened), icase, ended)
            if hi != 1:  # more than once: the word goes on with more letters, a prefix
                ended.update((w, False) for w in once)
                once = set()
            return once | (opened if lo == 0 else set())
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return opened  # zero width: passed over
        raise Unknown  # a back-reference, any character, anything else

    ended: set[tuple[str, bool]] = set()
    try:
        rest = seq(sre_parse.parse(pattern, flags), {""}, bool(flags & re.IGNORECASE), ended)
    except Unknown:
        return None
    if "" in rest:  # can match nothing at all
        return None
    ended.update((w, False) for w in rest)  # the match may end inside a word
    if ("", False) in ended:
        return None
    return frozenset(ended)
