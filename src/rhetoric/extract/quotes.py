"""Quotation marks paired into quotes, and the body with every quote masked.

Every quotation mark (straight ``"`` or curly ``“ ”``; the low ``„`` of Serbian, German or Polish
always opens, closed by ``“`` or ``”``) is classified as opening or closing from
its context (space before and a letter after opens; a letter or punctuation before and a space
or punctuation after closes), falling back on the glyph. Marks are paired within a paragraph;
a paragraph that ends inside a quote and is followed by a paragraph opening with a quotation
mark continues the quote (the multi-paragraph convention). A quote that is never closed (or a
close with no opening) is still kept, up to an attribution (", she said") or the end of the
paragraph, and flagged ``unbalanced quote``.

A paragraph that opens with ">" (a Markdown blockquote: an embedded post, a pull quote, a
document's words) and not with a quotation mark is one quote, without marks; one that is a
single quotation in marks ('> "We are too small …"') is a blockquote too (``Quote.block``), and
so is each paragraph of a blockquote whose one pair of marks spans its paragraphs (a statement
reproduced whole: '> "The Federal Republic …' … '> … for consultation."'); both are
``Quote.marked``, and so is a quote that opens its paragraph and goes on over the next ones in
the multi-paragraph convention (a speech or statement reproduced in passages). A forum's
quotation in BBCode ('[quote="Name"]…[/quote]', a paragraph of its own) is a blockquote too.

Single quotation marks (‘…’ and '…', the British convention) are paired too, outside double
quotes only (inside them they nest a quote within a quote), within a paragraph: an opening
mark follows a space or a bracket and precedes a letter; a closing one follows a letter or
punctuation and precedes a space, punctuation or the end; an apostrophe between letters
("don't", "Vučić’s") is neither.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rhetoric.corpus import BBCODE_END
from rhetoric.extract import vocabulary as v


@dataclass
class Quote:
    open: int          # offset of the opening mark (or of the text start when there is none)
    close: int | None  # offset of the closing mark, None when unclosed
    start: int         # inner text
    end: int
    flag: str = ""
    #: a blockquote paragraph ("> …", Markdown's quotation of a post or a document): quoted as a
    #: whole, with no quotation marks; who wrote it is told around it (``attribution.blockquote``)
    block: bool = False
    #: a blockquote in quotation marks (module doc): someone's words even when nobody signs or
    #: introduces it (``attribution.previous_blockquote``, ``attribution.lead_speaker``)
    marked: bool = False


#: Where an unclosed quote ends: at an attribution inside it (", she said", ". Vučić added").
_INNER_ATTR = re.compile(r"[,.!?]\s+(?:(?:he|she|they|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+(?:" + "|".join(
    v.REPORTING_VERBS.values()) + r")|(?:" + "|".join(v.REPORTING_VERBS.values()) + r")\s+[A-Z][\w'’-]+)\b")


#: Minutes and seconds or feet and inches right before a straight double mark: "0'16", "5'11" (the
#: mark is the unit's, no quotation's).
_SECONDS_BEFORE = re.compile(r"(?<![\w'’])\d{1,3}['’]\d{1,2}$")


def _marks(body: str, p) -> list[tuple[int, bool | None]]:
    """The quotation marks of passage ``p``: (offset, opens?), None when the context can't tell."""
    out = []
    for m in re.finditer(r"[\"“”„]", body[p.start:p.end]):
        i = m.start() + p.start
        if m.group() == '"' and body[i - 1:i].isdigit() and _SECONDS_BEFORE.search(body, max(p.start, i - 6), i):
            continue  # (the mark of seconds or inches after minutes or feet: a clip's "DUR 0'16"", a height's 5'11")
        if m.group() == "„":  # (the low mark of Serbian, German or Polish, „…“ or „…”: always an opening)
            out.append((i, True))
            continue
        prev = body[i - 1] if i > p.start else " "
        nxt = body[i + 1] if i + 1 < p.end else " "
        space_before = prev.isspace() or prev in "([{—–-/:"
        space_after = nxt.isspace() or nxt in ",.;:!?)]}—–-"
        if space_before and not space_after:
            is_open = True
        elif space_after and not space_before:
            is_open = False
        else:
            is_open = m.group() == "“" if m.group() != '"' else None
        out.append((i, is_open))
    return out


#: A blockquote's line that is one quotation and nothing else: '> “…”', '> *“…”*'.
QUOTED_LINE = re.compile(r"[ \t]*>[ \t>]*[*_]*[\"“][^\n]*[\"”][*_]*[.!?]?[*_ \t]*")
#: A blockquote's marker and the space after it, when no quotation mark follows ("> Very alarmed …").
_BLOCKQUOTE = re.compile(r">[ \t>]*(?=[^\s\"“‘'>])")


#: A forum's quotation in BBCode, on a paragraph of its own: '[quote="Aleksandar Vučić
#: (@predsednikrs)"]I am appalled …[/quote]' (the name in the tag says whose: ``attribution.blockquote``).
BBCODE_QUOTE = re.compile(r'\[quote(?:=["“]?(?P<name>[^\]"”\n]{1,80}?)["”]?)?(?:\s+\w+=[^\s\]]+)*\]', re.I)


#: The line under a blockquote that signs it: "> — Chrystia Freeland (@cafreeland) August 2, 2018"
#: (a dash, or inside the quote's ">" a hyphen; not a list's "- " item after the quote), perhaps
#: in emphasis, or a source's label: "> *Source C: Marko Đurić, post on X, 8 October 2025*" (a
#: textbook's source box), "Attribution —" (not a picture's "Credit:").
#: ``attribution.blockquote`` reads who signs.
SIGNATURE = re.compile(r"[>\s]*[*_]{0,2}\s*(?:[—–]{1,2}|--)\s*|\s*>[>\s]*-\s+|"
                       r"[>\s]*[*_]{0,2}\s*(?P<label>(?i:source|attribution))(?:\s+[A-Z0-9]{1,2})?\s*(?:[:—–]|--)\s*")
#: A signature at the end of a blockquote's own paragraph, after its last sentence, a name of two
#: capitalised words after the dash: "… explain. — Tibor Nagy July 28, 2020" (an embedded post's markup
#: on one line, its tags read as spaces; not "… did. — And we will win").
_INLINE_SIGNATURE = re.compile(r"(?<=[.!?\"”’])[ \t]+(?=—[ \t]+[A-ZÀ-Ž][\w'’-]+[ \t]+[A-ZÀ-Ž][^\n—.!?]{1,200}$)")
#: A signature's line, short and no sentence ("> — Chrystia Freeland (@cafreeland) August 2,
#: 2018"), which is then no quote; not a dialogue's dashed line ("> — Will Serbia respond?"), nor
#: a list's item ("> - drone maintenance").
_SIGNATURE_LINE = re.compile(r"[>\s]*[*_]{0,2}\s*(?:(?:[—–]{1,2}|--)\s*|(?i:source|attribution)(?:\s+[A-Z0-9]{1,2})?\s*(?:[:—–]|--)\s*)"
                             r"(?=(?:\S+\s+){0,20}\S+\s*$)[^\n]*[^.?!\s][*_\s]*")
#: What stands before a blockquote's opening quotation mark: its ">" markers ('> "We are …"').
_QUOTED_BLOCK = re.compile(r">[ \t>]*")
#: A short mark in square brackets after quoted words, a translation's or a note's: "[T]", "[2]".
WORDS_MARK = r"\[[^\[\]\n]{1,6}\]"
#: What may follow the closing mark of a blockquote in quotation marks: a stop, and such a mark
#: ('> "…" [T]', '> "…" [2]').
_CLOSE_ONLY = re.compile(r"[ \t\n.,;!?]*(?:" + WORDS_MARK + r"[ \t\n.]*)?")


#: The line that opens a quotation block in a markup's own syntax, and the one that closes it: Emacs
#: org-mode's "#+BEGIN_QUOTE" … "#+END_QUOTE", LaTeX's "\\begin{quote}" … "\\end{quote}" (HTML's
#: tags are read as spaces, ``corpus``), a line of three quotation marks alone over the text and
#: under it (a Gherkin step's or a Python docstring's '"""'). Each paragraph between is a
#: blockquote, as a "> " line is.
_BLOCK_OPENS = re.compile(r"^[ \t]*(?:#\+(?i:begin_quote)|\\begin\{(?:quote|quotation)\}|\"\"\")[ \t]*$", re.M)
_BLOCK_CLOSES = re.compile(r"^[ \t]*(?:#\+(?i:end_quote)|\\end\{(?:quote|quotation)\}|\"\"\")[ \t]*$", re.M)


#: A line of code a docstring opens under: "def fetch(speaker):", "class Alert:".
_CODE_BEFORE = re.compile(r"^[ \t]*(?:async[ \t]+)?(?:def|class)[ \t]+\w", re.M)


def delimited_blocks(body: str) -> list[tuple[int, int]]:
    """The spans between the lines that open and close a quotation block in a markup's own syntax
    (``_BLOCK_OPENS``), each from the end of its opening line to the start of its closing one."""
    if "#+" not in body and "\\begin" not in body and '"""' not in body:
        return []
    spans, skip_to = [], -1
    for m in _BLOCK_OPENS.finditer(body):
        if m.start() < skip_to or spans and m.start() < spans[-1][1] + 4:
            continue  # (the line that closed the block before: '"""' both opens and closes)
        if '"""' in m.group() and _CODE_BEFORE.search(body, body.rfind("\n", 0, max(0, m.start() - 1)) + 1, m.start()):
            # (a docstring under a function's or a class's line: code, no one's words; its closing line too)
            closer = _BLOCK_CLOSES.search(body, m.end())
            skip_to = closer.end() if closer is not None else len(body)
            continue
        if (end := _BLOCK_CLOSES.search(body, m.end())) is not None and \
                _BLOCK_OPENS.search(body, m.end(), end.start()) is None:  # (not one left open by the next)
            spans.append((m.end(), end.start()))
    return spans


def _strip_end(body: str, lo: int, hi: int) -> int:
    """``hi`` moved back over white space, not before ``lo``."""
    while hi > lo and body[hi - 1].isspace():
        hi -= 1
    return hi


def _close_unbalanced(body: str, q: Quote, p) -> Quote:
    end = p.end
    # (not at one inside an editor's note in brackets: "[Tokyo says the matter was settled.]")
    m = next((m for m in _INNER_ATTR.finditer(body, q.start, end)
              if body.rfind("[", q.start, m.start()) <= body.rfind("]", q.start, m.start())), None)
    if m:
        end = m.start() + (1 if body[m.start()] in ".!?" else 0)
    return Quote(q.open, None, q.start, _strip_end(body, q.start, end), "unbalanced quote")


def find_quotes(body: str, paras: list, text_boxes: frozenset[int] = frozenset(),
                actor_tags: frozenset[int] | dict = frozenset(), bare: frozenset[int] = frozenset()) -> list[Quote]:
    """The quotes of the text passages ``paras`` of ``body``, in order (module doc); the
    blockquote paragraphs that start at ``text_boxes`` are read as text, their quotation marks
    paired as anywhere else (a box of the outlet's own that quotes people: "> In July 2023 Kurti
    posted: “…”"); a forum's BBCode quotation is a blockquote where it opens a paragraph of
    ``actor_tags`` (an actor's, ``cards.actor_tags``), else text; a paragraph that starts at
    ``bare`` is a saying set out bare over its signature (``corpus.signed_bare_line``), quoted whole
    as a blockquote is."""
    para_starts = [p.start for p in paras]

    def para_of(pos: int):
        return paras[max(0, bisect.bisect_right(para_starts, pos) - 1)]

    quotes: list[Quote] = []
    cur: Quote | None = None
    continuing = False
    blocks = delimited_blocks(body)
    for pi, p in enumerate(paras):
        if cur is None and blocks and any(lo <= p.start and p.end <= hi for lo, hi in blocks) and \
                not QUOTED_LINE.fullmatch(body, p.start, p.end):
            # (a paragraph inside "#+BEGIN_QUOTE" … "#+END_QUOTE", "\\begin{quote}" … "\\end{quote}")
            quotes.append(Quote(p.start, None, p.start, _strip_end(body, p.start, p.end), block=True))
            continue
        if cur is None and p.start in bare:
            quotes.append(Quote(p.start, None, p.start, _strip_end(body, p.start, p.end), block=True))
            continue
        if cur is None and p.start not in text_boxes and (block := _BLOCKQUOTE.match(body, p.start, p.end)) is not None:
            if not _SIGNATURE_LINE.fullmatch(body, p.start, p.end) and not (
                    pi and body.count("\n", paras[pi - 1].end, p.start) == 1 and
                    QUOTED_LINE.fullmatch(body, paras[pi - 1].start, paras[pi - 1].end)):
                # ("> — Name, on X": who signs the quote above; and a line with no marks right under a
                # line that is all one quotation, '> “…”' over "> Lee Hsien Loong, …, in Parliament, …",
                # "> A source in India's Ministry of External Affairs, …": its source, not more words)
                end = p.end
                if "—" in body[block.end():p.end] and (inline := _INLINE_SIGNATURE.search(body, block.end(), p.end)) is not None:
                    end = inline.start()  # (an embedded post's signature at its paragraph's end: "… explain. — Tibor Nagy July 28, 2020")
                quotes.append(Quote(p.start, None, block.end(), _strip_end(body, block.end(), end), block=True))
            continue
        if cur is None and p.start in actor_tags and (tag := BBCODE_QUOTE.match(body, p.start, p.end)) is not None and \
                (end := BBCODE_END.search(body, tag.end(), p.end)) is not None:
            quotes.append(Quote(p.start, None, tag.end(), _strip_end(body, tag.end(), end.start()), block=True))
            continue
        last_close = p.start
        marks = _marks(body, p)
        nested = set()  # (straight marks of a quote inside an open one: '"… view China as "expansionist", …"')
        for k, (i, is_open) in enumerate(marks):
            if i in nested:
                continue
            if is_open is None:  # straight quote between letters: toggle
                is_open = cur is None
            if is_open:
                if cur is not None:
                    if continuing and i == p.start:
                        continuing = False
                        continue
                    if body[i] == '"' and k + 2 < len(marks) and marks[k + 1][1] is False and \
                            marks[k + 2][1] is not True and body[marks[k + 1][0]] == '"':
                        nested.add(marks[k + 1][0])  # the inner pair; the next mark closes the outer
                        continue
                    quotes.append(_close_unbalanced(body, cur, para_of(cur.open)))
                cur = Quote(i, None, i + 1, i + 1)
                continuing = False
            else:
                if cur is None:
                    start = last_close
                    while start < i and body[start] in " \t,.;":
                        start += 1
                    quotes.append(Quote(start, i, start, i, "unbalanced quote"))
                else:
                    cur.close, cur.end = i, i
                    quotes.append(cur)
                    cur = None
                last_close = i + 1
        if cur is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt is not None and body[nxt.start] in "\"“":
                continuing = True
            else:
                quotes.append(_close_unbalanced(body, cur, p))
                cur, continuing = None, False
    for q in quotes:  # '> "We are too small …"': a blockquote in quotation marks is a blockquote
        if q.close is not None and _QUOTED_BLOCK.fullmatch(body, para_of(q.open).start, q.open) and \
                _CLOSE_ONLY.fullmatch(body, q.close + 1, para_of(q.open).end):
            q.block = q.marked = True
    _mark_spanning_blocks(body, quotes, para_of)
    for q in quotes:  # a text reproduced in paragraphs, each opening with a mark: someone's words
        if not q.block and para_of(q.end).start > para_of(q.open).start and \
                not body[para_of(q.open).start:q.open].strip(" \t*_"):
            q.marked = True
    return quotes


def _mark_spanning_blocks(body: str, quotes: list[Quote], para_of) -> None:
    """A blockquote whose opening mark is in its first paragraph and whose closing mark ends its
    last (module doc): each of its paragraphs is a marked blockquote, without the marks. Its
    middle paragraphs may open with a mark of their own (the usual convention for a quote over
    several paragraphs: every one opens, only the last closes)."""
    def opens_block(o: Quote) -> bool:
        return o.close is None and not o.block and _QUOTED_BLOCK.fullmatch(body, para_of(o.open).start, o.open) is not None

    for k, q in enumerate(quotes):
        if not opens_block(q):
            continue
        run, closed = [], False
        for o in quotes[k + 1:]:
            if body[(run[-1] if run else q).end:o.open].strip(" \t\n>\"“”"):
                break
            if o.marked:  # '> "… for consultation."': the last paragraph, its marks its own
                run.append(o)
                closed = True
                break
            if opens_block(o) or o.block and o.close is None:
                run.append(o)
                if o.block and body[o.end - 1] in "\"”":
                    closed = True
                    break
                continue
            break
        if not closed:
            continue
        last = run[-1]
        if not last.marked:
            last.close, last.end = last.end - 1, _strip_end(body, last.start, last.end - 1)
        for o in (q, *run[:-1]):
            o.end = _strip_end(body, o.start, para_of(o.open).end)
            o.flag = ""
        for o in (q, *run):
            o.block = o.marked = True


_SINGLE_MARK = re.compile(r"[‘’']")


def _single_marks(text: str) -> list[tuple[int, str, bool]]:
    """(offset, mark, opens?) of the single quotation marks of a paragraph that can open or
    close a quote (module doc); apostrophes between letters are left out."""
    out = []
    for m in _SINGLE_MARK.finditer(text):
        i, ch = m.start(), m.group()
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if ch in "‘'" and (prev.isspace() or prev in "([—–") and (nxt.isalnum() or nxt in "“\""):
            out.append((i, ch, True))
        elif ch in "’'" and (prev.isalnum() or prev in ".,!?…") and (nxt.isspace() or nxt in ".,;:!?)]—–-\"”"):
            out.append((i, ch, False))
    return out


def single_quotes(body: str, paras: list, doubles: list[Quote]) -> list[Quote]:
    """Quotes in single quotation marks, outside the double quotes ``doubles`` (module doc)."""
    inside = [(q.open, (q.close if q.close is not None else q.end) + 1) for q in doubles]
    out = []
    for p in paras:
        text = body[p.start:p.end]
        if "‘" not in text and "'" not in text:
            continue
        opened = None
        for i, ch, opens in _single_marks(text):
            pos = p.start + i
            if any(a <= pos < b for a, b in inside):
                continue
            if opens:
                opened = (pos, ch) if opened is None else opened
            elif opened is not None and (ch == "'") == (opened[1] == "'"):
                start = opened[0]
                if len(body[start + 1:pos].split()) >= 2 and not any(a < pos and start < b for a, b in inside):
                    out.append(Quote(start, pos, start + 1, pos))
                opened = None
    return out


#: What introduces others' words inside a quote: a speech verb, or "that" after one, just before
#: the nested quote's opening mark ("I have seen many people writing that ‘until yesterday …’").
_OTHERS_WORDS_FRAME = re.compile(
    r"\b(?:say|says|saying|said|write|writes|writing|wrote|written|claim|claims|claiming|claimed|"
    r"tell|tells|telling|told|ask|asks|asking|asked|shout\w*|chant\w*|insist\w*|argu\w*|"
    r"suggest\w*|whisper\w*|tweet\w*|post\w*)(?:\s+(?:me|us|you|him|her|them|everyone|people))?"
    r"(?:\s+(?:that|it|this|things like|something like))?"
    r"\s*[:,]?\s*$", re.I)


def own_words_end(body: str, q: Quote) -> int:
    """Where the speaker's own words in quote ``q`` end: before a quote within the quote that
    closes it and reports what others say or write ("I have seen many people writing that
    ‘until yesterday I was hugging Erdogan …’"); those are words the speaker puts in others'
    mouths, not the speaker's statement. A nested quote of fewer than four words is a term
    (scare quotes), and one in the middle of the quote is left in; else ``q.end``."""
    inner = body[q.start:q.end]
    if "‘" not in inner and "'" not in inner:
        return q.end
    marks = _single_marks(inner)
    opening = next((i for i, ch, opens in marks if opens), None)
    if opening is None or len(inner[opening:].split()) < 4:
        return q.end
    closing = [i for i, ch, opens in marks if not opens and i > opening]
    if not closing or inner[closing[-1] + 1:].strip(" ,.!?…") or not _OTHERS_WORDS_FRAME.search(inner[:opening]):
        return q.end
    return q.start + len(inner[:opening].rstrip(" ,:"))


#: Others' words reported in a relayed text before a quotation in single marks: a third person's
#: reporting verb in the same sentence ("He wrote that he was ‘…’", "Vjosa Osmani wrote that Vučić
#: ‘…’", "The man who was appalled yesterday now says: ‘…’").
_THIRD_PERSON_REPORT = re.compile(r"(?:(?<![\w-])(?:[Hh]e|[Ss]he|[Tt]hey)|(?<![\w-])(?!(?:We|I|You|Some|Many|Most|People|Others|"
                                  r"Everyone|Everybody|Nobody|Somebody|Someone|Journalists|Reporters|Critics|Analysts|"
                                  r"Experts|Officials|Sources|Friends|Colleagues)\b)[A-Z][\w'’-]+)\s+(?:[^.!?‘’]{0,80}?\s)?"
                                  r"(?:wrote|writes|said|says|told|added|posted|called|declared|replied|answered|"
                                  r"thanked|praised|described|accused|warned|insisted)(?![\w-])[^.!?‘’]{0,80}$")
#: … or the source of the quotation in single marks, named with its colon in the relayed text: an
#: image's text alternative or a link's text, "Screenshot of a post on X by Aleksandar Vučić, 8
#: October 2025: ‘…’", "Foreign Minister Marko Đurić on X, 8 October: ‘…’" (a name of two words in
#: capitals, then its day after a comma or its channel after "on"; not "Ensaf Haidar holds a placard
#: reading:", whose words are the placard's).
_SOURCE_BEFORE_COLON = re.compile(r"(?<![\w-])[A-ZÀ-Ž][\w'’-]+\s+[A-ZÀ-Ž][\w'’-]+(?:,[^:;.!?‘’'\n]{0,40}\d[^:;!?‘’'\n]{0,20}|"
                                  r"\s+on\s+[A-Z][\w]*(?:,[^:;!?‘’'\n]{0,40})?)\s*:\s*$")
#: A letter's or an email's greeting at the start of a relayed text: "Dear Mira,", "Hello Mira.".
_GREETING = re.compile(r"\s*(?:Dear|Hello|Hi|Good\s+(?:morning|evening))\b")


def relays_others(body: str, q: Quote) -> bool:
    """Whether a quotation is a text relayed whole (a listener's letter read out, an email pasted
    in) that reports others' words in single quotation marks: it opens with a greeting, or runs
    over two sentences or more, and one of its quotations in single marks follows a third person's
    reporting verb in its sentence; or one of them follows its source named before a colon
    (``_SOURCE_BEFORE_COLON``: an image's text alternative, a link's text). Such a text is read as text: its quotations are the statements
    (``context``), not the relayer's words."""
    if q.close is None or q.block:
        return False
    inner = body[q.start:q.end]
    if "‘" not in inner and "'" not in inner:
        return False
    whole = _GREETING.match(inner) is not None or re.search(r"[.!?][’']?\s+[A-Z]", inner) is not None
    for i, _ch, opens in _single_marks(inner):
        if not opens or len(inner[i:].split()) < 4:
            continue
        sentence = inner[max(inner.rfind(". ", 0, i), inner.rfind("! ", 0, i), inner.rfind("? ", 0, i), 0):i]
        if whole and _THIRD_PERSON_REPORT.search(sentence) or _SOURCE_BEFORE_COLON.search(sentence):
            return True
    return False


#: Someone told as speaking right around a quotation: a pronoun or an office, then its reporting
#: verb ("…,” he said.", "“…,” the prime minister added") after it, or before it ("The prime minister
#: added: “…”"): the quotation is that one's words.
_SOMEONE = (r"(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+(?:[a-z]+\s+){0,2}(?:minister|president|premier|chancellor|spokes\w+|"
            r"official|leader|ambassador|secretary))")
_SOMEONE_AFTER = re.compile(r"[ \t]*,?[ \t]*" + _SOMEONE + r"[ \t]+")
_SOMEONE_BEFORE = re.compile(r"(?<![\w-])" + _SOMEONE + r"[ \t]+(?=(?:[a-z]+[ \t]+)?\S+[ \t]*[:,]?[ \t]*$)")
#: A word between the one who speaks and the verb: "he also said", "the minister then added".
_ONE_WORD = re.compile(r"[a-z]+[ \t]+")


def _speech_at(body: str, pos: int) -> bool:
    """Whether a reporting verb is at ``pos``, or after one more word."""
    if v.SPEECH.matcher.match(body, pos) is not None:
        return True
    word = _ONE_WORD.match(body, pos)
    return word is not None and v.SPEECH.matcher.match(body, word.end()) is not None


def told_around(body: str, q: Quote, para) -> bool:
    """Whether someone is told as speaking right around quote ``q`` in its paragraph: a pronoun
    or an office with a reporting verb just after it or just before it (``_SOMEONE_AFTER``,
    ``_SOMEONE_BEFORE``), as in "“…,” he said"; not a listener's name ("Goran writes: “…”")."""
    end = (q.close if q.close is not None else q.end) + 1
    after = _SOMEONE_AFTER.match(body, end, para.end)
    if after is not None and _speech_at(body, after.end()):
        return True
    before = _SOMEONE_BEFORE.search(body, max(para.start, q.open - 60), q.open)
    return before is not None and _speech_at(body, before.end())


#: A single quotation mark that opens a quote (not an apostrophe between letters): the cheap test
#: before looking for relayed texts (``relayed_quotes``).
_SINGLE_OPENING = re.compile(r"['‘](?<=[\s(\[—–]['‘])\w")


def relayed_quotes(body: str, paras: list, doubles: list[Quote] | None = None) -> list[Quote]:
    """The quotations of ``body`` that are texts relayed whole (``relays_others``) and that the
    paragraph does not tell someone said (``told_around``); ``doubles``: its double quotes, when
    found already."""
    if _SINGLE_OPENING.search(body) is None or ('"' not in body and "“" not in body):
        return []
    starts = [p.start for p in paras]
    out = []
    for q in doubles if doubles is not None else find_quotes(body, paras):
        if relays_others(body, q) and not told_around(body, q, paras[max(0, bisect.bisect_right(starts, q.open) - 1)]):
            out.append(q)
    return out


def mask(body: str, quotes: list[Quote]) -> str:
    """``body`` with every character inside a quote, except line breaks, replaced by MASK."""
    parts, done = [], 0
    for q in sorted(quotes, key=lambda q: q.start):
        start, end = max(q.start, done), q.end
        if end <= start:
            continue
        parts.append(body[done:start])
        parts.append("\n".join(v.MASK * len(line) for line in body[start:end].split("\n")))
        done = end
    parts.append(body[done:])
    return "".join(parts)
