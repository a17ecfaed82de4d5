"""One article prepared for the attribution rules: its text passages and sentences, quotes,
the body with quotes masked, the candidates for speakers and targets, and the statements found
so far. Rules read it; only the pipeline (``rhetoric.extract.statements``) adds statements."""

from __future__ import annotations

import bisect
import re

from rhetoric.actors import fold
from rhetoric.corpus import SIGNATURE_DASH, Article, signed_bare_line
from rhetoric.extract import quotes as qt
from rhetoric.extract import vocabulary as v
from rhetoric.extract.abbreviations import not_an_initial
from rhetoric.extract.arrows import arrow_quote_lines
from rhetoric.extract.cards import actor_tags, signed_quote_lines
from rhetoric.extract.casing import running_case
from rhetoric.extract.mentions import Cand, find_candidates
from rhetoric.extract.model import Statement
from rhetoric.extract.references import key_mentions
from rhetoric.extract.roles import (
    BROADCAST_FIRST_WORDS,
    MEDIA_WORDS,
    demonym_mentions,
    described_mentions,
    field_label_mentions,
    given_name_mentions,
    handle_mentions,
    is_outlet_name,
    short_name_mentions,
)
from rhetoric.extract.tables import who_said_what

#: A capitalised media word right after an alias: the alias is part of an outlet's name
#: ("Türkiye Today", "Kosovo Online", "Serbia TV"), not a mention of the actor.
_OUTLET_AFTER = re.compile(r"[ \t]+(?:" + "|".join(w.upper() if len(w) <= 3 else w.capitalize() for w in MEDIA_WORDS
                                                 if not w.isdigit() and w != "review")  # (not "Kyiv 24 hours
                           # earlier", "NATO Review articles": words that also go on as a common noun's)
                           + r")(?![\w-])(?![ \t]+[A-Z][a-z])")  # (the name's last word: not "EU Media Freedom Act")


#: A broadcaster's word right before an alias: the alias is part of its name ("Radio Poland's English
#: service", "Television Serbia"), not a mention of the actor.
_OUTLET_BEFORE = tuple((w.upper() if len(w) <= 3 else w.capitalize()) + " " for w in BROADCAST_FIRST_WORDS)


#: An element's tag of a data file or a web page copied into the text, its attributes too:
#: '<wpt lat="47.26" lon="11.39">', "<desc>", "</desc>", "<br/>", "<!-- … -->".
_MARKUP_TAG = re.compile(r"<(?:/?[A-Za-z][\w:.-]*(?:[ \t]+[^<>\n]{0,300})?/?|!--[^<>\n]{0,300}--)>")


#: A page's entities for dashes and quotation marks, read as their characters (the same length).
_ENTITIES = {"&mdash;": "—", "&ndash;": "–", "&quot;": '"', "&ldquo;": "“", "&rdquo;": "”", "&amp;": "&",
             "&#8212;": "—", "&#8220;": "“", "&#8221;": "”"}
_ENTITY = re.compile("|".join(map(re.escape, _ENTITIES)))


def blank_markup(text: str) -> str:
    """``text`` with the tags of its markup blanked (``_MARKUP_TAG``, the same length): a waypoint's
    "<desc>Attaf replied: …</desc>" reads as the sentence "Attaf replied: …". A page's quotation
    element opening a line reads as Markdown's: "<blockquote …>" as "> ", a "<cite>" opening a line
    inside it as a signature's dash ("<cite>Patrick Chinamasa, …</cite>": "— Patrick Chinamasa, …");
    its entities for dashes and quotation marks as the characters ("&mdash; Tibor Nagy"), in a text
    with markup only."""
    if "<" not in text:
        return text

    def blank(m: re.Match) -> str:
        tag = m.group()
        if tag.startswith(("<blockquote", "<cite")) and not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip() and \
                (tag.startswith("<blockquote") or text.rfind("<blockquote", 0, m.start()) > text.rfind("</blockquote", 0, m.start())):
            return (">" if tag.startswith("<blockquote") else "—") + " " * (len(tag) - 1)
        return " " * len(tag)

    if "&" in text:
        # (a closing mark at the entity's start, any other character at its end: a quote opened by
        # "&ldquo;" starts right after it, one closed by "&rdquo;" ends right where it stands)
        text = _ENTITY.sub(lambda m: _ENTITIES[m.group()] + " " * (len(m.group()) - 1) if _ENTITIES[m.group()] == "”"
                           else " " * (len(m.group()) - 1) + _ENTITIES[m.group()], text)
    return _MARKUP_TAG.sub(blank, text)


def _describes(alias: str) -> bool:
    """Whether an alias only describes its actor ("the ministry", "the alliance"): no capital."""
    return alias[:4] in ("the ", "The ") and not any(ch.isupper() for ch in alias[4:])


def _is_person(registry, actor: str) -> bool:
    found = registry.actors.get(actor)
    return found is not None and found.kind == "person"


def _described_as_named(found: list, registry) -> list:
    """``found`` with each describing alias of an actor the article does not otherwise name
    given to the actor named last before it by an alias with the same noun
    (``article_mentions``), unless one of the people of the alias's own state is named between
    them ("Serbia's foreign ministry … In Rabat, Foreign Minister Bourita … The ministry said":
    Morocco's; not its state as the object of the act, "summoned Poland's ambassador")."""
    named = {m.actor for m in found if not _describes(m.text)}
    out = []
    for m in found:
        if _describes(m.text) and m.actor not in named:
            noun = m.text.split()[-1].lower()
            other = [x for x in out if not _describes(x.text) and x.text.lower().split()[-1] == noun]
            home = registry.state_of(m.actor) or m.actor
            if other and not any(registry.state_of(x.actor) == home and _is_person(registry, x.actor)
                                 for x in out if x.start >= other[-1].end):
                m = type(m)(other[-1].actor, m.start, m.end, m.text)
        out.append(m)
    return out


_SHARED_SURNAMES: dict[int, tuple[object, dict[str, frozenset[str]]]] = {}


def _shared_surnames(registry) -> dict[str, frozenset[str]]:
    """The surnames (last words of a person's name, folded) that two registered people or more
    share, each with those people ("Landsbergis": the foreign minister and his grandfather)."""
    hit = _SHARED_SURNAMES.get(id(registry))
    if hit is not None and hit[0] is registry:
        return hit[1]
    by: dict[str, set[str]] = {}
    for a in registry.actors.values():
        if a.kind == "person" and a.name and " " in a.name.strip():
            by.setdefault(fold(a.name.split()[-1]), set()).add(a.id)
    out = {k: frozenset(ids) for k, ids in by.items() if len(ids) > 1}
    _SHARED_SURNAMES.clear()
    _SHARED_SURNAMES[id(registry)] = (registry, out)
    return out


def _surname_of_last_named(body: str, found: list, registry) -> list:
    """``found`` with each bare surname that two registered people share given to the one of them
    named in full last before it in its paragraph, outside quotations ("… it was Vytautas
    Landsbergis, the minister's grandfather, who … Landsbergis also said": the grandfather,
    whatever the alias says; not past the paragraph where "Brigitte Macron" was named, nor in a
    caption's quotation: "Macron" is the alias's own)."""
    shared = _shared_surnames(registry)
    if not shared:
        return found
    out, last_full = [], {}
    for m in found:
        key = fold(m.text)
        if " " in m.text.strip():
            for k, ids in shared.items():
                if m.actor in ids:
                    # (only one brought in as a speaker: not "his wife Emine Erdoğan landed", "Bilal Erdoğan's
                    # foundation", "his son Shotaro Kishida, who had hosted …")
                    last_full[k] = (m.actor, m.end) if _SPEAKS_AFTER_NAME.match(body, m.end) else None
        elif key in shared and m.actor in shared[key] and (full := last_full.get(key)) is not None and \
                full[0] != m.actor and "\n\n" not in body[full[1]:m.start] and \
                sum(body.count(c, full[1], m.start) for c in "\"“”") % 2 == 0 and \
                not _OFFICE_BEFORE_SURNAME.search(body, max(0, m.start - 40), m.start):
            m = type(m)(full[0], m.start, m.end, m.text)  # (nor one an office names: "The trade minister, Nishimura")
        out.append(m)
    return out


#: A verb of speech after a name, perhaps after a description between commas and "who": "Vytautas
#: Landsbergis, the foreign minister's grandfather, who told …", "Moussa Diop said".
_SPEAKS_AFTER_NAME = re.compile(r"(?:,[^,;:\"“”\n]{1,70},)?\s+(?:who\s+)?(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?"
                                r"(?:said|says|told|tells|wrote|writes|added|adds|declared|stated|answered|replied|"
                                r"insisted|warned|posted|argued|claimed)(?![\w-])")
#: An office right before a surname, in apposition or as its title: "The trade minister, ", "Minister ".
_OFFICE_BEFORE_SURNAME = re.compile(r"(?i:minister|president|secretary|spokes(?:man|woman|person)|ambassador|chancellor|"
                                    r"premier|governor|envoy|mayor|senator|general)\s*,?\s*$")


def article_mentions(body: str, registry, title: str = "", original: str | None = None) -> list:
    """The actor mentions of a body: the registry's aliases, but those inside an outlet's name,
    and with an alias that only describes ("the ministry") the actor named last before it by an
    alias with that noun ("Azerbaijan's foreign ministry … The ministry said"), when the article
    names the alias's own actor by no other alias; states named by their demonym ("the Turkish
    authorities"), people by their handle ("@RTErdogan") or their given name once named in full
    in the text or its ``title`` ("Aleksandar"; ``original``: the body before ``casing``), and bodies
    by the last word of their name once it was given ("the Council"), and by the key that cites
    their text ("[VUCIC-X]", ``references``), in text order."""
    found = [m for m in registry.find_mentions(body) if not _OUTLET_AFTER.match(body, m.end)
             and not body.endswith(_OUTLET_BEFORE, max(0, m.start - 12), m.start)
             and not (len(m.text) == 2 and m.text[1] == "." and not_an_initial(body, m.start))]  # ("Annex T.")
    if any(_describes(m.text) for m in found):
        found = _described_as_named(found, registry)
    found = _surname_of_last_named(body, found, registry)
    extra = demonym_mentions(body, registry, found) + handle_mentions(body, registry, found, title) + \
        short_name_mentions(body, registry, found) + key_mentions(body, registry, found) + \
        field_label_mentions(body, registry, found)
    extra += given_name_mentions(body, registry, found + extra, title, original)
    described, inside = described_mentions(body, registry, found + extra)
    if described:  # ("the director of the Kosovo Center for …": the person, not Kosovo)
        found = [m for m in found if m not in inside]
        extra = [m for m in extra if m not in inside] + described
    return sorted(found + extra, key=lambda m: (m.start, -m.end)) if extra else found


#: A field's name in emphasis at a paragraph's start, its colon inside or after the emphasis:
#: "*Who said it:* ", "**Source**: ", "_The record:_ ".
_FIELD_LABEL = re.compile(r"[ \t]*(?:\*\*|__|\*|_)[A-Z][\w ,'’-]{0,30}?(?::(?:\*\*|__|\*|_)|(?:\*\*|__|\*|_):)[ \t]+(?=\S)")
#: A speaker label in capitals at the start of a paragraph: "REPORTER (Belgrade): ", "VUČIĆ: ".
_CAPS_LABEL = re.compile(r"(?=[^\W\d_]{2})[^\W\d_a-zß-ÿ][^\Wa-zß-ÿ'’. -]*(?:[ -][^\W\d_a-zß-ÿ][^\Wa-zß-ÿ'’.-]*){0,3}"
                         r"(?:\s*\([^()\n]{0,60}\))?:\s")


def _known_signer(body: str, registry, line) -> bool:
    """Whether a signature's line (after its dash) opens with an actor the registry knows ("— Gideon
    Sa'ar, on X", "-- KFOR, in a statement") or points back to the signer above ("-- Same post."): a
    reader's "— Kari Nilsen, Tromsø" under a letter, a poet's under a stanza, a quartet's under a
    programme's item or an agency's under a brief ("— Reuters") signs no saying of the registry's
    actors, and the lines stay text."""
    lo = SIGNATURE_DASH.match(body, line.start, line.end).end()
    lo += len(body[lo:line.end]) - len(body[lo:line.end].lstrip(" \t*_"))
    if v.SAME_SOURCE_NOTE.match(body, lo, line.end):
        return True
    found = registry.find_mentions(body[lo:line.end], lo)
    # (not an agency's credit under a brief, "— Reuters": where it was reported, not who said it)
    return bool(found) and found[0].start == lo and registry.actors[found[0].actor].kind != "media" and \
        not is_outlet_name(registry, found[0].actor, body[found[0].start:found[0].end])


class ArticleContext:
    def stance_text(self, lo: int, hi: int) -> str:
        """The body's [lo, hi) as stance reads it: others' words reported inside a quote
        (``own_end``) blanked, offsets kept."""
        text = self.body[lo:hi]
        for a, b in self.own_end.values():
            if a < hi and lo < b:
                a, b = max(a, lo), min(b, hi)
                text = text[:a - lo] + " " * (b - a) + text[b - lo:]
        return text

    def _actor_around(self, q) -> bool:
        """Whether the paragraph of quote ``q`` names an actor of the registry outside it (its
        lead-in or its attribution: the quote is then that actor's words)."""
        p = self.paras[self.para_index(q.open)]
        around = self.body[p.start:q.open] + " " + self.body[(q.close or q.end) + 1:p.end]
        return bool(self.reg.find_mentions(around))

    def __init__(self, article: Article, registry, text_boxes: frozenset[int] = frozenset()):
        self.article = article
        self.reg = registry
        #: the text the rules read: the article's (its hard wraps read as spaces, ``corpus.unwrapped``), with paragraphs in
        #: running case (``casing``), the same length; rows quote ``article.body``
        self.body = running_case(blank_markup(article.text), registry, [(p.start, p.end) for p in article.passages])
        #: the rows of its tables of who said what (``tables``): text, however short a row is
        self.table_rows = who_said_what(self.body, registry)
        # (and a quotation on a line of its own, signed by a name under it: ``cards``)
        # (and an arrow's line with words, a sequence diagram's 'KKS->>DJT: "…"': ``arrows``)
        # (and a saying set out bare over its signature, a ``fortune`` file's entry, ``corpus.signed_bare_line``:
        # signed by an actor the registry knows, or pointing back to the signer above, "— Ibid."; a line, not a
        # heading, however short)
        bare = [(p.start, p.end) for i, p in enumerate(article.passages)
                if p.kind in ("text", "heading") and signed_bare_line(self.body, article.passages, i) and
                _known_signer(self.body, registry, article.passages[i + 1])]
        rows = [(r.start, r.end) for r in self.table_rows] + \
            signed_quote_lines(self.body, registry, article.passages) + arrow_quote_lines(self.body, article.passages, registry) + \
            bare

        def in_row(pos: int) -> bool:
            return any(a <= pos < b for a, b in rows)

        self.paras = [p for p in article.passages if p.kind in ("text", "bullet") or rows and in_row(p.start)]
        self.sents = [s for s in article.sentences if s.passage_kind in ("text", "bullet")
                      or rows and s.passage_kind == "heading" and in_row(s.start)]
        self.sent_starts = [s.start for s in self.sents]
        self.para_starts = [p.start for p in self.paras]
        # (``text_boxes``: blockquote paragraphs read as text, a box no one signs: ``statements.extract_article``)
        #: a forum's BBCode quotations of actors: paragraph start -> (actor, name end, tag end) (``cards``)
        self.actor_tags = actor_tags(self.body, registry, self.paras) if "[quote" in self.body.lower() else {}
        doubles = qt.find_quotes(self.body, self.paras, text_boxes, self.actor_tags, frozenset(lo for lo, _ in bare))
        #: texts relayed whole (a listener's letter read out, reporting the leaders' words in single
        #: marks, that no actor is told to have said): read as text, their quotations the statements,
        #: none of their sentences the article's own voice (``reported.authorial_statements``)
        relayed = [q for q in qt.relayed_quotes(self.body, self.paras, doubles) if not self._actor_around(q)]
        self.relayed: list[tuple[int, int]] = [(q.open, q.end + 1) for q in relayed]
        if relayed:
            doubles = [q for q in doubles if q not in relayed]
        singles = qt.single_quotes(self.body, self.paras, doubles)
        self.quotes = sorted(doubles + singles, key=lambda q: q.open) if singles else doubles
        self.all_mentions = article_mentions(self.body, registry, article.meta.title or "", article.text)
        self.mention_starts = [mt.start for mt in self.all_mentions]
        self.masked = _unbold_subjects(qt.mask(self.body, self.quotes))
        #: a field's name in emphasis that opens a paragraph ("*Who said it:* ", "**Source:** "):
        #: its "it" is no one (a "he" in it, "**What he said:**", still is)
        self.field_labels = fields = [(p.start, m.end()) for p in self.paras
                                      if (m := _FIELD_LABEL.match(self.masked, p.start, p.end))]
        #: quote opening -> where the speaker's own words end, for quotes that end with words the
        #: speaker reports from others (``quotes.own_words_end``); stance never reads those words
        #: (the span of those words: where the speaker's own words end, where the quote ends)
        self.own_end = {q.open: (cut, q.end) for q in doubles if (cut := qt.own_words_end(self.body, q)) < q.end}
        found = find_candidates(self.body, self.masked, registry, self.all_mentions, self.in_quote)
        #: datelines at the start of paragraphs ("BELGRADE, Oct 8 (Reuters) – ", "Addis Ababa — "):
        #: the places in them are nobody's name
        self.datelines = [(p.start, m.end()) for p in self.paras
                          if (m := v.DATELINE.match(self.masked, p.start)) is not None]
        #: … and so are a transcript's speaker labels ("ON-SCREEN QUOTE (read by the anchor): "),
        #: in an article with labels of two speakers or more
        labels = [(p.start, m.end()) for p in self.paras if (m := _CAPS_LABEL.match(self.masked, p.start)) is not None]
        if len({self.masked[a:b].split("(")[0].strip(" :") for a, b in labels}) >= 2:
            self.datelines += labels
        if self.datelines:
            found.cands = [c for c in found.cands if not any(a <= c.start < b for a, b in self.datelines)]
        if fields:
            found.cands = [c for c in found.cands if not (c.text.lower() in ("it", "its")
                                                          and any(a <= c.start < b for a, b in fields))]
        self.cands = found.cands
        self.name_titles = found.name_titles
        #: gender of people: from titles and his/her (``resolve.learn_gender``) …
        self.gender_hint = found.gender
        #: … and from the pronouns that resolved to them
        self.gender: dict[str, str] = {}
        self.cand_starts = [c.start for c in self.cands]
        #: statements found so far: the quote statements while quotes are attributed, then all
        self.statements: list[Statement] = []
        #: while rows are made: the same speaker's statements of this and the previous sentence
        self.prev_same: list[Statement] = []
        #: the last quote statement and where its quote closed (``attribution.continuation``)
        self.last_quote: tuple[Statement | None, int] = (None, -1)
        #: quotes a lead names as nobody's in particular ("Same readout:" when no readout was told
        #: before), which no later rule attributes (``attribution._same_words``)
        self.unresolved_quotes: set[int] = set()
        #: paragraphs (their starts) that are an interviewer's questions (``transcript``)
        self.questions: set[int] = set()
        #: question paragraph (its start) -> who answers it: whom its "you" is (``transcript``)
        self.answerer: dict[int, str] = {}
        #: sentence index -> (clause start, whether it imagines speech) (``clauses.hypothetical``)
        self.hypothetical: dict[int, list[tuple[int, bool]]] = {}
        self._compound_cache: list | None = None
        #: the starts of the mentions that open their paragraph as its voice's label, found once
        #: (``targets._other_mentions``)
        self.label_mentions: frozenset[int] | None = None
        #: the span of the readers' comments, once looked for (``reported.readers_section``)
        self.readers: list[tuple[int, int] | None] = []
        #: the sections a person signs (``reported.signed_sections``), found once
        self.signed: list[tuple[int, int, str]] | None = None
        #: speaker -> ``targets.own_side`` (the registry's, the same for every statement)
        self.own_sides: dict[str, frozenset[str]] = {}
        #: a role's words -> the people the text titles with them in apposition (``resolve._titled_once``), found once
        self.titled: dict[str, set[str]] | None = None
        self._noun_from_starts: list[int] | None = None
        #: the fields that name the one person a record or an item is about (``attribution.field_voice``), found once
        self.person_fields: list | None = None
        from rhetoric.extract.anchoring import ArticleTimeline
        from rhetoric.extract.resolve import learn_gender

        learn_gender(self)
        #: the dateline, dated sections and narrative time (``rhetoric.extract.anchoring``)
        self.timeline = ArticleTimeline(article, self.masked, relayed)
        #: where each of the article's passages starts, in order
        self.passage_starts = [p.start for p in article.passages]
        #: the article's headings, and where they start (``headings_in``)
        self.headings = [p for p in article.passages if p.kind == "heading"]
        self.heading_starts = [p.start for p in self.headings]

    def in_quote(self, pos: int) -> bool:
        return self.masked[pos] == v.MASK if pos < len(self.masked) else False

    def mentions_in(self, lo: int, hi: int):
        return _within(self.all_mentions, self.mention_starts, lo, hi)

    def cands_in(self, lo: int, hi: int) -> list[Cand]:
        return _within(self.cands, self.cand_starts, lo, hi)

    def headings_in(self, lo: int, hi: int) -> list:
        """The headings that start in [lo, hi)."""
        return self.headings[bisect.bisect_left(self.heading_starts, lo):bisect.bisect_left(self.heading_starts, hi)]

    def sent_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def para_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def noun_from_in(self, lo: int, hi: int) -> bool:
        """Whether ``vocabulary.NOUN_FROM`` can match in [lo, hi): only where it matches in the
        whole text (found once per article; most sentences have none, and the scan is re.I)."""
        if self._noun_from_starts is None:
            self._noun_from_starts = [m.start() for m in v.NOUN_FROM_AT.finditer(self.masked)]
        starts = self._noun_from_starts
        i = bisect.bisect_left(starts, lo)
        return i < len(starts) and starts[i] < hi


def _within(spans: list, starts: list[int], lo: int, hi: int) -> list:
    """The items of ``spans`` (sorted by start; ``starts`` their starts) inside [lo, hi)."""
    # the items that start in [lo, hi) by two bisections, those that also end by hi in one pass
    # (a list comprehension: it is asked some hundred times an article)
    return [s for s in spans[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)] if s.end <= hi]


#: A name in bold at the start of a paragraph or list item that goes on as the subject of its
#: sentence: "- **The OAS General Secretariat** said it …", "**Jimmy Morales**, Guatemala's
#: president, … called …" (not a label: "**Vučić:** …", "**Barrow.** …", a bold line on its own).
_BOLD_SUBJECT = re.compile(r"(?m)^(?P<lead>[ \t]*(?:[-*•][ \t]+)?)(?P<open>\*\*|__)(?P<name>[A-Z][^*_\n:.]{1,60}?)(?P<close>\*\*|__)"
                           r"(?=,[ \t]+[^\n]{3}|[ \t]+[a-z])")


def _unbold_subjects(masked: str) -> str:
    """``masked`` with the emphasis marks around a paragraph's opening subject blanked to spaces
    (``_BOLD_SUBJECT``), so that the rules read "**X** said" as "X said"; the offsets stay."""
    if "**" not in masked and "__" not in masked:
        return masked
    return _BOLD_SUBJECT.sub(lambda m: m.group("lead") + "  " + m.group("name") + "  ", masked)
