"""Quote cards: a quotation on a line of its own, signed by a name on the line under it; and the
other lines that name whose words a text set apart is: a source's heading over a blockquote
(``source_heading``: "**I. Aleksandar Vučić, post on X, Wednesday 8 October 2025.**") and a
forum's BBCode quotation tag (``actor_tags``: '[quote="Aleksandar Vučić (@predsednikrs)"]').

A social-media carousel, a pull quote or a slide sets a quotation out alone and puts who said it
under it, with no dash and no verb:

    "I am proud to have worked closely with President Erdoğan, a man of his word"

    Vjosa Osmani
    President of Kosovo, on X

The quotation line is short and has no full stop, so the corpus takes it for a heading; here it
is text (``signed_quote_lines``, read by ``context``). The name line is a *signature*
(``signature``): it opens with a person, the registry's or a name of two or three capitalised
words, and has nothing after the name but an appositive or an occasion ("Vučić, at a press
conference in Belgrade"), or a post's handle and separators ("Marko Đurić · X · Oct 8"; the
header of an embedded post, which ``attribution.blockquote`` reads above the post).
``attribution.blockquote`` gives the quotation to that person.

A quotation line under no signature stays a heading: a section title in quotation marks
("‘We cannot negotiate about our sovereignty’") is not anybody's statement; nor is a title over
its author, a label over a who's-who entry or a headline over a byline ("By Jelena Petrović",
"Jelena Petrović, Belgrade correspondent"): ``card_quote`` and ``signature`` tell them apart.
"""

from __future__ import annotations

import re

from rhetoric.extract.date_patterns import MONTH_NAME
from rhetoric.extract.quotes import BBCODE_QUOTE
from rhetoric.extract.vocabulary import CATALOGUE_LINE, LIST_NUMBER, SPEECH, UNNAMED_SPEAKER

#: A line that is only a quotation, emphasis and a closing stop aside.
_QUOTE_LINE = re.compile(r"[*_]*[“\"‘][^\n]{8,}[”\"’][.!?]?[*_]*")
#: Two or three capitalised words at the start of a line, a space or two apart (not across the blanks of a
#: page's markup, "Nick Mangwana <a …>May 31"): a name the registry may not know.
_NAME = re.compile(r"[A-ZÀ-Ž][\w'’-]+(?:[ \t]{1,2}[A-ZÀ-Ž][\w'’-]+){1,2}")
#: What may follow the name on a signature: nothing, an appositive, an occasion in brackets, a
#: post's handle or separator ("Marko Đurić · X · Oct 8", "Vjosa Osmani @VjosaOsmaniPRKS"), or,
#: with no comma, where the words were said: a platform, an outlet or a place by its name ("Albin
#: Kurti on Facebook, …", "Vučić in Ankara on Thursday", "Goïta on state television"; not a
#: caption's "Tusk in the background"), or the post's day in words ("Tibor Nagy July 28, 2020").
AFTER_NAME = re.compile(r"[ \t*_]*(?:$|[,(·|@])|[ \t]+(?:on|in|at|to|via)[ \t]+(?!(?:the[ \t]+)?(?:background|foreground|"
                        r"centre|center|middle|front|back|left|right|photo|picture|image|frame)\b)(?=\w)|"
                        # (or the post's day: an embedded post's "— Tibor Nagy July 28, 2020")
                        r"[ \t]+(?=" + MONTH_NAME + r"[ \t]+\d{1,2},?[ \t]+(?:19|20)\d\d)", re.M)
#: An item's number in brackets or after a sign before a name: "(1) ", "[3] ", "#2 ".
_ITEM_MARK = re.compile(r"(?:\(\d{1,3}\)|\[\d{1,3}\]|#\d{1,3})[ \t]+(?=[A-ZÀ-Ž])")
#: "by" and a name on a lead line: the words are that one's, not the first name's.
_BY_ANOTHER = re.compile(r",[ \t]+by[ \t]+[A-ZÀ-Ž]")
#: A list item's number before the name on a lead line: "4. ", "(2) ", "b) ", "(b) ".
_LIST_NUMBER = re.compile(r"[ \t]*" + LIST_NUMBER + r"[ \t]+(?=[A-ZÀ-Ž])")
#: A description after a name a label gives, an office in its first words: ", Benin's special
#: prosecutor", ", senior adviser to …", ", Prime Minister of Niger" (not ", Hungary's border fence").
_DESCRIBED = re.compile(r"[ \t]*,[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?i:" + "|".join(sorted(
    {"minister", "president", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson", "prosecutor",
     "ambassador", "envoy", "adviser", "advisor", "secretary", "general", "director", "chief", "commander",
     "leader", "governor", "mayor", "senator", "deputy", "official", "chair", "chairman", "chairwoman", "king",
     "queen", "head", "representative", "negotiator", "judge", "attorney"})) + r")s?(?![\w-])")
#: A first word of a label's occasion that makes the one named after it its topic or addressee.
_TOPIC_OPENERS = frozenset({"on", "to", "about", "for", "with", "against", "re", "of", "at", "in", "after", "before",
                            "from", "towards", "toward", "over", "as"})
#: That the one named is the one named before: "Zeine again, same news conference".
AGAIN = re.compile(r"[ \t]+(?:again|once\s+more)\b")
#: A note in brackets on a signature's line: "(translated from the Albanian)".
_BRACKETED = re.compile(r"\([^()\n]*\)")
#: The words of a date on a signature's line: numbers, months ("9 October 2025", "Oct 8, 2025").
_DATE_WORDS = re.compile(r"(?<![\w-])(?:\d{1,4}(?:st|nd|rd|th)?,?|(?i:" + MONTH_NAME + r")\.?,?)(?![\w-])")
#: A signature is a short line.
_MAX_WORDS = 12
#: Words that make a capitalised line no person's name: a byline's, a document's, a section's
#: ("By Jelena Petrović", "Joint Statement · Brussels", "Reporting by …").
_NOT_A_NAME = frozenset("by reporting photo photograph video text words edited written joint statement press "
                        "release update article agreement declaration communiqué news breaking live editorial "
                        "opinion source sources chapter part".split())
#: A byline's role after the name: the outlet's own people sign no quotation.
_OWN_STAFF = re.compile(r"(?i)(?<![\w-])(?:correspondent|reporter|editor|columnist|photographer|staff\s+writer|"
                        r"contributor|foreword|introduction|translator)(?![\w-])")


def card_quote(text: str) -> bool:
    """Whether a quotation set out alone can be someone's words on a card: five words or more,
    not a title ("The Polish Century: How Poland Became …", most words capitalised), not a label
    ("The troublemaker of Europe")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    capitals = sum(w[0].isupper() for w in words)
    return len(words) >= 5 and ": " not in text and capitals < 0.6 * len(words)


def signature(body: str, registry, lo: int, hi: int, max_words: int = _MAX_WORDS, bodies: bool = False) -> tuple[int, int] | None:
    """The span of the person's name that opens the line body[lo:hi] when the line is a
    signature (module doc), else None; the name may be followed by "again" (a lead line's "Zeine
    again, same news conference:", a signature's "— Dačić again, 22.viii.17"). ``max_words``: how
    long the line may be (a quotation list's source line tells the report after the name,
    ``quotelists``); ``bodies``: a body's name that is the whole line signs too (a card's
    "Office of the President of Tajikistan" under its quote; not a topic's heading over one)."""
    line = body[lo:hi]
    # (its notes in brackets are no words of a sentence: "(translated from the Albanian)"; nor are a
    # date's: "— Emir Suljagić, director of the Srebrenica Memorial Centre, on X, 9 October 2025")
    if len(_DATE_WORDS.sub(" ", _BRACKETED.sub(" ", line)).split()) > max_words or _OWN_STAFF.search(line):
        return None
    start = lo + len(line) - len(line.lstrip(" \t*_—–-"))
    found = registry.find_mentions(body[start:hi], start)
    if found and found[0].start == start:
        actor = registry.actors.get(found[0].actor)
        end = found[0].end if actor is not None and (actor.kind == "person" or bodies and actor.kind in ("organisation", "group")
                                                      and not body[found[0].end:hi].strip(" \t*_.")) else None
    else:
        m = _NAME.match(body, start, hi)
        end = m.end() if m is not None and not registry.find_mentions(m.group()) and \
            not any(w.lower() in _NOT_A_NAME for w in m.group().split()) else None
    if end is not None and (same := AGAIN.match(body, end, hi)) is not None:
        end = same.end()
    if end is None or not AFTER_NAME.match(body, end, hi):
        return None
    return start, end


#: An unnamed member of a body opening a line, the body named after the member's noun or before it:
#: "A source in India's Ministry of External Affairs", "an official at the ministry", "unnamed NATO
#: official", "a KFOR spokesperson" (``member_signature``).
_MEMBER_OPENING = re.compile(r"[ \t*_]*(?:(?:[Aa]n?|[Oo]ne|[Tt]he)\s+)?(?:(?:[Uu]nnamed|[Aa]nonymous|[Ss]enior)\s+)*"
                             r"(?:(?:sources?|officials?|spokes(?:wo)?man|spokesperson|diplomats?|representatives?)\s+"
                             r"(?:in|at|from|of|for|close\s+to)\s+(?:the\s+)?(?P<after>)|(?P<before>))")
#: A possessive after a state's name, before its body's: "(Japan)'s (Foreign Ministry)".
_OWNER_POSSESSIVE = re.compile(r"['’]s\s+")
#: A member's noun after a body's name: "(NATO) official", "(KFOR) spokesperson".
_MEMBER_NOUN = re.compile(r"\s+(?:officials?|spokes(?:wo)?man|spokesperson|diplomats?|sources?|representatives?)(?![\w-])")


def member_signature(registry, body: str, lo: int, hi: int) -> tuple[str, int, int] | None:
    """The body an unnamed member of it speaks for, opening the line body[lo:hi] ("A source in
    India's Ministry of External Affairs, Thursday 17 February 2022", "unnamed NATO official, to
    Radio Free Europe", "A source in Greece", "a source at Cosco"), with the span of its name; None
    for a person's, a place's or an outlet's name, or when the line opens otherwise."""
    m = _MEMBER_OPENING.match(body, lo, hi)
    at = m.end()
    found = registry.find_mentions(body[at:hi], at)
    if found and found[0].start == at and (owner := _OWNER_POSSESSIVE.match(body, found[0].end, hi)) is not None:
        found = found[1:]  # (past the state whose body it is, "Japan's Foreign Ministry", unless the alias holds it)
        at = owner.end()
    if not found or found[0].start != at:
        return None
    actor = registry.actors.get(found[0].actor)
    if actor is None or actor.kind not in ("organisation", "state", "company", "group") or \
            m.group("before") is not None and not _MEMBER_NOUN.match(body, found[0].end, hi):
        return None
    return found[0].actor, found[0].start, found[0].end


#: A source's label before its signature on the line over a quotation: a resource sheet's
#: "**Source A** — Vučić, post on X, Wed 8 Oct", an exhibit list's "Exhibit 3: Marko Đurić, …"
#: (a source's noun and its letter or number; not a part's title, "**Part 2** — Viktor Orbán, seen
#: from Warsaw").
SOURCE_LABEL = re.compile(r"[ \t]*(?P<open>\*\*|__)?(?:Source|Document|Exhibit|Extract|Excerpt|Item|Text|Quote|Card|"
                           r"Clip|Sample|Evidence|Handout|Resource)[ \t]+[A-Z0-9]{1,3}[.:]?(?(open)(?:\*\*|__))"
                           r"[ \t]*[—–:·|-][ \t]*(?=\S)")


#: A catalogue's number before a name on its entry's line, a sign perhaps after it: a sticker
#: album's "**141 ★ ", a collection's "No. 12 ", a card's "07 · ".


def labelled_signature(body: str, registry, lo: int, hi: int) -> tuple[int, int] | None:
    """``signature`` of the line body[lo:hi], else of what follows a source's label that opens
    it ("**Source B** — Marko Đurić, Foreign Minister of Serbia, post on X, Wed 8 Oct": the
    label names the source, the signature after it whose words they are), or after a catalogue's
    number ("**141 ★ Aleksandar Vučić** · President"); after either, an unnamed member of a body
    speaks for the body ("**152 A NATO official** · name withheld")."""
    found, at = signature(body, registry, lo, hi), None
    if found is None and (number := CATALOGUE_LINE.match(body, lo, hi)) is not None:
        # ("**141 ★ Aleksandar Vučić** · President": a sticker's, an entry's number before the name; a person
        # the registry knows, not any capitalised words after a rank's number, "**4 United States** · steady")
        found, at = signature(body, registry, number.end(), hi), number.end()
        if found is not None and not any(m.start == found[0] and m.end == found[1] for m in
                                         registry.find_mentions(body[found[0]:found[1]], found[0])):
            found = None
    if found is None and (label := SOURCE_LABEL.match(body, lo, hi)) is not None:
        found, at = signature(body, registry, label.end(), hi), label.end()
    if found is None and at is not None:
        if (unnamed := _UNNAMED_SOURCE.match(body, at, hi)) is not None and \
                AFTER_NAME.match(body, unnamed.end(), hi):
            # ("**Source F** — a NATO official, speaking anonymously …": the body the official speaks for)
            named = registry.find_mentions(unnamed.group("body"), unnamed.start("body"))
            if len(named) == 1 and named[0].end == unnamed.end("body") and \
                    registry.actors[named[0].actor].kind not in ("state", "media", "person"):
                found = named[0].start, named[0].end
    return found


#: A production label in capitals before a source's name on a lead line, an item's number perhaps
#: before it: a shotlist's "12. SOUNDBITE (Serbian) ", a script's "SOT: ", "QUOTE CARD - ".
_PRODUCTION_LABEL = re.compile(r"[ \t*_]*(?:\d{1,3}[.)][ \t]+)?[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,2}"
                               r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[:—–-]?[ \t]+(?=[A-ZÀ-Ž])")


def lead_signature(body: str, registry, lo: int, hi: int) -> tuple[int, int] | None:
    """The name on a line that introduces the quotation under it and is no sentence, a source's
    line ending in its colon (``hi`` at the colon): ``labelled_signature`` of the line, or of its
    opening in bold, an item's number perhaps before the name ("**(1) Ali Lamine Zeine, Prime
    Minister of Niger.** News conference …:", "**#3 Sikorski once more, Monday 23 December:**"; a
    name the registry lacks only with an office after it; the person the occasion after the bold
    opens with speaks instead), or of what follows its production label ("12. SOUNDBITE (Serbian)
    Aleksandar Vucic, President of Serbia (English as published by Telegrafi):"); else None. Not a
    label that is itself a name ("VUČIĆ: …", read as a transcript's voice)."""
    found = labelled_signature(body, registry, lo, hi)
    # (an item's number before the name on a list's line: "4. Vučić, to reporters in Belgrade, Thursday 9 October:")
    item = _LIST_NUMBER.match(body, lo, hi)
    if item is not None and (SPEECH.search(body, item.end(), hi) is not None or _BY_ANOTHER.search(body, item.end(), hi)):
        item = None  # (a sentence, not a lead line: "6. Orbán, Sikorski said at the closing press conference:"; nor
        # a line of whom another spoke: "1. Tusk, by Orbán, on Kossuth Radio:")
    if found is None and item is not None:
        found = labelled_signature(body, registry, item.end(), hi)
    line_end = body.find("\n", hi)
    if found is None and (bold := _BOLD_OPENING.match(body, lo, len(body) if line_end < 0 else line_end)) is not None:
        # (a label in bold, an item's number perhaps before the name, then perhaps the occasion, the
        # colon inside the bold or after it: "**(1) Ali Lamine Zeine, Prime Minister of Niger.** News
        # conference in Niamey, weekend of 11–12 May 2024 (…):", "**#3 Sikorski once more, Monday 23 December:**")
        start = lo + len(body[lo:bold.end()]) - len(body[lo:bold.end()].lstrip(" \t*_"))
        mark = _ITEM_MARK.match(body, start, bold.end())
        found = signature(body, registry, mark.end() if mark is not None else start, bold.end())
        named = registry.find_mentions(body[found[0]:found[1]], found[0]) if found is not None else []
        if named and named[0].end != found[1] and body[named[0].end:found[1]].strip():
            found = found[0], named[0].end  # (the name, not "again")
        if found is not None and not named and not _DESCRIBED.match(body, found[1], bold.end()):
            found = None  # (a name the registry lacks only with a description of the one it names: not
            # "**(1) Galwan Valley, June 2020.**", "**(2) White Paper, 2019.**", "**(1) Malanville Rice, serves four.**")
        # (a person the occasion after the label names speaks, not the one the label is about: "**(1)
        # Irfaan Ali, as seen from Caracas.** Vice-President Delcy Rodríguez on state television, …:")
        speaker = next((mt for mt in registry.find_mentions(body[bold.end():hi], bold.end())
                        if getattr(registry.actors.get(mt.actor), "kind", "") == "person"), None)
        opening = body[bold.end():speaker.start].split() if speaker is not None else []
        if speaker is not None and (not all(w[:1].isupper() for w in opening) or
                                    opening and opening[0].lower() in _TOPIC_OPENERS):
            speaker = None  # (the occasion opens with the one who spoke, a title perhaps before: not "At
            # the meeting with Xi:", "On Tusk, at a rally …:", "To Tusk, in a letter …:")
        if found is not None and speaker is not None and (not named or named[0].actor != speaker.actor):
            found = speaker.start, speaker.end
    if found is None and (label := _PRODUCTION_LABEL.match(body, lo, hi)) is not None and \
            not registry.find_mentions(body[lo:label.end()].title()):  # (nor a voice's name: "TUSK: …")
        found = signature(body, registry, label.end(), hi)
    if found is None:
        found = _body_or_long_lead(body, registry, lo if item is None else item.end(), hi)
    return found


#: How many words a lead line ending in its colon may hold: its occasion may be told at length
#: ("Greek foreign ministry, 27 June 2023, after a court refused him leave to take the oath:").
_MAX_LEAD_WORDS = 24
#: The kinds of actor that speak through a lead line besides a person: a ministry, a party, a body.
_SPEAKING_KINDS = frozenset({"organisation", "party", "force", "group", "company"})


#: What makes a line prose: a sentence's stop before another sentence, or a relative clause after
#: the name ("Netanyahu, whom Rubio met on Monday, …").
_SENTENCE_IN_LINE = re.compile(r"[.!?][\"”’]?[ \t]+[A-Z\"“]|,[ \t]+(?:who|whom|whose|which)[ \t]")


def prose_line(body: str, lo: int, hi: int) -> bool:
    """Whether body[lo:hi] holds prose, not a lead line's name and occasion (``_SENTENCE_IN_LINE``)."""
    return _SENTENCE_IN_LINE.search(body, lo, hi) is not None


def _body_or_long_lead(body: str, registry, lo: int, hi: int) -> tuple[int, int] | None:
    """A lead line a signature is too long for, or that a registered body opens, not a person
    ("**Greek foreign ministry, 27 June 2023, after a court refused him leave to take the oath:**"):
    the person's or the body's name, an appositive or an occasion after a comma; else None."""
    start = lo + len(body[lo:hi]) - len(body[lo:hi].lstrip(" \t*_—–-"))
    if prose_line(body, start, hi):
        return None  # (a sentence of prose, not a lead line: "Netanyahu, whom Rubio met on Monday, stayed silent. Rubio …:")
    named = registry.find_mentions(body[start:hi], start)
    if not named or named[0].start != start or not AFTER_NAME.match(body, named[0].end, hi) or \
            len(_BRACKETED.sub(" ", body[lo:hi]).split()) > _MAX_LEAD_WORDS or _OWN_STAFF.search(body, lo, hi):
        return None
    kind = getattr(registry.actors.get(named[0].actor), "kind", "")
    return (named[0].start, named[0].end) if kind == "person" or kind in _SPEAKING_KINDS else None


#: A numbered part's mark before a source's name on its heading: "I. ", "IV. ", "3. ", "B) "
#: (an edition's texts, a dossier's items).
_PART_NUMBER = re.compile(r"[ \t]*(?:\*\*|__)?(?:[IVXLC]{1,6}|\d{1,3}|[A-Z])[.)][ \t]+(?=[A-ZÀ-Ž])")
#: A line's opening in bold, and what follows it: "**I. Aleksandar Vučić, post on X, 8 October
#: 2025.** Base text T."
_BOLD_OPENING = re.compile(r"[ \t]*(?:\*\*|__)[^*_\n]{3,160}(?:\*\*|__)")


def source_heading(body: str, registry, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the person's name on a heading over a text that is that person's words, its
    bold opening only when it has one: a numbered part's mark, then a signature ("**I. Aleksandar
    Vučić, post on X, Wednesday 8 October 2025, 17:14.** Base text T.", "3. Marko Đurić, on X,
    8 October"); else ``labelled_signature``; else None."""
    if (bold := _BOLD_OPENING.match(body, lo, hi)) is not None:
        hi = bold.end()
    if (part := _PART_NUMBER.match(body, lo, hi)) is not None:
        name = signature(body, registry, part.end(), hi)
        # (the words' occasion right after the name, and their day: not a profile's, a topic's or a
        # view's heading, "**2. Péter Magyar, leader of Tisza**", "**1. Sikorski, on Ukraine**", "**I.
        # Orbán, the student years.**", "**3. Merz, 100 days in office**"; nor one that names another)
        if name is None or not (_OCCASION_FIRST.match(body, name[1], hi) and _DAY_OF_WORDS.search(body, name[1], hi)
                                or _YEAR_ONLY.fullmatch(body, name[1], hi)):
            return None  # (or a year alone after the name: an exam's "**2. Orbán, 2014.**")
        named = registry.find_mentions(body[name[0]:name[1]])
        return name if not any(registry.actors[m.actor].kind == "person" and all(m.actor != n.actor for n in named)
                               for m in registry.find_mentions(body[name[1]:hi])) else None
    return labelled_signature(body, registry, lo, hi)


#: The platforms a source heading or a quotation tag names as the words' channel.
PLATFORMS = r"X|Twitter|Facebook|Telegram|Instagram"
#: A source heading's occasion right after its name: ", post on X", ", speech in the Sejm", ", radio
#: interview", ", address to the nation", ", Telegram", ", his own words".
_OCCASION_FIRST = re.compile(r"[*_]*,[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:(?i:post|tweet|speech|statement|interview|address|"
                             r"letter|remarks|comments|words|press\s+conference|news\s+conference|briefing|op-ed|"
                             r"message|testimony|declaration|communiqu[eé])|" + PLATFORMS + r"|television|radio|TV)(?![\w-])")
#: A year alone after a source heading's name: ", 2014."
_YEAR_ONLY = re.compile(r"[*_]*,[ \t]+(?:19|20)\d{2}[.*_ \t]*")
#: … and the day of the words after it: "8 October 2025", "Wednesday 8 October", "8.X.2025", "May 4".
_DAY_OF_WORDS = re.compile(r"(?<![\w-])\d{1,2}(?:st|nd|rd|th)?(?:\s+" + MONTH_NAME + r"|\.[IVX]{1,4}\.)|"
                           r"(?<![\w-])" + MONTH_NAME + r"\s+\d{1,2}(?![\w-])")


#: An official not named, of a body the registry may know: "a NATO official", "an EU diplomat".
_UNNAMED_SOURCE = re.compile(r"(?:[Aa]n?|[Tt]he)[ \t]+(?:unnamed[ \t]+|senior[ \t]+|anonymous[ \t]+)?(?P<body>[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,3})"
                             r"[ \t]+(?:" + UNNAMED_SPEAKER + r")(?![\w-])")


def signed_quote_lines(body: str, registry, passages) -> list[tuple[int, int]]:
    """The heading lines that are a quotation signed by the next line (module doc), or headed by
    the name line right above it (a sticker's or a card's "**142 Aleksandar Vučić** · the second
    line of the same post" over '"Serbia is a small country, …"', ``labelled_signature``)."""
    out = []
    for i, (p, nxt) in enumerate(zip(passages, passages[1:])):
        if p.kind != "heading" or not _QUOTE_LINE.fullmatch(body, p.start, p.end) or not card_quote(body[p.start:p.end]):
            continue
        above = passages[i - 1] if i else None
        if nxt.kind == "heading" and signature(body, registry, nxt.start, nxt.end) is not None or \
                above is not None and above.kind == "heading" and body.count("\n", above.end, p.start) == 1 and \
                labelled_signature(body, registry, above.start, above.end) is not None:
            out.append((p.start, p.end))
    return out


#: What may follow an actor's name in a forum's BBCode quotation tag: its handle, its channel, or
#: the kind of text ('(@predsednikrs)', ' on X', ' press release', ', statement').
_TAG_AFTER_NAME = re.compile(r"\s*(?:\(@[\w.]{2,30}\)|on\s+(?:" + PLATFORMS + r"|Truth\s+Social|VK|Weibo)|"
                             r",?\s*(?:post|tweet|statement|press\s+release|communiqu[eé]|declaration))?\s*")


#: A thread's post header's author in bold: "**#2 · John Lee**", "**John Lee**".
_POSTER = re.compile(r"\*\*(?:#\d+\s*[·|•]\s*)?(?P<name>[^*\n]{2,40})\*\*")


def actor_tags(body: str, registry, passages) -> dict[int, tuple[str, int, int]]:
    """The paragraphs that open with a forum's BBCode quotation of an actor ('[quote="Aleksandar
    Vučić (@predsednikrs)"]…[/quote]'): paragraph start -> (actor, end of the name, end of the
    tag). The tag names the actor in full (two words or more, or a body with its handle, channel
    or kind of text after it) and nothing else; not a member's handle ('[quote=warsaw_wanda]'), a
    newspaper named after someone ("Magyar Nemzet"), someone's spokesman, a bare surname
    ("Rubio"), a "(fake account)", nor a member of the thread who posts under that name
    ("**#2 · John Lee**"): those are read as text."""
    out, members = {}, None
    for p in passages:
        tag = BBCODE_QUOTE.match(body, p.start, p.end)
        if tag is None or not tag.group("name"):
            continue
        lo, hi = tag.span("name")
        named = registry.find_mentions(body[lo:hi], lo)
        if not named or named[0].start != lo or registry.actors[named[0].actor].kind in ("state", "media"):
            continue
        rest = _TAG_AFTER_NAME.fullmatch(body, named[0].end, hi)
        if rest is None or len(named[0].text.split()) < 2 and not rest.group().strip():
            continue
        if members is None:
            members = {m.group("name") for m in _POSTER.finditer(body)}
        if named[0].text in members:
            continue  # (a member of the thread who posts under that name)
        out[p.start] = (named[0].actor, named[0].end, tag.end())
    return out
