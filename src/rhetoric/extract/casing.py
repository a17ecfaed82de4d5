"""Text in running capitals, read as running text: a news channel's crawl lines ("17:20 VUCIC ON
X: "I AM APPALLED BY TÜRKIYE'S BEHAVIOUR""), a caption or a slogan written all in capitals; and
an automatic transcript's lines all in lower case ("0:29 he says the delivery …", ``_lower_case``).

The rules read capitals as names and lower case as words ("accuses", "said", "condemns"), so a
line in capitals hides its verbs and makes every word a name. ``running_case`` rewrites each such
paragraph (``rhetoric.corpus.in_capitals``: at least 16 letters, nine in ten of them capitals) as
running text writes it, keeping its length so that every offset still points into the article:
a name of the registry takes the registry's spelling ("Vucic", "Türkiye", "NATO", "State
Department": a name of several words only where all its words stand together, so that "OFFICE"
or "SECURITY" alone stays a word), a month, a weekday, a demonym, "I", initials ("U.S.") and the
first word of a sentence, of an opening quote, of a caption's turn (">>") or after a colon take a
capital, a short word ``ACRONYMS`` lists stays in capitals ("PM", "UN", "X"), and the rest is
lower case; a label before a colon keeps its capitals (which other rules read), but for the registry's
short names. A name in capitals that lost its accents ("VUCIC", "GOITA") takes the registry's
spelling. A cable's or a telex's paragraph (``rhetoric.corpus.cable_text``) has its punctuation
words written first as the marks they stand for ("QUOTE … UNQUOTE", "STOP", "PARA", "ENDIT":
``_cablese``); copy dictated over the telephone in running text is read so before, in
``rhetoric.corpus.Article.text`` (``corpus.dictated``). Dates in capitals elsewhere have their
own reading (``dates.in_running_case``).
The rows report the quote as the article wrote it (``statements._rows``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rhetoric.corpus import CABLE_STOP, automatic_transcript, cable_quotes, cable_text, in_capitals, in_lower_case

#: Short words that stay in capitals: offices and bodies written as initials.
ACRONYMS = frozenset("PM FM MP MEP UN EU US UK USA NATO KFOR OSCE OK TV AFP AP X".split())

_WORD = re.compile(r"[^\W\d_]+")
#: Months and weekdays, written with a capital in running text ("may" aside: a verb as often).
_CALENDAR = ("January February March April June July August September October November December "
             "Monday Tuesday Wednesday Thursday Friday Saturday Sunday").split()
#: A label before a colon at the start of a paragraph, after a time: "ON SCREEN:", "17:36 VUCIC:".
_LABEL = re.compile(r"(?:\d{1,2}[:.]\d{2}\s+)?[^:\n\"“]{1,40}:\s")
#: Three words in capitals in a row: a text without them has no paragraph in running capitals, nor
#: words shouted in a quotation.
_THREE_CAPITAL_WORDS = re.compile(r"(?<![\w'’])[A-Z][A-Z'’]+(?:[^a-zA-Z\n\"“”]+[A-Z][A-Z'’]+){2,}(?![\w'’])")
#: A quotation on one line: "…", “…”.
_QUOTED = re.compile(r"[\"“][^\"“”\n]{3,}[\"”]")
#: Where a sentence, a quote or a label's text begins: after a stop, a colon, a dash, an opening
#: quote mark (not a closing one: '"BASED ON A FALSITY" AND CALLED IT …') or a caption's ">>".
_OPENS = re.compile(r"(?:^|[.!?:;—–(][\"”’]?\s+|(?:^|(?<=[\s(:—–]))[\"“‘]\s*|^\d{1,2}[:.]\d{2}\s+|^>>\s*)$", re.M)
#: Initials in capitals, which stay as they are: "U.S.", "U.N.".
_INITIALS = re.compile(r"[A-Z]\.(?:[A-Z]\.)+")
#: … whose stop ends no sentence: "THE U.S. WAS WRONG" -> "the U.S. was wrong".
_AFTER_INITIALS = re.compile(r"[A-Z]\.[A-Z]\.\s+$")


@lru_cache(maxsize=8)
def _spellings(registry) -> dict[str, str]:
    """Lower-case word -> the registry's spelling, for every name of one word written with a
    capital (and the months, weekdays and demonyms)."""
    from rhetoric.extract.roles import roles_of

    out: dict[str, str] = {}
    for actor in registry.actors.values():
        for alias in [actor.name, *actor.aliases]:
            words = _WORD.findall(alias)
            if len(words) == 1 and words[0][0].isupper():
                out.setdefault(words[0].lower(), words[0])
    for name in _CALENDAR:  # (a date in running case: "24 NOVEMBER 2015" -> "24 November 2015")
        out.setdefault(name.lower(), name)
    for demonym in roles_of(registry).demonym_of:
        if demonym.isalpha():
            out.setdefault(demonym, demonym.capitalize())
    return out


@lru_cache(maxsize=8)
def _names(registry) -> tuple[re.Pattern | None, dict[str, str]]:
    """The registry's names of several words written with a capital ("State Department",
    "Kosovo Security Force", and the things it lists as no actor, "UN Charter"): one pattern that ignores case, longest first, and each name's
    spelling by its lower case."""
    every = [alias for actor in registry.actors.values() for alias in [actor.name, *actor.aliases]]
    names = {name.lower(): name for name in [*every, *registry.not_actors]
             if len(_WORD.findall(name)) > 1 and any(w[0].isupper() for w in _WORD.findall(name))}
    if not names:
        return None, names
    alternatives = "|".join(re.escape(n) for n in sorted(names.values(), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})(?![^\W_])", re.I), names


def running_case(body: str, registry, paragraphs) -> str:
    """``body`` with each paragraph in running capitals, and each line of a caption file in
    lower case (``_lower_case``), written in running case (module doc), the same length;
    ``paragraphs``: (start, end) spans. The body itself when there are none."""
    body = _lower_case(body, registry, paragraphs)
    if _THREE_CAPITAL_WORDS.search(body) is None:
        return body  # (most articles: no paragraph to look at letter by letter)
    # (not a label line, "ALEKSANDAR VUČIĆ, PRESIDENT OF SERBIA, ON X:": its capitals mark the
    # speaker of the lines under it, ``tables.label_blocks``)
    spans = [(a, b) for a, b in paragraphs if in_capitals(body[a:b]) and not body[a:b].rstrip(" *_").endswith(":")]
    if "UNQUOTE" in body or "STOP" in body:
        body = _cablese(body, spans)  # (its punctuation first, so that its sentences open with a capital)
    # (and words shouted in capitals inside a quotation in running text: a post's "Maduro: RECOGNIZE
    # YOUR DEFEAT." reads "Recognize your defeat", so that its "your" and "defeat" are read)
    spans += [(m.start(), m.end()) for a, b in paragraphs if not in_capitals(body[a:b])
              for q in _QUOTED.finditer(body, a, b) for m in _THREE_CAPITAL_WORDS.finditer(body, q.start(), q.end())]
    if not spans:
        return body
    spell = _folded_spellings(registry)  # ("GOITA", "VUCIC": a name in capitals often loses its accents)
    out = list(body)
    for a, b in spans:
        label = _LABEL.match(body, a, b)
        # (a label before a colon keeps its capitals but for the registry's names, "ON SCREEN:
        # DECEMBER 2022.", "17:36 Tusk:": the transcript and label rules read labels in capitals)
        for m in _WORD.finditer(body, a, label.end() if label else a):
            new = spell.get(m.group().lower())
            if m.group().isupper() and new is not None and len(new) == len(m.group()) and len(m.group()) <= 4:
                out[m.start():m.end()] = new  # ("TUSK": a short alias is matched as written)
        start = label.end() if label else a
        for m in _WORD.finditer(body, start, b):
            word = m.group()
            if not word.isupper() or (len(word) <= 4 and word in ACRONYMS) or word == "I":
                continue
            new = spell.get(word.lower()) if len(word) > 1 else None
            if new is None or len(new) != len(word):
                new = word.lower()
                if m.start() == a or _OPENS.search(body, a, m.start()) and \
                        not _AFTER_INITIALS.search(body, max(a, m.start() - 8), m.start()):  # (a paragraph opens)
                    new = new[:1].upper() + new[1:]
            if len(new) == len(word):
                out[m.start():m.end()] = new
        for m in _INITIALS.finditer(body, start, b):
            out[m.start():m.end()] = m.group()
        pattern, names = _names(registry)
        for m in pattern.finditer(body, start, b) if pattern is not None else ():
            alias = names.get(m.group().lower(), "")
            if m.group().isupper() and len(alias) == len(m.group()):  # ("STATE DEPARTMENT")
                out[m.start():m.end()] = alias
    return "".join(out)


#: A cable's "ENDIT", its end (its "STOP" and "PARA": ``rhetoric.corpus.CABLE_STOP``).
_CABLE_END = re.compile(r"(?<=\S)[ \t]+ENDIT(?![\w'’])")


def _cablese(body: str, spans: list[tuple[int, int]]) -> str:
    """``body`` with a cable's punctuation words (``rhetoric.corpus.cable_text``), in the paragraphs
    ``spans``, written as the marks they stand for, the same length: "SAID QUOTE WE ARE" -> 'SAID     "WE
    ARE' (the opening mark right before the words), "TACTICS UNQUOTE STOP" -> 'TACTICS"        .    ',
    "AIRPORT STOP PM" -> 'AIRPORT.     PM'."""
    out = list(body)
    for a, b in spans:
        if not cable_text(body[a:b]):
            continue
        for qa, qb, ua, ub in cable_quotes(body[a:b]) or ():
            out[a + qa:a + qb] = " " * (qb - qa - 1) + '"'
            out[a + ua:a + ub] = '"' + " " * (ub - ua - 1)
        for m in [*CABLE_STOP.finditer(body, a, b), *_CABLE_END.finditer(body, a, b)]:
            out[m.start():m.end()] = "." + " " * (m.end() - m.start() - 1)
    return "".join(out)


#: Words of a caption line in lower case that running text writes in capitals ("nato", "x"):
#: the ``ACRONYMS`` that are no everyday word in lower case ("us", "ok").
_LOWER_ACRONYMS = frozenset(a.lower() for a in ACRONYMS) - {"us", "ok"}
#: A caption line's time code: "0:29 ", "1:02:15 ".
_TIME_CODE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s+")


def _lower_case(body: str, registry, paragraphs) -> str:
    """An automatic transcript's lines, all in lower case ("0:29 he says the delivery … kosovo's
    defense"), in running case: the registry's names as the registry spells them (its spelling
    folded: "vucic" for "Vučić", when as long), months, weekdays, demonyms, "I", the acronyms of
    ``_LOWER_ACRONYMS``, and the line's first word (after its time code) with a capital. Only in
    an automatic transcript (``corpus.automatic_transcript``): a line in lower case among others
    is a post or a slogan as written."""
    if "\n" not in body or not automatic_transcript(body):
        return body
    spans = [(a, b) for a, b in paragraphs if in_lower_case(body[a:b])]
    spell = _folded_spellings(registry)
    out = list(body)
    for a, b in spans:
        code = _TIME_CODE.match(body, a)
        first = True
        for m in _WORD.finditer(body, code.end() if code else a, b):
            word = m.group()
            new = "I" if word == "i" else word.upper() if word in _LOWER_ACRONYMS else spell.get(word)
            if new is None and first:
                new = word[:1].upper() + word[1:]
            first = False
            if new is not None and len(new) == len(word):
                out[m.start():m.end()] = new
    return "".join(out)


@lru_cache(maxsize=8)
def _folded_spellings(registry) -> dict[str, str]:
    """``_spellings``, also by each name's folded form ("vucic" -> "Vučić")."""
    from rhetoric.actors import fold

    out = dict(_spellings(registry))
    for key, name in list(out.items()):
        out.setdefault(fold(key), name)
    return out
