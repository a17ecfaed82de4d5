"""Who said a quote: an ordered list of attribution rules, the first that applies wins.

Each rule is a function of the article (``ArticleContext``) and one quote (``QuoteSite``) that
returns a ``Statement`` or None. In order (``QUOTE_RULES``):

0". ``script_line``: a script's line that a speaker's tag defined in its code opens, 'v "…"' under
   'define v = Character("Aleksandar Vučić")', is that speaker's words (``scripts``);
0'. ``arrow_line``: the words after an arrow's colon, a sequence diagram's 'KKS->>DJT: "…"', are
   the words of the party it starts from (``arrows``);
0. ``table_row``: a quote in the words column of a table of who said what (``tables``) is
   the words of the one its row's speaker column names;
1. ``blockquote``: a Markdown blockquote ("> …", an embedded post) is the words of the one who
   signs it on the line below ("> — Chrystia Freeland (@cafreeland) August 2, 2018", a source
   box's "> *Source C: Marko Đurić, post on X, 8 October 2025*": ``quotes.SIGNATURE``), or of the
   one a source's heading right above names ("**I. Aleksandar Vučić, post on X, 8 October
   2025.**": ``cards.source_heading``), else of the one the line before introduces with a colon
   (also past an entry's time stamp, "**08:04** · “…”", and, after a lead naming the next part of
   the words, "Then came the line everyone is quoting:", of the voice quoted just before);
   a forum's BBCode quotation is the words of the actor its tag names ('[quote="Aleksandar Vučić
   (@predsednikrs)"]…': ``cards.actor_tags``);
2. ``after_quote``: a reporting verb right after it, with its subject (``"…," Vučić said``,
   ``said Vučić``, ``she added``);
3. ``dash_after``: a dash and a name after it (``"…" — Donald Tusk, on X``: a pull quote, an
   epigraph, a liveblog's post);
3b. ``signature_after``: a finished quotation, then with no dash a name and only its role,
   channel and date (``"…" Gustavo Petro, on X, October 2023.``: a stimulus card, an exhibit,
   a quote box);
3b'. ``lemma_source``: an endnote's lemma in quotation marks, a colon, then its source opening
    with a person ("*"a man of his word"*: VO, post on X, 8 Oct. 2025."): that person's words;
3c. ``next_part``: a quote right after words that name the part of a text that came next ("…
    asked the House to notice the line that followed: "…"") goes on with the quote before it;
4. ``verb_before``: a reporting verb before it in the sentence, with its subject
   (``Kurti emphasized that "…"``, ``he called Erdoğan "a great leader"``, ``calling them
   "shameful"``; not the verb of a topic's own relative clause, "And, on the threat she had
   accused him of: "…"", ``clauses.TOPIC_WITH_RELATIVE``);
4b. ``quoted_verb``: a quote that opens with its clause's reporting verb is the words of the
   subject right before it (``The European Union "strongly condemned" the attack``), or of a
   teller after it (``…, Peskov said``);
5. ``paren_after``: the paragraph ends with its source in brackets, a name and no verb (a
   fact-check's claim: ``**Claim:** … "…" (Aleksandar Vučić, on X, 8 October)``);
6. ``unnamed_group_before``: "what some describe as "…"" — the group last quoted nearby;
7. ``speech_noun_before``: ``His assertion that "…"``, ``Osmani's remarks: "…"``;
7b. ``owner_before``: a clause quoted right after a possessive, ``and his "When it comes to …"``;
8. ``item_head``: a quote that opens an item's line after a bullet or a label that names nobody
   is the words of the person the item's head line opens with (a planning diary's "1300
   BELGRADE — President Aleksandar Vučić, press conference." over "WHAT WAS SAID:" and bullets);
9. ``clip_note``: a quote after a bracketed note that plays a recording in ("Speaker 3
   (00:01:22): [Clip, Vučić, voice-over translation] “…”") is the words of the one the note
   names, else of the one the paragraph before says spoke ("Vučić posted at 17:14. Here it is
   …");
9a. ``rendering``: a quote an outlet or a translator renders ("Reuters gave the key line as
    "…"", "one English rendering reads "…"") is the words of the one person named before it in
    its paragraph, dated there;
9b. ``caption_before``: a quote after a label that names no one ("TRANSLATION:") in a
   paragraph that opens with a caption naming a person ("Defence Minister Margarita Robles at a
   book presentation on Thursday. Spanish. TRANSLATION: "…"": a clip or a picture described);
9c. ``label_after_speech``: a quote after such a label that opens its sentence, after a sentence
    that tells someone speaking ("Alan Peter Cayetano speaks to reporters. Transcribed: "…"",
    a record's or a clip's summary, then its transcription);
10. ``colon_before``: ``Vučić: "…"``, ``Orbán told reporters: "…"`` (a state's official after
    the state on a label, "**Colombia, Foreign Minister María Ángela Holguín**, …: "…"", and the
    one an answer "came from", "Moscow's answer came from Lavrov: "…"", rather than the first named;
    the body an unnamed official's noun names by its role, "An alliance official told Radio Free
    Europe: "…"", rather than the outlet told; a lead that names only a topic, "On the name of a
    Kosovo army barracks:", or the one turned to, "Then, to Germany:", names no speaker);
10b. ``label_lead``: a line's short label naming who speaks, a colon, then words with the quote
    (``Kurti: drones "…"``; the state's office before the name and a time after it do not count:
    ``Kosovo's prime minister, Albin Kurti, on 8 October: the delivery "…"``);
10c. ``entry_label``: a quote standing alone in a paragraph that opens with an entry's label in
    italics or bold naming who spoke, then where and when (a syllabus's ``*S3 — Japarov,
    televised address, 19 September 2022* "…"``);
10d. ``text_of_the_one_who_spoke``: a lead-in that names only the text ("One English version
    reads:", "The line most outlets used:"), right after a sentence of its paragraph that tells a
    person posted or answered and quotes nothing, is that person's; one that names only the source,
    "From the Serbian transcript, our translation:", is the words of the one the sentence before in
    its paragraph is about, whatever its verb (``_SOURCE_ONLY_LEAD``);
11. ``according_to``: ``according to X``;
12. ``source_tag``: a quote in an item headed by a source tag in brackets ("[Aleksandar Vučić's X
    account, 1514 gmt 8 Oct 25]" … "Excerpt: “…”", a monitoring digest) is the tag's person's;
12b. ``added_after``: a quote that is a sentence of its own, right before "He added: …", "She
    went on, …" in its paragraph, is that subject's;
13. ``continuation``: a quote that is a sentence of its own right after another quote continues
    that speaker's statement;
13b. ``who_field``: a quote whose sentence names no one, in a record under a "Who:" field
    ("*Who:* Benjamin Netanyahu, Israel's prime minister. *When:* Tuesday." / "“History will
    remember …”"), or over field lines that name its author ("**quotation:** “…”" / "- author:
    Pravind Jugnauth" / "- point in time: 25 February 2019", ``resolve.fields_under``), or under
    a record's first field of any label that names only a person ("*Producer:* Albin Kurti, …" /
    "*Palate:* “…”", ``resolve._person_field``), is the field's person's;
14. ``named_before``: a quote standing alone right after a sentence whose reporting verb has a
    speaker ("Vučić insists he threatened nobody. “We are small …”");
15. ``named_after``: a paragraph that is only a quote (a wire's opening quote, an item of a
    list of quotes) is the speech of the subject of the next sentence ("“…” — With that
    sentence, posted on X, Foreign Minister Marko Đurić …"), or of the speaker a line below it
    opens with, when that line has no verb of its own ("**3. “…”**" / "Albin Kurti, Kosovo's
    prime minister, on Wednesday, as …");
15a. ``told_by_after``: a quote followed within two sentences by one that tells in the passive who
    wrote or said the words ("The sentence was typed by Aleksandar Vučić, …") is that one's;
15b. ``titled_list``: a quotation that is all of a list's item, in a list of two or more such
    items, on a page whose title names one person ("Aleksandar Vučić setlist: …"), is that
    person's, or the one its note names "by" ("*(sung by Erdoğan)*");
16. ``document_owner``: a quote no rule above gives a speaker, standing alone as a paragraph or
    a transcript's answer ("17 A. “…”"), or after a note of the copy it is taken from
    ("Screenshot, and Telegrafi's English: “…”"), is read from the text last named with its
    owner before it ("a printout of President Vučić's post on X", a finding aid's "Vučić, X
    post, 2025 October 8.", "Mr. Đurić, on X"): the owner's words, not the reader's;
17. ``speaker_field``: a quote no rule above gives a speaker, opening its paragraph (a number's
    mark at most, "**(1)** “…”"), in an article whose one "Speaker:" field before it names a
    person ("Speaker: the President of Serbia. Occasion: press conference, …"), is that person's;
18. ``field_voice``: a quote no rule above gives a speaker, after a field that names the one person
    a record or an item is about, whatever its label (a scouting card's "**Player:** Gustavo
    Petro" over its notes, a route's "FA: Aleksandar Vučić, Wednesday 8 October 2025."; "Same
    FA" the one before), its sentence naming no other person: that person's;
19. ``outline_branch``: a quote no rule above gives a speaker, on an outline's item that names no
    one, is the words of the voice its branch opens with (``outlines``).

A quote with none of these (a scare quote, a name: ``known as "Skydagger"``) is not a statement.
To add an attribution form: write one function here, add it to ``QUOTE_RULES`` at its place,
and add a test in tests/test_statements.py.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from rhetoric.actors import fold
from rhetoric.corpus import QUOTE_LINE_LABEL, SIGNATURE_DASH, cable_text, ends_a_sentence, table_cell_at
from rhetoric.extract import vocabulary as v
from rhetoric.extract.anchoring import INLINE_TIMESTAMP, NEXT_DAY_NOTE, row_names_same_occasion
from rhetoric.extract.arrows import arrow_message
from rhetoric.extract.cards import (
    AFTER_NAME,
    AGAIN,
    PLATFORMS,
    SOURCE_LABEL,
    card_quote,
    labelled_signature,
    lead_signature,
    member_signature,
    signature,
    source_heading,
)
from rhetoric.extract.clauses import (
    BOLD_LEAD,
    OPENING_ADJUNCT,
    OTHERS_OF,
    PARTICIPLE_AFTER_CLAUSE,
    TOPIC_WITH_RELATIVE,
    addressee,
    adjunct_end,
    aside_subject_start,
    before_verb_zone,
    clause_end,
    inverted_subject,
    quoted_as,
    said_of,
    statement_words_start,
    subject_aside,
    subject_of,
    title_start,
    verb_matches,
    verbs_in,
    zone_start,
)
from rhetoric.extract.date_patterns import WEEKDAY_SHORT
from rhetoric.extract.dates import find_temporal_expressions
from rhetoric.extract.keys import line_end
from rhetoric.extract.mentions import Cand
from rhetoric.extract.model import Statement
from rhetoric.extract.outlines import branch_voice, item_words_start
from rhetoric.extract.quotes import QUOTED_LINE, SIGNATURE, WORDS_MARK, Quote, delimited_blocks
from rhetoric.extract.resolve import (
    EPITHET,
    EXAMINER_WORDS,
    IN_RELATIVE,
    POSTS,
    SOMEONE_NEW,
    WHO_FIELD_PASSAGES,
    after_preposition,
    another_voice_heading,
    epithet_speaker,
    examiner_label,
    fields_under,
    heading_day_fields,
    introducing_sentence,
    is_person,
    item_source,
    not_who_label,
    others_text_field,
    owners_entry,
    recent_group_speaker,
    relays,
    resolve,
    section_person,
    section_voice_heading,
)
from rhetoric.extract.resolve import who_field as resolve_who_field
from rhetoric.extract.roles import is_capital, is_outlet_name, role_candidates
from rhetoric.extract.scripts import narration_line, script_speaker
from rhetoric.extract.tables import row_at, row_speaker
from rhetoric.extract.targets import his_statements, met_person_after, own_side, quote_role_targets, targets_in
from rhetoric.regexes import letter_branches

if TYPE_CHECKING:
    from rhetoric.extract.context import ArticleContext

_PUNCT_ONLY = re.compile(r"[\s,.!?\-–—]*")
_SOME_BEFORE = re.compile(r"\b(?:some|many|others)\s+$")
_INTRO = re.compile(r"\s*(?:that\s*)?[:,]?\s*")
#: What a quoted noun phrase opens with: an article or a determiner, in lower case ("the flimsy …").
_QUOTED_OBJECT = re.compile(r"(?:the|a|an|this|these|those|its|their|his|her|our|any|such)\s")
#: A finite verb: a quote that holds one is a clause ('said "this is a betrayal"'), not a noun phrase.
_FINITE = re.compile(r"(?<![\w-])(?:is|are|was|were|has|have|had|will|would|can|could|should|must|does|do|did)(?![\w-])")
#: "that" between a reporting verb and its quote: the quote is the reported clause ("He added that
#: “nobody is going to silence Ireland”"), whose words run from the verb's subject, as a partial's do.
_THAT_TO_QUOTE = re.compile(r"\s+that\s+")
#: A connective and a colon before a quote that goes on with the voice before it: "And: “…”".
_CONNECTIVE_LEAD = re.compile(r"^\s*(?:And|Then|Also|Later|Again|Finally|Plus|But|Or)"
                              # ("Then the comparison:"; not "Then the reply:", another voice)
                              r"(?:\s+the\s+(?!(?:reply|answer|response|retort|rebuttal|opposition|other|critics?)\b)[a-z]+)?\s*:\s*$")
#: What may stand before a quote that opens its paragraph in a list of quotes: emphasis and a
#: list number ("**1. “…”**", "- “…”").
_LIST_LEAD = re.compile(r"[\s*_>-]*(?:\d{1,3}[.)]\s+)?[\s*_]*")
#: What follows "read" when the words read are another's text: "read from", "read out, in his own
#: translation, from", "read out a passage from", "read Orbán's letter aloud:".
_READ_FROM = re.compile(r"(?:\s+(?:out|aloud))?(?:\s+(?:a|the|one|two|some)\s+(?:[\w-]+\s+)?(?:passage|line|part|section|extract|"
                        r"excerpt|paragraph|sentence)s?)?(?:\s*,[^,;:“”\"¤\n]{1,60},)?\s+from\s|"
                        # ("read Orbán's letter aloud: “…”": the text read is named by its owner)
                        r"\s+[A-ZÀ-Ž][^:;“”\"¤\n]{0,60}?['’]s\s+(?:[\w-]+\s+){0,2}?(?:letter|post|statement|speech|message|"
                        r"tweet|remarks|declaration)(?:\s+(?:aloud|out|in\s+full))?"
                        # (and the text's day or an apposition: "reads Kurti's Facebook post of Wednesday
                        # morning, the one that began it all:")
                        r"(?:\s+(?:of|from)\s+[^,:;“”\"¤\n]{1,40})?(?:\s*,\s*[^,:;“”\"¤\n]{1,50})?\s*:")
#: "to" right before a text's owner: "(reply) to Szijjártó's letter".
_TO_BEFORE_OWNER = re.compile(r"(?<![\w-])to\s+$")
_NOUN_OWNER_GAP = re.compile(r"(?:['’]s)?\s*(?:[\w-]+\s+){0,2}")
_COLON_END = re.compile(r":[*_]*\s*$")  # (a bold label's colon too: "**… CAMERON:** “…”")
#: The colon inside a bold label, right before the words: "**Today, Downing Street — CAMERON:** “…”".
_BOLD_LABEL_COLON = re.compile(r":(?:\*\*|__)[ \t]*$")
#: … or a lead-in line's, in any emphasis: "**…:**", "*Said by the reader …:*".
_EMPHASISED_COLON = re.compile(r":(?:\*\*|__|\*|_)[ \t]*$")
#: A passive lead-in's agent: "Said by the reader", "Written by …" (not "Read by the officiant": a reader's voice).
_SAID_BY = re.compile(r"(?<![\w-])(?:[Ss]aid|[Ss]poken|[Ww]ritten|[Pp]osted|[Tt]weeted|[Dd]elivered)\s+by\s+")
#: A text named as someone's in a lead-in with no verb: "From the chief mourner's post", "In Kurti's words",
#: "From Diop's address".
_POSSESSED_TEXT = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(v.TEXT_NOUNS)) + r"|words|address)(?![\w-])")
#: What opens such a lead-in before the owner: "From ", "In ".
_FROM_OWNER = re.compile(r"[\s*_]*(?:From|In)\s+")
#: A short lead-in ending in a colon that announces a topic or a sequel, not a speaker: "On the
#: Turkish president: “…”", "As for Kosovo: “…”", "And a moment later: “…”", "More from the same
#: post: “…”", "In the same post: “…”". The voice before it goes on (``continuation``); a name in it is the topic.
#: The words that open a topic: "On Kosovo", "As for the prime minister", "Asked about Merz".
_TOPIC_WORDS = r"On|About|Regarding|Concerning|As\s+(?:for|to)|Asked\s+about|Turning\s+to|Of"
_TOPIC_LEAD = re.compile(r"\s*(?:(?:And|But|Then|More|Also)\b[^:“”\"¤]{0,50}|(?:" + _TOPIC_WORDS + r")\s[^:“”\"¤]{1,50}"
                         # (and a relative clause on the topic: "On the Israeli prime minister, whom he met in
                         # New York last September:")
                         r"(?:,\s+(?:who|whom|whose|which)\s[^:“”\"¤]{1,60})?|"
                         # "In the same post:", "Later in the interview:": the same words go on
                         r"(?:(?:Later|Elsewhere|Further|Earlier)\s+)?[Ii]n\s+(?:the\s+same|that|this|his|her|their|its|the)"
                         r"\s+(?:[\w-]+\s+)?(?:post|tweet|thread|statement|message|interview|speech|letter|briefing|"
                         r"address|remarks|article|column|broadcast|video)):\s*$")


@dataclass
class QuoteSite:
    """A quote and the sentences around it: what every quote rule looks at."""
    q: Quote
    lo: int            # start of its first sentence
    hi: int            # end of its last sentence
    close: int         # its closing mark (its end when unclosed)
    s_lo: int          # index of its first and last sentence
    s_hi: int
    words: int         # words inside the quote
    full: bool         # the quote looks like a sentence of its own
    _verbs: list | None = field(default=None, repr=False)

    @property
    def inner(self) -> tuple[int, int]:
        return self.q.start, self.q.end

    @property
    def kind(self) -> str:
        return "direct" if self.full else "partial"

    @property
    def through_close(self) -> int:
        """Where a statement that ends with the quote ends: after its closing mark (within its
        sentences), or at its text's end when it has none."""
        return min(self.close + 1, self.hi) if self.q.close is not None else self.q.end


def quote_site(ctx: ArticleContext, q: Quote) -> QuoteSite:
    close = q.close if q.close is not None else q.end
    s_lo = ctx.sent_index(q.open)
    s_hi = ctx.sent_index(max(q.start, close - 1))
    inner = ctx.body[q.start:q.end].strip()
    n = len(inner.split())
    full = n >= 4 and bool(inner) and inner[0].isupper() and (inner[-1] in ".,!?…" or n > 8)
    return QuoteSite(q, ctx.sents[s_lo].start, ctx.sents[s_hi].end, close, s_lo, s_hi,
                     len(ctx.body[q.start:q.end].split()), full)


def _make(ctx: ArticleContext, site: QuoteSite, speaker: str, verb_m, kind: str, content: tuple[int, int],
          date_zone: list[tuple[int, int]], extra: tuple[int, int] | None = None,
          primary_zone: tuple[int, int] | None = None) -> Statement:
    stmt = Statement(speaker, kind, site.q.start, site.q.end, verb_m.group() if verb_m else "", site.s_lo, site.s_hi,
                     (site.lo, site.hi), content, site.inner, date_zone=date_zone)
    if extra is not None:
        stmt.extra_targets = targets_in(ctx, *extra, speaker)
    if primary_zone:
        tg = targets_in(ctx, *primary_zone, speaker)
        # (a role in the quote before any name: "The ambassador has not served the U.K. well" is about him)
        tg = sorted(tg + [t for t in quote_role_targets(ctx, stmt) if primary_zone[0] <= t[1] < primary_zone[1]],
                    key=lambda t: t[1])
        stmt.primary = tg[0][0] if tg else None
    return stmt



def _told_about(ctx: ArticleContext, hearer: str, q, speaker: str) -> str:
    """Whom words told to ``hearer`` are about: the hearer, unless the quote names the hearer's
    state and does not address the hearer as "you" ("Jaishankar told Wang: “… planned action by
    China …”": China)."""
    state = ctx.reg.state_of(hearer)
    if state is None or state == hearer or _SECOND_PERSON.search(ctx.body, q.start, q.end):
        return hearer  # ("told his guest: “Kyrgyz people have given you confidence …”": the one addressed)
    named = {t for t, _, _ in targets_in(ctx, q.start, q.end, speaker)}
    return state if state in named else hearer


def _title_only(text: str) -> bool:
    """Whether text between a quote and a name holds only punctuation and a title: "Croatian
    Prime Minister", "EU foreign policy spokesperson", "the"."""
    for word in re.findall(r"[\w'’.-]+", text):
        if not (word[0].isupper() or word.lower() in v.TITLE_WORDS or word.lower() in v.LEAD_WORDS):
            return False
    return True


#: A text owned by the subject, between it and the verb: '"…," the spokesperson's note read'.
_OWNERS_TEXT = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:note|statement|letter|post|message|communiqu[eé]|readout|"
                          r"tweet|reply|answer)\s+")


def _subject_after_quote(ctx: ArticleContext, after_lo: int, vm: re.Match):
    """'"…," Croatian Prime Minister Andrej Plenković said', '"…," Mukhbir Singh, a director
    of …, said': the first candidate after the quote, behind a title at most, that is the
    subject of the verb (an appositive may stand between them)."""
    m = ctx.masked
    cands = ctx.cands_in(after_lo, vm.start())
    for i, x in enumerate(cands):
        if x.kind == "poss" or x.channel:
            continue
        if (v.GAP_SUBJ_VERB.match(m[x.end:vm.start()]) or _OWNERS_TEXT.fullmatch(m, x.end, vm.start())) and \
                _title_only(m[after_lo:x.start]):
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            if x.kind == "role" and nxt is not None and nxt.kind in ("mention", "name") and nxt.person and \
                    re.fullmatch(r",\s*", m[x.end:nxt.start]) and m[nxt.end:nxt.end + 1] == ",":
                return nxt  # '"…," the prime minister, Viktor Orbán, said': the name in apposition
            return x
    return None


#: What may follow an attribution that closes its sentence: "…," she said. / said Tusk on Monday.
#: / "…, pointing to …" / said Kurti, who went to the airport … (a relative clause on the speaker).
_SENTENCE_REST = re.compile(r"(?:\s+(?:on|in|at|late|early|last|this|yesterday|today)\b[^,;:“”\"¤]{0,40})?"
                            r"(?:,\s+(?:[a-z]+ing|who|whose)\b[^“”\"¤]*)?\s*[.!?]?\s*")


#: A verb of manner that closes the sentence after a quote, with its subject before or after it:
#: '"…," he purred.', '"…," Vučić smirked.', '"…!" crowed the minister.' Any past tense in that
#: frame reports the quote; it needs no list of such verbs.
_MANNER_AFTER = re.compile(r"\s*(?:(?:he|she|they|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|the\s+[a-z]+(?:\s+[a-z]+)?)\s+"
                           r"(?:[a-z]+ly\s+)?(?P<v1>[a-z]{2,}(?:ed|ied))|(?P<v2>[a-z]{2,}(?:ed|ied))\s+(?:the\s+)?"
                           r"(?:[A-Z][\w'’-]+|[a-z]+)(?:\s+[A-Z][\w'’-]+){0,2})(?:\s+[a-z]+ly)?\s*[.!?]")
_WORD = re.compile(r"\w+")


def _manner_after(ctx: ArticleContext, site: QuoteSite, after_lo: int, after_hi: int) -> re.Match | None:
    """The verb of ``_MANNER_AFTER`` after a quote that ends with a comma, "!" or "?" inside its
    marks and a subject that names someone; else None."""
    if site.q.close is None or ctx.body[site.q.close - 1] not in ",!?" or site.words < 4:
        return None  # (nor a non-answer: '"Next question," he deflected', '"We'll see," Orbán shrugged')
    mm = _MANNER_AFTER.match(ctx.masked, after_lo, after_hi)
    if mm is None or not ctx.cands_in(after_lo, mm.end()):
        return None
    g = "v1" if mm.group("v1") else "v2"
    return _WORD.match(ctx.masked, mm.start(g), mm.end(g))


#: A reporting verb and "that" right before a quote: the quote is that verb's complement.
_VERB_THAT_BEFORE = re.compile(r"[a-z]\s+that\s*[“\"]?$")


#: After a closing quote mark, a new sentence: a space and a capital.
_NEW_SENTENCE = re.compile(r"\s+(?:/\s+)?[A-ZÀ-Ž]")  # (after a line mark too: a dictated passage's "… actions.\" / In Pristina, …")



#: Verbs whose reported clause may follow with no "that": "said Russia …", "added", "wrote".
_CLAUSE_VERB = re.compile(r"(?i:said|says|added|adds|wrote|writes|claimed|claims|argued|argues|insisted|insists|warned|"
                          r"warns|suggested|suggests|stressed|stresses)")
#: The next quotation's opening mark, curly or straight, before its masked words.
_NEXT_OPENING = re.compile(r"[“\"](?=¤)")


def after_quote(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """'"…," Vučić said' / 'said Vučić' / 'she added': the first reporting verb after the quote."""
    m, q = ctx.masked, site.q
    if _VERB_THAT_BEFORE.search(m, max(site.lo, q.open - 40), q.open) and \
            verbs_in(ctx, max(site.lo, q.open - 40), q.open, True):
        return None  # 'when Kurti wrote that “…!”, KFOR answered …': the quote is the verb's before it
    after_lo = site.close + 1
    nxt_open = m.find("“", after_lo, site.hi)
    after_hi = site.hi if nxt_open < 0 else nxt_open
    verbs = verbs_in(ctx, after_lo, min(after_hi, after_lo + 90), True)
    if not verbs:
        manner = _manner_after(ctx, site, after_lo, after_hi)
        if manner is None:
            return None
        verbs = [manner]
    vm = verbs[0]
    nxt_quote = _NEXT_OPENING.search(m, vm.end(), site.hi)
    if nxt_quote is not None and (first := next(iter(ctx.cands_in(vm.end(), nxt_quote.start())), None)) is not None and \
            first.kind in ("mention", "name", "role") and _CLAUSE_VERB.fullmatch(m, vm.start(), vm.end()) and \
            ctx.cands_in(after_lo, vm.start()) and \
            v.REPORTED_SUBJECT_GAP.fullmatch(m, vm.end(), first.start) and \
            not any(c in m[vm.end():nxt_quote.start()] for c in ",:"):
        return None  # ('"…," Landsbergis also said Russia "may be …"': the verb's own reported clause, a
        # new statement; not '"…," Borrell told Lavrov, "…"', nor an inverted '"…," said Stoltenberg after …')
    subj = None
    if _PUNCT_ONLY.fullmatch(m[after_lo:vm.start()]):
        subj = inverted_subject(ctx, vm.end(), after_hi)
    if subj is None:
        subj = quoted_as(ctx, vm.start(), after_lo) or _subject_after_quote(ctx, after_lo, vm)
    if subj is None:
        # '"…," the Independent told the House': a description no rule knows, of the person
        # last named
        em = EPITHET.fullmatch(m, after_lo, vm.start())
        if em is None or ctx.cands_in(after_lo, vm.start()):
            return None
        spk = epithet_speaker(ctx, em.start("head"), em.group("head"))
        subj = Cand(em.start("head"), em.end("head"), "role", spk, em.group("head"))
    else:
        spk = resolve(ctx, subj)
    if not spk:
        return None
    if q.close is not None and ctx.body[q.end - 1:q.end] in (".", "!", "?") and _NEW_SENTENCE.match(m, site.close + 1):
        # '“… by the U.S.” He called it a “complete rip-off”.': a quote that ends its sentence, and
        # a sentence of its own after it, not an attribution ('“…” Vučić said on Friday.' is one)
        sent_end = ctx.sents[ctx.sent_index(vm.start())].end
        if not _TRAILING_ADJUNCTS.fullmatch(m, max(vm.end(), subj.end), sent_end):
            return None
    tail = said_of(ctx, vm.end(), after_hi)
    lead = m[site.lo:q.open].strip(" \"“")
    # 'Orbán's veto was "shameful," she said.': the quote ends the clause the sentence opens with,
    # and the attribution closes the sentence; the statement is that clause
    clause = not site.full and lead and not tail and v.MASK not in lead and \
        _SENTENCE_REST.fullmatch(m, max(vm.end(), subj.end), after_hi) is not None and \
        not verbs_in(ctx, site.lo, q.open, True)  # not 'Zakharova called Poland "a hyena," the ministry said'

    if not site.full and lead and not clause:
        return None  # '… "golden era," some say' inside another clause: not this rule
    kind = "direct" if (site.full or not lead) else site.kind
    content = (site.lo, q.end) if clause else site.inner
    stmt = _make(ctx, site, spk, vm, kind, content, [(site.lo, q.open), (after_lo, after_hi)],
                 (vm.end(), clause_end(ctx, vm.end(), after_hi)), (vm.end(), after_hi) if tail else None)
    if clause:
        stmt.start = site.lo + len(m[site.lo:q.open]) - len(m[site.lo:q.open].lstrip(" \"“"))
    stmt.verb_pos = vm.start()
    end_attr = max(vm.end(), subj.end)
    if tail:
        nxt = ctx.cands_in(vm.end(), after_hi)
        end_attr = nxt[0].end if nxt else end_attr
    stmt.claim = (q.open, end_attr)
    stmt.said_of = bool(tail)
    stmt.subject_pos = subj.start
    return stmt


def _verbs_before(ctx: ArticleContext, site: QuoteSite) -> list:
    """The reporting verbs of the quote's sentence before it, from the one before an earlier
    quote of the sentence on (a verb before an earlier quote belongs to that quote)."""
    if site._verbs is None:
        verbs: list = []
        for vm, ok in verb_matches(ctx, site.lo, site.q.open, True):
            if v.MASK in ctx.masked[vm.end():site.q.open]:
                verbs = []
            if _in_closed_note(ctx.masked, site.lo, vm.start(), site.q.open):
                continue  # ("[…, after Bamako asked for …] “…”": a verb of the note's own story)
            verbs.append((vm, ok))
        site._verbs = verbs
    return site._verbs


def _in_closed_note(text: str, lo: int, pos: int, end: int) -> bool:
    """Whether ``pos`` is inside square brackets opened after ``lo`` and closed before ``end``."""
    opened = text.rfind("[", lo, pos)
    return opened >= 0 and text.rfind("]", opened, pos) < 0 and text.find("]", pos, end) >= 0


#: A turn between two clauses: "but", "while", "whereas", a semicolon or a dash.
_TURN_BETWEEN = re.compile(r"(?<![\w-])(?:but|while|whereas|yet)(?![\w-])|[;—–]")
#: Between two reporting verbs of one subject: ", and", "and" (no other subject, no quotation).
_AND_NEXT_VERB = re.compile(r"[,]?\s+and\s+(?:then\s+|also\s+)?$")


def _coordinated_before(ctx: ArticleContext, before: list, vm: re.Match, spk: str, lo: int) -> int | None:
    """Where the first of the reporting verbs ``before`` starts, when the verb ``vm`` is
    coordinated with them by "and" and it has the speaker ``spk`` ("Vučić … declared himself
    appalled by … and by what he called …, and asserted that …"), with nothing quoted between;
    else None."""
    if not _AND_NEXT_VERB.search(ctx.masked, max(lo, vm.start() - 20), vm.start()):
        return None
    for bm, ok in before:
        if not ok or v.MASK in ctx.masked[bm.end():vm.start()] or vm.start() - bm.end() > 200 or \
                _TURN_BETWEEN.search(ctx.masked, bm.end(), vm.start()):
            continue  # (not across "but", "while", a semicolon: "criticised Kurti on Sunday, but on Tuesday he … and said")
        subj = subject_of(ctx, bm.start(), bm.end(), lo)
        if subj is None or resolve(ctx, subj) != spk:
            return None
        # (only when the first verb's words are about someone: not "says his words were
        # misunderstood and calls …", which says nothing of another)
        return bm.start() if any(mt.actor != spk for mt in ctx.mentions_in(bm.end(), vm.start())) else None
    return None


#: A modal or "to" before a verb: what is still to be said ("will say", "is expected to say").
_MODAL_BEFORE = re.compile(r"(?<![\w-])(?:will|would|shall|may|might|can|could|must|to)\s+$")
#: A reporting verb's "that" opening the clause it reports, a few words after it: "said that",
#: "said on Tuesday that" (the rest up to the next verb is the clause's own).
_THAT_OPENS = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?that\s")


def _reporter_of_clause(ctx: ArticleContext, site: QuoteSite, before: list, vm: re.Match, spk: str) -> str | None:
    """The speaker of an earlier reporting verb of the sentence whose "that"-clause holds the verb
    ``vm`` (of another speaker, ``spk``), when that speaker makes a claim about another side: "Putin
    said that the ambassador had promised …, and that he “…”" (Putin's words, the quote in the next
    clause he reports; ``verb_before`` asks only then: "Sikorski wrote that she had called Poland “…”"
    quotes her); not one who relays (``resolve.relays``),
    nor one of the same side ("the spokeswoman said that Rubio had told him “…”": Rubio's), nor a
    claim still to be made ("The defendant will say that he told reporters …"); else None."""
    m = ctx.masked
    for bm, ok in before:
        if not ok or not _THAT_OPENS.match(m, bm.end(), vm.start()) or v.MASK in m[bm.end():vm.start()] or \
                _TURN_BETWEEN.search(m, bm.end(), vm.start()) or v.CLAUSE_CUT.search(m, bm.end(), vm.start()) or \
                _MODAL_BEFORE.search(m, max(site.lo, bm.start() - 12), bm.start()):
            continue
        subj = subject_of(ctx, bm.start(), bm.end(), site.lo)
        outer = resolve(ctx, subj) if subj is not None else None
        if outer and outer != spk and not relays(ctx, outer) and ctx.reg.state_of(spk) != ctx.reg.state_of(outer):
            return outer
    return None


#: A clause of "what", "how", "why" or "whether" that a verb of speech reports, before the verb inside it;
#: what ends the teller's clause before it (", and the ministry said"; not ", and wondered why …").
_WH_BREAK = re.compile(r"[.;:!?]|,\s+(?:and|but)\s+(?![a-z]+ed\b|said\b|told\b|wrote\b)")
_WH_CLAUSE = re.compile(letter_branches(["what", "how", "why", "whether"], r"\s", not_after=r"[\w-]"))


def verb_before(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """'Kurti emphasized that "…"', 'he called Erdoğan "a great leader"': the last reporting
    verb before the quote that has a speaker, up to a passive or impersonal one."""
    m, q = ctx.masked, site.q
    if TOPIC_WITH_RELATIVE.fullmatch(m, site.lo, q.open) is not None:
        return None  # ("And, on the threat she had accused him of: “…”": a topic, its clause's verb no lead-in's)
    if (same := _SAME_WORDS_LEAD.fullmatch(m, site.lo, q.open)) is not None and same.group("via") and \
            not _person_in(ctx, *same.span("via")):
        return None  # ("Rest of the post, as RTS read it: “…”": the channel's verb; ``colon_before`` goes on with the post)
    subordinate = _WHEN_LEAD.match(m, site.lo, q.open)
    other_clause = _other_subject_before(ctx, site)
    verbs = _verbs_before(ctx, site)
    teller = None
    if other_clause is not None:  # who tells the sentence: a verb set off by a comma after it ("…, she
        # wrote, …"), else the sentence's first when it opens the sentence and governs the next
        # ("She said Trump had praised …"; not "As Haley noted on Monday, Trump said …")
        told = [i for i, (vm, ok) in enumerate(verbs) if vm.end() <= other_clause]
        teller = next((i for i in told if m.startswith(",", verbs[i][0].end())), None)
        if teller is None and len(told) > 1 and "," not in m[site.lo:verbs[told[1]][0].start()]:
            teller = told[0]
        if teller is None:
            other_clause = None  # nobody tells it but the verbs' own subjects: as before
    wh_at = None  # (where a clause of "what" the teller reports begins, its verb passed over)
    asked = "?" in m[site.close:site.hi + 1]
    for i, (vm, ok) in reversed(list(enumerate(verbs))):
        if not ok:
            return None  # "are known as": nobody's statement (see unnamed_group_before)
        if asked and v.asked_whether_said(m, site.lo, vm.start(), vm.end(), site.hi + 1):
            return None  # ('Wasn't it Hun Manet who wrote that Thailand "fired first"?': asked whether, not told)
        if subordinate and vm.start() < subordinate.end() <= q.open:
            return None  # "When the chair called Emer Higgins, protesters began to chant “…”": not the chair's
        if other_clause is not None and vm.end() <= other_clause and i != teller:
            continue  # "She said Trump had praised Erdoğan, while Vučić was “…”": the quote is Vučić's
            # predicate, told by whoever tells the sentence ("she said", ", she wrote,"), not by Trump
        if i and (wh := _WH_CLAUSE.search(m, verbs[i - 1][0].end(), vm.start())) is not None and \
                not _WH_BREAK.search(m, verbs[i - 1][0].end(), vm.start()) and \
                ((inner := subject_of(ctx, vm.start(), vm.end(), site.lo)) is None or inner.kind == "pronoun" or
                 inner.kind == "mention" and getattr(ctx.reg.actors.get(inner.ref), "kind", "") == "state"):
            wh_at = wh.start()
            continue  # ("Rudd told the Seven Network what Australia was asking of Japan: “…”": a verb inside what
            # the verb before reports, "what …", "how …", its subject a state or a pronoun, is part of its object;
            # the teller speaks; not a person's or a body's words relayed, "Arta added what President Vjosa Osmani
            # wrote that night, that …", "reads you what the President told the Serbian press: “…”", nor a clause
            # after a comma or "and": "… how Ankara would react, and the ministry said …")
        if (read_from := _READ_FROM.match(m, vm.end())) is not None and v.lemma_of(vm.group()) == "read":
            # ("The broadcaster reads Kurti's Facebook post of Wednesday morning, the one …: “…”": its owner's)
            owner = next((c for c in ctx.cands_in(vm.end(), read_from.end()) if c.kind in ("mention", "name")
                          and m.startswith(("'s", "’s"), c.end)), None)
            if owner is not None and (spk := resolve(ctx, owner)) and not is_outlet_name(ctx.reg, spk, owner.text or ""):
                return _make(ctx, site, spk, None, site.kind, site.inner, [(owner.end, read_from.end())])
            return None  # "She read from President Vučić's post on X: “…”": the post's (``speech_noun_before``)
        subj = subject_of(ctx, vm.start(), vm.end(), site.lo)
        spk = resolve(ctx, subj) if subj else None
        if not spk:
            continue
        if _AND_THAT_CLAUSE.search(m, vm.end(), q.open) is not None and \
                not v.FIRST_PERSON.search(ctx.body, q.open, site.close) and \
                _reporter_of_clause(ctx, site, verbs[:i], vm, spk) is not None:
            continue  # "Putin said that the ambassador had promised Hitler a monument …, and that he “…”":
            # a verb inside what a speaker reports is part of the reported words, the quote the reporter's
        # (not a quoted noun phrase as the verb's object: 'denounced "the flimsy and fanciful argument"')
        intro = _INTRO.fullmatch(m[vm.end():q.open])
        kind = "direct" if intro and site.words >= 5 and (intro.group().strip() or not _QUOTED_OBJECT.match(ctx.body, q.open + 1)
                                                          or _FINITE.search(ctx.body, q.open, site.close)) else site.kind
        if kind == "direct" and not site.full and site.lo <= subj.start and subj.end <= vm.start() and \
                aside_subject_start(ctx, site.lo, subj.start, vm.end()) is not None:
            kind = "partial"  # "The incident, he wrote, “will not remain …”": the predicate of the split clause
        zone_lo = zone_start(ctx, site.lo, subj.start)
        # the attribution's date: before the verb, or between it and what it reports
        # ("said on Saturday that …", "posted on Saturday evening that it was “…”")
        zone = before_verb_zone(ctx, zone_lo, subj.end, vm.start(), vm.end()) + [(vm.end(), adjunct_end(ctx, vm.end(), q.open))]
        if q.close is not None and (tail := _TRAILING_ADJUNCTS.fullmatch(m, q.close + 1, site.hi)) is not None \
                and tail.group("adj") and not _CLAUSE_IN_TAIL.search(tail.group("adj")):
            part = _PARTICIPLE_IN_TAIL.search(m, tail.start("adj"), tail.end("adj"))
            # ('called the post “…” in a radio interview on Friday'; not past ", repeating a line … on 15 March")
            zone.append((tail.start("adj"), part.start() if part is not None else tail.end("adj")))
        stmt = _make(ctx, site, spk, vm, kind, (subj.end, site.hi), zone, (vm.end(), site.hi), (vm.end(), site.hi))
        if v.lemma_of(vm.group()) == "tell" and (guest := met_person_after(ctx, vm.end(), spk)) is not None:
            stmt.primary = guest  # ("Receiving President Jeenbekov …, Nazarbayev … told his guest: “…”")
        if stmt.primary is not None and v.lemma_of(vm.group()) == "tell":
            stmt.primary = _told_about(ctx, stmt.primary, q, spk)
        stmt.extra_targets += his_statements(ctx, vm.end(), site.hi, spk)
        topic = _subject_around(ctx, site.lo, subj, vm, q.open, spk)
        if topic is not None:  # "Vučić, she writes, was “shamelessly attacking …”": about Vučić
            stmt.extra_targets.append(topic)
            stmt.primary = topic[0]
        stmt.addressee = addressee(ctx, subj.end, vm.start(), spk)
        if wh_at is not None and (asked := [t for t in targets_in(ctx, wh_at, q.open, spk) if t[0] not in own_side(ctx, spk)]):
            # ("told the Security Council what Egypt was demanding of Ethiopia:": whom the clause names, not the hearer)
            stmt.extra_targets += asked
            stmt.primary, stmt.addressee = asked[-1][0], None
        stmt.verb_pos = vm.start()
        stmt.claim = (subj.start, site.close + 1)
        rel = _SPOKEN_RELATIVE.match(m, subj.end, vm.start())
        if rel is not None and next(v.SPEECH.finditer(m, rel.start(), rel.end()), None) is None:
            rel = None
        if rel is not None:
            # "Vučić, who on Wednesday accused Turkey of …, softened his tone, calling …": the
            # relative clause is a statement of its own (``reported``), with its own time and targets
            stmt.claim = (rel.end(), site.close + 1)
            stmt.date_zone = [(max(a, rel.end()), b) for a, b in stmt.date_zone if b > rel.end()]
            stmt.frame = (max(stmt.frame[0], rel.end()), stmt.frame[1])
            stmt.content = (max(stmt.content[0], rel.end()), stmt.content[1])
        stmt.subject_pos = subj.start
        if (kind == "partial" or _THAT_TO_QUOTE.fullmatch(m, vm.end(), q.open)) and ctx.masked.find(v.MASK, vm.end(), q.open) < 0:
            # "told a rally that the prime minister had a “corrupt wife”": the words quoted are
            # part of the reported clause, which is the statement
            # (from its subject when that is a pronoun right before the verb: "He called Erdoğan “…”")
            # (and the clause's opening adjuncts: "At a press conference the president called …")
            start = subj.start if site.lo <= subj.start and subj.end <= vm.start() and \
                (_PRONOUN_GAP.fullmatch(m, subj.end, vm.start()) or
                 subj.kind != "pronoun" and (re.fullmatch(r"[\w\s'’-]{0,30}", m[subj.end:vm.start()]) or
                                             subject_aside(m, subj.end, vm.start()))) else vm.start()
            if start == subj.start and OPENING_ADJUNCT.fullmatch(m, site.lo, subj.start):
                start = site.lo + len(m[site.lo:subj.start]) - len(m[site.lo:subj.start].lstrip())
            # ('The incident, he wrote, “will not …”', "US Secretary of State Antony Blinken called …")
            start = statement_words_start(ctx, site.lo, subj, vm.start(), vm.end(), start)
            stmt.start, stmt.end = start, site.through_close
            if start == vm.start() and i > 0 and (earlier := _coordinated_before(ctx, verbs[:i], vm, spk, site.lo)):
                # "declared himself appalled by Turkey's behaviour, and asserted that Turkey “…”": one
                # subject's two reporting verbs, one statement from the first
                stmt.start = earlier
            # 'condemned "any violation" of the Vienna Convention': the quoted noun's complement
            tail = (_COMPLEMENT_AFTER.match(ctx.masked, stmt.end, site.hi) or _THAT_AFTER.match(ctx.masked, stmt.end, site.hi)
                    if q.close is not None else None)
            if tail is not None:
                stmt.end = tail.end()
        elif kind == "direct" and i > 0 and ":" in m[vm.end():q.open] and \
                (and_verb := _AND_NEXT_VERB.search(m, max(site.lo, vm.start() - 20), vm.start())) is not None and \
                (first := _coordinated_before(ctx, verbs[:i], vm, spk, site.lo)) is not None and \
                not _CALLED_SOMEONE.match(m, first, and_verb.start()):
            # "Đurić called the move an encouragement to aggression, and warned: “…”": the clause of
            # the first verb is a statement of its own (``reported``), the quote the second's
            stmt.claim = (and_verb.start(), stmt.claim[1])
        elif (joined := _AND_THAT_CLAUSE.search(m, max(vm.end(), m.rfind(v.MASK, vm.end(), q.open) + 1), q.open)) is not None:
            # 'says Turkey “…” and that Serbia “understood the message well”': the second reported
            # clause, from its subject
            stmt.start, stmt.end = joined.end(), site.through_close
        if rel is not None and (stmt.start < stmt.claim[0] or stmt.start == vm.start() and vm.group().endswith("ing")
                                and PARTICIPLE_AFTER_CLAUSE.fullmatch(m, rel.end(), vm.start())):
            # (the words after the relative clause, a statement of its own: its main clause with
            # the participle, "softened his tone on Thursday, calling …")
            stmt.start = stmt.claim[0] + len(m[stmt.claim[0]:q.open]) - len(m[stmt.claim[0]:q.open].lstrip())
        return stmt
    return None


#: A telephone call, no statement: "called Viktor Orbán on Wednesday" (a name and when, nothing said of him).
_CALLED_SOMEONE = re.compile(r"(?i:call(?:s|ed|ing)?)\s+(?:[A-ZÀ-Ž][\w'’.-]*\s*){1,4}"
                             r"(?:(?:on|in|at|late|early|last|this|that|again|twice|yesterday|today)\b[^,;:¤“”\"]{0,30})?,?\s*$")
#: "and that" opening a second reported clause before its quote, with a few words of its own
#: ("… and that Serbia “…”").
_AND_THAT_CLAUSE = re.compile(r"\s(?:and|but)\s+that\s+(?=[^¤.;:]{1,60}$)")
#: A relative clause set off after the subject: ", who on Wednesday accused Turkey of …,".
_SPOKEN_RELATIVE = re.compile(r",\s+who\s+[^,;:¤]{3,200}?,")


#: A clause of its own right before the quote: a conjunction, a subject, a copula or an
#: auxiliary ("while Vučić was “…”", ", whereas the minister had “…”").
_OTHER_SUBJECT_LEAD = re.compile(r"(?:,\s*|\s+)(?:while|whereas|but|as)\s+$")
_COPULA_TO_QUOTE = re.compile(r"\s+(?:was|is|were|are|had|has|have)(?:\s+(?:been|being|not|still|only|\w+ly)){0,2}\s*$")


def _other_subject_before(ctx: ArticleContext, site: QuoteSite) -> int | None:
    """Where a clause with its own subject begins right before the quote ("…, while Vučić was
    “…”"), or None."""
    m, q = ctx.masked, site.q
    for c in reversed(ctx.cands_in(site.lo, q.open)):
        if c.kind not in ("mention", "name", "role", "pronoun"):
            continue
        lead = _OTHER_SUBJECT_LEAD.search(m, max(site.lo, c.start - 12), c.start)
        if lead is not None and _COPULA_TO_QUOTE.fullmatch(m, c.end, q.open):
            return lead.start()
        return None
    return None


#: A subordinate clause that opens the sentence, up to its comma: a verb in it does not
#: introduce a quote of the main clause; nor does one in the question a participle opens with
#: ("Asked about Osmani's charge that he threatens his neighbours, Vučić answers: “…”").
_WHEN_LEAD = re.compile(r"\s*(?:When|After|While|Before|Once|Since|Until|Whenever|Asked)\s[^,;:“”\"¤]{1,120},")  # (not "As X said, “…”")
#: Between a pronoun subject and its verb: a space, an adverb, an auxiliary ("He then called",
#: "She also said", "she had called").
_PRONOUN_GAP = re.compile(r"\s+(?:(?:also|then|later|again|\w+ly|had|has|have|would|will|did|does|once|even|was|were|is|"
                          r"are)\s+){0,2}")
#: A prepositional complement right after a quoted noun phrase, up to the clause's next break:
#: '"any violation" of the Vienna Convention', '"a frontal attack" on our democracy', '"appalled" by …'.
#: … or the clause it introduces: 'said it was “now completely clear” that Turkey did not want …'.
_THAT_AFTER = re.compile(r"(?:\s+and)?\s+that\s+(?!(?:week|day|month|year|night|morning|evening|afternoon|time)\b)"
                         r"[^;:“”\"¤—–()]{1,240}?(?=[;:.!?—–()]|,\s+(?:while|after|when|as|but|before|although|"
                         r"whereas)\b|$)")
_COMPLEMENT_AFTER = re.compile(r"\s+(?:of|for|against|on|to|toward|towards|with|by|over|at|about|"
                               r"in(?!\s+(?:an?|his|her|its|their|the)\s+(?:[\w-]+\s+)?(?:speech|interview|statement|"
                               r"post|letter|address|briefing|message|tweet|video|report)\b)(?!\s+\d))"
                               r"\s+[^,;:.!?“”\"¤—–()]{1,80}?"
                               r"(?=\s+(?:without|while|but|and|as|after|before|because|which|who)\b|[,;:.!?—–()]|$)")


#: What may stand between a parenthetical attribution and the quote it splits off its subject:
#: ", was “", ", is “", ", had been “", ", “".
_PREDICATE_LEAD = re.compile(r"(?:\s+[\w'’-]+){0,2},\s+(?:(?:was|is|were|are|had|has|have|been|being|would|will)\s+){0,2}$")


#: A copula before a parenthetical attribution ("The Serbian president was, she wrote, “…”"),
#: and what may follow the attribution's verb up to the quote.
_COPULA_ASIDE = re.compile(r"\s+(?:was|is|were|are|had\s+been|has\s+been|remained|remains),\s*$")
_ASIDE_END = re.compile(r",?\s*")


def _subject_around(ctx: ArticleContext, lo: int, subj, vm: re.Match, open_: int, speaker: str):
    """"Vučić, she writes, was “shamelessly attacking …”": an actor named just before a
    parenthetical attribution, which the quote after it goes on about (the subject of the
    quoted predicate), as a target (actor, start, end); the same for the subject of a copula
    before the attribution ("The Serbian president was, she wrote, “…”"); else None."""
    head = ctx.masked[lo:subj.start]
    copula = _COPULA_ASIDE.search(head)
    if copula is not None and _ASIDE_END.fullmatch(ctx.masked, vm.end(), open_):
        # "The Serbian president was, she wrote, “…”": the subject before the copula
        x = next((c for c in reversed(ctx.cands_in(lo, lo + copula.start()))
                  if c.kind in ("mention", "name", "role", "pronoun")), None)
        who = resolve(ctx, x, speaker) if x is not None and not ctx.masked[x.end:lo + copula.start()].strip() else None
        return (who, x.start, x.end) if who and who != speaker and who in ctx.reg.actors else None
    if not head.rstrip().endswith(",") or not _PREDICATE_LEAD.fullmatch(ctx.masked, vm.end(), open_):
        return None
    named = targets_in(ctx, lo, subj.start, speaker)
    if not named or ctx.masked[named[-1][2]:subj.start].strip() != ",":
        return None
    return named[-1]


def unnamed_group_before(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """'what some describe as "…"': the words of unnamed commentators, given to the group
    quoted last nearby (reached only when no later verb before the quote has a speaker)."""
    for vm, ok in reversed(_verbs_before(ctx, site)):
        if ok:
            continue
        if not _SOME_BEFORE.search(ctx.masked[max(site.lo, vm.start() - 12):vm.start()]):
            return None
        grp = recent_group_speaker(ctx, vm.start())
        if not grp:
            return None
        stmt = _make(ctx, site, grp, vm, "partial", (vm.end(), site.hi), [], (vm.end(), site.hi), None)
        stmt.anaphoric = True
        stmt.claim = (min(vm.start(), site.q.open), site.close + 1)
        return stmt
    return None


#: A lead-in that lists what a text holds, closing its paragraph with a colon: "The letter contained,
#: among other things:", "His statement included:", "The communiqué set out:".
_TEXT_LISTS = re.compile(r"(?<![\w-])(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?P<noun>" + "|".join(sorted(v.TEXT_NOUNS - {"comment", "comments", "remarks", "interview", "video"} |
                                                         {"declaration", "memo", "memorandum", "address", "email"})) + r")\s+(?:(?:also|further)\s+)?(?:contained|contains|included|includes|listed|lists|"
                         r"set\s+out|sets\s+out|held|holds)(?![\w-])[^:\n]{0,40}:[\s*_]*$")


def listed_in_text(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quotation in a list item under a lead-in that lists what a text holds ("The letter
    contained, among other things:" over "- the passage: “…”", "- a finding that China had “…”",
    "- the Sender's assessment that “…”") is the words of whose that text is (``resolve`` of its
    noun: the one the text told as writing it), unless the item names someone else before the
    quote who is no object nor the reported clause's subject."""
    q = site.q
    pi = ctx.para_index(q.open)
    if ctx.paras[pi].kind != "bullet":
        return None
    passages = ctx.article.passages  # (a short lead-in, "The letter included:", may be read as a heading)
    first = next((i for i, p in enumerate(passages) if p.start == ctx.paras[pi].start), None)
    if first is None:
        return None
    reach = first - _LIST_REACH
    while first > 0 and passages[first - 1].kind == "bullet" and \
            not ctx.body[passages[first - 1].end:passages[first].start].strip():
        first -= 1
        if first < reach:
            return None  # (a list longer than a text's contents: an index, a feed)
    if first == 0 or ctx.body[passages[first - 1].end:passages[first].start].strip():
        return None
    lead = passages[first - 1]
    m = _TEXT_LISTS.search(ctx.masked, max(lead.start, lead.end - 160), lead.end)
    if m is None:
        return None
    text = Cand(m.start(), m.end("noun"), "role", None, ctx.masked[m.start():m.end("noun")])
    author = resolve(ctx, text)
    if not author or author not in ctx.reg.actors or ctx.reg.actors[author].kind == "media":
        return None
    item = ctx.paras[pi].start
    for c in ctx.cands_in(item, q.open):
        if c.kind in ("mention", "name", "role", "pronoun") and resolve(ctx, c) != author and \
                not _THAT_BEFORE.search(ctx.masked, item, c.start) and \
                (not after_preposition(ctx, c) or _OWNER_PREPOSITION.search(ctx.masked, max(item, c.start - 6), c.start)):
            return None  # ("- Tusk's reply: “…”", "- the words of Orbán: “…”": another's words in the list)
    if verbs_in(ctx, item, q.open, True):
        return None  # (an item that tells who said it: "- what Orbán said in reply: “…”"; not "- a warning that …")
    zones = [(lead.start, lead.end), (item, q.open)]
    if (told := introducing_sentence(ctx, m.start(), m.group("noun").lower())) is not None:
        zones.append(told)  # (the day the text was written: "On Thursday 9 March … wrote a letter")
    stmt = _make(ctx, site, author, None, site.kind, site.inner, zones)
    stmt.subject_pos = m.start()
    return stmt


#: A "that" before a candidate in a list item: the candidate is the reported clause's, not the speaker.
_THAT_BEFORE = re.compile(r"(?<![\w-])that\s")
#: A preposition that names whose words follow: "the words of Orbán", "a line by Orbán", "from Orbán".
_OWNER_PREPOSITION = re.compile(r"(?<![\w-])(?:of|by|from)\s+(?:the\s+)?$")
#: How many items of a list are walked back to find its lead-in.
_LIST_REACH = 60


#: How many of a rendering's longer words the words it renders must share.
_RENDERING_OVERLAP = 0.4


def _rendered_statement(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """Of the quoted statements in the paragraph of ``site`` and the two before, the one whose
    words the quote renders again: the most of its longer words shared, at least
    ``_RENDERING_OVERLAP`` of them ("“Turkey is arming Pristina,” Vučić said … Tanjug's English
    version had it as “Ankara is arming Pristina”"; not a headline in another's words, "Serbian
    leader threatens …"); else None."""
    words = set(re.findall(r"[^\W\d_]{4,}", ctx.body[site.inner[0]:site.inner[1]].lower()))
    para = ctx.para_index(site.q.open)
    best, found = 0, None
    for st in ctx.statements:
        if not st.quote_inner or st.start >= site.lo or not 0 <= para - ctx.para_index(st.start) <= 2:
            continue
        shared = len(words & set(re.findall(r"[^\W\d_]{4,}", ctx.body[st.quote_inner[0]:st.quote_inner[1]].lower())))
        if shared > best:
            best, found = shared, st
    return found if words and best >= 2 and best >= _RENDERING_OVERLAP * len(words) else None


#: How far after an owner's speech noun the words may begin for the day told with the noun to be
#: theirs: "His words on Monday 29 August: “…”".
_NOUN_DAY_REACH = 60


#: A title in title case: two capitalised words or more, small words between ("Water Borders of the Great
#: Lakes"; not a one-word answer, "“Never”").
_TITLE_CASE = re.compile(r"[\s“\"‘']*[A-ZÀ-Ž0-9][\w'’-]*(?:[ \t]+(?:[A-ZÀ-Ž0-9][\w'’-]*|of|the|and|in|on|at|for|a|an|to|"
                         r"or|with|by|from|is|vs\.?))+[?!]?[\s”\"’']*")
#: A speech noun's match that ends with its "that": "line that", "warning, in a statement …, that".
_THAT_ENDS = re.compile(r"(?<![\w-])that$")


#: A possessive right before a quotation's opening mark: 'and his “…”', 'Vučić's “…”'.
_OWNER_RIGHT_BEFORE = re.compile(r"(?:['’]s?|(?<![\w-])(?:[Hh]is|[Tt]heir))[ \t]*$")  # (not "her", an object too: "gave her “…”")
#: The fewest words a quotation owned so must have: 'his "When it comes to …"', not 'his "yes"'.
_OWNED_WORDS = 4


def owner_before(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A clause quoted right after a possessive, the words owned as a thing said ('the press conference
    again, and his “When it comes to President Erdogan, I will always be a good host”', 'everyone
    remembers Vučić's “…”'): the owner's words, a person's (not an outlet's headline, 'the Herald's
    “…”'), dated by what comes before them in the sentence."""
    q = site.q
    m = _OWNER_RIGHT_BEFORE.search(ctx.masked, max(site.lo, q.open - 8), q.open)
    if m is None or site.words < _OWNED_WORDS or not _FINITE.search(ctx.body, q.start, q.end):
        return None  # (a clause said, not a phrase that describes the owner: 'his “hegemonic mindset, …”' is another's)
    cands = ctx.cands_in(max(site.lo, m.start() - 60), m.end())
    if m.group()[0].isalpha():  # ("his “…”": the pronoun's)
        owner = next((c for c in cands if c.kind == "poss" and c.start == m.start()), None)
    else:  # ("Vučić's “…”": the name before the apostrophe)
        owner = next((c for c in reversed(cands) if c.end == m.start() and c.kind in ("mention", "name", "role")), None)
    if owner is None:
        return None
    spk = resolve(ctx, owner)
    if not spk or not is_person(ctx, spk) or is_outlet_name(ctx.reg, spk, owner.text or ""):
        return None
    return _make(ctx, site, spk, None, site.kind, site.inner, [(site.lo, owner.start)])


def speech_noun_before(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """'His assertion that "…"', 'Osmani's remarks: "…"', 'a post by Orbán on Facebook: "…"': the
    owner of a speech noun."""
    m, q = ctx.masked, site.q
    for by in _BY_OR_FROM.finditer(m, site.lo, q.open):
        # "with a post by Prime Minister Orbán on Facebook: “…”", "a statement from the Kremlin on
        # Monday: “…”": the one the noun is by, a place or a time at most before the colon
        words = m[max(site.lo, by.start() - 40):by.start()].split()
        if len(words) >= 3 and words[-2] in ("in", "on") and words[-1][:1].isupper():
            words = words[:-2]  # (past its language or platform: "a post in Albanian by …", "a post on X by …")
        of = by.group().strip() == "of"
        if not words or words[-1].lower() not in (_SAID_NOUNS if of else _TEXT_NOUNS):
            continue
        if of and _OWNER_BEFORE_NOUN.search(m, max(site.lo, by.start() - 60), by.start()):
            continue  # ("Tusk's answer to the claim of Orbán: “…”", "his reply of Monday": the owner is before the noun)
        after = [c for c in ctx.cands_in(by.end(), q.open) if c.kind in ("mention", "name", "role") and not c.channel]
        if after and _OWNER_TITLE.fullmatch(m, by.end(), after[0].start) and \
                (_OWNER_OF_TO_QUOTE if of else _OWNER_TO_QUOTE).fullmatch(m, after[0].end, q.open) and \
                (spk := resolve(ctx, after[0])):
            # (after "of": the clause of "that" around the quote is what the words are about, "the
            # warning of Sikorski that Minsk “…”"; their day is told between the noun and the words,
            # "the reply of Osmani the next day: “…”", before one anywhere in a long sentence)
            content = (after[0].end, site.hi) if of else site.inner
            return _make(ctx, site, spk, None, site.kind, content, [(by.start(), q.open), (site.lo, q.open)] if of else [(site.lo, q.open)])
    if _SAID_AFTER_QUOTE.match(m, q.end):
        return None  # ("Their finding that … was “the most serious yet”, one researcher said": the words are the researcher's)
    for nm in reversed(list(v.SPEECH_NOUN.finditer(m, site.lo, q.open))):
        if nm.group().endswith("(") and nm.end() != q.open:
            continue  # (the words in brackets right after the noun, not a later quotation of the sentence)
        before = ctx.cands_in(site.lo, nm.start())
        if not before:
            continue
        # (past the platform: "Tusk's Facebook post" is Tusk's)
        x = next((c for c in reversed(before) if not c.channel), before[-1])
        if _TO_BEFORE_OWNER.search(m, max(site.lo, x.start - 6), x.start):
            continue  # ("Sikorski's reply to Szijjártó's letter: “…”": the text replied to, not the one quoted)
        if IN_RELATIVE.search(m, max(site.lo, x.start - 60), x.start) and "," in m[nm.end():q.open]:
            continue  # ("Daily News Hungary, which carried Szijjártó's answer that day, found …": a relative clause's noun)
        if nm.group().endswith((", ", ",")) and _TITLE_CASE.fullmatch(ctx.body, q.start, q.end):
            continue  # ("Ouma's lecture at Makerere, “Water Borders of the Great Lakes”": its title, no words said)
        if _NOUN_OWNER_GAP.fullmatch(m[x.end:nm.start()]) and x.kind in ("mention", "name", "poss", "role"):
            spk = resolve(ctx, x)
            if spk:
                # (the one a description casts is what it is about: "his praise of Orbán as “…”")
                about = nm.start() if _CASTS_AS.search(nm.group()) else nm.end()
                zones = [(site.lo, x.start)]
                if q.open - nm.start() <= _NOUN_DAY_REACH and v.SPEECH.search(m, nm.end(), q.open) is None:
                    zones.append((nm.start(), q.open))  # ("His words on Monday 29 August: “…”": the day of the words)
                elif _THAT_ENDS.search(nm.group()):
                    # ("her accusation on Thursday 13 March that …": the noun's own day, before the sentence's opening)
                    zones.insert(0, (nm.start(), nm.end()))
                if nm.group().endswith("("):
                    # (words in brackets after the noun, "Picardo's interview with the BBC in August 2013 (“…”) is
                    # the line …": the words alone, not the sentence that goes on about them; an outlet's interview
                    # "with" someone, "El País's interview with Picardo in 2016 (“…”)": the one interviewed)
                    if is_outlet_name(ctx.reg, spk, x.text or ""):
                        guest = next((c for c in ctx.cands_in(nm.start(), q.open) if c.kind in ("mention", "name") and
                                      c.person and ctx.masked.endswith(("with ", "with the "), 0, c.start)), None)
                        spk = resolve(ctx, guest) if guest is not None else None
                        if not spk:
                            continue
                    stmt = _make(ctx, site, spk, nm, site.kind, site.inner, zones, site.inner)
                    stmt.end, stmt.claim = site.q.end, (x.start, site.close + 1)
                    return stmt
                stmt = _make(ctx, site, spk, nm, site.kind, (about, site.hi), zones, (about, site.hi))
                if site.kind == "partial" and _THAT_ENDS.search(nm.group()) and x.start >= site.lo:
                    # ("Osmani's line that he was “shamelessly attacking Turkey”": the claim the words are part
                    # of, from its owner)
                    stmt.start, stmt.end = x.start, site.through_close
                    # (not what the sentence tells after the words: "… drew laughter from deputies")
                    stmt.content = (stmt.content[0], site.through_close)
                    stmt.frame = (stmt.frame[0], site.through_close)
                return stmt
        # "He ended the post with a warning that …", "greeted it with a three-word message, '…'":
        # the subject of the clause the noun completes
        if _WITH_NOUN.search(m, max(site.lo, nm.start() - 30), nm.start()):
            # past a dateline or a transcript's label ("REPORTER (Belgrade): ", ``ctx.datelines``)
            lo = max([b for a, b in ctx.datelines if a <= site.lo < b or a == site.lo] or [site.lo])
            subj = next((c for c in before if c.start >= lo and c.kind in ("mention", "name", "pronoun", "role")
                         and not c.channel and not after_preposition(ctx, c)), None)
            spk = resolve(ctx, subj) if subj is not None and m[lo:subj.start].strip(" ,") == "" else None
            if spk:
                return _make(ctx, site, spk, nm, site.kind, (nm.end(), site.hi), [(site.lo, subj.start)],
                             (nm.end(), site.hi))
    return None


#: A speaker's own attribution right after a quote: ", one researcher said", ", he added", ", said Diop".
_SAID_AFTER_QUOTE = re.compile(r"[”\"’]?,\s+(?:(?:[\w'’-]+\s+){0,3}?(?:said|says|added|adds|told|wrote|writes)(?![\w-])|"
                               r"(?:said|says|added|wrote)\s)")
#: "by" or "from" after a text (``_TEXT_NOUNS``), the one it is by: "a post by …", "a statement from …";
#: "of" after words said (``_SAID_NOUNS``), the one who said them: "the reply of the President of
#: Kosovo that he “…”", "the words of Tusk the next day: “…”".
_BY_OR_FROM = re.compile(r"\s(?:by|from|of)\s+")
_SAID_NOUNS = frozenset("reply response answer words warning claim remark remarks statement message promise pledge "
                        "threat appeal insistence assurance retort verdict".split())
#: (or in brackets after the owner: "a reply from Dina Mufti (“fearmongering”)")
#: An owner right before a noun of words said, or the noun as what another text answers: "Tusk's
#: claim of", "his reply of", "an answer to the claim of" (then "of" names no speaker).
_OWNER_BEFORE_NOUN = re.compile(r"(?:['’]s|(?<![\w-])(?:his|her|their|its|my|our|to\s+the|to\s+a|to\s+an))\s+"
                                r"(?:[\w-]+\s+){0,2}[\w-]+$", re.I)
_TEXT_NOUNS = v.TEXT_NOUNS
#: A title before the owner's name: "Prime Minister ", "then President-elect ", "the former ".
_OWNER_TITLE = re.compile(r"(?:(?:[Tt]he|then|former)\s+){0,2}(?:[A-Z][\w'’.-]*\s+){0,4}")
#: From the speech noun's owner to its quote: a platform, a place or a time and a colon ("on
#: Facebook:", "on Monday:", "in Budapest on Friday:"), no verb.
#: (after the owner's title in apposition, and what the text answers: "…, President of Kosovo,
#: answering Vučić:")
_OWNER_TO_QUOTE = re.compile(r"(?:,\s+(?:the\s+)?[A-Z][^,:;.¤“”\"]{1,60},?)?"
                             r"(?:\s+(?:on|in|at|late|early|last|this)\s+[^:;.¤“”\"]{1,40}?)?"
                             r"(?:\s+(?:answering|replying\s+to|responding\s+to|reacting\s+to)\s+[^:;.¤“”\"]{1,40}?)?(?:\s*[:,]\s*|\s*\()")
#: A speech noun's "of … as" before a quote: "praise of Orbán as", "description of the talks as".
_CASTS_AS = re.compile(r"\sof\s.*\sas(?:\s+(?:an?|the))?$")
#: From the owner of words said ("the reply of X") to its quote: an appositive, a time ("the next
#: day", "on Monday"), then a colon or a comma, or "that" and at most five words ("… that he “…”",
#: not "the claim of Orbán that Poland was lying was dismissed by Tusk as “…”").
_OWNER_OF_TO_QUOTE = re.compile(r"(?:,\s+(?:the\s+)?[A-Z][^,:;.¤“”\"]{1,60},?)?"
                                r"(?:\s+(?:(?:on|in|at|late|early|last|this)\s+[^:;.¤“”\"]{1,40}?|"
                                r"the\s+(?:next|same|following)\s+(?:day|morning|evening|night)))?"
                                r"(?:\s*[:,]\s*|\s+that\s+(?:[^\s:;.,¤“”\"]+\s+){0,5})")
#: A speech noun as the complement of "with": "with a warning", "with a three-word message".
_WITH_NOUN = re.compile(r"(?<![\w-])with\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}$")


#: A noun for words right before a lead's first name: the name is the subject of a clause about
#: those words ("the line Jakarta had feared", "the words Warsaw wanted to hear", "the line every
#: New Zealand paper printed"), not their speaker.
_WORDS_NOUN = r"\s+(?:[a-z]+\s+){0,2}?(?:line|lines|words|sentence|phrase|passage|answer|reply|message|remark)\s+"
_WORDS_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:(?:the|a|an|one)" + _WORDS_NOUN + r"(?:(?:every|each|all|many|most|some|the)\s+)?|"
                                # (opening the sentence only with a quantifier: not "The reply Tusk gave …")
                                r"(?:The|A|An|One)" + _WORDS_NOUN + r"(?:every|each|all|many|most|some)\s+)$")


#: An outlet's report of the voice before, as a lead: "And from the Reuters version:", "From the
#: BBC's account:" (the outlet only, no one else named).
_OUTLETS_VERSION_LEAD = re.compile(r"[\s*_]*(?:(?:[Aa]nd|[Tt]hen)\s+)?[Ff]rom\s+(?:the\s+)?[^:;,.“”\"¤]{1,40}?(?:['’]s)?\s+"
                                   r"(?:version|report|account|story|piece|write-?up|transcript|text)[*_]*\s*:[*_]*\s*")
#: An outlet's rendering of words just quoted, right before the quote: "BIRN's English report had it
#: as ", "Reuters' version gave it as ", "the agency's translation renders it as: ", "(EFE's
#: translation of the same lines): ".
_OUTLET_HAD_IT = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?P<noun>version|report|account|translation|text|story|transcript|"
                            r"rendering|wording)(?:\s+(?:had|has|gave|gives|rendered|renders|put|puts)\s+it\s+(?:as\s*)?|"
                            # ("(EFE's translation of the same lines):")
                            r"\s+of\s+(?:the\s+)?same\s+(?:lines?|words|passage|remarks|quotes?|sentences?|answer|reply)\)?)"
                            r"[*_]*\s*:?\s*$")
#: An outlet that passes on more of someone's words: "The BBC has more from (the minister)", "Reuters
#: carries this from".
_MORE_FROM = re.compile(r"(?<![\w-])(?:has|had|carries|carried|gets|got|adds|added)\s+(?:(?:a\s+)?(?:bit|little|lot|line|"
                        r"word|words|more|quote|quotes|this|that)\s+)+(?:more\s+)?from\s+(?:the\s+)?$")
#: A lead-in that only notes how the words were rendered: "Our translation again:", "In my
#: translation from the Serbian:", "Translated:", "In English:".
#: The same anywhere in a lead, someone after it or not: "has more from Sikorski's deputy:".
_MORE_FROM_IN = re.compile(_MORE_FROM.pattern.removesuffix("$"))
_RENDERING_LEAD = re.compile(r"[\s*_]*(?:(?:[Ii]n\s+)?(?:[Oo]ur|[Mm]y|[Aa]n?|[Tt]he)\s+(?:own\s+|rough\s+|literal\s+)?"
                             r"(?:translation|rendering|English\s+version)|[Tt]ranslated|[Ii]n\s+English)"
                             r"(?:\s+again)?(?:\s+from\s+(?:the\s+)?[A-Z][a-z]+)?[*_]*\s*:[*_]*\s*")


#: What may stand before a quote that opens an item's line: a bullet, a label that names nobody
#: ("WHAT WAS SAID (our translation):", "Quote:") or a topic ("On Osmani:").
_ITEM_LINE_LEAD = re.compile(r"[ \t]*(?:[-*•][ \t]+)?(?:(?P<label>[A-Z][^\n:“”\"]{0,60}?):[ \t]+)?"
                             # (after a label, the one the quote goes on about: 'Vučić "seems to believe …"')
                             r"(?(label)(?P<about>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+)?)[*_]*")
#: An item's head line before the person it is about: a planning diary's time and place, a
#: wire's slug ("1300 BELGRADE — ", "AFTERNOON — PRISTINA — "), emphasis.
_HEAD_SLUG = re.compile(r"[ \t#*_]*(?:(?:\d{1,2}:?\d{2}\s+)?[A-Z][A-Z'’ .-]*[A-Z.]\s+[—–-]\s+)*[*_]*")
#: A head line is short.
_HEAD_WORDS = 20
#: What may follow the person on an item's head: nothing, an appositive or an occasion ("Vjosa
#: Osmani, on X", "President Aleksandar Vučić, press conference", "Marko Đurić on X, early
#: evening", "Tusk after the summit"), not a verb, a possessive or another name.
_AFTER_HEAD_NAME = re.compile(r"[ \t*_]*(?:$|[,(·|@—–:.]|\s(?:on|at|in|after|during|before|to|speaking|via)\s)", re.M)
#: A title before a name: "Foreign Minister ", "the ".
_TITLE_WORDS = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}")


#: A note in brackets that plays a recording in, alone before the words (after a transcript's
#: label): "Speaker 3 (00:01:22): [Clip, Vučić, voice-over translation] “…”", "[SOUNDBITE:
#: Kurti] “…”", "(Archive audio) “…”".
_CLIP_NOTE = re.compile(r"(?:[^\n\[\]\"“]{1,60}?:[*_]*\s+)?[\[(](?P<note>[^\[\]()\n]{1,160})[\])]\s*[:—–-]?\s*")
_CLIP_WORD = re.compile(r"(?i)(?<![\w-])(?:clip|soundbite|sound\s*bite|sot|recording|recorded|audio|sound\s+of|"
                        r"footage|video|vt|voice-?over|playback|excerpt|played\s+in|"
                        # (words put on the screen: "[ON SCREEN: JOLY, OTTAWA]", "[GRAPHIC: …]", "[QUOTE CARD: …]")
                        r"on\s+screen|on-screen|graphic|quote\s+card|full\s+screen|lower\s+third)(?![\w-])")
#: The same note after a sentence of the paragraph, right before the quote.
_NOTE_AFTER_SENTENCE = re.compile(r"[\[(](?<=[.!?:] .)(?P<note>[^\[\]()\n]{1,100})[\])]\s*[:—–-]?\s*$")
#: … and the words that say a recording of speech plays, when the note names no one ("[Clip]",
#: "(Archive audio)"; not a narrator's "(Voice-over)", "[Video: the drones landing]", "(Archive)").
_SPEECH_CLIP = re.compile(r"(?i)(?<![\w-])(?:clip|soundbite|sound\s*bite|sot|recording|audio|excerpt|played\s+in)(?![\w-])")
#: A note that a recording stops: "[Clip ends]", "[END SOUNDBITE]".
_CLIP_ENDS = re.compile(r"(?i)(?<![\w-])(?:ends?|ended|out)(?![\w-])")


#: A note's words that name someone the registry may not know: "a commentator", "Dr Ana Petrović".
_NAME_IN_NOTE = re.compile(r"(?<![\w-])(?:[A-Z][a-z]+\s+[A-Z][a-z]+|(?i:an?\s+(?:[\w-]+\s+){0,3}(?:commentator|analyst|"
                           r"expert|official|resident|voter|soldier|reporter|presenter|correspondent|protester)))")


#: A text named in a note with its owner: "reading the communiqué of <owner>", "<owner>'s statement".
_TEXT_NOUN_IN_NOTE = r"(?:communiqu[eé]|statement|letter|declaration|decree|message|post|press\s+release)"
_OWNED_TEXT_IN_NOTE = re.compile(r"(?i:(?<![\w-])" + _TEXT_NOUN_IN_NOTE + r"\s+(?:of|from|by)\s+(?:the\s+)?)(?P<of>[^,;()\[\]]{2,80})|"
                                 r"(?P<poss>[^,;()\[\]]{2,80}?)['’]s\s+(?:[a-z]+\s+)?(?i:" + _TEXT_NOUN_IN_NOTE + r")(?![\w-])")
#: An owner named by a role noun alone: "the Council", "the ministry".
_OWNER_ROLE = re.compile(r"\s*(?:[\w;]+\s+)*?(?P<role>(?:the|its|their)\s+[A-Za-z][\w -]{1,40}?)\s*")


def _text_owner_in_note(ctx: ArticleContext, m: re.Match) -> tuple[str, int] | None:
    """The owner of a text a note before a quote names (``_OWNED_TEXT_IN_NOTE``), resolved, with
    where it is named: the head of its phrase, the last actor or role in it ("the communiqué of
    Côte d'Ivoire's National Security Council": the council); None when the note names no text
    with an owner, or a label before the note names someone, who reads the text as their own."""
    note_lo, note_hi = m.start("note"), m.end("note")
    found = _OWNED_TEXT_IN_NOTE.search(ctx.masked, note_lo, note_hi)
    if found is None:
        return None
    lo, hi = found.span("of") if found.group("of") else found.span("poss")
    if any(c.kind in ("mention", "name") for c in ctx.cands_in(m.start(), note_lo)):
        return None  # ("**Tusk:** [reading the Council's statement] “…”": the label's voice reads it as his own)
    owners = [c for c in ctx.cands_in(lo, hi) if c.kind in ("mention", "name", "role") and not c.channel]
    x = owners[-1] if owners else None
    if x is None and (phrase := _OWNER_ROLE.fullmatch(ctx.masked, lo, hi)) is not None:
        # ("the Council's communiqué": the body a role noun names, as "the Council" alone would be read)
        x = Cand(lo + phrase.start("role"), hi, "role", None, phrase.group("role"))
    ref = resolve(ctx, x) if x is not None else None
    return (ref, x.start) if ref else None


def clip_note(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quote right after a note that plays a recording in (``_CLIP_NOTE``) is the words of the
    one the note names, else of the one the paragraph before says spoke, with a verb of speech
    ("Vučić posted at 17:14. Here it is as Serbian television read it."); after a note that names
    a text with its owner ("[reading the communiqué of Côte d'Ivoire's National Security Council]",
    "[the Council's communiqué of 14 September]"), the owner's."""
    q = site.q
    k = ctx.para_index(q.open)
    para = ctx.paras[k]
    m = _CLIP_NOTE.fullmatch(ctx.masked, para.start, q.open)
    if m is None:  # (or after a sentence of the paragraph: "… it's on your screen. [ON SCREEN: JOLY, OTTAWA] “…”")
        m = _NOTE_AFTER_SENTENCE.search(ctx.masked, max(para.start, q.open - 120), q.open)
    if m is not None and (owned := _text_owner_in_note(ctx, m)) is not None:
        # ("**Presenter:** [archive; reading the communiqué of Côte d'Ivoire's National Security
        # Council, 12 July 2022] “…”", "[the Council's communiqué of 14 September 2022] “…”": the
        # text's owner, not the one who reads it)
        stmt = _make(ctx, site, owned[0], None, site.kind, site.inner, [(m.start("note"), m.end("note"))])
        stmt.subject_pos = owned[1]
        return stmt
    if m is None or not _CLIP_WORD.search(m.group("note")) or _CLIP_ENDS.search(m.group("note")):
        return None
    if v.SPEECH_Q.search(ctx.masked, q.end, para.end if m.start() == para.start else site.hi):
        return None  # ('(Archive) “…,” our correspondent recalls': the verb after it tells who)
    note = [c for c in ctx.cands_in(m.start("note"), m.end("note")) if c.kind in ("mention", "name")]
    x = next((c for c in note if c.person), None)  # (a person, not the place: "[Video from Pristina, Kurti speaking]")
    zone = [(m.start("note"), m.end("note"))]
    if x is None and m.group("note").isupper():
        # a caption in capitals ("[ON SCREEN: JOLY, OTTAWA, THIS EVENING]"): a person of the
        # registry as running text spells it
        named = next((mt for mt in ctx.reg.find_mentions(m.group("note").title()) if is_person(ctx, mt.actor)), None)
        if named is not None:
            stmt = _make(ctx, site, named.actor, None, site.kind, site.inner, zone)
            stmt.subject_pos = m.start("note") + named.start
            return stmt
    if x is None:
        if note or _NAME_IN_NOTE.search(m.group("note")) or not _SPEECH_CLIP.search(m.group("note")):
            return None  # (someone else, unregistered: "[Clip: a Serbian TV commentator]"; or no speech played)
        if k == 0:
            return None
        before = ctx.paras[k - 1]
        for verb in reversed(list(v.SPEECH_Q.finditer(ctx.masked, before.start, before.end))):
            si = ctx.sent_index(verb.start())
            x = subject_of(ctx, verb.start(), verb.end(), max(before.start, ctx.sents[si].start))
            if x is not None and resolve(ctx, x):  # (not "as Serbian television read it")
                zone.append((ctx.sents[si].start, ctx.sents[si].end))
                break
            x = None
    spk = resolve(ctx, x) if x is not None else None
    if not spk:
        return None
    stmt = _make(ctx, site, spk, None, site.kind, site.inner, zone)
    stmt.subject_pos = x.start
    return stmt


#: A clause right before a quote that gives someone's words in an outlet's or a translator's
#: rendering: "Reuters gave the key line as “…”", "Haaretz had it as “…”", "The AP's version was
#: “…”", "one English rendering reads “…”", "the agency quoted him as saying “…”"; not an account
#: of an event ("Xinhua reported it as “…”", "The newspaper's version was “…”").
_RENDERED = re.compile(r"(?:(?:(?:['’]s|\b(?:one|another|a|an|the|its|their))\s+(?:[\w-]+\s+){0,2}?(?:rendering|translation|"
                       r"(?:English|[A-Z][a-z]+(?:ish|ese|ian|an))\s+version)|[A-Z][\w.&-]*['’]s\s+version)"
                       r"\s+(?:was|is|reads|read|runs|ran|went)|(?:gave|gives|rendered|renders|translated|translates|"
                       r"quoted|quotes|had|has)\s+(?:the\s+(?:[\w-]+\s+)?(?:line|sentence|remark|remarks|words|quote|phrase|"
                       r"passage)|it|them|(?:him|her)\s+as\s+saying)(?:\s+as)?)[\s*_]*:?[\s*_]*$")


_RENDERED_ENDS = (" as", " was", " is", " reads", " read", " runs", " ran", " went", " saying", " line", " sentence",
                  " remark", " remarks", " words", " quote", " phrase", " passage")


def rendering(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quote an outlet or a translator renders (``_RENDERED``) is the words of the one person
    the sentence names before the rendering, else the sentences before it in its paragraph (but an
    actor the rendering's own clause names gives its own version: "Moscow's version was “…”")
    ("President Recep Tayyip Erdoğan spoke on Tuesday 14 April, to exporters …. Reuters gave
    the key line as “…”"; "Çavuşoğlu tweeted on Sunday; one English rendering reads “…”"),
    dated by that sentence; not the outlet's."""
    q = site.q
    if not ctx.masked[site.lo:q.open].rstrip(" \t\n*_:").endswith(_RENDERED_ENDS):
        return None  # (what ``_RENDERED`` ends with: most quotes have none of it before them)
    m = _RENDERED.search(ctx.masked, max(site.lo, q.open - 90), q.open)
    if m is None:
        return None
    clause = max(site.lo, ctx.masked.rfind(";", site.lo, m.start()) + 1)
    own = [c for c in ctx.cands_in(clause, m.end()) if c.kind in ("mention", "name", "role") and not c.channel
           and (ctx.body.startswith(("'s version", "’s version"), c.end) or
                c.kind == "role" and c.text.endswith(("'s version", "’s version")))]  # ("Moscow's version": a "role")
    if own:  # ("Moscow's version was “…”", "Szijjártó's version was “…”": its own words)
        owner = next(iter(ctx.reg.find_mentions(own[-1].text)), None) if own[-1].kind == "role" else None
        spk = owner.actor if owner is not None else resolve(ctx, own[-1]) if own[-1].kind != "role" else None
        if not spk or own[-1].kind == "name" and not own[-1].person:
            return None
        stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(site.lo, q.open)])
        stmt.claim, stmt.subject_pos = (site.lo, site.close + 1), own[-1].start
        return stmt
    para = ctx.paras[ctx.para_index(q.open)]
    # (before the rendering's own clause: its subject renders, "Sikorski's interpreter translated it as")
    spans = [(site.lo, clause)] + [(ctx.sents[i].start, ctx.sents[i].end)
                                      for i in range(ctx.sent_index(site.lo) - 1, -1, -1)
                                      if ctx.sents[i].start >= para.start]
    for lo, hi in spans:
        people = {c.ref for c in ctx.cands_in(lo, hi) if c.kind in ("mention", "name") and c.person
                  and not c.channel and not after_preposition(ctx, c)}
        if len(people) > 1:
            return None
        if people:
            spk = people.pop()
            stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(lo, hi), (site.lo, q.open)])
            stmt.claim = (site.lo, site.close + 1)
            return stmt
    return None


def item_head(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quote that opens a line of an item, after a bullet or a label that names nobody, is the
    words of the person the item's head line opens with: a planning diary's "1300 BELGRADE —
    President Aleksandar Vučić, press conference at the Presidency." over "WHAT WAS SAID:" and
    bullets of quotes; a bold "**Vjosa Osmani, on X**" over its quotes. The head is the first
    line of the block (lines with no blank line between), short, with no quotation of its own;
    it dates the quote."""
    q, body = site.q, ctx.body
    line_lo = body.rfind("\n", 0, q.open) + 1
    lead = _ITEM_LINE_LEAD.fullmatch(body, line_lo, q.open)
    if lead is None or line_lo == 0 or (lead.group("label") is None and not body[line_lo:q.open].strip()):
        return None
    if lead.group("about") and not body[q.start:q.start + 1].islower():
        return None  # (a name and then a whole sentence quoted: "Vučić: …" is a lead-in, not a topic)
    if lead.group("label") is not None and not _topic_lead(ctx, body[line_lo:q.open], q.open) and \
            any(_names_a_voice(x) and not (x.kind == "name" and x.text.isupper())
                for x in ctx.cands_in(lead.start("label"), lead.end("label"))):
        return None  # ("Vučić: “…”", "The president (on X): “…”": a lead-in, ``colon_before``'s)
    blank = body.rfind("\n\n", 0, line_lo)
    head_lo = blank + 2 if blank >= 0 else 0
    head_hi = body.find("\n", head_lo)
    if head_lo == line_lo or head_hi < 0:
        return None  # (the quote's line heads its block itself)
    head = body[head_lo:head_hi]
    if len(head.split()) > _HEAD_WORDS or any(c in head for c in "“”\"") or head.lstrip().startswith("#"):
        return None
    slug = _HEAD_SLUG.match(body, head_lo, head_hi)
    x = next(iter(ctx.cands_in(slug.end(), head_hi)), None)
    if x is None or not _TITLE_WORDS.fullmatch(ctx.masked, slug.end(), x.start) or \
            not _AFTER_HEAD_NAME.match(ctx.masked, x.end, head_hi):
        return None  # (the person opens the head, perhaps after a title, and only an occasion follows:
        # "Foreign Minister Marko Đurić on X, early evening"; not "Orbán's critics", "Orbán under
        # fire", "Tusk vs Orbán", "Donald Tusk met Friedrich Merz …")
    spk = resolve(ctx, x) if x.kind in ("mention", "name", "role") else None
    if not spk or not is_person(ctx, spk) or \
            _names_another(ctx, spk, x.end, head_hi):
        return None  # (nor a head that names other people: "Tusk, Merz and Macron met in Paris")
    if title_from_words(ctx, x, q):
        return None  # ("**A4. Brotherly People** (3:47)" over “Brotherly people of Türkiye, …”: a track's title)
    if _signed_on_its_line(ctx, site):
        return None  # (the quote's own line signs it: '*"…"* Donald Trump, Truth Social, …' under a dish's name)
    # (the item's own label dates its words before the head does: "- Thu: “…”" under "**SULJAGIĆ, Emir**")
    stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(line_lo, q.open), (head_lo, head_hi)])
    stmt.subject_pos = x.start
    return stmt


def _follows_on_line(ctx: ArticleContext, close: int, sent) -> bool:
    """Whether sentence ``sent`` comes right after the quote closing at ``close``, on its line: only
    the closing marks and emphasis between ('*"…"* Donald Trump, …')."""
    return ctx.body.startswith(tuple("\"”’"), close) and not ctx.body[close:sent.start].strip(" \t\"”’*_")


def _sentence_after_on_line(ctx: ArticleContext, site: QuoteSite):
    """The sentence right after a quote that opens its line, on that line (``_follows_on_line``), else
    None (not '… And on whether Canada would hit back: “…” Colonel Sethi, your reaction.')."""
    if site.s_hi + 1 >= len(ctx.sents) or \
            not _LIST_LEAD.fullmatch(ctx.masked, ctx.body.rfind("\n", 0, site.q.open) + 1, site.q.open):
        return None
    nxt = ctx.sents[site.s_hi + 1]
    return nxt if _follows_on_line(ctx, site.close, nxt) else None


def _signed_on_its_line(ctx: ArticleContext, site: QuoteSite) -> bool:
    """Whether the sentence after the quote, on the quote's line, is an attribution line that names
    its source ('*"…"* Donald Trump, Truth Social, late on Wednesday 30 July.', ``_attribution_line``)."""
    nxt = _sentence_after_on_line(ctx, site)
    subj = _attribution_line(ctx, nxt, site.close) if nxt is not None else None
    return subj is not None and resolve(ctx, subj) is not None


def _bracketed_source_under(ctx: ArticleContext, site: QuoteSite) -> bool:
    """Whether the line right under a quote's line is a note of its source in brackets that does
    not point back ("(weekly government press conference, 2024)", "(The phrase was used by
    counsel …)"; not "(same speech)", "(ibid.)"): a source of its own, not the voice before."""
    eol = ctx.body.find("\n", site.q.end)
    end = nxt if (nxt := ctx.body.find("\n", eol + 1)) >= 0 else len(ctx.body)
    if eol < 0 or (m := _BRACKET_SIGNATURE.match(ctx.body, eol + 1, end)) is None:
        return False
    note = ctx.body[m.end():end]
    return _POINTS_BACK_NOTE.search(note) is None and _PLACE_DATE_NOTE.match(note) is None


#: A note that points back to the source before, or only renders it: "same speech", "ibid.",
#: "as above", "translated from Spanish".
_POINTS_BACK_NOTE = re.compile(r"(?i)(?<![\w-])(?:same|ibid|idem|as\s+above|translat\w*)(?![\w-])")
#: A note of a place and a day only: "(Khankendi, 19 July 2025)".
_PLACE_DATE_NOTE = re.compile(r"\s*[A-ZÀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-Ž][\w'’.-]*){0,2}\s*,\s*(?:[A-Z][a-z]+\s+)?\d{1,2}\s+[A-Z][a-z]+\.?"
                              r"(?:\s+\d{4})?\s*\)")


def _noted_on_its_line(ctx: ArticleContext, site: QuoteSite) -> bool:
    """Whether a quote that opens its line is followed there by a note of where it is from, a
    sentence with no verb ('*"Our soldiers are heroes."* The caption under a poster in Sisaket.',
    "Placard at a rally in Phnom Penh, Sunday."): a source of its own, not the voice before."""
    if (nxt := _sentence_after_on_line(ctx, site)) is None:
        return False
    text = ctx.masked[nxt.start:nxt.end]
    return v.MASK not in text and _FINITE_VERB.search(text) is None and not verbs_in(ctx, nxt.start, nxt.end, False)


def title_from_words(ctx: ArticleContext, x, q) -> bool:
    """Whether a name the registry lacks is a title taken from the quote's own words, which hold
    it in lower case ("Brotherly People" over “Brotherly people of Türkiye …”, "Too Small" over
    “We are too small to threaten …”): a song's, a chapter's or a card's title, no one's name."""
    if x.kind != "name" or ctx.reg.actors.get(resolve(ctx, x)) is not None:
        return False
    phrase = re.compile(r"(?i)(?<![\w-])" + r"\s+".join(map(re.escape, x.text.split())) + r"(?![\w-])")
    found = phrase.search(ctx.body, q.start, q.end)
    return found is not None and found.group() != x.text


def _names_another(ctx: ArticleContext, spk: str, lo: int, hi: int) -> bool:
    """Whether a person other than ``spk`` is named between ``lo`` and ``hi`` (a head or a label
    that names two people names no one speaker)."""
    return any(y.kind in ("mention", "name") and y.person and resolve(ctx, y) != spk for y in ctx.cands_in(lo, hi))


def entry_label(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quote standing alone in a paragraph that opens with an entry's label in italics or bold,
    which names who spoke, perhaps after the entry's code, then the occasion and the day: a
    syllabus's "*S3 — Japarov, televised address, 19 September 2022* (national day of mourning).
    “…”", a dossier's "**2. Kyrgyz Ministry of Foreign Affairs, 22 September 2022.** “…”". The
    label dates the words; a state alone (a topic) or a label naming two people is no speaker."""
    q = site.q
    para = ctx.paras[ctx.para_index(q.open)]
    m = v.ENTRY_LABEL.match(ctx.body, para.start, q.open)
    if m is None or m.end() > q.open or ctx.masked.find("¤", para.start, m.end()) >= 0:
        return None
    if site.lo < m.end():  # (the label ends inside its emphasis, "2022.*": no sentence of its own)
        if ctx.masked[m.end():q.open].strip() or ctx.masked[(q.close or q.end) + 1:site.hi].strip(" \"“”.,*_"):
            return None
    elif not _standalone(ctx, site):
        return None
    lo, hi = m.start("label"), m.end("label")
    if (code := v.ENTRY_CODE.match(ctx.masked, lo, hi)) is not None:
        lo = code.end()
    x = next((c for c in ctx.cands_in(lo, hi) if c.kind in ("mention", "name", "role")), None)
    if x is None or not _TITLE_WORDS.fullmatch(ctx.masked, lo, x.start) or not v.ENTRY_AFTER_NAME.match(ctx.masked, x.end, hi):
        return None  # (the name, then after a comma where and when: not a voice's label, "**Ciara Walsh:**")
    spk = resolve(ctx, x)
    actor = ctx.reg.actors.get(spk or "")
    if not spk or actor is not None and actor.kind == "state" or is_outlet_name(ctx.reg, spk, x.text or "") or \
            _names_another(ctx, spk, x.end, hi):
        return None
    stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(m.start("label"), hi)])
    stmt.subject_pos = x.start
    return stmt




#: A label right before a quote that names no one ("TRANSLATION:", "AS VOICED:", "Quote:",
#: "TRANSLATION (as The Diplomat rendered it):"): the words of the person a caption before names.
_BARE_LABEL = re.compile(r"[ \t]*(?i:(?:[\w-]+['’]s\s+|our\s+|official\s+)?translation|translated|transcribed|as\s+voiced|"
                         r"voice-?over|transcript|quote|verbatim|in\s+full|sound\s?bite|excerpt)(?:[ \t]*\((?P<note>[^()\n]{1,80})\))?[ \t]*:[ \t]*[*_]*$")
#: A label's note that says how the words were rendered, not who spoke them: "(as The Diplomat
#: rendered it)", "(our translation)", "(from Hungarian)", "(official)"; not "(the farmers' spokesman)".
_LABEL_NOTE = re.compile(r"[ \t]*(?i:as\s|our\s|ours\b|official|unofficial|from\s|note\b|abridged|edited|"
                         r"[\w-]+\s+(?:translation|rendering)\b)")
#: A sentence between a caption and its label: the language spoken ("Spanish.", "In Hungarian.").
_LANGUAGE_LINE = re.compile(r"[ \t]*(?:[Ii]n\s+)?[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?\.?[ \t]*")
#: Between a caption's person and another one pictured with them: "… at a press conference with
#: ", " and ", " alongside " (not "… after Spain's Congress voted to recognise González").
_WITH_ANOTHER = re.compile(r"[^,;]*?(?:\s(?:and|with|alongside|beside|next\s+to)|\s&)\s+(?:[\w.'’-]+\s+){0,3}")
#: After a caption's person: an occasion, not a verb ("… Robles at a book presentation at the
#: Ateneo de Madrid on Thursday", "Jorge Rodríguez in the chamber on Wednesday afternoon").
_CAPTION_AFTER_NAME = re.compile(r"[ \t]*(?:,|(?:at|in|on|to|during|before|after|addressing|speaking|via)\s)")


def _bare_label_sentence(ctx: ArticleContext, site: QuoteSite):
    """(the sentence's index, the paragraph) when the quote follows a bare label that opens its
    sentence, not its paragraph ("… on Thursday. Spanish. TRANSLATION: “…”"), and the label's
    note, if any, says how the words were rendered, not who spoke them ("TRANSLATION (the farmers'
    spokesman):" names who speaks); else None."""
    q = site.q
    para = ctx.paras[ctx.para_index(q.open)]
    si = ctx.sent_index(q.open)
    sent = ctx.sents[si]
    if sent.start <= para.start or not ctx.body[max(sent.start, q.open - 4):q.open].rstrip(" \t*_").endswith(":") or \
            (label := _BARE_LABEL.fullmatch(ctx.body, sent.start, q.open)) is None or \
            label.group("note") and not _LABEL_NOTE.match(label.group("note")):
        return None
    return si, para


def caption_before(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """'Defence Minister Margarita Robles at a book presentation on Thursday. Spanish.
    TRANSLATION: "…"': a quote after a label that names no one, in a paragraph that opens with a
    caption (a person, perhaps after a title, then an occasion and no verb of its own: a clip's
    or a picture's description) is that person's; the caption dates it."""
    q = site.q
    if (labelled := _bare_label_sentence(ctx, site)) is None:
        return None
    si, para = labelled
    fi = ctx.sent_index(para.start)
    first = ctx.sents[fi]
    if any(not _LANGUAGE_LINE.fullmatch(ctx.body, ctx.sents[k].start, ctx.sents[k].end) for k in range(fi + 1, si)):
        return None  # (only the language between the caption and its label: not "The crowd chanted.")
    # (the first person it names, after title words only: "National Assembly president Jorge Rodríguez")
    x = next((c for c in ctx.cands_in(first.start, first.end) if c.kind in ("mention", "name", "role") and
              not c.channel and (c.kind != "mention" or is_person(ctx, c.ref))), None)
    if x is None or not _title_only(ctx.masked[first.start:x.start]) or \
            not _CAPTION_AFTER_NAME.match(ctx.masked, x.end, first.end):
        return None
    clause_hi = ctx.masked.find(",", x.end, first.end)
    clause_hi = first.end if clause_hi < 0 else clause_hi
    if verbs_in(ctx, x.end, clause_hi, False) or _AUXILIARY.search(ctx.masked, x.end, clause_hi):
        return None  # (a sentence that tells something: "Robles spoke at the Ateneo on Thursday.")
    spk = resolve(ctx, x)
    if not spk or not is_person(ctx, spk) or \
            any(c.kind in ("mention", "name") and c.start > x.end and _WITH_ANOTHER.fullmatch(ctx.body, x.end, c.start) and
                (spk2 := resolve(ctx, c)) and spk2 != spk and is_person(ctx, spk2) for c in ctx.cands_in(x.end, first.end)):
        return None  # (nor a caption of two people: "Orbán at a press conference with Meloni")
    stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(first.start, first.end)])
    stmt.subject_pos = x.start
    stmt.start = q.open  # (not the label)
    return stmt


#: A text or an occasion of someone's, which the words after a bare label may be from: "a letter
#: from Orbán", "the Hungarian leader's radio interview", "Orbán's speech".
_TEXT_OF_SOMEONE = re.compile(r"(?i)(?<![\w-])(?:letter|interview|speech|statement|post|tweet|message|article|"
                              r"remarks|address|document|book|note|op-ed|column|report|video|recording)s?(?![\w-])")
#: A verb that tells someone speaking without saying what: "speaks to reporters", "addresses the rally".
_SPEAKS = re.compile(r"(?<![\w-])(?:speaks|spoke|talks|talked|addresses|addressed)(?![\w-])")


def label_after_speech(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """'Alan Peter Cayetano speaks to reporters. Transcribed: "…"', 'The President says the ban
    will stay. Transcribed: "…"': a quote after a label that names no one, the label opening its
    sentence, is the words of the one the sentence before it in its paragraph tells speaking (a
    verb of speech and its subject; a sentence that quotes nothing itself), as a record's or a
    clip's summary and then its transcription give them."""
    q = site.q
    if (labelled := _bare_label_sentence(ctx, site)) is None:
        return None
    si, para = labelled
    prev = ctx.sents[si - 1]
    if prev.start < para.start or v.MASK in ctx.masked[prev.start:prev.end]:
        return None  # (a sentence that quotes: the rules of that quote, ``continuation``)
    if _TEXT_OF_SOMEONE.search(ctx.masked, prev.start, prev.end) or \
            len({mt.actor for mt in ctx.mentions_in(prev.start, prev.end)}) > 1:
        return None  # ("Tusk said he had received a letter from Orbán. Our translation: …": whose words follow is not sure)
    for vm in [*verbs_in(ctx, prev.start, prev.end, False), *_SPEAKS.finditer(ctx.masked, prev.start, prev.end)]:
        subj = subject_of(ctx, vm.start(), vm.end(), prev.start)
        spk = resolve(ctx, subj) if subj is not None else None
        if spk:
            stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(prev.start, prev.end)])
            stmt.subject_pos = subj.start
            stmt.start = q.open  # (not the label)
            return stmt
    return None


#: A text read out or passed on by the narrator before a colon: "I read it aloud to the whole
#: room:", "she read out the post:", "We translated it:".
_READ_OUT = re.compile(r"(?<![\w-])(?:(?:(?:wrote|writes|copied|copies|typed|types|jotted|took|takes)\s+it\s+(?:out|down|up)|"
                       # (or copied it out: "N.J. wrote it out for 311:", "I took it down:")
                       r"(?:read|reads|reading|translated|quoted|reposted|repeated)\s+(?:it|out\s+the\s+"
                       r"(?:post|tweet|message|statement)|the\s+(?:post|tweet|message|statement)(?=\s+(?:aloud|out))))|"
                       # (or one rendering of it: "one English version reads:", "the official translation runs:")
                       r"(?:[Oo]ne|[Aa]n?|[Tt]he|[Oo]ur)\s+(?:[\w-]+\s+){0,2}?(?:version|translation|rendering)\s+(?:reads|runs|goes))(?![\w-])")
#: A text and whose it is: "a post of the President", "the statement by Đurić".
_TEXT_OF = re.compile(r"(?<![\w-])(?:a|the|another)\s+(?:new\s+|short\s+|long\s+)?(?:post|tweet|message|statement)\s+(?:of|by|from)\s+")
#: What may stand between a text read out and the colon: "aloud", "out loud", "to the whole room".
_READ_OUT_REST = re.compile(r"(?:\s+(?:aloud|out(?:\s+loud)?|again))?(?:\s+(?:to|for)\s+[^,;:.!?]{1,40})?\s*:\s*[*_]*")
#: Where the one a text read out was written by is told: "posted on X", "wrote on Facebook".
_POSTED = re.compile(r"(?<![\w-])(?:posted|wrote|tweeted)\s+(?:[\w'’-]+\s+){0,3}?on\s+" + v.PLATFORM_NAMES + r"(?![\w-])")


def _read_out(ctx: ArticleContext, site: QuoteSite, read: re.Match) -> Statement | None:
    """A text read out or copied before a colon ("I read it aloud to the whole room: “…”", "N.J.
    wrote it out for 311: “…”") is the words of whoever, in that sentence or the one before it,
    posted it ("A little after five the Serbian president posted on X."): the subject of that
    sentence, or the one a text is "of" ("reads a post of the President"), dated by it (not when another text or
    answer is told between: "Tusk answered within minutes. I read it aloud: …")."""
    si = ctx.sent_index(read.start())
    for back in range(si, max(-1, si - 2), -1):
        sent = ctx.sents[back]
        post = _POSTED.search(ctx.masked, sent.start, min(sent.end, read.start()))
        if post is None and (owned := _TEXT_OF.search(ctx.masked, sent.start, min(sent.end, read.start()))) is not None:
            # ("Lobby TV reads a post of the President, put on X at 17:14. N.J. wrote it out: “…”": its writer)
            x = next((y for y in ctx.cands_in(owned.end(), owned.end() + 60) if y.start == owned.end()), None)
            spk = resolve(ctx, x) if x is not None and x.kind in ("mention", "name", "role") else None
            if not spk:
                continue
            stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(sent.start, sent.end)])
            stmt.claim = (site.lo, site.close + 1)
            return stmt
        if post is None:
            continue
        x = _sentence_subject(ctx, sent.start, post.start())
        spk = resolve(ctx, x) if x is not None and x.kind in ("mention", "name", "role") else None
        if not spk:
            return None
        stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(sent.start, sent.end)])
        stmt.claim = (site.lo, site.close + 1)
        return stmt
    return None


#: An adverb that may come before the verb a quote opens with: '"strongly condemned"'.
_ADVERB_LEAD = re.compile(r"(?:[A-Za-z]+ly\s+)?")


def quoted_verb(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """'The European Union "strongly condemned" the attack', 'He "deeply regretted" the vote':
    a quote that opens with its clause's reporting verb is the predicate of the subject right
    before it (auxiliaries, a time or an aside may stand between: ``vocabulary.GAP_SUBJ_VERB``),
    or of the teller a reporting verb after it names ('…, Peskov said'); the statement is the
    clause, from that subject on. One quoted word is a scare quote, no statement."""
    q = site.q
    if q.close is None:
        return None
    lead = _ADVERB_LEAD.match(ctx.body, q.open + 1)
    vm = v.SPEECH.matcher.match(ctx.body, lead.end())
    if vm is None or vm.end() > q.close or vm.group().lower().endswith("ing") or site.words < 2:
        return None  # (one quoted word is a scare quote: 'The ministry "said" nothing of the sort')
    left = [x for x in ctx.cands_in(site.lo, q.open) if x.kind in ("mention", "name", "role", "pronoun")]
    if not left or not v.GAP_SUBJ_VERB.match(ctx.masked[left[-1].end:q.open]):
        return None  # ('Orbán has "categorically denied" …', 'Merz on Friday "strongly condemned" …')
    subj = left[-1]
    spk = resolve(ctx, subj)
    if (told := v.SPEECH.search(ctx.masked, q.close + 1, site.hi)) is not None:
        # ('The Kremlin "categorically rejected" the report, Peskov said': the one who says it)
        teller = subject_of(ctx, told.start(), told.end(), q.close + 1) or inverted_subject(ctx, told.end(), site.hi)
        spk = resolve(ctx, teller) if teller is not None else None
    if not spk:
        return None
    end = clause_end(ctx, q.close + 1, site.hi)
    stmt = _make(ctx, site, spk, vm, "partial", (q.open, end), [(site.lo, end)], (q.open, end), (q.close + 1, end))
    stmt.start, stmt.end = statement_words_start(ctx, site.lo, subj, q.open, q.open, subj.start), end
    stmt.subject_pos = subj.start
    stmt.claim = (subj.start, end)
    return stmt


#: A side's words that came from someone, before that one: "(Moscow's) answer came the same day
#: from ", "(the) reply came from ", "the first reaction came within the hour from ".
_CAME_FROM = re.compile(r"(?<![\w-])(?:answer|reply|response|retort|rejoinder|reaction|rebuke|comment|verdict|"
                        r"thought|message|line|word|voice|warning|post)s?\s+"
                        # (and a time between, after a comma: "A second thought arrives that evening, from his
                        # foreign minister, …")
                        r"(?:came|comes|arrived|arrives)\s+(?:(?:(?!from\b)[^:;“”\"¤]){0,40}?[\s,])?from\s+(?:the\s+|his\s+|her\s+|their\s+)?$")
#: Figures with their separators: a day, a time, a number ("08/10/2025, ", "17:14").
_FIGURES = re.compile(r"[0-9][0-9/:.,]*")
#: A topic after a comma in a lead-in, before the one it names: ", on ", ", about the ".
_TOPIC_AFTER_COMMA = re.compile(r",\s+(?:on|about|regarding|concerning)\s+(?:the\s+)?$")
#: An unnamed official of a body named by a common noun, who told an outlet: "An alliance official
#: told ", "an alliance official who spoke to … ".
_UNNAMED_OF_BODY = re.compile(r"(?<![\w-])(?:[Aa]n?|[Tt]he)\s+(?:(?:senior|top|unnamed|anonymous)\s+)?(?P<body>[a-z][\w-]+)\s+"
                              r"(?:official|spokes(?:wo)?man|spokesperson|diplomat|source|representative)\s+"
                              r"(?:who\s+)?(?:told|spoke\s+to|speaking\s+to|said\s+to)\s+$")
#: Between a state and its official on a speaker's label: ", Foreign Minister ", ", Ambassador ",
#: ", " (a roll call's "**Colombia, Foreign Minister María Ángela Holguín**").
_STATE_THEN_OFFICIAL = re.compile(r"[*_]*,[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,4}")


#: From an owner's possessive to the official it has: "'s foreign minister, ", "'s envoy, " (not
#: "'s reply to ", "'s talks with ": another named after a preposition; nor the one the owner acts
#: on, "Zakharova's target this week, Elina Valtonen: “a Russophobe …”": the owner's words).
_OWNER_THEN_OFFICIAL = re.compile(r"['’]s(?:[ \t]+(?!(?:to|with|for|against|about|on|of|from|by|at|over|in|into|under|"
                                  r"towards?|and|or|target|victim|subject|object|punchbag|scapegoat|butt)(?![\w-]))"
                                  r"[a-z][\w-]*){0,3}[ \t]*,?[ \t]*")


#: A list item's mark before a run-in heading in bold: "- **", "• __", "3. **".
_ITEM_MARK_BEFORE_BOLD = re.compile(r"[ \t]*" + v.LIST_MARK + r"[ \t]+(?=\*\*|__)")
#: A place after a participle of recording and a preposition in a lead: "recorded in ", "filmed at "
#: (not a lead's opening "In Ankara:", a source's place, "a government source in London:", nor a
#: text's, "A statement issued in Moscow:").
_PLACE_IN_LEAD = re.compile(r"(?<![\w-])(?i:recorded|filmed|taped|shot|heard|sung|spoken|written|photographed)"
                            r"(?:\s+by\s+(?:an?|the|his|her)\s+[a-z]+)?\s+(?:in|at)\s+$")


#: "it" as the object of the verb before it, the words themselves: "(His opening,) as the agencies
#: reported it", "as Reuters put it".
_IT_AS_OBJECT = re.compile(r"(?<![\w-])(?:reported|put|quoted|rendered|translated|carried|summed|phrased|worded|gave)\s+$")
#: A lead that opens with a possessive pronoun and the noun of the words: "His opening", "Her reply".
_POSSESSIVE_SPEECH_LEAD = re.compile(r"[\s*_]*(?:His|Her|Their)\s+(?:[a-z]+\s+)?(?:opening|reply|answer|response|words|"
                                     r"statement|remarks|message|verdict|argument|case|conclusion|closing|summary|retort)(?![\w-])")


#: An item's head in bold, perhaps a note in brackets after it, then a dash, before the lead-in of
#: the words: "**Remark A** *(stamped 08.10.2025 22:05)* — ", "**Item 3** — ".
_ITEM_HEAD_DASH = re.compile(r"[ \t]*" + v.BOLD_HEAD + r"[ \t]*(?:[*_]?\([^()\n]{1,60}\)[*_]?[ \t]*)?[—–][ \t]*")


#: What may stand between an item head's dash and the name of who speaks: an office's words ("Foreign
#: Minister "), not a preposition's phrase ("on Twitter, to ").
_HEAD_TO_NAME = re.compile(r"(?!(?:on|to|in|at|from|with|about|for|by)\s)(?:[\w'’.-]+\s+){0,4}")


#: The end of the last quotation before a lead-in in its sentence, and a conjunction after it: "… reads
#: “…” and ".
_AFTER_EARLIER_QUOTE = re.compile(r"[”\"](?!.*[”\"])[,;]?\s*(?:(?:and|but|while|then|as)\s+)?", re.S)


#: A lead that names only the source the words were taken from, perhaps how they were rendered: "From
#: the Serbian transcript, our translation:", "In the video of the press conference:", "From the minutes:".
_SOURCE_ONLY_LEAD = re.compile(r"[\s*_]*(?:[Ff]rom|[Ii]n)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:transcript|recording|video|"
                               r"footage|audio|clip|minutes|readout|record|text)(?:\s+of\s+[^,:;“”\"¤\n]{1,40})?"
                               r"(?:,\s*(?:in\s+)?(?:our|my|an?|the)\s+(?:own\s+)?(?:translation|rendering|English))?[*_]*\s*:\s*")


def colon_before(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """'Vučić: "…"', 'Orbán told state radio: "…"': the first candidate of a short lead-in (but a
    state's official after the state, and the one an answer came from: module doc, rule 10)."""
    m, q = ctx.masked, site.q
    if (same := _SAME_WORDS_LEAD.fullmatch(m, site.lo, q.open)) is not None and \
            not (same.group("label") and any(c.kind in ("mention", "name", "role", "pronoun")
                                             for c in ctx.cands_in(same.start("label"), same.end("label")))) and \
            not (same.group("via") and _person_in(ctx, *same.span("via"))) and \
            (stmt := _same_words(ctx, site, same.group("part") is not None, same)) is not None:
        return stmt  # ("The full sentence: “…”", "In the same interview: “…”": the words of the source before)
    if (version := _OUTLET_HAD_IT.search(m, max(site.lo, q.open - 120), q.open)) is not None and \
            not any(c.kind in ("mention", "name", "role", "pronoun") and not c.channel
                    for c in ctx.cands_in(site.lo, version.start("noun"))) and \
            (rendered := _rendered_statement(ctx, site)) is not None:
        # ("BIRN's English report had it as “…”": another rendering of words quoted just before,
        # whose voice goes on; the outlet is a channel)
        stmt = _goes_on(site, rendered, [(site.lo, q.open)])
        stmt.claim = (site.lo, site.close + 1)
        return stmt
    if not _COLON_END.search(m[site.lo:q.open]) or _topic_lead(ctx, m[site.lo:q.open], q.open):
        return None  # ("On Kosovo: “…”": the topic, and the voice before goes on)
    if elliptical_verb(ctx, site.lo, q.open) is not None and record_person(ctx, q.open) is not None:
        return None  # ("Context: Told Radio Free Europe: “…”": the record's person, ``who_field``; not the channel)
    lo = site.lo
    if (item := _ITEM_MARK_BEFORE_BOLD.match(m, lo, q.open)) is not None:
        lo = item.end()  # (a list item's mark before its run-in heading: "- **Lebanon remains the fault line.** …")
    if m.startswith(("*", "_"), lo) and (lead := BOLD_LEAD.match(m, lo, q.open)) is not None and \
            ":" not in lead.group()[-4:] and \
            (any(not after_preposition(ctx, c) for c in ctx.cands_in(lead.end(), q.open)) or
             not any(c.kind in ("mention", "name") and c.person for c in ctx.cands_in(lo, lead.end()))):
        lo = lead.end()  # ("**The Americans.** Our translation again: “…”": a run-in heading is no lead-in's subject;
        # but "- **Sikorski, Thursday.** Speaking in Warsaw: “…”" names the one who speaks)
    elif item is not None:
        lo = site.lo
    if (head := _ITEM_HEAD_DASH.match(m, lo, q.open)) is not None and not ctx.cands_in(head.start(), head.end()) and \
            (named := next((c for c in ctx.cands_in(head.end(), q.open) if c.kind in ("mention", "name", "role")), None)) \
            is not None and _HEAD_TO_NAME.fullmatch(m, head.end(), named.start):
        lo = head.end()  # ("**Remark A** *(stamped 08.10.2025 22:05)* — Serbia's president, on X, …: “…”": not the remark;
        # but "**Hunt** — on Twitter, to Zarif: “…”", "**Remark 1** *(Bourita, Rabat)* — at a press conference …" name the speaker)
    label_end = next((b for a, b in ctx.field_labels if a <= lo < b), None)
    if label_end is None and (plain := v.FIELD_LABEL.match(m, lo, q.open)) is not None and \
            not ctx.cands_in(lo, plain.end()):
        label_end = plain.end()  # ("Description: The defence-industry researcher Çağlar Kürç, to RKS News: “…”")
    if label_end is not None and ctx.cands_in(label_end, q.open):
        lo = label_end  # ("*Who said it:* Foreign Minister Marko Đurić, on X: “…”": the field's name is no lead-in)
    elif (note := CAPITALS_FIELD.match(m, lo, q.open)) is not None and not ctx.cands_in(lo, note.end()):
        lo = note.end()  # (an export's field in capitals: "* COMMENT: Then: “…”", "* COMMENT: La Russa, SOT: “…”")
    if (when := v.WHEN_BEFORE_DASH.match(m, lo, q.open)) is not None and ctx.cands_in(when.end(), q.open):
        lo = when.end()  # "- **June 2012, G20 in Los Cabos — CAMERON** to Kirchner: “…”": not Los Cabos
    elif (opening := _OPENING_CLAUSE.match(m, lo, q.open)) is not None:
        lo = opening.end()  # "Asked about Turkey afterwards, Orbán was effusive: “…”": not Turkey
    elif (dateline := v.DATELINE_LABEL.match(m, lo, q.open)) is not None and any(c.isdigit() for c in dateline.group("date")) \
            and ctx.cands_in(dateline.end(), q.open):
        lo = dateline.end()  # "- **Budapest, Wed 5 Mar, late evening:** Viktor Orbán on Facebook: “…”": not Budapest
    elif (box := _BOX_LABEL.match(m, lo, q.open)) is not None and ctx.cands_in(box.end(), q.open):
        lo = box.end()  # "[ DECEMBER 2022 · TV PINK ] Aleksandar Vučić, interviewed by the channel …: “…”": not the channel
    cs = [x for x in ctx.cands_in(lo, q.open) if x.kind in ("mention", "name", "role", "pronoun") and not _place_in_note(ctx, x)]
    if cs and len(_FIGURES.sub("", m[lo:cs[0].start]).strip()) > 40 and \
            (after := _AFTER_EARLIER_QUOTE.search(m, lo, q.open)) is not None and \
            (later := [x for x in cs if x.start >= after.end()]):
        # ("At 00:07:40 a caption reads “…” and a narrator reads the post Serbia's president, Aleksandar
        # Vučić, published that evening: “…”": the lead-in of the words opens after the quotation before it)
        lo, cs = after.end(), later
    if cs and all(x.kind == "pronoun" and x.text.lower() == "it" and _IT_AS_OBJECT.search(m, max(lo, x.start - 24), x.start)
                  for x in cs) and (own := _POSSESSIVE_SPEECH_LEAD.match(m, lo)) is not None:
        # ("His opening, as the agencies reported it:": the words are the possessive's, "it" is them)
        cs = [x for x in ctx.cands_in(lo, own.end()) if x.kind == "poss"][:1] or cs
    if not [x for x in cs if not x.channel] and (prev := ctx.last_quote)[0] is not None and prev[1] >= lo - 400 and \
            (ctx.para_index(prev[1]) == ctx.para_index(q.open) or
             # (or the line right under it: "* COMMENT: Then: “…”" under the comment that quoted, nothing
             # after the words on its line: not "Then: “…” — the crowd's chant, not his words.")
             ctx.masked.count("\n", prev[1], ctx.masked.rfind("\n", 0, q.open) + 1) == 1 and
             not m[site.close + 1:line_end(m, site.close + 1)].strip(" \t.,;*_\"”’")) and len(m[lo:q.open].split()) <= 8 and \
            not any(c.kind in ("mention", "name", "role") and resolve(ctx, c) != prev[0].speaker
                    for c in ctx.cands_in(prev[1], lo)) and \
            v.MASK not in m[lo:q.open] and _THEN_LEAD.match(m, lo) and \
            all(vm.group().endswith("ing") for vm in verbs_in(ctx, lo, q.open, True)):  # (not "Then Tusk said:")
        # ("Then, for anyone still asking: “…”", "And later: “…”", "Later, in the English of the Kosovo
        # press:": a lead that names no one but a channel and tells no speaking goes on with the voice
        # of the quote before in its paragraph)
        stmt = _goes_on(site, prev[0], [(site.lo, q.open)])
        stmt.claim = (site.lo, site.close + 1)
        return stmt
    if (bold := _BOLD_LABEL_COLON.search(m, lo, q.open)) is not None:
        # (a label in bold whose colon is inside it, "**Ukraine aid — TUSK:**", "**On Poland, SZIJJÁRTÓ:**": the
        # name right before the colon speaks, and no other; nobody when it is a place or a state)
        last = cs[-1] if cs and not m[cs[-1].end:bold.start()].strip(" *_") else None
        spk = resolve(ctx, last) if last is not None else None
        if spk is None or (a := ctx.reg.actors.get(spk)) is not None and a.kind == "state":
            return None
        cs = [last]
        lo = max(lo, m.rfind(",", lo, last.start) + 1, m.rfind("—", lo, last.start) + 1, m.rfind("–", lo, last.start) + 1)
    if all(x.kind == "pronoun" and x.text.lower() == "it" for x in cs) and \
            (read := _READ_OUT.search(m, lo, q.open)) is not None and _READ_OUT_REST.fullmatch(m, read.end(), q.open) \
            and (stmt := _read_out(ctx, site, read)) is not None:
        return stmt  # "I read it aloud to the whole room: “…”": the post's writer's
    if cs and all(x.channel for x in cs) and _OUTLETS_VERSION_LEAD.fullmatch(m, lo, q.open) and \
            (prev := ctx.last_quote)[0] is not None and prev[1] >= 0 and \
            0 <= ctx.para_index(q.open) - ctx.para_index(prev[1]) <= 1:
        # ("And from the Reuters version: “…”": another outlet's report of the same voice, which goes on)
        stmt = _goes_on(site, prev[0], [(site.lo, q.open)])
        stmt.claim = (site.lo, site.close + 1)
        return stmt
    if not cs and _RENDERING_LEAD.fullmatch(m, lo, q.open) and _subject_before(ctx, ctx.sent_index(site.lo)) is None:
        # ("Our translation again: “…”", "In my translation:": a note of the rendering; the voice of
        # the quote before, in this paragraph or the one before, goes on; not after a sentence that
        # tells of someone, "Peskov spoke to reporters later. Our translation: “…”", "Tusk said he
        # had received a letter from Orbán. Our translation: “…”": the other rules read those)
        if (prev := ctx.last_quote)[0] is not None and prev[1] >= 0 and \
                0 <= ctx.para_index(q.open) - ctx.para_index(prev[1]) <= 1:
            stmt = _goes_on(site, prev[0], [(site.lo, q.open)])
            stmt.claim = (site.lo, site.close + 1)
            return stmt
    if not cs and _REPLY_LEAD.match(m, lo, q.open):
        # "We asked the president's office on Friday … The reply, in full: “…”": the one asked
        asked = _asked_before(ctx, ctx.sent_index(lo), lo)
        if asked is None:
            return None
        stmt = _make(ctx, site, asked[0], None, site.kind, site.inner, [(site.lo, q.open), asked[1]])
        stmt.claim = (site.lo, site.close + 1)
        return stmt
    if len(cs) > 1 and _PLACE_OR_TIME_LEAD.match(m, lo) and after_preposition(ctx, cs[0]):
        # ("On France 2 television that Saturday Le Drian went further: “…”", "Then, with Mr Teodoro seated
        # beside him, he went further: “…”": the subject after the opening adjunct, when a verb follows it)
        subj = next((x for x in cs[1:] if not after_preposition(ctx, x)), None)
        while subj is not None and (nxt := next((x for x in cs if x.start > subj.start), None)) is not None \
                and not m[subj.end:nxt.start].strip():
            subj = nxt  # ("In Israel, the opposition leader Yair Lapid offered …": the name after its title)
        if subj is not None and (_VERB_AFTER_SUBJECT.match(m, subj.end) or _ASIDE_TO_COLON.fullmatch(m, subj.end, q.open)):
            cs = cs[cs.index(subj):]
            lo = max(lo, m.rfind(",", lo, subj.start) + 1)  # (the lead-in's length from the adjunct's comma)
    if len(cs) > 1:
        # "Analysts agree …, though Çağlar Kürç told Radio Free Europe that …: “…”": the subject of
        # the lead-in's last reporting verb, not the first one named
        for vm, ok in reversed(_verbs_before(ctx, site)):
            subj = subject_of(ctx, vm.start(), vm.end(), lo) if ok and vm.start() >= lo else None
            if (subj is None or after_preposition(ctx, subj)) and ok and vm.start() >= lo:
                # ("Çağlar Kürç of Abdullah Gül University told", "Christodoulides of Cyprus told")
                subj = next((x for x in reversed(cs) if x.end <= vm.start() and x.kind in ("mention", "name")
                             and x.person and not after_preposition(ctx, x)
                             and not re.search(r"[,;:]|\bthat\b", m[x.end:vm.start()])), None)
            if subj is not None and subj in cs and subj is not cs[0] and resolve(ctx, subj):
                cs = cs[cs.index(subj):]
                lo = max(lo, m.rfind(",", lo, subj.start) + 1)
            break
    if len(cs) > 1 and (head := _label_head(ctx, site, cs, lo)) is not None:
        lo, cs = max(lo, m.rfind(",", lo, head.start) + 1), cs[cs.index(head):]
    if cs and cs[0].channel and (unnamed := _UNNAMED_OF_BODY.search(m, max(lo, cs[0].start - 90), cs[0].start)) is not None \
            and len(bodies := role_candidates(ctx.reg, unnamed.group("body"), None)) == 1 and \
            ctx.reg.actors[bodies[0]].kind not in ("person", "state", "media") and \
            any(mt.actor == bodies[0] for mt in ctx.all_mentions):  # (a body the story names)
        # ("An alliance official told Radio Free Europe: “…”": the body the official's noun names by
        # its role, not the outlet told)
        stmt = _make(ctx, site, bodies[0], None, site.kind, site.inner, [(site.lo, q.open)])
        stmt.subject_pos, stmt.claim = unnamed.start("body"), (site.lo, site.close + 1)
        return stmt
    if len(cs) > 1 and cs[0].kind == "mention" and (state := ctx.reg.actors.get(cs[0].ref)) is not None and \
            state.kind == "state" and _STATE_THEN_OFFICIAL.fullmatch(m, cs[0].end, cs[1].start) and \
            cs[1].kind in ("mention", "name", "role") and (cs[1].person or cs[1].kind == "role") and \
            not m.startswith(("'s", "’s"), cs[1].end):  # (not "**Germany, Merz's critics**")
        cs = cs[1:]  # ("**Colombia, Foreign Minister María Ángela Holguín**, press conference …: “…”": the official)
    if len(cs) > 1 and cs[0].kind in ("mention", "role") and \
            _OWNER_THEN_OFFICIAL.fullmatch(m, cs[0].end, cs[1].start) and \
            cs[1].kind in ("mention", "name", "role") and (cs[1].person or cs[1].kind == "role") and \
            not after_preposition(ctx, cs[1]) and not m.startswith(("'s", "’s"), cs[1].end) and \
            not ctx.body[q.start:q.start + 1].islower():
        # (but a fragment in lower case is the owner's description of the one named: "Zakharova's
        # favourite enemy, Elina Valtonen: “a provincial politician who …”")
        # ("From the same office's foreign minister, Marko Đurić: “…”", "Belgrade's envoy, X, told
        # …": the official the owner has, not the owner; the name after the office)
        lo, cs = max(lo, cs[0].start), cs[1:]  # (the lead-in's length from the owner)
        cs = cs[cs.index(_office_holder(ctx, cs)):]
    if len(cs) > 1 and (giver := next((x for x in cs if x.kind in ("mention", "name", "role") and
                                       _CAME_FROM.search(m, max(lo, x.start - 70), x.start)), None)) is not None and \
            not m.startswith(("'s", "’s"), giver.end):  # (not "from Lavrov's deputy, Sergei Ryabkov": the deputy's)
        cs, lo = cs[cs.index(giver):], giver.start  # ("Moscow's answer came the same day from Lavrov: “…”": Lavrov's)
        cs = cs[cs.index(_office_holder(ctx, cs)):]  # ("… came from the Foreign Minister, Winston Peters: “…”")
    while cs and _place_in_lead(ctx, cs[0]):
        cs = cs[1:]  # ("A song recorded in Ankara on 12 February: “…”": a place, no speaker)
    while cs and not cs[0].channel and _TOPIC_AFTER_COMMA.search(m, max(lo, cs[0].start - 20), cs[0].start):
        cs = cs[1:]  # ("3 October 2022, Twitter, on Kenya's former president: “…”": whom the words are about)
    if cs and cs[0].kind in ("mention", "role") and v.TEXT_TO_BEFORE.search(m, max(lo, cs[0].start - 40), cs[0].start) and \
            not any(x.kind in ("mention", "name", "role") and x.start < cs[0].start for x in cs):
        return None  # ("An open letter to the Bulgarian people: “…”": the one written to; its writer is not named here)
    if cs and cs[0].kind in ("mention", "role") and _SENT_TO_BEFORE.search(m, max(lo, cs[0].start - 50), cs[0].start):
        return None  # ("Last wrote to the host on 8 October: “…”", a note's verb with its subject left out: the addressee)
    if (quoted_one := _QUOTED_PRONOUN_LEAD.search(m, lo, q.open)) is not None and \
            (who := resolve(ctx, Cand(quoted_one.start("p"), quoted_one.end("p"), "pronoun", None,
                                      quoted_one.group("p"), person=True),
                            exclude=next((resolve(ctx, x) for x in cs if x.start < quoted_one.start() and x.person
                                          and x.kind in ("mention", "name")), None))) is not None:
        # (not the one who quotes: "Valtonen spoke first. Tusk quoted her:" is Valtonen)
        # ("His State House quoted him too: “…”", "The press agency quoted her: “…”": the one quoted,
        # whoever quotes; a speaker does not quote themselves as "him")
        stmt = _make(ctx, site, who, None, site.kind, site.inner, [(site.lo, q.open)])
        stmt.claim = (site.lo, site.close + 1)
        return stmt
    if not cs and (owned := _IN_OWN_SPEECH_LEAD.fullmatch(m, lo, q.open)) is not None and \
            (who := resolve(ctx, Cand(owned.start("p"), owned.end("p"), "poss", None, owned.group("p"),
                                      person=True))) is not None:
        # ("In her State of the Nation Address: “…”", "In his letter of resignation:": the one whose
        # speech or text it is)
        stmt = _make(ctx, site, who, None, site.kind, site.inner, [(site.lo, q.open)])
        stmt.claim = (site.lo, site.close + 1)
        return stmt
    # (a lead-in of at most 40 characters before its speaker, its figures of a day and a time not counted:
    # "2. Reaction received 08/10/2025, 17:14, from the …")
    if not cs or len(_FIGURES.sub("", m[lo:cs[0].start]).strip()) > 40 or OTHERS_OF.match(m, cs[0].end):
        return None  # (nor others named by whom they are about: "Reuters has more from Tusk's critics: “…”")
    if (cited := _QUOTES_ANOTHER.search(m, cs[0].end, q.open)) is not None and \
            is_outlet_name(ctx.reg, resolve(ctx, cs[0]), cs[0].text or ""):
        # "Sabah quoted the Serbian president at length: “…”", "the portal cited the minister's
        # admission: “…”": the outlet passes on the words of the one it quotes (an outlet only:
        # "Tusk quoted NATO: “…”" is Tusk's)
        # (when no one is named right after the verb, "He cited the charter: “…”", the subject speaks)
        quoted = [x for x in ctx.cands_in(cited.end(), q.open) if x.kind in ("mention", "name", "role", "poss")]
        if quoted and len(m[cited.end():quoted[0].start].strip()) <= 12:
            cs = quoted
    if cs[0].channel and (given := next((x for x in cs[1:] if x.kind in ("mention", "name", "role") and not x.channel
                                         and (x.person or x.kind == "role") and not m.startswith(("'s", "’s"), x.end)
                                         and _MORE_FROM.search(m, max(lo, x.start - 40), x.start)), None)) is not None:
        cs = cs[cs.index(given):]  # ("The BBC has more from the minister: “…”": the minister's, through the outlet)
    elif cs[0].channel and _MORE_FROM_IN.search(m, lo, q.open):
        return None  # ("Polsat News has more from Sikorski's deputy:": someone unnamed, not the outlet)
    if cs[0].channel and \
            (told := next((x for x in cs[1:] if x.kind in ("mention", "name", "role") and not x.channel
                           and (x.person or x.kind == "role") and not after_preposition(ctx, x)), None)) and \
            (_OUTLET_REPORTED.match(m, cs[0].end, q.open) or _QUOTED_PASSIVE.match(m, told.end, q.open) or
             any(vm.start() - told.end <= 20 for vm in v.SPEECH.finditer(m, told.end, q.open))):
        # ("Egypt Independent reported on Sunday that the federation's chairman, Samir Zaher, would …:
        # “…”", "Radio Free Europe is reliable and the official is quoted directly: “…”": an outlet
        # tells of the one whose words follow; not "The Kyiv Independent wrote in an editorial that
        # Orbán had blocked the package: “…”", its own words)
        cs = cs[cs.index(told):]
    if cs[0].channel and _OUTLET_CARRIED_IT.fullmatch(m, cs[0].end, q.open) is not None and \
            (prev := ctx.last_quote[0]) is not None and 0 <= ctx.para_index(q.open) - ctx.para_index(ctx.last_quote[1]) <= 1:
        # ("The Herald had him saying “…”. AFP had it longer: “…”": the same words, the voice before's)
        stmt = _goes_on(site, prev, [(site.lo, q.open)])
        stmt.claim = (site.lo, site.close + 1)
        return stmt
    if cs[0].channel and (ran := _OUTLET_RAN_OWNERS.match(m, cs[0].end, q.open)) is not None and \
            not _ANOTHER_SOURCE_IN_TAIL.search(m, ran.end("poss"), q.open) and \
            not any(x.kind in ("mention", "name", "role") for x in ctx.cands_in(ran.end("poss"), q.open)) and \
            (owner := next((x for x in ctx.cands_in(ran.start("poss"), ran.end("poss")) if x.kind == "poss"), None)) is not None \
            and (spk := resolve(ctx, owner)) is not None and is_person(ctx, spk):
        # ("RTS1 ran his key sentence over the airport pictures: “…”": the words of whom "his" is, the outlet
        # only carried them)
        stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(site.lo, q.open)])
        stmt.claim = (site.lo, site.close + 1)
        return stmt
    if _WORDS_NOUN_BEFORE.search(m, lo, cs[0].start) is not None:
        # "Then the line Jakarta had feared: “…”": whose fear, not whose words; the voice of the
        # quote before, in this paragraph or the one before, goes on
        prev, prev_end = ctx.last_quote
        if prev is None or prev_end < 0 or not 0 <= ctx.para_index(q.open) - ctx.para_index(prev_end) <= 1:
            return None
        stmt = _goes_on(site, prev, [(site.lo, q.open)])
        stmt.claim = (site.lo, site.close + 1)
        return stmt
    if len(cs) > 1 and cs[0].kind == "mention" and not cs[0].person and cs[1].person and \
            cs[1].kind in ("mention", "name") and title_start(ctx, lo, cs[1].start) <= cs[0].start:
        cs = cs[1:]  # "The Pristina security analyst Mentor Vrajolli saw a trend: “…”": the name the title leads to
    spk = resolve(ctx, cs[0])
    if not spk and len(cs) > 1 and cs[0].kind == "role" and cs[0].text.lower().split()[-1] in POSTS and \
            len(m[lo:cs[1].start].strip()) <= 40:
        cs = cs[1:]  # "**The post.** The next day Xue Jian … wrote: “…”": a label, then the speaker
        spk = resolve(ctx, cs[0])
    if not spk:
        return None
    if len(cs) == 1 and _CLIP_NOUN.search(m, cs[0].end, q.open) is not None and is_outlet_name(ctx.reg, spk, cs[0].text or ""):
        # ("Clash Report had the clip up in English the same afternoon: “…”": an outlet carries the
        # words of the one its clip shows, told as the subject of the sentence before)
        spk = _subject_before(ctx, ctx.sent_index(cs[0].start))
        if spk is None:
            return None
    elif cs[0].channel and cs[0].kind in ("name", "mention") and (_TO_OUTLET.search(m, max(lo, cs[0].start - 8), cs[0].start) or
                                                      _POSSESSED_TEXT_AFTER.search(m, cs[0].end, q.open)):
        # ("To The Irish Times in March 2024:": the outlet told; "The Sahel Times printed his ending:": the
        # owner's words; but an outlet's own editorial, "The Caspian Herald, in its Tuesday editorial:", is its own)
        return None
    stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(site.lo, q.open)])
    stmt.claim = (site.lo, site.close + 1)  # the lead-in is the quote's attribution, not a statement
    stmt.subject_pos = cs[0].start
    return stmt


#: An outlet's carrying of the words told before, after its name, up to the colon: "(AFP) had it longer:",
#: "(Reuters) ran the same:" (its words need not render the ones before again, as ``_OUTLET_HAD_IT``'s do).
_OUTLET_CARRIED_IT = re.compile(r"\s+(?:had|has|ran|runs|carried|carries|printed|prints|gave|gives)\s+(?:it|them|the\s+same|"
                                r"the\s+(?:words|quote|line))(?:\s+(?:longer|in\s+full|too|also|verbatim|at\s+length|again))?"
                                # (nothing else before the colon: not "had it from a Cabinet source", "had it as a
                                # declaration of trade war")
                                r"[\s*_]*:[\s*_]*$")
#: An outlet that carried someone's words, named by a possessive pronoun: "ran his key sentence over the
#: airport pictures:", "aired her answer in full:", "printed their statement:".
_OUTLET_RAN_OWNERS = re.compile(r"\s+(?:ran|runs|aired|airs|carried|carries|printed|prints|showed|shows|played|plays|used|uses|"
                                r"broadcast|broadcasts|quoted|quotes|led\s+with|opened\s+with)\s+(?P<poss>his|her|their)\s+"
                                r"(?:[\w-]+\s+){0,2}?(?:sentence|line|words|quote|post|statement|message|remarks|answer|reply|"
                                r"tweet|soundbite|clip)s?(?![\w-])[^:;.!?\n]{0,60}:[\s*_]*$")
#: Another's answer after the owner's words: "… next to the reply from Mogadishu:".
_ANOTHER_SOURCE_IN_TAIL = re.compile(r"(?i)(?<![\w-])(?:reply|replies|response|responses|answer|answers|from|by)(?![\w-])")
#: A note's "the same source as the note before": "ibid.", "idem", "Ibid., p. 12".
_IBID = re.compile(r"(?<![\w-])(?:[Ii]bid|[Ii]dem)(?![\w-])")
#: An outlet's verb that relays what someone else says, then "that": "reported on Sunday that",
#: "said that" (not "wrote in an editorial that …", the outlet's own words).
_OUTLET_REPORTED = re.compile(r"\s+(?:[\w-]+\s+){0,1}(?:reported|reports|said|says|quoted|cited)\s+(?:[\w-]+\s+){0,3}?that\s")
#: A passive of quoting after its subject: "the official is quoted directly".
_QUOTED_PASSIVE = re.compile(r"\s+(?:is|was|were|are|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:quoted|cited)(?![\w-])")
#: A lead-in that only tells what came next: "Then, …:", "And later:", "Later, to the same
#: crowd:", "Finally:".
_THEN_LEAD = re.compile(r"[\s*_]*(?:[Tt]hen|[Aa]nd\s+(?:then|later|finally)|[Ll]ater|[Ff]inally|[Aa]fterwards|[Nn]ext)\b")
#: A lead-in that names more of the words of a source already cited, and no speaker: "The full
#: sentence:", "The line runs:", "The passage about Belgrade continues:", "In the same interview:",
#: a shotlist's "7. GRAPHIC: same post, second part:", "Same post (our translation):", a script's
#: "00:38 — Same reading, harder:" after its time code.
_SAME_WORDS_LEAD = re.compile(r"[\s*_]*(?:[A-Z][a-z]+(?:\s[a-z]+)?\.[*_]{1,2}\s+)?(?:\d{1,3}[.)]\s+|[-•]\s+|[A-Z]{1,3}\d{1,3}[*_]*\s*[·|—–:.-]\s*|[A-Z]{1,3}\.\d{1,3}[a-z]?[*_]*\s+|\d{1,2}:\d{2}(?::\d{2})?\s*[—–-]?\s*)?(?:[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2}\s*[:—–-]\s*)?(?:(?P<part>(?:(?:[Tt]hen|[Aa]nd)\s+(?:came|comes)\s+)?(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+){0,2}?|"
                              # (a log's shorthand, with no article: "Rest of the post, as RTS read it:")
                              r"(?=(?:Rest|End|Remainder)\s+of\s))"
                              r"(?:part|ending|end|line|lines|passage|sentence|opening|conclusion|close|rest|phrase|Rest|End|Remainder|remainder)"
                              r"(?:\s+(?:about|on)\s+[A-ZÀ-Ž][\w'’-]*)?"
                              r"(?:\s+of\s+(?:the|his|her|its|their|that)\s+(?:post|tweet|message|statement|text|letter|speech|interview|"
                              r"answer|reply))?"
                              # (and the channel it came by: ", as RTS read it", "as the agency quoted it")
                              r"(?P<via>,?\s+as\s+[^,:;¤“”\"\n]{1,40}?\s+(?:read|reads|quoted|quotes|reported|reports|carried|carries|"
                              r"rendered|renders|translated|translates)\s+it)?"
                              # (and what is said of it: "Then came the line everyone is quoting this morning:")
                              r"(?:\s+(?:that\s+)?(?:everyone|everybody|people|most|many|all|they|we)\s+(?:is|are|was|were)\s+"
                              r"[a-z]+ing(?:\s+[a-z]+){0,3})?"
                              r"(?:\s+(?:runs|reads|continues|goes\s+on|ran|read|went\s+on))?|"
                              # (a note of how the words came to us, "As translated in agency reports:",
                              # "As reported by local radio:": the words of the one the sentence before names)
                              r"(?P<source>[Aa]s\s+(?:quoted|translated|reported|rendered|transcribed|carried)"
                              r"(?:\s+(?:by|in|on)\s+[^:;¤“”\"\n]{1,60})?))|"
                              # (after an item's label and a comma: "Hazard statement H2, same interview:",
                              # "Exhibit B, from the same letter:"; a label that names no one, ``colon_before``)
                              r"(?P<label>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3},\s+)?"
                              # (a time into the text first: "Two minutes later the same post closes:", "Later, the same letter:")
                              r"(?:(?:[A-Z][a-z]+|\d{1,3})\s+(?:seconds?|minutes?|lines?|paragraphs?|pages?)\s+(?:later|on|down)\s*,?\s+|"
                              r"(?:Later|Then|Further\s+down)\s*,?\s+)?"
                              r"(?:(?:[Ii]n|[Ff]rom|[Aa]t|[Dd]uring)\s+the\s+|[Tt]he\s+)?(?<![\w-])[Ss]ame\s+"
                              # (or "Same day:" in a list of checked quotations: the voice before, that day)
                              r"(?P<channel>[A-Z][\w-]*\s+)?(?P<noun>" + v.SAME_TEXT_NOUNS + r"|day)"
                              # ("The same post began:", "The same letter ended:", "The same post had opened:")
                              r"(?:\s+(?:(?:had|has)\s+(?=[a-z]+ed|begun))?(?:began|begun|begins|opened|opens|ended|ends|closed|closes|continued|continues|went\s+on|"
                              r"goes\s+on|went\s+further|goes\s+further|ran|runs|read|reads|added|adds))?"
                              r"(?:,\s+[a-z]+(?:\s+[a-z]+){0,2})?"
                              # (and an outlet's rendering: "Same post, second half, Telegrafi's English:")
                              r"(?:,\s+[A-ZÀ-Ž][\w-]*['’]s\s+(?:English|translation|rendering|version))?"
                              r"(?:\s*\([^()\n]{1,60}\))?)[*_]*\s*:[*_]*\s*")


#: The words a text's noun is told with before its quote: "answered by WhatsApp: “…”" is a reply.
_TEXT_NOUN_WORDS = {"reply": ("repl", "answer"), "answer": ("answer", "repl"), "post": ("post",), "tweet": ("tweet", "post", "twitter"),
                    "speech": ("speech", "address"), "interview": ("interview", "told"), "letter": ("letter", "wrote"),
                    "statement": ("statement",), "message": ("message",), "video": ("video",), "clip": ("clip",),
                    "thread": ("thread",), "broadcast": ("broadcast",), "briefing": ("briefing",), "remarks": ("remark",)}
#: How many paragraphs back "the same reply" looks for the text it names.
_SAME_TEXT_PARAGRAPHS = 8


def _text_told_before(ctx: ArticleContext, site: QuoteSite, same: re.Match) -> Statement | None:
    """The statement of the text a "same" lead names, told with its noun's words and with the
    channel named ("From the same WhatsApp reply:" after "… answered by WhatsApp: “…”"), the last
    one in the few paragraphs before (``_SAME_TEXT_PARAGRAPHS``; a product's list, a digest's items
    a section or two below the story), when a quote of another voice stands between; else None."""
    channel = (same.group("channel") or "").strip().lower()
    stems = _noun_stems(same)
    if not stems:
        return None  # (no channel named: the voice before goes on, ``_same_words``)
    para = ctx.para_index(site.lo)
    for n, st in enumerate(st for st in reversed(ctx.statements) if st.start < site.lo and st.kind != "authorial"):
        if para - ctx.para_index(st.start) > _SAME_TEXT_PARAGRAPHS:
            break
        lead = ctx.masked[st.frame[0]:st.quote_inner[0]].lower()
        if (not channel or channel in lead) and any(stem in lead for stem in stems):
            # (with no channel named, "Same communiqué:" after another's quote: the last quote told
            # with that noun, "Michel's office issued a communiqué …: “…”", not the voice before)
            return st if channel or n else None
        if not channel and n == 0 and _told_with_noun(ctx, st.end, site.lo, stems):
            return None  # ("Aliyev's office published a readout …. Same readout:": the text just told, ``_same_words``)
    return None


def _noun_stems(same: re.Match) -> tuple[str, ...]:
    """The stems a "same" lead's text noun is told with: with a channel named, those of
    ``_TEXT_NOUN_WORDS``; with none, the first six letters of a text always told by its name
    (``_TOLD_BY_NAME``: "communiqué" -> "commun", "readout"); else none (a post, an interview, a
    press conference are often told only by their verb, "wrote on X:", and go on with the voice
    before)."""
    noun = same.group("noun").split()[-1].lower()
    if (same.group("channel") or "").strip():
        return _TEXT_NOUN_WORDS.get(noun, ())
    return (noun[:6],) if noun in _TOLD_BY_NAME else ()


#: The texts a story tells by their name, never by a verb alone (a post is "wrote on X:", a press
#: conference "told reporters:"): "Same readout:" is of a readout told above, or of no one.
_TOLD_BY_NAME = frozenset({"readout", "communiqué", "communique", "release", "declaration"})


def _told_with_noun(ctx: ArticleContext, lo: int, hi: int, stems: tuple[str, ...]) -> bool:
    """Whether the text between ``lo`` and ``hi`` names a text by one of the noun ``stems``."""
    between = ctx.masked[lo:hi].lower()
    return any(re.search(r"(?<![\w-])" + re.escape(stem), between) for stem in stems)


def _same_words(ctx: ArticleContext, site: QuoteSite, part: bool, same: re.Match | None = None) -> Statement | None:
    """The statement of a ``_SAME_WORDS_LEAD``'s quote. "In the same interview:" goes on with the
    voice of the quote before, in this paragraph or the one before (with none, as a part does). A
    ``part`` of the words ("The full sentence:", "The line runs:", "The passage about Belgrade
    continues:") is the words of the one person the sentence before names as its subject (an endnote's source, "AV to TV Pink, 20
    Dec. 2022, as reported by TASS the next day. The full sentence: “…”"); when that sentence names
    no one, of the voice of the quote that ends in it or just before it (or in the paragraph
    before, after a note's "ibid."); else None."""
    q = site.q
    si = ctx.sent_index(site.lo)
    prev, prev_end = ctx.last_quote
    # (near the quote before or the source line under it, "> “…”" over "> Shashi Tharoor, …, on Twitter, …")
    signed_end = max([prev_end] + [b for a, b in prev.date_zone if a >= prev_end]) if prev is not None else prev_end
    near = prev is not None and prev_end >= 0 and 0 <= ctx.para_index(q.open) - ctx.para_index(signed_end) <= 1
    named: list = []
    before = None
    if si >= 1 and (ctx.para_index(ctx.sents[si - 1].start) == ctx.para_index(site.lo) or
                    same is not None and ctx.para_index(ctx.sents[si - 1].start) == ctx.para_index(site.lo) - 1 and
                    not ctx.masked[ctx.paras[ctx.para_index(site.lo)].start:site.lo].strip() and
                    ctx.paras[ctx.para_index(site.lo)].kind == ctx.paras[ctx.para_index(site.lo) - 1].kind == "text"):
        # (or, for a lead that opens its paragraph, the last sentence of the paragraph before, both
        # prose, not a list's items: "Vučić spoke to reporters on Thursday.\n\nAs translated in agency
        # reports: “…”")
        before = ctx.sents[si - 1]
        named = [c for c in ctx.cands_in(before.start, before.end) if c.kind in ("mention", "name", "role")
                 and not c.channel and not after_preposition(ctx, c)]
    people = {resolve(ctx, c) for c in named if c.person} - {None}
    if same is not None and same.group("source") and before is not None and \
            len({x.ref or x.text for x in ctx.cands_in(before.start, before.end)
                 if x.kind in ("mention", "name") and x.person}) > 1:
        return None  # ("Đurić reacted angrily to Kurti's speech. As reported by …: “…”": whose words, the note does not say)
    told = _text_told_before(ctx, site, same) if not part and same is not None and same.group("noun") else None
    # (a text always told by its name, "Same readout:", no channel named: ``_noun_stems``)
    stems = _noun_stems(same) if not part and same is not None and same.group("noun") and not same.group("channel") else ()
    # (that text told since the quote before, "Aliyev's office published a readout of his meeting
    # with Michel. Same readout: “…”": the one person that sentence names)
    fresh = told is None and bool(stems) and prev_end >= 0 and _told_with_noun(ctx, prev_end, site.lo, stems)
    # (one that neither the voice before nor any quote above was told with: whose it is, the lead
    # does not say; not the voice before)
    if stems and told is None and not (fresh and len(people) == 1 and named) and not (
            prev is not None and (_told_with_noun(ctx, prev.frame[0], prev.quote_inner[0] if prev.quote_inner else prev.start, stems)
                                  or any(_told_with_noun(ctx, a, b, stems) for a, b in prev.date_zone))):
        # (the voice before told with it on its source line too, "> “…”" over "> Shashi Tharoor, …, on Twitter, …"
        # before "The same tweet began:")
        # (or one told just before with several people, "… readout of the envoy's meeting with King
        # Salman, at which von Sydow handed over letters from Löfven …"): nobody's, by any rule
        ctx.unresolved_quotes.add(q.open)
        return None
    if told is not None:
        stmt = _goes_on(site, told, [(site.lo, q.open)])  # ("From the same WhatsApp reply:" sections after the reply)
    elif fresh and len(people) == 1 and named:
        stmt = _make(ctx, site, people.pop(), None, site.kind, site.inner, [(before.start, before.end), (site.lo, q.open)])
    elif not part and near:
        stmt = _goes_on(site, prev, [(site.lo, q.open)])
    elif len(people) == 1 and named and (named[0].person or ctx.masked.startswith(("'s", "’s"), named[0].end)):
        # (a part; or a note's "In the same interview:" after its cite; the person after a state's
        # possessive too, "Kosovo's prime minister Albin Kurti was interviewed …")
        stmt = _make(ctx, site, people.pop(), None, site.kind, site.inner, [(before.start, before.end), (site.lo, q.open)])
    elif not named and near and (prev_end >= ctx.sents[max(0, si - 1)].start or
                                 si >= 1 and _IBID.search(ctx.masked, ctx.sents[si - 1].start, ctx.sents[si - 1].end)):
        # (right after that quote, or after a note's "ibid."; not after a sentence of its own,
        # "Qatar's foreign ministry issued a statement on Wednesday. The line reads: “…”")
        stmt = _goes_on(site, prev, [(site.lo, q.open)])
    else:
        return None
    stmt.claim = (site.lo, site.close + 1)
    return stmt


#: What an outlet carries that shows someone speaking: "had the clip up", "ran the video".
_CLIP_NOUN = re.compile(r"(?<![\w-])(?:clip|clips|video|footage|recording|audio|soundbite|excerpt)(?![\w-])")


def _subject_before(ctx: ArticleContext, si: int) -> str | None:
    """The person the sentence before sentence ``si`` in its paragraph opens with as its subject
    ("He opened with it."), resolved; else None."""
    if si < 1 or ctx.para_index(ctx.sents[si - 1].start) != ctx.para_index(ctx.sents[si].start):
        return None
    sent = ctx.sents[si - 1]
    lo = sent.start
    if ctx.masked.startswith(("*", "_"), lo) and (lead := BOLD_LEAD.match(ctx.masked, lo, sent.end)) is not None:
        lo = lead.end()  # (past a run-in heading: "**Too sharply.** He opened with it.")
    first = next((c for c in ctx.cands_in(lo, sent.end) if c.kind in ("mention", "name", "role", "pronoun")), None)
    if first is None or ctx.masked[lo:first.start].strip(" *_"):
        return None
    ref = resolve(ctx, first)
    return ref if ref and (a := ctx.reg.actors.get(ref)) is not None and a.kind == "person" else None


#: A label in square brackets opening a line, a chart's box or a script's cue: "[ DECEMBER 2022 ·
#: TV PINK ] ", "[ 8 OCT · X, 17:14 ] ".
_BOX_LABEL = re.compile(r"[\s*_>-]*\[[^\[\]\n“”\"]{1,60}\][ \t]*")
#: A time, a place or company that opens a colon lead, before its subject, perhaps after "Then,": "On France 2
#: television that Saturday ", "At a briefing in Moscow ", "In Davos ", "Then, with Mr Teodoro beside him, ".
_PLACE_OR_TIME_LEAD = re.compile(r"[\s*_]*(?:(?:Then|Later|Earlier|Afterwards|And|But),?\s+)?(?:On|In|At|During|[Ww]ith)\s")
#: A finite verb right after a subject (a lower-case word that is not a preposition or a joiner).
_VERB_AFTER_SUBJECT = re.compile(r"\s+(?!(?:to|and|or|of|for|in|on|at|with|from|by|about)\b)[a-z]{2,}")


#: A verb by which an outlet passes on another's words: "Sabah quoted the president: “…”",
#: "Xinhua carried remarks by Lin Jian: “…”".
_QUOTES_ANOTHER = re.compile(r"(?<![\w-])(?:quoted|quotes|quoting|cited|cites|citing|" + v.CARRIED_WORDS +
                             r")(?![\w-])(?!\s+by\b)")


#: An aside between a lead-in's subject and its colon: "(At the SADC meeting Mr Membe), after talks
#: with his Malawian counterpart Ephraim Chiume:".
_ASIDE_TO_COLON = re.compile(r"\s*,\s*(?:after|before|during|following|speaking|talking|in|at|on|with|to)\s"
                             r"[^:;¤“”\"\n]{1,90}:\s*")
#: A lead-in that is a person's own speech or text, by a possessive: "In her State of the Nation
#: Address:", "In his letter of resignation:", "In his New Year message, broadcast on Sunday:".
_IN_OWN_SPEECH_LEAD = re.compile(r"[\s*_]*(?:In|And\s+in|Later\s+in|Then,?\s+in|"
                                 # (or a time before, and an occasion of one's own: "A year later, at his press
                                 # conference of Thu 9 Oct 2025:")
                                 r"(?:[A-Z][a-z]*(?:\s+[a-z]+){0,3},\s+)?(?:in|at|At))"
                                 r"\s+(?P<p>his|her)\s+(?:[\w'’-]+\s+){0,6}?"
                                 r"(?i:address|speech|statement|interview|post|letter|message|remarks|lecture|sermon|"
                                 r"homily|broadcast|column|reply|answer|tweet|op-ed|press\s+conference|news\s+conference|"
                                 r"briefing|rally)(?:\s+(?:of|on|to)\s+[^:;¤“”\"\n]{1,40})?"
                                 r"(?:\s*,[^:;¤“”\"\n]{1,50})?\s*:\s*")
#: A lead-in that quotes a person named by an object pronoun, right before the quotation: "His
#: State House quoted him too:", "The agency quoted her as saying:", "Agencies quote him as adding:".
_QUOTED_PRONOUN_LEAD = re.compile(r"(?<![\w-])(?:quoted|quotes|quote|cited|cites|cite)\s+(?P<p>him|her)"
                                  r"(?:\s+(?:too|also|again|directly|in\s+full|at\s+length))?"
                                  r"(?:\s+as\s+(?:saying|adding|writing|stating|declaring|warning|insisting|telling\s+[\w\s]{1,30}?))?"
                                  r"\s*[:,]?\s*$")


#: The one written to or spoken of, right before a label's last comma: "A letter from La Paz to the
#: Chilean foreign minister, (Roberto Ampuero):", "The EU's verdict on Kosovo's prime minister, (Albin
#: Kurti):", "The reply about Kosovo's president, (Vjosa Osmani):" name after the comma the one the
#: words go to or are about, not the one who speaks (a preposition, then a noun phrase: not "After a
#: call with Rouhani," whose object is a name, nor "For the government," which opens the label).
_ADDRESSEE_BEFORE_COMMA = re.compile(r"(?<![\w-])(?:to|for|about|on|of|against|with|addressed\s+to)\s+"
                                     r"(?:the\s+|[A-Z][\w'’-]*['’]s\s+)(?:[\w'’-]+\s+){0,4}?[a-z][\w'’-]*\s*,$")
#: What may follow a label's head before its colon: a party in brackets, the channel ("Zelensky on
#: Twitter:", "Jim Shannon (DUP):").
_LABEL_TAIL = re.compile(r"\s*(?:\([^()¤]{1,40}\)\s*)?(?:,?\s*(?:on|via|in|to)\s+[^,:;“”\"¤]{1,40}?\s*)?:\s*")
#: An opening participle, adjunct or clause before a colon lead's speaker: "Asked about Turkey
#: afterwards, ", "Speaking in Ankara, ", "After the talks with Erdoğan, ", "When he mentioned the
#: proposal, ", "On Tuesday, addressing the council, ".
_OPENING_CLAUSE = re.compile(r"\s*(?:[-*•]\s+)?(?:(?:Asked|Pressed|Questioned|Challenged)\b[^,:;“”\"¤]{1,80},\s*"
                             # ("Asked by the ABC's political editor, Andrew Probyn, why …, he did not deny
                             # it": the asker's name in apposition is no speaker; up to the pronoun's comma)
                             r"[A-ZÀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-Ž][\w'’.-]*){0,3},\s*(?:[^,:;“”\"¤]{1,80},\s*)?"
                             r"(?=(?:he|she|they|we|I)\s)|"
                             r"(?:Asked|Speaking|Pressed|Questioned|Writing|After|Before|During|Following|"
                             r"Later|Earlier|Back\s+in|Returning|When|While|Once)\b[^,:;“”\"¤]{1,80},\s*|"
                             # (any participle that opens the lead: "Announcing the decision on Wednesday 20
                             # December 2023, the Tánaiste, Micheál Martin: “…”"; not a place, "Beijing, …", nor one
                             # that brings in another's words, "Quoting President Bio's speech, the MP …:")
                             r"(?!Beijing|Nothing|Something|Everything|Anything|Quoting|Citing|Reading|Paraphrasing|Recalling|"
                             r"Echoing|Repeating)[A-Z][a-z]{2,}ing\s[^,:;“”\"¤]{1,80},\s*|"
                             # (a participle of speaking after a paragraph's number and a time: "3.2 On
                             # Tuesday 11 October, addressing the Eurasian Islamic Council in Istanbul, ")
                             r"(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:On|In|At|Late|Early|That)\b[^,:;“”\"¤]{1,40},\s*)?"
                             r"(?:addressing|speaking|writing|replying|responding|answering|turning)\b[^,:;“”\"¤]{1,80},\s*)")



#: A line's field label in capitals, before the words it holds: "* COMMENT: ", "NOTE: " (not a
#: label of the words' kind after a name, "La Russa, SOT:").
CAPITALS_FIELD = re.compile(r"[ \t>]*(?:[-*•][ \t]+)?(?:\*\*|__)?[A-Z]{2,}(?:[ \t][A-Z]{2,}){0,2}(?:\*\*|__)?:(?:\*\*|__)?[ \t]+(?=\S)")
#: A news alert's tag before its words: "BREAKING:", "UPDATE —", "CORRECTED:".
_ALERT_TAG = re.compile(r"(?:BREAKING|UPDATED?|CORRECTED|CORRECTION|URGENT|FLASH|EXCLUSIVE|JUST\s+IN)\s*[:—–-]\s*")


#: The section an edit summary names, and a new section's mark: "(→Reactions: ", "(→9 October: new section. ".
_EDIT_SECTION = re.compile(r"\(→[^:()\n]{1,60}:\s*(?:new\s+section\.?\s*)?")


#: A day that opens a line before a label, then a comma, a dot or a dash: "11 Oct 2024, ", "Thu 9 Oct · ".
_LABEL_DAY = re.compile(r"(?:[A-Z][a-z]{2,8}\.?,?\s+)?\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?\s*[,·—–]\s*")


def label_lead(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """'Kurti: drones “…”', 'Kosovo's Osmani: Vučić “…”', 'Vučić on Erdoğan: “…”', 'NATO: activity in
    Kosovo's airspace must be “…” with KFOR': a line that opens (after an alert's time and tag)
    with a label of at most five words naming who speaks, then a colon, then words with the
    quote and no verb of speech, as an alert or a headline gives someone's words (not a list of
    links to other stories). The speaker is
    the label's last name not after a preposition ("on Erdoğan", "in January" say the topic and
    the time)."""
    q, m = site.q, ctx.masked
    para = ctx.paras[ctx.para_index(q.open)]
    if para.kind == "bullet" and _under_links_heading(ctx, para.start):
        return None  # ("**RELATED**" over "- Vučić: Turkey wants an empire, “…” (9 October)": a link's title)
    cell = table_cell_at(m, q.open)
    lo = cell[1] if cell else para.start  # (a table's cell: "| Wed 8 Oct, 20:05 | Đurić: …")
    sent_lo = ctx.sents[ctx.sent_index(q.open)].start
    if not cell and sent_lo > lo and v.MASK not in m[lo:sent_lo]:
        # (or a later sentence of its paragraph, with no quote before it: a definition, then "Marko
        # Đurić, Serbia's foreign minister, on X last night: the delivery was “…”")
        lo = sent_lo
    lo = lo + _stamp_end(m[lo:q.open])
    lo = lo + len(m[lo:q.open]) - len(m[lo:q.open].lstrip(" *_#>-—–·"))
    if (tag := _ALERT_TAG.match(m, lo, q.open)) is not None:
        lo = tag.end()
    if (note := CAPITALS_FIELD.match(m, lo, q.open)) is not None and not ctx.cands_in(lo, note.end()):
        lo = note.end()  # (an export's field in capitals before the words: "* COMMENT: Frattini, SUPER: the verdict “…”")
    if (day := _LABEL_DAY.match(m, lo, q.open)) is not None:
        lo = day.end()  # (a day before the label, a timeline's item: "11 Oct 2024, Erdoğan in Belgrade: relations in “…”")
    # (an edit summary in a wiki's revision history: "… bytes (+390) (→Reactions: Đurić on X: Serbia
    # “…”)": its words begin after the section it names)
    arrow = m.rfind("(→", lo, q.open)
    if arrow >= 0 and (section := _EDIT_SECTION.match(m, arrow, q.open)) is not None:
        lo = section.end()
    colon = m.find(":", lo, q.open)
    if colon < 0:
        return None
    # (the label's count of words leaves out a state's office before the name and a time after
    # it: "Kosovo's prime minister, Albin Kurti, on 8 October: the delivery “…”")
    core = m[lo:colon]
    # (and an office apposed after the name, and where and when the words came: "Marko Đurić, Serbia's
    # foreign minister, on X last night: the delivery was “…”")
    first = next((x for x in ctx.cands_in(lo, colon) if x.kind in ("mention", "name")), None)
    apposed = _LABEL_APPOSITION.match(m, first.end, colon) if first is not None and first.person else None
    if apposed is not None and _LABEL_CHANNEL_TIME.fullmatch(m, apposed.end(), colon) is not None:
        core = m[lo:first.end]
    else:
        apposed = None
    if (timed := _LABEL_TIME.search(core)) is not None:
        core = core[:timed.start()]
    if (office := _POSSESSOR_BEFORE.match(core)) is not None:
        core = core[office.end():]
    titled = first is not None and first.person and _only_titles(m[lo:first.start])
    if titled and core.startswith(m[lo:first.start]):
        core = core[first.start - lo:]  # (nor the titles before the name: "Foreign Minister Marko Đurić, on X: the decision “…”")
    if ctx.sent_index(colon) != ctx.sent_index(q.open) or not 0 < len(core.split()) <= 5 \
            or verbs_in(ctx, lo, q.open, False) or _topic_lead(ctx, m[lo:colon + 1], colon + 1):
        return None
    cs = [x for x in ctx.cands_in(lo, first.end if apposed is not None else colon)
          if x.kind in ("mention", "name", "role") and not after_preposition(ctx, x)
          and not _IN_BRACKETS.search(m, lo, x.start)]  # ("Tusk (Poland):": the bracket says whose)
    if not cs or re.sub(r"[\W_]+", "", m[lo:cs[0].start]) and not _POSSESSOR_BEFORE.fullmatch(m, lo, cs[0].start) and \
            not (titled and cs[0] is first):
        return None  # (the label opens with its speaker, its titles, or a state's possessive: "Kosovo's Osmani")
    if len(cs) > 1 and not _POSSESSOR_BEFORE.fullmatch(m, cs[0].start, cs[1].start):
        return None  # ("Tusk and Orbán: a feud that …": a topic)
    if OTHERS_OF.match(m, cs[-1].end) or m.startswith(("'s", "’s"), cs[-1].end):
        return None  # ("Tusk's critics in Warsaw were blunt:": others, unnamed; "Kabba's visit to Yenga:": a topic)
    speaker = resolve(ctx, cs[-1])
    actor = ctx.reg.actors.get(speaker or "")
    if speaker is None or is_outlet_name(ctx.reg, speaker, cs[-1].text or "") or \
            (actor.kind == "state" if actor is not None else speaker.startswith("the ")):
        return None  # (a place or a state is the topic of a label: "Turkey: No comment from Ankara on the “…”",
        # "BUDAPEST: …"; an office no one is found for, "The prime minister of Poland:", is no one)
    # (what stands between the colon and the quote is said too: the words' subject, "Vučić “seems …”")
    stmt = _make(ctx, site, speaker, None, site.kind, (colon + 1, q.end), [(lo, colon)])
    stmt.start = colon + 1 + len(m[colon + 1:q.open]) - len(m[colon + 1:q.open].lstrip())
    stmt.end = site.through_close
    return stmt


def _only_titles(text: str) -> bool:
    """Whether ``text``, right before a name, holds only its titles, the first in capitals ("Foreign
    Minister ", "President ", a label's "Foreign minister "), one at least."""
    words = text.split()
    return bool(words) and words[0][0].isupper() and all(w.lower().rstrip(".") in v.TITLE_WORDS for w in words)


#: The heading of a list of links to other stories: "RELATED", "Read more", "See also".
_LINKS_HEADING = re.compile(r"(?i)[\W_]*(?:related(?:\s+(?:stories|articles|coverage|reading))?|read\s+more|see\s+also|"
                            r"more\s+(?:on|from|about|stories)\b[\w\s'’]{0,30}|also\s+(?:on|read|in)\b[\w\s'’]{0,30}|"
                            r"further\s+reading|most\s+read|recommended|you\s+may\s+also\s+like|elsewhere)[\W_]*")


def _under_links_heading(ctx: ArticleContext, start: int) -> bool:
    """Whether the list item at ``start`` is in a list of links (``_LINKS_HEADING`` over its list)."""
    before = [p for p in ctx.article.passages if p.end <= start and p.kind != "excluded"]
    while before and before[-1].kind == "bullet":
        before.pop()
    return bool(before) and before[-1].kind == "heading" and \
        _LINKS_HEADING.fullmatch(ctx.article.text, before[-1].start, before[-1].end) is not None


#: An open bracket before a point: it stands inside brackets ("Tusk (Poland").
_IN_BRACKETS = re.compile(r"\([^)]*$")
#: A state's possessive before the name of a label: "Kosovo's ", "Serbia's ".
_POSSESSOR_BEFORE = re.compile(r"[A-Z][\w-]*['’]s\s+(?:(?:[a-z-]+\s+){0,2}[a-z-]+,\s+)?")  # (and an office: "Kosovo's president, ")
#: An office apposed to a label's name, between commas: ", Serbia's foreign minister, ".
_LABEL_APPOSITION = re.compile(r",\s+[^,:;“”\"¤\n]{3,60}?,\s*")
#: Only where and when after it, up to the label's colon: "on X last night", "to RTS on Thursday".
_LABEL_CHANNEL_TIME = re.compile(r"(?:(?:on|to|in|at|via)\s+[\w.-]+(?:\s+[\w.-]+){0,2}?\s*)?"
                                 r"(?:(?:on\s+|late\s+|early\s+)?(?:last\s+night|yesterday|today|this\s+(?:morning|evening)|"
                                 r"that\s+(?:day|evening|night)|the\s+same\s+(?:day|evening|night)|"
                                 r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|"
                                 r"\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)\s*)?")
#: A time after a label's name: ", on 8 October", ", the same evening", ", 9 October 2025".
_LABEL_TIME = re.compile(r",\s+(?:(?:on|in)\s+)?(?:the\s+same\s+(?:day|morning|afternoon|evening|night)|"
                         r"[A-Za-z]{0,9}\s*\d{1,2}(?:\s+[A-Z][a-z]+)?(?:\s+\d{4})?|[A-Z][a-z]+\s+\d{1,2}(?:,?\s+\d{4})?)\s*$")


def according_to(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """'"…," according to X': X, when the quote has four words or more; "in her view, had
    “humiliated Croatia”", "in his words": whose the words are, however short; "Pandor was right
    that “…”": hers; 'For X, …, Y “…”': a person's view, X, when the quote has four words or more."""
    for am in v.ACCORDING.finditer(ctx.masked, site.lo, site.hi) if site.words >= 4 else ():
        at = am.end()
        doc = _DOCUMENT_FROM.match(ctx.masked, at)  # "according to a readout from Carney's office"
        if doc is not None:
            at = doc.end()
        cs = ctx.cands_in(at, site.hi)
        if cs and cs[0].start == at:
            spk = resolve(ctx, cs[0])
            if spk and v.NORM_AFTER_NAME.match(ctx.masked, cs[0].end) and not is_person(ctx, spk):
                continue  # ("according to NATO standards": a body's norm, no source of words)
            if spk:
                return _make(ctx, site, spk, None, site.kind, site.inner, [(site.lo, site.hi)])
    # "In his words: “…”", "in the words of X, “…”", "To quote X, “…”", "As X put it, “…”": whose the words are
    for wm in _IN_WORDS.finditer(ctx.masked, site.lo, site.q.open) if _IN_WORDS_CUE.search(ctx.masked, site.lo, site.q.open) \
            else ():
        opens = not ctx.masked[site.lo:wm.start()].strip(" \t*_>-•\"“")
        if wm.group("poss"):
            spk = resolve(ctx, Cand(wm.start("poss"), wm.end("poss"), "poss", None, wm.group("poss")))
        else:
            who = next(g for g in ("who", "who2", "who3", "who4") if wm.group(g))
            cs = [x for x in ctx.cands_in(wm.start(who), wm.end(who)) if x.kind in ("mention", "name", "role", "pronoun")]
            spk = resolve(ctx, cs[0]) if cs and cs[0].end == wm.end(who) else None
        if spk:
            # (what the words are about: after the lead when it opens the sentence, "In his view,
            # Orbán “…”"; else the whole sentence, "Russia, in her view, was “…”")
            about = wm.end() if opens else site.lo
            stmt = _make(ctx, site, spk, None, site.kind, (about, site.hi), [(site.lo, site.hi)])
            if site.kind == "partial" and not opens:
                # (a few words quoted in a sentence that gives them as hers: the row cites the
                # sentence, "The Croatian government, in her view, had “humiliated Croatia”")
                stmt.start, stmt.end = site.lo + _lead_space(ctx, site.lo), site.through_close
            return stmt
    # "Pandor was right that “…”": the words of the one the writer agrees with
    before_quote = ctx.masked[site.lo:site.q.open]  # (a quick test first: ``re`` cannot skip ahead in the pattern)
    right = _RIGHT_THAT.search(ctx.masked, site.lo, site.q.open) \
        if "right" in before_quote or "correct" in before_quote else None
    if right is not None:
        who = [x for x in ctx.cands_in(site.lo, right.start()) if x.kind in ("mention", "name", "role", "pronoun")]
        if who and re.fullmatch(r"\s*", ctx.masked[who[-1].end:right.start()]) and (spk := resolve(ctx, who[-1])):
            return _make(ctx, site, spk, None, site.kind, site.inner, [(site.lo, site.hi)])
    # "For Gérard Guillerm, a researcher at …, Milei “broke one of the rules …”": a person's view
    lead = _FOR_PERSON.match(ctx.masked, site.lo, site.q.open) if site.words >= 4 else None
    if lead is not None:
        cs = ctx.cands_in(lead.end(), site.q.open)
        appositive = _APPOSITIVE_COMMA.match(ctx.masked, cs[0].end, site.q.open) if cs else None
        if appositive is not None and cs[0].start == lead.end() and cs[0].kind in ("mention", "name") and \
                cs[0].person:
            spk = resolve(ctx, cs[0])
            if spk:  # what the view is about begins after the person and the appositive
                return _make(ctx, site, spk, None, site.kind, (appositive.end(), site.hi), [(site.lo, site.hi)])
    return None


#: Words given as someone's: "In his words", "in her own words", "in the words of X", "In X's
#: words", "To quote X", "As X put it" (X, up to the possessive or the verb: group ``who``;
#: "As the prime minister put it": a role, resolved as one); and a view given as someone's, "in
#: her view", "in X's opinion" ("In the view of X, …" is ``_FOR_PERSON``'s; not "In Hungary's opinion
#: polls").
_WORDS_OR_VIEW = r"(?:own\s+)?(?:words|view|opinion|estimation|judge?ment)(?!\s+(?:polls?|pieces?|columns?|surveys?|writers?|formers?|makers?|pages?|sections?|leaders?))"
_IN_WORDS = re.compile(r"(?<![\w-])(?:[Ii]n\s+(?:(?P<poss>his|her|their|its)\s+" + _WORDS_OR_VIEW + r"|the\s+(?:own\s+)?words\s+of\s+"
                       r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})|(?P<who2>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})['’]s?\s+"
                       + _WORDS_OR_VIEW + r")|[Tt]o\s+quote\s+(?P<who3>(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s*[,:]|"
                       r"[Aa]s\s+(?P<who4>(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+(?:put|puts)\s+it\b)(?![\w-])")
#: A word ``_IN_WORDS`` needs, which ``re`` can skip ahead to (a quick test before it).
_IN_WORDS_CUE = re.compile(r"words|view|opinion|estimation|judge?ment|quote|put")
#: Between one the writer agrees with and the words: "(Pandor) was right that “…”", "(she) is
#: correct when she says “…”", "(Tusk) was right to say that".
_RIGHT_THAT = re.compile(r"(?<![\w-])(?:was|is|has\s+been|were|are)\s+(?:(?:quite|absolutely|entirely|surely)\s+)?"
                         r"(?:right|correct)(?:\s+(?:to\s+say|in\s+saying|when\s+(?:she|he|they)\s+(?:said|says)))?"
                         r"(?:\s+that)?[\s,:]*$")
#: A document between "according to" and whose it is: "a readout from", "the statement issued by".
_DOCUMENT_FROM = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:readout|statement|transcript|release|report|"
                            r"communiqu[eé]|note|summary|post)\s+(?:from|by|of|issued\s+by)\s+(?:the\s+)?")
_FOR_PERSON = re.compile(r"\s*(?:For|To|In\s+the\s+view\s+of)\s+")
#: After the person: a comma, or an appositive between commas ("Gérard Guillerm, a researcher at …,").
_APPOSITIVE_COMMA = re.compile(r"(?:,[^,;:“”\"¤]{1,100})?,")


#: A note in brackets on the words' language before them: "[ IN SPANISH, TRANSLATED ] “…”",
#: "(translated from Hungarian) “…”", "[in Polish]".
_LANGUAGE_NOTE = re.compile(r"\s*[\[(]\s*(?i:(?:in\s+[A-Z][a-z]+|translated(?:\s+from\s+[A-Z][a-z]+)?|"
                            r"translation)(?:\s*,\s*(?:translated|interpreted|subtitled))?)\s*[\])]\s*")


#: A citation's lead that refers to the source of the one before: "**2019** *Ibid.*:", "Id.:",
#: "Same source:", "Same interview:" (after the citation's year, as a dictionary gives it), a
#: record's "- `VUC-0212-02` (same occasion):", "**Item 15** (same interview):".
_SAME_SOURCE_LEAD = re.compile(r"[\s>*_]*(?:[-*•]\s+)?(?:(?:`[^`\n]{1,40}`|\*\*[^*\n]{1,30}\*\*)\s*)?(?:\d{4}[*_]*\s+)?[*_(]*"
                               r"(?i:ibid\.?|id\.|(?:the\s+)?same\s+(?:" + v.SAME_TEXT_NOUNS + r"))"
                               r"[*_.)]*\s*:?\s*[*_]*")
#: A reference after a quote, in brackets: "(#288)", "[12]", "(p. 44)", "(#290, @lirije)": a
#: list's or a changelog's pointer to its source, not words around the quote.
_REFERENCE_AFTER = re.compile(r"\s*[(\[]\s*(?:#|p\.\s*)?\d+(?:\s*,\s*@?[\w.-]+)?\s*[)\]]\s*\.?\s*$")


def _same_source_after(ctx: ArticleContext, site: QuoteSite, prev: Statement, prev_end: int) -> bool:
    """Whether the quote's lead names the source before (``_SAME_SOURCE_LEAD``, "- `ID` (same
    occasion):") and no other person is named between that source's quote and this one (not
    "… Sikorski said the sanctions were working. (same briefing): “…”")."""
    if not _SAME_SOURCE_LEAD.fullmatch(ctx.masked, site.lo, site.q.open):
        return False
    return not any(x.kind in ("mention", "name") and x.person and resolve(ctx, x) != prev.speaker
                   for x in ctx.cands_in(prev_end, site.lo))


#: How many words a sentence that only links two quotes of one voice may have ("The list
#: followed, item by item.").
_LINK_WORDS = 10


def _connective_entry(ctx: ArticleContext, site: QuoteSite, prev_end: int) -> bool:
    """Whether the quote opens the paragraph right after the quote before's with a connective
    lead ("**14:11** And: “…”", ``_CONNECTIVE_LEAD``, a time stamp before it at most), and
    no person, role or pronoun stands between them: the same voice goes on, whatever the one who relays it
    remarked after the quote before ("Told you. — *Jelena, Munich*": a reader's texts)."""
    para = ctx.paras[ctx.para_index(site.q.open)]
    if ctx.para_index(site.q.open) - ctx.para_index(prev_end) != 1 or not para.start <= site.lo or \
            ctx.masked[para.start:site.lo].strip(" \t*_>"):
        return False  # (the lead opens its paragraph: not "… Đurić, X post, …. Also: “…”" in another's entry)
    before = ctx.masked[site.lo:site.q.open]
    if not _CONNECTIVE_LEAD.match(before[_stamp_end(before):]):
        return False
    para_end = ctx.paras[ctx.para_index(prev_end)].end
    if (sign := _SIGNED_ENTRY_END.search(ctx.masked, prev_end, para_end)) is not None:
        para_end = sign.start()  # (the one who relays it signing the paragraph: "— *Jelena, Munich*")
    return not any(c.kind in ("role", "pronoun") or c.person for c in ctx.cands_in(prev_end, para_end))


#: A dash and a short signature that closes a paragraph: " — *Jelena, Munich*", " – Ana K.".
_SIGNED_ENTRY_END = re.compile(r"\s[—–][ \t]*[*_]{0,2}[A-ZÀ-Ž][^\n—–“”\"¤]{0,40}[*_]{0,2}[ \t]*$")


def _linking_sentence(ctx: ArticleContext, site: QuoteSite, prev: Statement, prev_end: int) -> bool:
    """Whether the one sentence between the quote before and this one, in their paragraph, only
    links them: short, no quotation, no verb of speech, naming no one, not even by a pronoun, and
    showing no others' words nor bringing in a voice ("…,” he began. The list followed, item by
    item. “Demolition of …”"; not "He was met outside by protesters.", "A banner read: …", "Then a
    voice from the back.")."""
    si = ctx.sent_index(prev_end)
    if ctx.sent_index(site.q.open) - si != 2 or ctx.para_index(site.q.open) != ctx.para_index(prev_end):
        return False
    sent = ctx.sents[si + 1]
    return len(ctx.masked[sent.start:sent.end].split()) <= _LINK_WORDS and v.MASK not in ctx.masked[sent.start:sent.end] \
        and _LINK_CUE.search(ctx.masked, sent.start, sent.end) is not None \
        and not verbs_in(ctx, sent.start, sent.end, False) and not ctx.cands_in(sent.start, sent.end) and \
        not _NOT_SPEAKING.search(ctx.masked, sent.start, sent.end) \
        and not _VOICE_NOUN.search(ctx.masked, sent.start, sent.end)


#: What makes a sentence a link between two quotes of one voice: it tells what follows or that
#: more came, or how the hearers took the words before ("The list followed, item by item.", "Members
#: shouted for more.", "There is still an edge.", "The audience laughed.", a script's "A beat.");
#: not a scene, "The mood outside was very different."
_LINK_CUE = re.compile(r"(?i)(?<![\w-])(?:follow(?:ed|s|ing)?|went\s+on|goes\s+on|continu\w+|list|then|next|more|"
                       r"again|further|still|also|after\s+that|came\s+(?:next|another)|another|one\s+by\s+one|in\s+turn|"
                       r"(?:item|point|line)\s+by\s+(?:item|point|line)|"
                       # (or the hearers' reaction to the words before: "The audience laughed.", "A pause.")
                       r"laugh\w*|applau\w*|cheer\w*|pause[ds]?|silence|fell\s+silent|nodd\w*|smil\w*|"
                       # (a script's pause: "A beat.", "Beat.")
                       r"beat(?=\s*[.!]))(?![\w-])")
#: A linking sentence that brings in a voice: "Then a voice from the back.", "Someone in the crowd."
#: (not a crowd's reaction, "The audience laughed.": the voice before goes on)
_VOICE_NOUN = re.compile(r"(?i)(?<![\w-])(?:voices?|someone|somebody|hecklers?|an?\s+(?:\w+\s+)?(?:man|woman)|questioners?|"
                         r"questions?|reporters?|journalists?|listeners?|callers?|readers?|viewers?)(?![\w-])")


#: An ellipsis, words elided between two excerpts: "…", "...", "[…]", "[...]".
_ELLIPSIS = r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])"
#: Another quotation joined to this one by an ellipsis, after it or before it: '… "¤¤¤"', '"¤¤¤" …'
#: (each begins with its ellipsis or its mark, not with spaces: ``re`` skips to them).
_ELIDED_AFTER = re.compile(_ELLIPSIS + r"[ \t]*[\"“”]?" + v.MASK + r"+[\"“”]?")
_ELIDED_BEFORE = re.compile(r"[\"“”]?" + v.MASK + r"+[\"“”]?[ \t]*" + _ELLIPSIS)


def _standalone(ctx: ArticleContext, site: QuoteSite, fragment: bool = False) -> bool:
    """Nothing but the quote in its sentence(s), a wire's dateline aside, and it reads as a
    sentence of its own (or, with ``fragment``, is any words: an item of a list of quotes)."""
    q = site.q
    before = ctx.masked[site.lo:q.open]
    dateline = v.DATELINE.match(before)
    if dateline:
        before = before[dateline.end():]
    before = before[_stamp_end(before):]  # "**15:48** — “…”"
    before = before[len(note.group()):] if (note := _LANGUAGE_NOTE.match(before)) else before
    if (label := _RUN_IN_LABEL.match(before)) is not None and not ctx.cands_in(site.lo, site.lo + label.end()):
        before = before[label.end():]  # ("**Reaction: Consideration.** “…”": an entry's label naming no one)
    if _CONNECTIVE_LEAD.match(before) or _LIST_LEAD.fullmatch(before) or _topic_lead(ctx, before, q.open):
        before = ""  # "And: “…”", "Then: “…”": the same voice goes on; "**1. “…”": a list of quotes
    elif _SAME_SOURCE_LEAD.fullmatch(before):
        before, fragment = "", True  # "**2019** *Ibid.*: “…”": the source of the citation before, any words
    after = ctx.masked[(q.close or q.end) + 1:site.hi]
    if after.endswith((")", "]", ").", "].")) and (ref := _REFERENCE_AFTER.search(after)) is not None:
        after = after[:ref.start()]  # "“…” (#288)": a pointer to the source, no words around the quote
    if ("…" in before or "…" in after or "..." in before or "..." in after) and \
            not _ELIDED_BEFORE.sub("", ctx.masked[site.lo:q.open]).strip(" \t\"“”.,*_>"):
        # (excerpts of one text joined by an ellipsis, '"…" … "…"': each stands alone, when nothing
        # leads into the first; not '… front pages the next morning: "…" … "…"')
        before = _ELIDED_BEFORE.sub("", _ELIDED_AFTER.sub("", before))
        after = _ELIDED_AFTER.sub("", _ELIDED_BEFORE.sub("", after))
    outside = (before + after).strip(" \"“”.,*_")
    inner = ctx.body[q.start:q.end].lstrip()
    return not outside and bool(inner) and (fragment or inner[0].isupper() or inner[0].isdigit())


#: What a topic's name follows in a lead ("On the Turkish president:", "And about Kosovo:"); not
#: "from", "by", "in X's words": they name the source.
_TOPIC_PREPOSITION = re.compile(r"(?<![\w-])(?:[Oo]n|[Aa]bout|[Rr]egarding|[Cc]oncerning|[Oo]ver|[Oo]f|[Aa]s\s+(?:for|to)|"
                                r"[Aa]sked\s+about|[Tt]urning\s+to)\s+(?:(?:the|an?)\s+)?(?:#\d{1,4}\s+)?$")  # (a bib's number: "about #11 OSMANI")
#: A lead that turns to the one addressed: "Then, to Germany:", "And to the minister:" (the voice
#: before goes on; not "according to").
_ADDRESSEE_LEAD = re.compile(r"[\s*_]*(?:And|But|Then)(?:\s+then)?,?\s+to\s+(?:the\s+)?")


#: A run-in label in bold, a few words ending in a stop or a colon, that opens an entry's line
#: before its quote: "**Reaction: Consideration.** ", "**Verdict:** ".
_RUN_IN_LABEL = re.compile(r"[ \t]*\*\*[A-Z][\w'’-]*(?:[ \t:-]+[\w'’-]+){0,5}[.:]\*\*[ \t]+")


def _label_head(ctx: ArticleContext, site: QuoteSite, cs: list, lo: int) -> Cand | None:
    """The head of a colon lead-in with no verb after its last comma, a label: the person right
    after that comma (its titles allowed) and before the colon, perhaps with a party in brackets or a
    channel ("After a phone call with Rouhani, Zelensky on Twitter: “…”", "For the government, David
    Rutley: “…”"), when everyone named before the comma is a body or a preposition's object; not the
    object of a gerund ("A tweet by Donald Tusk, answering Orbán:" is Tusk's), nor one restating an
    office the words go to or are about ("a letter … to the Chilean foreign minister, Roberto Ampuero:",
    ``_ADDRESSEE_BEFORE_COMMA``); else None."""
    m = ctx.masked
    head = next((x for x in reversed(cs) if x.kind in ("mention", "name") and x.person and not x.channel
                 and not after_preposition(ctx, x)), None)
    if head is None or head is cs[0] or not _LABEL_TAIL.fullmatch(m, head.end, site.q.open):
        return None
    comma = m.rfind(",", cs[0].end, head.start)
    if comma < 0 or not _titles_only(m[comma + 1:head.start]) or \
            any(vm.start() > comma for vm, _ in _verbs_before(ctx, site)) or \
            _ADDRESSEE_BEFORE_COMMA.search(m, max(lo, comma - 60), comma + 1) or \
            not all(after_preposition(ctx, x) or not x.person for x in cs[:cs.index(head)]):
        return None
    return head if resolve(ctx, head) else None


def _person_in(ctx: ArticleContext, lo: int, hi: int) -> bool:
    """Whether [lo, hi) names a person ("as Vučić read it": no channel's note)."""
    return any(c.kind in ("mention", "name", "role") and c.person and not c.channel or
               c.kind == "pronoun" and (c.text or "").lower() in ("he", "she", "they", "him", "her", "them")
               for c in ctx.cands_in(lo, hi))


def _stamp_end(text: str) -> int:
    """How long the liveblog entry's time that opens ``text`` is ("**15:48** — ", "**13:15** · "),
    0 when there is none: a time, not words around a quote or a sentence's subject."""
    stamp = INLINE_TIMESTAMP.match(text)
    return stamp.end() if stamp else 0


#: A possessive's topic that is no text of the owner's: "(Of) his dealings with Beijing" (not "his
#: answer", "her words": whose words follow).
_POSS_TOPIC = re.compile(r"\s+(?![a-z]+\s+(?:" + "|".join(sorted(v.TEXT_NOUNS)) + r"|words|answer|reply|response)(?![\w-]))"
                         r"(?!(?:" + "|".join(sorted(v.TEXT_NOUNS)) + r"|words|answer|reply|response)(?![\w-]))[a-z]")
#: Where a relative clause on a lead's topic begins: ", whom he met …".
_TOPIC_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\s")
#: A personal pronoun as an object: "(sent) him", "(told) us".
_PERSONAL_OBJECT = re.compile(r"(?<![\w-])(?:him|her|them|us|me)(?![\w-])")
#: A text's noun ending a phrase: "the note", "her letter", "the communiqué".
_TEXT_NOUN_END = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(sorted(v.TEXT_NOUNS)) + r"|" + v.ADDRESSED_TEXTS + r")\s*$")
#: … or one with no comma, after a topic's word: "Of two seamounts that Chinese officials had renamed:".
_TOPIC_BARE_RELATIVE = re.compile(r"\s*(?:" + _TOPIC_WORDS + r")\s[^:“”\"¤]*?(?P<rel>\s(?:that|which|whom)\s)")
#: A question as the topic, after its preposition: "on whether …", "about why …".
_TOPIC_QUESTION = re.compile(r"(?i)(?:(?<=\bon\s)|(?<=\babout\s)|(?<=\bover\s))(?:whether|why|how|if|what|when)\s")
_ITEM_MARK = re.compile(r"\s*[-*•]\s+")


_WORDS_OF = re.compile(r"(?i)(?<![\w-])(?:response|reply|answer|statement|reaction|retort|rejoinder|message|"
                       r"verdict|view|words?|comment)\s+(?:from|of|by)\s")
_AND_ITS = re.compile(r"\s+and\s+(?:(?:its|his|her|their|the)\s+)?")


def _topic_relative(before: str) -> int:
    """Where the relative clause of a topic's lead opens ("On X, whom he met last September:", "Of
    two seamounts that Chinese officials had renamed:"), else the lead's end."""
    if (rel := _TOPIC_RELATIVE.search(before)) is not None:
        return rel.start()
    bare = _TOPIC_BARE_RELATIVE.match(before)
    if bare is None or _TEXT_NOUN_END.search(before, 0, bare.start("rel")) and not _PERSONAL_OBJECT.search(before, bare.end("rel")):
        # (not "Of the note that Santiago sent to Caracas:": the text of the one the clause names; but
        # "Of the letter that Manning sent him on Sunday:", one the voice before was sent, stays a topic)
        return len(before)
    return bare.start("rel")


def _topic_lead(ctx: ArticleContext, before: str, open_: int) -> bool:
    """Whether ``before`` (the text right before the quote at ``open_``, a liveblog time aside and a
    run-in heading aside) is a ``_TOPIC_LEAD`` with no verb of speech and nobody in it but after a
    preposition of topic (``_TOPIC_PREPOSITION``, a bib's number between), inside the topic's noun,
    in apposition with it, or turned to (``_ADDRESSEE_LEAD``); or a topic told by its own relative
    clause (``clauses.TOPIC_WITH_RELATIVE``)."""
    before = before[_stamp_end(before):]  # "**13:15** · On the Turkish president: “…”"
    if (run_in := BOLD_LEAD.match(before)) is not None and ":" not in run_in.group()[-4:]:
        before = before[run_in.end():]  # ("**km 52 · Last kick.** On the name of …:": a run-in heading before it)
    if (item := _ITEM_MARK.match(before)) is not None:
        before = before[item.end():]  # "* In the same post: “…”", a list's item
    if TOPIC_WITH_RELATIVE.fullmatch(before):
        return True  # ("And, on the threat she had accused him of:": the topic and what was said of it)
    if not _TOPIC_LEAD.fullmatch(before):
        return False
    head = before[:_topic_relative(before)]  # the topic, its relative clause aside
    if len(head.split()) > 10 or _WORDS_OF.search(head):
        return False  # (nor "And the response of Hungary and its foreign minister:": whose words)
    lo = open_ - len(before)
    hi = lo + len(head)
    if (asked := _TOPIC_QUESTION.search(head)) is not None:
        hi = lo + asked.start()  # "And on whether Canada would hit back:": the question is the topic
    if (asked := _ASKED_ABOUT.match(before)) is not None:
        lo += asked.end()  # ("And, asked about Kosovo [tr.]:": the topic the speaker was asked about, no speaker)
    cs = ctx.cands_in(lo, hi)
    # (or joined to the topic before it: "And of Turkey and its president:"; or the object of a
    # preposition inside it: "Of his talks with Attaf:", "On the name of a Kosovo army barracks:")
    return not verbs_in(ctx, lo, hi, False) and \
        all((c.kind != "poss" or _POSS_TOPIC.match(ctx.masked, c.end)) and
            _TOPIC_PREPOSITION.search(ctx.masked, max(lo, c.start - 16), c.start) or
            _ADDRESSEE_LEAD.fullmatch(ctx.masked, lo, c.start) is not None or
            k > 0 and (_AND_ITS.fullmatch(ctx.masked, cs[k - 1].end, c.start) is not None or after_preposition(ctx, c) or
                       # (or a role in apposition with it: "Asked about #2 VASCONCELLOS, her counterpart:")
                       c.kind in ("role", "poss") and ctx.masked[cs[k - 1].end:c.start] == ", ") and
            _TOPIC_PREPOSITION.search(ctx.masked, max(lo, cs[0].start - 16), cs[0].start)
            for k, c in enumerate(cs))


#: A topic lead that tells what the speaker was asked about: "And, asked about Kosovo", "Pressed on
#: the border,".
_ASKED_ABOUT = re.compile(r"\s*(?:(?:And|But|Then),?\s+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned)\s+(?=(?:about|on|over|regarding)\s)")


#: A sentence that opens with a part of a text: "Then the part everybody shared, …", "And the
#: ending:", "The last line:", "The next sentence".
_TEXT_PART_LEAD = re.compile(r"[\s*_]*(?:(?:[Aa]nd|[Tt]hen|[Bb]ut)\s+)?(?:then\s+)?(?:[Tt]he|[Ii]ts)\s+(?:[a-z]+\s+){0,2}?"
                             r"(?:part|parts|ending|end|line|lines|passage|sentence|opening|conclusion|close|rest|phrase)"
                             # (then a colon, a quote or a relative clause, "the line everyone quoted, …": not
                             # another noun or "of", "The close ties between …", "The rest of the EU")
                             r"(?=[*_]*\s*[:,“\"]|\s+(?:that|which|everyone|everybody|people|most|many|all|he|she|they|we|I|[A-Z]))")


#: A sentence whose subject adds more words: "He added: …", "She went on, …", "Tusk continued:".
_ADDED_LEAD = re.compile(r"[\s*_]*(?P<subj>[Hh]e|[Ss]he|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
                         r"(?:then\s+|also\s+|later\s+)?(?:added|continued|went\s+on)(?=\s*[:,]|\s+that\s)")


def added_after(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """'"When it comes to President Erdogan, I will always be a good host." He added: "…"': a
    quote that is a sentence of its own, right before a sentence in its paragraph whose subject
    adds more words ("He added", "She went on", "Tusk continued"), is that subject's."""
    q = site.q
    if q.close is None or not _standalone(ctx, site) or site.s_hi + 1 >= len(ctx.sents):
        return None
    nxt = ctx.sents[site.s_hi + 1]
    if ctx.para_index(nxt.start) != ctx.para_index(q.open) or (m := _ADDED_LEAD.match(ctx.masked, nxt.start, nxt.end)) is None:
        return None
    subj = next((c for c in ctx.cands_in(m.start("subj"), m.end("subj")) if c.kind in ("pronoun", "mention", "name")), None)
    spk = resolve(ctx, subj) if subj is not None and subj.start == m.start("subj") else None
    if not spk:
        return None
    stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(nxt.start, m.end())])
    stmt.subject_pos = subj.start
    return stmt


def _goes_on(site: QuoteSite, prev: Statement, date_zone: list[tuple[int, int]]) -> Statement:
    """The quote at ``site`` as the words of the voice of the quote before (``prev``) going on."""
    q = site.q
    return Statement(prev.speaker, "direct", q.start, q.end, prev.verb, site.s_lo, site.s_hi, (site.lo, site.hi),
                     site.inner, site.inner, flag=q.flag, date_zone=date_zone, inherit_from=prev)


def next_part(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quote right after words that name the part of a text that came next ("… that Turkey
    “…”, and she asked the House to notice the line that followed: “…”", "…, then read out the
    next sentence: “…”") or another rendering of the same text ("In Love FM's English of the
    same address: “…”"), in the paragraph of the quote before it, goes on with that quote's
    speaker, whoever reads it out or renders it."""
    prev, prev_end = ctx.last_quote
    q = site.q
    if prev is None or prev_end < 0 or not ctx.masked[max(site.lo, q.open - 6):q.open].rstrip(" *_").endswith(":") or \
            ctx.para_index(prev_end) != ctx.para_index(q.open) or \
            _NEXT_PART_BEFORE.search(ctx.masked, max(site.lo, q.open - 80), q.open) is None:
        return None
    stmt = _goes_on(site, prev, [])
    stmt.claim = (site.lo, site.close + 1)  # (the one reading it out says nothing of her own there)
    return stmt


#: Words that name the part of a text that came next, before its quote: "the line that followed:",
#: "the next sentence:", "the words that came after:".
_NEXT_PART_BEFORE = re.compile(r"(?<![\w-])(?:the|its)\s+(?:(?:next|following)\s+(?:line|lines|sentence|words|passage|part)|"
                               r"(?:line|lines|sentence|words|passage|part)\s+(?:that\s+)?(?:followed|came\s+(?:next|after)))"
                               r"[*_]*\s*:\s*[*_]*$|"
                               # (or another rendering of the same text: "In Love FM's English of the same
                               # address:", "the BBC's translation of the same speech reads:"; not "of her
                               # speech", which may be another's)
                               r"['’]s?\s+(?:English|translation|rendering|version|transcript)\s+of\s+the\s+same"
                               r"\s+(?:address|speech|statement|remarks|post|interview|broadcast|message|words)"
                               r"(?:\s+(?:reads|runs|goes))?[*_]*\s*:\s*[*_]*$")


#: Between two quotes of one sentence that one lead-in gives: '“…,” and “…”', '“…”, or “…”'.
_AND_BETWEEN_QUOTES = re.compile(r"[,.;]?[ \t]*(?:(?:and|or|as\s+well\s+as|then|and\s+then|and\s+also)[ \t]+|"
                                 + _ELLIPSIS + r"[ \t]*)")  # (or an ellipsis, words elided: '“…” … “…”')


def joined_quote(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quote joined by "and" to the quote right before it in its sentence, which a rule gave a
    speaker ('… were gentler than the line that caused the row: “Germany stands firmly by Lebanon's
    side,” and “Another trouble spot …”'): the same voice going on."""
    prev, prev_end = ctx.last_quote
    q = site.q
    if prev is None or prev_end < 0 or ctx.sent_index(prev_end) != ctx.sent_index(q.open) or \
            _AND_BETWEEN_QUOTES.fullmatch(ctx.masked, prev_end + 1, q.open) is None or \
            ctx.masked[(q.close or q.end) + 1:site.hi].strip(" \t\n.,;:!?*_”\"’)"):
        return None  # (nor one that opens a clause of its own: "… and “Kurti is a liar” answered the crowd")
    stmt = _goes_on(site, prev, [])
    stmt.claim = (site.lo, site.close + 1)
    return stmt


def continuation(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quote that is a sentence of its own (nothing outside it in its sentences), within a
    sentence and a paragraph of the previous quote statement, continues it; so do quoted words
    in the next sentence of its paragraph that names nobody and has no verb of speech."""
    prev, prev_end = ctx.last_quote
    q = site.q
    if prev is None or prev_end < 0 or _signed_on_its_line(ctx, site) or _noted_on_its_line(ctx, site) or \
            _bracketed_source_under(ctx, site) or "\n" in ctx.masked[prev_end:q.open] and \
            (_RULE_THEN_HEAD.search(ctx.masked, prev_end, q.open) is not None or _EXAMINER_FIELD.search(ctx.masked, prev_end, q.open)):
        return None  # (nor a quote past a rule and a new record's head, "---" / "**Race committee**", or an examiner's
        # field, "**Adjudicator:** “…”";
        # nor a quote its own line signs: '*"…"* Randhir Jaiswal, the ministry's spokesman, …', or
        # notes where it is from: '*"Our soldiers are heroes."* The caption under a poster in Sisaket.', or
        # the line under it in brackets: "(adapted; from a briefing …)")
    if _QUOTE_ONLY_ITEM.match(ctx.body, ctx.body.rfind("\n", 0, q.open) + 1) is not None and \
            (_item_note_voice(ctx, _item_note(ctx, q)) not in (None, prev.speaker) or _list_title_person(ctx) is not None):
        return None  # (a list's item whose note says another spoke it, "*(said by Diana Mondino)*", or on a
        # page of one person's lines: ``titled_list`` reads each item, not the voice of the item before)
    if _under_colon_line(ctx, q) and (_REPLY_TEXT.search(above := _line_above(ctx, q)) or _REPLIES_BEFORE.search(above) or
                                      _FROM_OWNER.match(above) and _POSSESSED_TEXT.search(above)):
        return None  # (a lead line over the quote that brings in a reply, "*A reader's answer to Hun Sen's post:*",
        # or another's text, "In CARICOM's statement on Wednesday:")
    # (a sentence that names a part of the text quoted: "Then the part everybody shared, that
    # Turkey “…”", "And the ending: “…”"; whom it names is what the text says)
    part = _TEXT_PART_LEAD.match(ctx.masked, site.lo) is not None
    if not _standalone(ctx, site):
        # 'The comparison is “promiscuous, delusional,” a “shame for Brazil …”': quoted words in
        # the next sentence of the same paragraph, which names nobody and has no verb of
        # speech, are the same speaker's (or a part of the text told, ``part``)
        if ctx.para_index(q.open) != ctx.para_index(prev_end) or ctx.sent_index(q.open) - ctx.sent_index(prev_end) > 1 \
                or site.words < 2 or ctx.cands_in(site.lo, site.hi) and not part or verbs_in(ctx, site.lo, site.hi, False) \
                or ctx.mentions_in(site.lo, site.hi) and not _all_in_quotes(ctx, site) and not part \
                or "so-called" in ctx.masked[site.lo:q.open].lower() or _GROUP_LEAD.match(ctx.masked, site.lo, q.open):
            return None  # nor the author's scare quotes ("the so-called “…”"), nor a group's ("Critics …")
    elif ctx.sent_index(q.open) - ctx.sent_index(prev_end) > 1 and not _same_source_after(ctx, site, prev, prev_end) \
            and not _linking_sentence(ctx, site, prev, prev_end) and not _connective_entry(ctx, site, prev_end) \
            or ctx.para_index(q.open) - ctx.para_index(prev_end) > 1:
        return None  # (but "(same occasion): “…”" names the source before, a sentence of reference between)
    elif any(p.kind == "heading" and prev_end < p.start and p.end <= q.open and
             (SOURCE_LABEL.match(ctx.body, p.start, p.end) is not None or
              (name := labelled_signature(ctx.body, ctx.reg, p.start, p.end)) is not None and
              any(resolve(ctx, c) != prev.speaker for c in ctx.cands_in(*name)))
             for p in ctx.article.passages):
        # (a heading between that is another source's line, "**Source F** — a NATO official …": a
        # new voice; not a topic, "**On Hungary**", "### Rubio's proposal")
        return None
    elif any(p.kind == "heading" and prev_end < p.start < q.open for p in ctx.article.passages) and \
            (voice := section_person(ctx, q.open, occasions=True)[0]) is not None and voice != prev.speaker:
        return None  # (nor past a heading that names another voice: "**Card 3 · Osmani on X**", ``section_voice``)
    elif another_voice_heading(ctx, prev_end + 1, q.open, prev.speaker) is not None:
        return None  # (nor past a heading of the text's own that names another voice: "### Page 7 · Chinese
        # Embassy in the UK, ambassador's news conference"; not "### Rubio's proposal", a topic)
    elif any(p.kind == "heading" and prev_end < p.start and p.end <= q.open and
             (first := next(iter(ctx.mentions_in(p.start, p.end)), None)) is not None and first.actor != prev.speaker and
             is_person(ctx, first.actor) and not ctx.body[p.start:first.start].strip(" \t#*_>")
             for p in ctx.article.passages):
        return None  # (nor past a card's heading that opens with other people, "**Abiy Ahmed and Muse Bihi Abdi.** …";
        # not "statement after Emomali Rahmon met …", a line of the source before)
    lead_end = q.open
    if _topic_lead(ctx, ctx.masked[site.lo:q.open], q.open):
        lead_end = site.lo + _topic_relative(ctx.masked[site.lo:q.open])  # "On X, whom he met last September:": that
        # September is the meeting's
    date_zone = [(site.lo, lead_end)] + ([(site.close + 1, site.hi)] if site.close + 1 < site.hi else [])
    stmt = _goes_on(site, prev, date_zone)
    topic = _topic_of_lead(ctx, site)
    if topic is not None:  # "On Kosovo: “…”": what the words are about, named or not in them
        stmt.content, stmt.primary, stmt.said_of = (topic.start, q.end), resolve(ctx, topic), True
    elif part:  # ("the line everyone quoted, that Russia “…”": Russia's)
        stmt.content = (site.lo, site.hi)
    return stmt


def _topic_of_lead(ctx: ArticleContext, site: QuoteSite):
    """The actor a ``_TOPIC_LEAD`` right before the quote names ("On the Turkish president:"),
    or None."""
    q = site.q
    before = ctx.masked[site.lo:q.open]
    if not _topic_lead(ctx, before, q.open):
        return None
    lo = site.lo + _stamp_end(before)
    cs = [c for c in ctx.cands_in(lo, q.open) if c.kind in ("mention", "name", "role") and resolve(ctx, c)]
    return cs[0] if cs else None


#: A sentence opened by a group of people: their words, not the previous speaker's.
_GROUP_LEAD = re.compile(r"(?i)\s*(?:[a-z]+\s+)?(?:critics|analysts|observers|commentators|experts|some|many|others)\b")


def _all_in_quotes(ctx: ArticleContext, site: QuoteSite) -> bool:
    """Whether every actor named in the quote's sentences is named inside a quote."""
    return all(ctx.masked[mt.start] == v.MASK for mt in ctx.mentions_in(site.lo, site.hi))


def _sentence_subject(ctx: ArticleContext, lo: int, hi: int):
    """The first candidate of a sentence that can be its subject: not a possessive ("Greenland's
    Prime Minister …"), an outlet or the object of a preposition."""
    for x in ctx.cands_in(lo, hi):
        if x.kind in ("poss",) or x.channel or after_preposition(ctx, x):
            continue
        if x.kind in ("mention", "name") and ctx.body.startswith(("'s", "’s"), x.end):
            continue
        return x
    return None


#: A label that opens an item's paragraph: "Excerpt: ", "Translated (Serbian version): ".
_ITEM_LABEL = re.compile(r"[ \t]*[A-Z][\w-]*(?:\s+\([^()\n]{1,60}\))?:\s")


def source_tag(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """'[Aleksandar Vučić's X account, 1514 gmt 8 Oct 25]' … 'Excerpt: “…”': the actor the item's
    source tag names first (``resolve.item_source``), for a quote in a paragraph that opens with
    a label and that no words around it attribute; the tag's time dates it."""
    para = ctx.paras[ctx.para_index(site.q.open)]
    if _ITEM_LABEL.match(ctx.body, para.start, site.q.open) is None:
        return None  # (only the words an item gives under its label: "Excerpt: “…”")
    found = item_source(ctx, para.start)
    if found is None:
        return None
    return _make(ctx, site, found[0], None, site.kind, site.inner, [found[1]])


#: Others' voices that no candidate names ("the crowd chanted", "read one banner", "people
#: shouted"), and others naming something ("Government media describe Tisza as “…”").
_OTHERS_VOICE = re.compile(r"(?i)(?<![\w-])(?:chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|sang|sings?|singing|banners?|"
                           r"placards?|slogans?|crowds?|critics|protesters|describe[sd]?|describing)(?![\w-])")


#: A sentence's opening verb when its subject is left out, after a list's mark or a field's label
#: ("Context: Wrote on X …", "- Told Radio Free Europe: …").
_ELLIPTICAL_OPENING = re.compile(r"[\s>*_#•-]*(?:[A-Z][\w ]{0,30}:[*_]*[ \t]+)?(?P<verb>[A-Z][a-z]+)(?![\w'’-])")


#: Verbs whose object is the one told: "Told Radio Free Europe: …" leaves its subject out.
_ADDRESSEE_VERBS = frozenset("told asked urged assured reminded informed briefed".split())
#: A subject right after an opening verb, the order inverted: "Said Orbán:", "Added one diplomat,".
_INVERTED_SUBJECT = re.compile(r"\s+(?:(?:one|an?|the|another)\s+[\w-]+(?:\s+[\w-]+){0,2}|[A-ZÀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-Ž][\w'’.-]*){0,3})"
                               r"\s*(?:[,:]|\s+(?:afterwards|later|then|standing|beside|after|on|in))")


def elliptical_verb(ctx: ArticleContext, lo: int, hi: int, present: bool = False) -> re.Match | None:
    """The reporting verb in the past that opens the sentence at ``lo`` with its subject left out,
    as a record's or a note's field writes ("Wrote on X at 17:14 that …", "Told Radio Free Europe:
    …"), when it comes before ``hi``; else None. ``present``: in the present too, as a cable
    writes ("Calls delivery “…”", "Says …")."""
    m = _ELLIPTICAL_OPENING.match(ctx.masked, lo, hi)
    if m is None or not m.group("verb").endswith(("ed", "ote", "old", "aid") + (("s",) if present else ())):
        return None
    if m.group("verb").lower() not in _ADDRESSEE_VERBS and _INVERTED_SUBJECT.match(ctx.masked, m.end("verb")) and \
            (m.group("verb").lower() in ("said", "added", "declared", "quipped", "wrote") or
             any(x.kind in ("mention", "name") and x.person for x in ctx.cands_in(m.end("verb"), m.end("verb") + 40))):
        return None  # ("Said Orbán: “…”", "Added Sikorski:", "Quipped one Polish official:": the subject after its verb)
    word = m.group("verb").lower()
    said = v.SPEECH.search(word)
    return _WORD.match(ctx.masked, m.start("verb")) if said is not None and said.group() == word else None


def record_person(ctx: ArticleContext, pos: int) -> tuple[str, int, int] | None:
    """The person an entry of a record is about: its "Who:" field's person (``resolve.who_field``),
    else the person its heading opens with ("**VRAJOLLI, Mentor** — …" over "Who: Director of …"
    and "Context: …") or its entry line names in bold ("**Marko Đurić**, foreign minister." over
    "*Note:* …"), when no other person is named between, else the body or state the field names;
    with the span that names them. An entry line whose name the registry lacks ("**A friend from
    Médecins du Monde** — …") ends the search: its notes are that unknown one's."""
    if (found := resolve_who_field(ctx, pos)) is not None and is_person(ctx, found[0]):
        return found
    passages = ctx.article.passages
    i = next((k for k in range(len(passages) - 1, -1, -1) if passages[k].start <= pos), None)
    for k in range(i - 1, max(-1, i - WHO_FIELD_PASSAGES - 1), -1) if i is not None else ():
        p = passages[k]
        if p.kind != "heading" and (line := _NAME_LINE.fullmatch(ctx.body, p.start, p.end)) is not None:
            # (a guest list's or a profile's entry line, "**Marko Đurić**, foreign minister.", over its notes;
            # one that names no one the registry has, "**A friend from Médecins du Monde** — …", ends the search)
            named = ctx.reg.find_mentions(line.group("name"), line.start("name"))
            if len(named) == 1 and named[0].start == line.start("name") and named[0].end == line.end("name") and \
                    is_person(ctx, named[0].actor):
                return named[0].actor, p.start, p.end
            return found
        if p.kind == "heading":
            lead = p.start + len(ctx.body[p.start:p.end]) - len(ctx.body[p.start:p.end].lstrip(" *_#"))
            named = ctx.reg.find_mentions(ctx.body[lead:p.end], lead)
            rest = ctx.body[named[0].end:p.end].strip(" *_") if named else ""
            ok = named and named[0].start == lead and is_person(ctx, named[0].actor) and \
                (not rest or rest[0] in ",—–|(")  # (a name line, "**VRAJOLLI, Mentor** — …"; not "## Orbán under fire")
            return (named[0].actor, p.start, p.end) if ok else found  # (else the field's state or body)
        if not _ABOUT_FIELD.match(ctx.body, p.start, p.end) and \
                any(x.kind in ("mention", "name") and x.person for x in ctx.cands_in(p.start, min(p.end, pos))):
            return found  # (someone else named in the entry; not in the field that says who its person is)
    return found


#: An entry's line that is a person's name in bold and at most a short description after it, its
#: own line: "**Marko Đurić**, foreign minister.", "**Recep Tayyip Erdoğan** — host." (no quotation,
#: no second name in bold).
_NAME_LINE = re.compile(r"[ \t>*_-]*\*\*(?P<name>[A-ZÀ-Ž][^*\n\"“”:]{1,40}?)\.?\*\*[ \t]*(?:(?:,|—|–|-)?[ \t]*[^*\n\"“”]{1,80})?[ \t]*")
#: A field that says who an entry's person is: "Who: Director of the Kosovo Center for Security Studies."
_ABOUT_FIELD = re.compile(r"[ \t>*_]*(?:Who|Role|Title|Position|Office)[*_]*\s*:")


def _in_cable(ctx: ArticleContext, pos: int) -> bool:
    """Whether ``pos`` is in a cable's paragraph (``corpus.cable_text``)."""
    para = ctx.paras[ctx.para_index(pos)] if ctx.paras else None
    return para is not None and para.start <= pos < para.end and cable_text(ctx.article.text[para.start:para.end])


#: What may stand before a cable sentence's subject: its title and a few words, no preposition
#: ("PREZ ", "TALIBAN CHIEF SPOKESMAN "; not "ASKED ABOUT ", "REACTION TO ").
_CABLE_SUBJECT_BEFORE = re.compile(r"[\s*_]*(?:(?!(?:about|to|with|of|by|for|from|at|on|in|against|over|after|before|"
                                   r"and|than)\b)[\w.'’-]+\s+){0,4}", re.I)


def _cable_subject(ctx: ArticleContext, lo: int) -> tuple[str, int, int] | None:
    """The person a cable's sentence before ``lo`` in its paragraph opens with, the subject the
    next sentences leave out ("FONMIN DJURIC ALSO ON X THIS EVENING STOP CALLS DELIVERY QUOTE …"),
    past sentences that leave it out too ("MUJAHID TOOK QUESTIONS STOP ASKED ABOUT BUGTI STOP SAYS
    QUOTE …": Mujahid), with the span naming them; None when the sentence before opens with no
    person ("REACTION TO VUCIC POST CAME FROM PRISTINA")."""
    k = ctx.sent_index(lo)
    para = ctx.paras[ctx.para_index(lo)]
    while k > 0 and ctx.sents[k - 1].start >= para.start:
        prev = ctx.sents[k - 1]
        first = next((c for c in ctx.cands_in(prev.start, prev.end)
                      if c.kind in ("mention", "name", "role") and not c.channel and
                      _CABLE_SUBJECT_BEFORE.fullmatch(ctx.masked, prev.start, c.start)), None)
        if first is not None:
            spk = resolve(ctx, first)
            return (spk, first.start, first.end) if spk and is_person(ctx, spk) else None
        if elliptical_verb(ctx, prev.start, prev.end, present=True) is None:
            return None
        k -= 1
    return None


def who_field(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quote whose sentence names no one, in a record under a "Who:" field ("*Who:* Benjamin
    Netanyahu, Israel's prime minister. *When:* Tuesday." over '“History will remember …”', "The
    full sentence ran: “…”", "Source: Prime Minister of Kosovo, Facebook." over "The post says the
    delivery “…”"), is the words of the one the field names (``resolve.who_field``)."""
    cands = ctx.cands_in(site.lo, site.hi)
    # (a text the record holds as the subject of the verb: "The post says Poland “…”": what it names after is its topic)
    said = v.SPEECH.search(ctx.masked, site.lo, site.hi)
    cable = _in_cable(ctx, site.lo)
    if (verb := elliptical_verb(ctx, site.lo, site.q.open, present=cable)) is not None:
        # ("Context: Wrote on X yesterday that he was “…”", "Told Radio Free Europe: “…”": the record's
        # person is the verb's subject, left out; what the sentence names after the verb is its object;
        # in a cable, the person its sentence before is about, "FONMIN DJURIC ALSO ON X STOP CALLS …")
        found = record_person(ctx, site.q.open) or (_cable_subject(ctx, site.lo) if cable else None)
        return _field_said(ctx, site, found, verb) if found is not None else None
    if (noted := _entry_note(ctx, site)) is not None:
        return _make(ctx, site, noted[0], None, "direct", site.inner, [(noted[1], noted[2]), (site.lo, site.q.open)])
    text_subject = _text_subject(ctx, site.lo, said)
    if any((c.kind in ("mention", "name", "pronoun") or c.kind == "role" and resolve(ctx, c)) and
           not (text_subject and c.start > said.start()) for c in cands):
        return None  # (a role that is no one, "The whole post read:", names no one)
    if said is not None and not text_subject or _OTHERS_VOICE.search(ctx.masked, site.lo, site.hi):
        return None  # ("Critics called the centres “…”", "“…,” the crowd chanted": others speak)
    found = resolve_who_field(ctx, site.q.open)
    if found is None:
        # (or its fields under it: "**quotation:** “…”" over "- author: …" and "- point in time: …")
        under = fields_under(ctx, site.q.open, site.close) if not text_subject else None
        return _make(ctx, site, under[0], None, "direct", site.inner, under[1]) if under is not None else None
    # (dated by the record's own fields too: "*When:* Tuesday, on X")
    if text_subject:  # (the sentence that tells what the text says is the claim: "The post says the delivery “…”")
        return _field_said(ctx, site, found, said)
    return _make(ctx, site, found[0], None, "direct", site.inner, [(found[1], found[2]), (site.lo, site.q.open)])


#: A verb of writing, sending or speaking and "to" right before the one first named in a lead-in: "Last
#: wrote to (the host)", "Last spoke to (Erdoğan) on 6 July": the addressee, the writer left out.
_SENT_TO_BEFORE = re.compile(r"(?i)(?<![\w-])(?:wrote|sent|addressed|posted|replied|cabled|spoke|talked|speaks|talks)"
                             r"(?:\s+[\w-]+){0,4}?\s+to\s+(?:the\s+)?$")
#: A note's field opening its line: "*Note:* ", "**Planner's warning:** ", "Remark: " (a label in
#: emphasis, or of two words at most: not a clause's lead-in, "A waiter summed up the evening: ").
_ENTRY_NOTE_FIELD = re.compile(r"[ \t>]*(?:(?:\*\*|__|\*|_)[A-Z][A-Za-z'’ ]{1,30}:(?:\*\*|__|\*|_)|"
                               r"[A-Z][a-z'’]+(?:\s[a-z'’]+)?:)[ \t]")


def _entry_note(ctx: ArticleContext, site: QuoteSite) -> tuple[str, int, int] | None:
    """The person of the entry a note is under, with the span naming them, for a quote given after a
    colon in a note field ("**Vjosa Osmani.** No reply received." over "*Note:* Last wrote to the
    host on 8 October: “…”", "*Note:* Toasts already given, Thursday, at the press conference: “…”"),
    when there is no "Who:" field and the lead-in names no one but as an object after a preposition
    and has no verb of speech with a subject of its own (``record_person``)."""
    passage = next((p for p in reversed(ctx.article.passages) if p.start <= site.q.open), None)
    if passage is None or passage.kind == "heading" or _ENTRY_NOTE_FIELD.match(ctx.body, passage.start) is None or \
            resolve_who_field(ctx, site.q.open) is not None:
        return None
    lead = ctx.masked[site.lo:site.q.open].rstrip(" \t*_")
    if not lead.endswith(":") or site.lo < passage.start or \
            any(c.kind in ("mention", "name", "pronoun", "role") and not after_preposition(ctx, c)
                for c in ctx.cands_in(site.lo, site.q.open)):
        return None
    found = record_person(ctx, site.q.open)  # (a "Who:" field none, as tested above: a name line's person)
    return found


def _text_subject(ctx: ArticleContext, lo: int, said: re.Match | None) -> bool:
    """Whether the subject of the verb ``said`` is a text the record holds, "The post (also) says
    the delivery “…”", "The interview adds", within the sentence from ``lo``."""
    if said is None:
        return False
    before = ctx.masked[max(lo, said.start() - 50):said.start()]
    # (a quick test for the text's noun first: the pattern is entered at every character it scans)
    return any(n in before for n in _TEXT_NOUNS) and _TEXT_SUBJECT.search(before) is not None


#: A text as the subject right before its verb, an adverb perhaps between: "The post also ",
#: "the radio interview ", "This statement then ".
_TEXT_SUBJECT = re.compile(r"(?<![\w-])(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(_TEXT_NOUNS)) +
                           r")\s+(?:(?:also|then|further|again|later|even)\s+)?$")




def _field_said(ctx: ArticleContext, site: QuoteSite, found: tuple[str, int, int], said: re.Match) -> Statement:
    """The statement of a record's person whose sentence tells the words with the verb ``said``
    ("The post says the delivery “…”", "Context: Wrote on X that …"): the words after the verb,
    dated by the record's field and the lead-in, the sentence from its first word the claim."""
    stmt = _make(ctx, site, found[0], said, site.kind, (said.end(), site.hi), [(found[1], found[2]), (site.lo, site.q.open)],
                 None, (said.end(), site.hi))
    stmt.verb_pos, stmt.claim = said.start(), (site.lo, site.close + 1)
    lead = ctx.masked[site.lo:site.q.open]
    stmt.start, stmt.end = site.lo + len(lead) - len(lead.lstrip(" -*_#>•")), site.through_close
    return stmt


def named_before(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """'Vučić insists he threatened nobody. “We are small …”': a quote standing alone right
    after a sentence of its paragraph whose reporting verb has a speaker is that speaker's."""
    q = site.q
    # (or after a bare lead that names no one, 'Đurić now, also on X. Quote: “…”', a sentence before that
    # is only the speaker's name; not "Tusk said he had received a letter from Orbán. Our translation: “…”")
    bare = not _standalone(ctx, site) and (_bare_lead(ctx, site) or _record_lead(ctx, site))
    if site.s_lo == 0 or not (_standalone(ctx, site) or bare) or \
            _SAME_SOURCE_LEAD.fullmatch(ctx.masked, site.lo, q.open):
        return None  # (a "(same briefing):" lead names the source of the quote before, ``continuation``)
    prev = ctx.sents[site.s_lo - 1]
    para = ctx.para_index(q.open)
    # (or a paragraph that is the quote alone, after a paragraph whose last sentence tells who
    # spoke: "The next day Orbán answered in a video." / "“As prime minister, I …”")
    after_para = ctx.para_index(prev.start) == para - 1 and site.lo == ctx.paras[para].start and \
        ctx.sent_index(ctx.paras[para].end - 1) == site.s_hi
    if ctx.para_index(prev.start) != para and not after_para or v.MASK in ctx.masked[prev.start:prev.end] or \
            any(p.kind == "heading" and prev.end <= p.start < q.open for p in ctx.article.passages):
        return None  # (nor across a heading: "**Question 6 · True or false?**" is an entry of its own)
    verbs = [] if bare else verbs_in(ctx, prev.start, prev.end, False)
    for vm in reversed(verbs) if after_para else verbs:  # (after a paragraph: its last speaker)
        subj = subject_of(ctx, vm.start(), vm.end(), prev.start)
        spk = resolve(ctx, subj) if subj else None
        if spk:
            return Statement(spk, "direct", q.start, q.end, vm.group(), site.s_lo, site.s_hi, (site.lo, site.hi),
                             site.inner, site.inner, date_zone=[(prev.start, prev.end)], subject_pos=subj.start,
                             verb_pos=vm.start())
    if not bare and (came := _WORDS_CAME_FROM.search(ctx.masked, prev.start, prev.end)) is not None:
        # ("Ghana's answer came from its information minister, Kojo Oppong Nkrumah, on Sunday 30 August.
        # “…”", "The case was put by Lai Mohammed."): the one the words came from, a person's name
        # before an office
        after = [x for x in ctx.cands_in(came.end(), prev.end) if x.kind in ("mention", "name", "role")
                 and not ctx.masked.startswith(("'s", "’s"), x.end)]  # (not "Netanyahu's former defence minister, …")
        # (a person named, past a state and an office: "from Russia's deputy UN ambassador, Dmitry
        # Polyanskiy", "from Budapest …, delivered by Foreign Minister Péter Szijjártó")
        x = next((y for y in after if y.kind != "role" and y.person), _office_holder(ctx, after))
        spk = resolve(ctx, x) if x is not None else None
        if spk and not is_outlet_name(ctx.reg, spk, x.text or "") and \
                not verbs_in(ctx, x.end, prev.end, False) and not _ANOTHER_CLAUSE.search(ctx.masked, x.end, prev.end):
            # (the phrase runs to the sentence's end: not "came from Merz, and Orbán brushed it aside")
            return Statement(spk, "direct", q.start, q.end, "", site.s_lo, site.s_hi, (site.lo, site.hi),
                             site.inner, site.inner, date_zone=[(prev.start, prev.end)], subject_pos=x.start)
    if after_para:
        return None
    # 'She had praise for the Taoiseach as well. “I welcome …”': no reporting verb, but a person
    # opens the sentence before, and the quote says what that sentence announced; or that person
    # is the one quoted last ('“…,” Allen says. He keeps the pressure on. “…”', 'Haley again. “…”')
    subj = _sentence_subject(ctx, prev.start, prev.end)
    first = prev.start + _lead_space(ctx, prev.start)
    if (signifier := _JOURNAL_MARK.match(ctx.masked, first, prev.end)) is not None:
        first = signifier.end()  # ("○ Evening: …", a bullet journal's signifier for an event)
        subj = next((x for x in ctx.cands_in(first, prev.end) if x.start == first), subj)
    if (when := _PART_OF_DAY_LABEL.match(ctx.masked, first, prev.end)) is not None:
        # ("Evening: PM Maïga on TV.", a journal's time of the entry before the name)
        first = when.end()
        subj = next((x for x in ctx.cands_in(first, prev.end) if x.start == first), subj)
    if bare:
        # (past a run-in title and a field's label before the name, "**Foreign ministry accessory.**
        # Supplier: Marko Đurić, Foreign Minister of Serbia. Posted on X …: “…”")
        mark = _ITEM_MARK_BEFORE_BOLD.match(ctx.masked, prev.start, prev.end)  # ("- **Second exhibit.** …")
        if (run_in := BOLD_LEAD.match(ctx.masked, mark.end() if mark else prev.start, prev.end)) is not None:
            first = run_in.end()
        if (label := _FIELD_BEFORE_NAME.match(ctx.masked, first, prev.end)) is not None:
            first = label.end()
        subj = next((x for x in ctx.cands_in(first, prev.end) if x.start == first), subj)
    acting = not bare and subj is not None and subj.kind in ("mention", "name", "role", "pronoun") and \
        _ACT_OPENING.fullmatch(ctx.masked, first, subj.start) is not None and _acts(ctx, subj, prev) and \
        not _told_after_as_anothers(ctx, site)
    if acting:
        first = subj.start  # ("**Yesterday, NATUNA.** The president flew to the islands, …. “…”": past a run-in and a time)
    if subj is None or subj.start != first or \
            subj.kind not in ("mention", "name", "pronoun") + (("role",) if acting else ()) or \
            subj.kind == "pronoun" and subj.text.lower() not in ("he", "she"):
        return None
    spk = resolve(ctx, subj)
    last = ctx.last_quote[0]
    followed = last is not None and last.speaker == spk and not _NOT_SPEAKING.search(ctx.masked, subj.end, prev.end) \
        and not any(x.kind in ("mention", "name") and x.person and x.ref != spk
                    for x in ctx.cands_in(subj.end, prev.end))
    if (bare or not _ANNOUNCES.search(ctx.masked, prev.start, prev.end) and not followed and not acting) and \
            (not _NAME_ONLY_REST.fullmatch(ctx.masked, subj.end, prev.end) or
             any(x.kind in ("mention", "name") and x.person and x.ref != subj.ref
                 for x in ctx.cands_in(subj.end, prev.end))):
        # (a sentence of the name alone, "Đurić now, also on X.": not "Tusk, Orbán.", two names)
        return None  # "Tusk was jeered outside parliament. “Traitor!”": nothing says he spoke
    if spk and is_person(ctx, spk) and (subj.kind != "role" or spk in ctx.reg.actors):
        return Statement(spk, "direct", q.start, q.end, "", site.s_lo, site.s_hi, (site.lo, site.hi),
                         site.inner, site.inner, date_zone=[(prev.start, prev.end)], subject_pos=subj.start)
    return None


#: A verb in the past right after a sentence's subject, the subject doing it ("flew to the islands",
#: "met fishermen"): not a passive, nor one of being or having ("was jeered", "had a letter").
_ACTS_AFTER_SUBJECT = re.compile(r"\s+(?:then\s+|later\s+|also\s+)?(?!(?:was|were|had|is|are|has|have|did|got)\b)"
                                 r"(?:[a-z]{2,}ed|flew|went|came|met|took|made|left|gave|held|drove|rode|stood|sat|spoke|"
                                 r"wrote|began|led|sent|won|lost|chose|broke|rose|ran)\s+(?!by\b)")


#: What may open a sentence before its acting subject: a run-in heading in bold and a time ("**Yesterday,
#: NATUNA.** ", "Later, ", "On Wednesday ").
_ACT_OPENING = re.compile(r"(?:[*_]{0,2}[^*_\n]{1,60}[*_]{2}\s*)?(?:(?:Yesterday|Today|Later|Earlier|Then|That\s+[a-z]+|"
                          r"On\s+[A-Z][a-z]+(?:\s+\d{1,2}(?:\s+[A-Z][a-z]+)?)?|The\s+next\s+[a-z]+)\s*,?\s+)?")


#: Where a sentence acting on a text or beside a crowd brings in words that are not the subject's: "unfolded a
#: photocopy of the 1899 agreement", "past several hundred demonstrators" (``_NOT_SPEAKING`` has more).
_ACTS_ON_WORDS = re.compile(r"(?i)(?<![\w-])(?:agreements?|treat(?:y|ies)|(?:photo)?cop(?:y|ies)|plaques?|inscriptions?|maps?|"
                            r"demonstrators|supporters|marchers|mourners|fans)(?![\w-])")
#: The sentence after a quote that tells whose words they were: "The chant followed his car …", "The line,
#: spoken by a ministry spokesman in 2013, …", "The man who said it, a fisherman, …".
_QUOTE_TOLD_AFTER = re.compile(r"[\s*_]*(?:The|That|This|Those|These)\s+(?:[\w-]+\s+){0,2}?(?:chant|line|lines|words|slogan|"
                               r"sentence|passage|phrase|cry|shout|refrain|inscription|question|quotation|quote|man|woman|"
                               r"voice|speaker)(?![\w-])(?!\s+(?:was|were|are|is)\s+(?:his|hers|theirs)\b)")  # (not "The words were his")


def _told_after_as_anothers(ctx: ArticleContext, site: QuoteSite) -> bool:
    """Whether the sentence right after a quote standing alone, in its paragraph, tells the words
    as something else or another's ("“Halayeb is ours!” The chant followed his car …")."""
    nxt = site.s_hi + 1
    return nxt < len(ctx.sents) and ctx.para_index(ctx.sents[nxt].start) == ctx.para_index(site.q.open) and \
        _QUOTE_TOLD_AFTER.match(ctx.masked, ctx.sents[nxt].start) is not None


def _acts(ctx: ArticleContext, subj, prev) -> bool:
    """Whether the sentence before a quote standing alone tells its subject, a person, doing
    something ("The president flew to the islands, met fishermen and boarded a warship. “…”"),
    no other person named in it: the quote is that person's, as a report goes on to quote whom
    it shows acting; not one shown undergoing something ("Tusk was jeered outside parliament.")."""
    return _ACTS_AFTER_SUBJECT.match(ctx.masked, subj.end) is not None and \
        not _NOT_SPEAKING.search(ctx.masked, subj.end, prev.end) and not _ACTS_ON_WORDS.search(ctx.masked, subj.end, prev.end) and \
        not any(x.kind in ("mention", "name", "role") and x.ref != subj.ref and (x.person or x.kind == "role")
                for x in ctx.cands_in(subj.end, prev.end))


def _office_holder(ctx: ArticleContext, cs: list):
    """Of the candidates after "came from" or after an owner's possessive ("From the same office's
    foreign minister, Marko Đurić"), the one the words came from: the first, but the name an office
    is followed by ("the Foreign Minister, Winston Peters"); None when there are none."""
    if len(cs) > 1 and cs[0].kind == "role" and cs[1].kind in ("mention", "name") and \
            re.fullmatch(r",\s*", ctx.masked[cs[0].end:cs[1].start]):
        return cs[1]
    return cs[0] if cs else None


#: Another clause after the one the words came from: ", and Orbán …", "; …", ", but …".
_ANOTHER_CLAUSE = re.compile(r"[;]|,\s+(?:and|but|while|whereas|as|when)\s")
#: Words that came from someone, a sentence with no verb of speech: "Ghana's answer came from its
#: information minister, …", "The reply came from Ankara's envoy", "Nigeria's case was put by its
#: information minister, Lai Mohammed, …", "The government's response was delivered by …".
_WORDS_CAME_FROM = re.compile(r"(?i)(?<![\w-])(?:answer|reply|response|reaction|rebuttal|retort|statement|case|defen[cs]e|"
                              r"message|warning|comments?|words)\s+(?:\w+\s+){0,2}?(?:(?:came|comes)\s+(?:\w+ly\s+)?from|"
                              r"(?:was|were|is)\s+(?:put|made|given|delivered|read(?:\s+out)?|set\s+out|issued)\s+by)\s+")


#: A sentence that announces what its subject is about to say: "She had praise for the
#: Taoiseach as well", "He was blunt", "She went further", "He put it simply", "He turned to …".
_ANNOUNCES = re.compile(r"(?<![\w-])(?:(?:had|has|have)\s+(?:\w+\s+){0,3}?(?:praise|words|criticism|message|"
                        r"warning|advice|reply|answer|retort)|(?:was|were|is|are)\s+(?:\w+\s+)?(?:blunt|emphatic|"
                        r"clear|direct|defiant|categorical|unequivocal|scathing|dismissive|sharper|kinder|harsher|"
                        r"furious|angry|adamant|firm|asked|less\s+\w+|more\s+\w+|in\s+no\s+(?:doubt|mood)|unrepentant)|"
                        r"went\s+further|put\s+it\s|turned\s+to|did\s+not\s+(?:mince|hold\s+back)|took\s+aim|"
                        r"struck\s+an?\s+\w+\s+tone|answered|replied|responded|reacted|insisted)(?![\w-])")


#: In a sentence about the person quoted last, what says the next quote is not theirs: a passive
#: ("was jeered", "was met by protesters"), or something written or shown ("a letter", "a banner").
_NOT_SPEAKING = re.compile(r"(?<![\w-])(?:(?:was|were|is|are|been|being|got|gets)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|t)\b|"
                           r"letter|banner|sign|placard|poster|note|text|message|post|tweet|slogan|chant\w*|"
                           r"headline|graffiti|leaflet|document|statement|crowd|protesters?)", re.I)
#: What may follow the name in a sentence that is only a name: "Haley again.", "Nebenzia, in reply."
_NAME_ONLY_REST = re.compile(r"[\s,]*(?:again|too|also|next|now|once\s+more|in\s+reply|in\s+turn|then)?"
                             r"(?:,?\s+(?:also\s+)?on\s+(?:" + v.PLATFORM_NAMES + r"))?"  # ("Đurić now, also on X.")
                             # ("Kofod on TV.", "Maïga to the press.", "Tusk on state radio.")
                             r"(?:,?\s+(?:on|to)\s+(?:(?:the\s+)?(?:state|national|public|local)\s+)?(?:TV|television|radio|"
                             r"the\s+(?:radio|press|cameras)|reporters|journalists))?"
                             r"(?:,\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+|for\s+)?[A-Z][\w'’-]*){0,5})?"  # (", Foreign Minister of Serbia.")
                             r"[\s.:!*_]*")
#: A field's label that names the source of the words, before the name that opens a sentence:
#: "Supplier: ", "**Caller:** ", "From: " (not "Recipient:", "Subject:", "Target:": the words' addressee or topic).
_FIELD_BEFORE_NAME = re.compile(r"[*_]{0,2}(?:From|Sender|Sent\s+by|Speaker|Author|Caller|Writer|Supplier|Source|By|Who|"
                                r"Signed|Signatory|Issuer|Poster|Posted\s+by|Submitted\s+by|Filed\s+by|Voice)"
                                r"[*_]{0,2}:[*_]{0,2}[ \t]+")


#: A bullet journal's signifier or a list's mark opening the line: "○ ", "– ", "· ", "× ", "• ".
_JOURNAL_MARK = re.compile("[" + re.escape(v.JOURNAL_MARKS) + r"][ \t]+")
#: A journal's or a log's time before the sentence it opens: "Evening: ", "Late afternoon: ", "21:40: ".
_PART_OF_DAY_LABEL = re.compile(r"(?:(?:[Ee]arly|[Ll]ate|[Ll]ater)\s+)?(?:[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight|[Mm]idday|"
                                r"[Nn]oon|\d{1,2}[:.]\d{2})[ \t]*:[ \t]+")


def _lead_space(ctx: ArticleContext, pos: int) -> int:
    """How far the first word of the sentence at ``pos`` is: past spaces, emphasis and a
    liveblog entry's time ("**15:38** — He …")."""
    seg = ctx.masked[pos:pos + 30]
    return len(seg) - len(seg[_stamp_end(seg):].lstrip(" \n*_"))


#: A sentence that says what the quote before it was: "That was …", "Such were …".
_POINTS_TO_QUOTE = re.compile(r"\s*(?:That|This|Those|These|Such)\s+(?:was|were|is|are|has\s+been)\s")
_HOW_AFTER = re.compile(r"\s*(?:how|what)\s")


#: A sentence that tells, in the passive, who wrote or said the words just quoted: "The sentence was typed
#: by Aleksandar Vučić", "Those words were spoken by the foreign minister", "The post had been written by …".
_WORDS_WERE_BY = re.compile(r"[\s*_]*(?:The|That|This|Those|These)\s+(?:[\w-]+\s+){0,2}?(?:sentences?|lines?|words|remarks?|posts?|"
                            r"tweets?|messages?|phrases?|quotes?|quotations?|statements?|comments?|thoughts?)\s+"
                            r"(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+|first\s+)?(?:typed|written|posted|said|spoken|"
                            r"tweeted|uttered|published|made|delivered|sent|voiced)\s+(?:[^.;:\n“”\"]{0,30}?\s)?by\s+")
#: How many sentences after a quote such a telling may come.
WORDS_WERE_BY_SENTENCES = 2


def told_by_after(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quote no rule before gives a speaker, followed within two sentences (in its paragraph or
    the next, no other quotation between) by one that tells in the passive who wrote or said the
    words ("A sentence arrives, and it is not yours: “…” ¶ Notice it. The sentence was typed by
    Aleksandar Vučić, the President of Serbia, …", ``_WORDS_WERE_BY``): the one named after "by";
    dated by that sentence."""
    q = site.q
    if site.s_hi + 1 >= len(ctx.sents) or "by" not in ctx.masked[site.hi:site.hi + 600]:
        return None
    for k in range(site.s_hi + 1, min(len(ctx.sents), site.s_hi + 1 + WORDS_WERE_BY_SENTENCES)):
        sent = ctx.sents[k]
        if ctx.para_index(sent.start) - ctx.para_index(q.open) > 1 or v.MASK in ctx.masked[site.hi:sent.end]:
            return None
        told = _WORDS_WERE_BY.match(ctx.masked, sent.start, sent.end)
        if told is None:
            continue
        x = next(iter(ctx.cands_in(told.end(), sent.end)), None)
        if x is None or x.start != told.end() and ctx.masked[told.end():x.start].strip().lower() not in ("the", "a", "an") or \
                x.kind not in ("mention", "name", "role") or x.channel or (spk := resolve(ctx, x)) is None or \
                is_outlet_name(ctx.reg, spk, x.text or ""):
            return None  # (nor an outlet: "The statement was carried by The Irish Times")
        stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(sent.start, sent.end)])
        stmt.subject_pos = x.start
        return stmt
    return None


def named_after(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A paragraph that is only a quote (a wire's opening quote after its dateline) is the
    speech of the subject of the next sentence, when that sentence says so: it has a reporting
    verb, or words that point back ("those words", "the accusation")."""
    q = site.q
    if ctx.para_index(q.open) != ctx.para_index(site.lo) or not _standalone(ctx, site, fragment=True):
        return None
    para = ctx.paras[ctx.para_index(q.open)]
    if not _LIST_LEAD.fullmatch(ctx.masked, para.start, q.open) and not v.DATELINE.match(ctx.masked, para.start):
        return None  # not the paragraph's first words (an item's number and emphasis aside)
    if ctx.masked[max(0, para.start - 4):para.start].rstrip().endswith(":"):
        return None  # "Orbán wrote on Facebook on Monday:" / "> “…”": brought in by the paragraph before
    if site.s_hi + 1 >= len(ctx.sents):
        return None
    nxt = ctx.sents[site.s_hi + 1]
    text = ctx.masked[nxt.start:nxt.end]
    if ctx.para_index(nxt.start) - ctx.para_index(q.open) > 1 or v.MASK in text:
        return None
    if ctx.paras[ctx.para_index(nxt.start)].start == nxt.start and \
            (unnamed := unnamed_signature(ctx, site, nxt.start, nxt.end - len(text) + len(text.rstrip(" .*_\n")))) is not None:
        return unnamed  # (a source's line of its own that names no one: "Source: the same address.")
    lead = _POINTS_TO_QUOTE.match(text)
    # "That was Tusk's verdict", "That was how Manuel Adorni greeted the news"
    pointer = lead and (v.BACK_NOUN.search(text) or _HOW_AFTER.match(text, lead.end()))
    line = _attribution_line(ctx, nxt) or _attribution_line(ctx, nxt, site.close)
    if line is None and not (verbs_in(ctx, nxt.start, nxt.end, False) or v.REFERS_BACK.search(text) or pointer):
        return None
    if line is not None:
        subj = line
    elif pointer:  # "That was Tusk's verdict on Friday", "Those were the words of the minister"
        subj = next((x for x in ctx.cands_in(nxt.start, nxt.end) if x.kind in ("mention", "name", "poss", "role")
                     and not x.channel), None)
    else:
        subj = _sentence_subject(ctx, nxt.start, nxt.end)
    spk = resolve(ctx, subj) if subj else None
    if spk and line is not None and is_outlet_name(ctx.reg, spk, subj.text or "") and \
            _AIRED.search(ctx.masked, nxt.start, nxt.end) is not None and \
            (guest := _interviewed_by(ctx, spk, q.open)) is not None:
        # ("— LCI, broadcast 21 April 2023": the channel that carried the words of the one the text says it
        # interviewed, "LCI broadcast an interview with Lu Shaye"; else an outlet's own words, "Türkiye Today, …")
        spk, subj = guest, Cand(subj.start, subj.end, "mention", guest, subj.text)
    if not spk:
        return None
    return Statement(spk, "direct", q.start, q.end, "", site.s_lo, site.s_hi, (site.lo, site.hi), site.inner,
                     site.inner, date_zone=[(nxt.start, nxt.end)], subject_pos=subj.start)


#: A signature's word for a broadcast or an interview: "— LCI, broadcast 21 April 2023" (not "— LCI,
#: editorial", the outlet's own words).
_AIRED = re.compile(r"(?i)(?<![\w-])(?:broadcast|aired|interview(?:ed)?|programme|program|show|transmitted)(?![\w-])")
#: An interview given to an outlet, before the one who gave it: "an interview with ", "interviewed ".
_INTERVIEW_WITH = re.compile(r"(?i)(?<![\w-])(?:interview(?:s|ed)?\s+with|interviewed)\s+(?:the\s+)?")


def _interviewed_by(ctx: ArticleContext, outlet: str, before: int) -> str | None:
    """The one person the text says ``outlet`` interviewed, in a sentence before ``before`` that
    names it ("LCI broadcast an interview with Lu Shaye, …"), else None."""
    found = set()
    for sent in ctx.sents:
        if sent.start >= before:
            break
        if not any(x.ref == outlet for x in ctx.cands_in(sent.start, sent.end)):
            continue
        for m in _INTERVIEW_WITH.finditer(ctx.masked, sent.start, sent.end):
            x = next((x for x in ctx.cands_in(m.end(), sent.end) if x.kind in ("mention", "name")), None)
            if x is not None and x.start == m.end() and (who := resolve(ctx, x)) is not None and is_person(ctx, who):
                found.add(who)
    return found.pop() if len(found) == 1 else None


#: What follows the speaker who opens an attribution line: an appositive, an occasion, "again".
_LINE_AFTER = re.compile(r"\s*(?:[,(]|(?:again|in|on|at|during|speaking|answering|replying|responding|writing|"
                         r"describing|addressing|later|earlier|the\s+same)(?![\w-]))")
#: Before the speaker who opens a line: emphasis, a dash, "The" ("The Serbian president at …",
#: "— Donald Tusk, …"), or a title ("Polish Prime Minister Donald Tusk, on Wednesday").
_THE_LEAD = re.compile(r"[\s*_—–-]*(?:The\s+)?")
#: Where the head of an attribution line ends: a subordinate clause ("as the containers were
#: unloaded", "who …", "when Serbia hoped …").
_LINE_HEAD_END = re.compile(r"(?<![\w-])(?:as|when|while|after|before|because|who|which|that|where)(?![\w-])|[;:]")
#: The line's own verb, where a sentence's predicate stands: right after the speaker (a time or
#: an adverb between: "Orbán on Monday vetoed …", "Orbán stayed …") or right after a comma or a
#: dash ("Orbán, in contrast, stayed at home", "…, since 2010, has vetoed …"): an auxiliary, a
#: past tense in -ed or a common irregular one. (A participle elsewhere describes: "in a
#: prepared statement", "in an interview published on Sunday".)
_VERB_WORD = (r"(?:has|have|had|is|are|was|were|did|does|do|will|would|can|could|may|might|"
              r"[a-z]+ed|" + v.COMMON_PAST + r"|spent|sat|rose|fell|became|meant|read|stays?|remains?)(?![\w'’-])")
_LINE_VERB_FIRST = re.compile(r"\s*(?:(?:on|in|at|last|this|again|later|then|also|still|once)\s+(?:[A-Z][a-z]+\s+)?)?"
                              r"(?:[a-z]+ly\s+)?" + _VERB_WORD)
_LINE_VERB_AFTER_BREAK = re.compile(r"[,—–]\s*(?:[a-z]+ly\s+)?" + _VERB_WORD)
#: A verb a note of a quote's source does not have: a finite form, a participle in -ed, or a verb in
#: the present before its object ("shows the", "wants a").
_FINITE_VERB = re.compile(r"(?<![\w-])(?:" + _VERB_WORD + r"|[a-z]+s\s+(?:the|a|an|that|to)\s)")


def _attribution_line(ctx: ArticleContext, sent, after: int | None = None):
    """'“…”' then a paragraph 'Albin Kurti, Kosovo's prime minister, on Wednesday, as …': a
    line that opens with a speaker and an appositive or an occasion and has no verb of its
    own (a list of quotes, a pull quote, a caption) names the quote's speaker, a registry's
    outlet too ("Türkiye Today, a news site, on Thursday"); the candidate, else None. With ``after``
    (a quote's close), the line may instead follow that quote on its own line ('*"…"* Donald Trump,
    Truth Social, late on Wednesday 30 July.')."""
    if after is not None:
        if not _follows_on_line(ctx, after, sent) or \
                v.MASK in ctx.masked[sent.start:sent.end] or ":" in ctx.masked[sent.start:sent.end]:
            return None  # (a signature: no quotation or lead-in of its own, not "AV (pp): Turkey is …")
    elif ctx.para_index(sent.start) == ctx.para_index(sent.start - 1) or \
            ctx.paras[ctx.para_index(sent.start)].start != sent.start:
        return None  # the line opens its own paragraph
    x = next(iter(ctx.cands_in(sent.start, sent.end)), None)
    if x is None or x.kind not in ("mention", "name", "role") or x.channel and x.kind != "mention" or \
            not (_THE_LEAD.fullmatch(ctx.masked, sent.start, x.start) or
                 after is None and _title_only(ctx.masked[sent.start:x.start])) or \
            not _LINE_AFTER.match(ctx.masked, x.end, sent.end):
        return None
    head_end = (m.start() if (m := _LINE_HEAD_END.search(ctx.masked, x.end, sent.end)) else sent.end)
    if _LINE_VERB_FIRST.match(ctx.masked, x.end, head_end) or _LINE_VERB_AFTER_BREAK.search(ctx.masked, x.end, head_end):
        return None  # "Kurti, however, did not reply", "Orbán on Monday vetoed …": a sentence of its own
    return x


#: Between a quote and the name of its speaker in a dash attribution: '.” — ', '” – '.
_DASH_AFTER = re.compile(r"[\s,.]*[—–]\s*")


def dash_after(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """'“…” — Donald Tusk, on X': a quote followed by a dash and a name (a pull quote, an
    epigraph, a liveblog's post) is that speaker's, when the name ends the paragraph or a comma
    or a bracket follows it."""
    q = site.q
    if q.close is None:
        return None
    para = ctx.paras[ctx.para_index(q.open)]
    m = _DASH_AFTER.match(ctx.masked, q.close + 1, para.end)
    if m is None or not ctx.masked[q.close + 1:m.end()].strip():
        return None
    x = next(iter(ctx.cands_in(m.end(), para.end)), None)
    if x is None or x.kind not in ("mention", "name", "role") or not _title_only(ctx.masked[m.end():x.start]):
        return None
    if ctx.masked[x.end:para.end].strip()[:1] not in ("", ",", "(", ";"):
        return None
    spk = resolve(ctx, x)
    if not spk:
        return None
    stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(x.end, para.end)])
    stmt.subject_pos = x.start
    stmt.claim = (q.open, para.end)  # the dash and the name are the quote's attribution
    _signature_topic(ctx, stmt, x.end, para.end)
    return stmt


#: A part of a signature that opens a sentence's own clause: "however", "in turn" (after the
#: name, '"…" Tusk, however, disagreed' goes on as a sentence, not as a signature).
_CLAUSE_ADVERB = re.compile(r"\s*(?i:however|though|meanwhile|instead|also|too|in\s+turn|for\s+(?:his|her|its|their)\s+part|"
                            r"then|later|still)(?![\w-])")
#: What may stand before a signed quote in its paragraph: a bullet, emphasis, a card's or an
#: exhibit's label in brackets ("[CARD F: ", "[EXHIBIT 4: ").
#: Or a field's label, in emphasis or not ("*Flavour:* ", "Inscription: "), naming no one
#: (``corpus.QUOTE_LINE_LABEL``; ``signature_after``).
_CARD_LEAD = re.compile(r"[ \t]*(?:[-*•][ \t]+)?(?:\[[A-Z][\w .'’-]{0,30}:[ \t]*|(?P<field>" + QUOTE_LINE_LABEL + "))?[*_]*")
#: The second person in a quote, or after it: "you", "your" (the words address their hearer; the name
#: after the quote is addressed, '"…" Colonel Sethi, your reaction.').
_SECOND_PERSON = re.compile(r"(?i)(?<![\w-])(?:you|your|yours)(?![\w-])")
#: How many words a signature after a quote may have: a name, a role, a channel, a date and an
#: occasion ("Lior Haiat, spokesman of the Israeli Foreign Ministry, Sunday 15 October 2023,
#: announcing a halt to security exports").
_SIGNATURE_WORDS = 30


#: A sentence's stop inside a signature's line, another sentence after it ("… on X, 17:14. Same post: …").
#: (not an initial's, "— A. Vučić", but the platform's: "… Tusk, on X. Same post: …")
_SIGNATURE_STOP = re.compile(r"(?:(?<=\son\sX)|(?<=\svia\sX)|(?<![\s.(—–-][A-ZÀ-ÖØ-ÞČĆŠŽĐ]))\.[ \t]+(?=[A-Z\"“¤])")
#: A title before a signature's name, capitalised words only: "President ", "Prime Minister ".
_TITLE_BEFORE_SIGNATURE = re.compile(r"\s+(?:(?!(?:By|Photo|Photos|Words|Text|Analysis|Interview|Report|Reporting|"
                                     r"Translated|Translation)\b)[A-Z][a-z]+\s+){1,3}")  # (not a byline's "By ")


#: What opens an endnote before its lemma: a page's or a note's label, "**p. 239** ", "12. ", "[3] ".
_NOTE_LABEL = re.compile(r"[ \t]*(?:(?:\*\*|__)?(?:p{1,2}\.|[Nn]ote)?[ \t]*\d{1,4}[.)]?(?:\*\*|__)?|\[\d{1,3}\])?[ \t]*[*_]*")
#: Between a lemma's closing mark and its source: the emphasis, a colon.
_LEMMA_COLON = re.compile(r"[*_]*[ \t]*:[ \t]*")


def lemma_source(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """An endnote's or a glossary's lemma in quotation marks, then a colon and its source ("**p.
    239** *“a man of his word”*: VO, post on X, 8 Oct. 2025."; "*“a kind of arms race”*: Mentor
    Vrajolli, Kosovo Center for Security Studies, …"; "*“a true friend”*: AV to Anadolu in Davos,
    19 Jan. 2023."): the words of the person the source opens with, dated by the source's
    sentence; not a lemma the note then quotes in full ("*“I am appalled”*: AV, post on X, … The
    English text read: “I am appalled by …”")."""
    q = site.q
    para = ctx.paras[ctx.para_index(q.open)]
    if q.close is None or not _NOTE_LABEL.fullmatch(ctx.body, para.start, q.open) or \
            (colon := _LEMMA_COLON.match(ctx.body, q.close + 1, para.end)) is None:
        return None
    lemma = ctx.body[q.start:q.end].strip().lower()
    later = [o for o in ctx.quotes if q.end < o.open < para.end]
    if any(lemma in ctx.body[o.start:o.end].lower() for o in later):
        return None  # (the note quotes the whole passage the lemma is of: those words are the statement)
    end = min([ctx.sents[ctx.sent_index(colon.end())].end, para.end] + [o.open for o in later])
    x = next(iter(ctx.cands_in(colon.end(), end)), None)
    if x is None or x.start != colon.end() or x.kind not in ("mention", "name") or not x.person or x.channel:
        return None
    if ctx.masked[x.end:end].strip()[:1] not in ("", ",", "(") and not _CHANNEL_AFTER_NAME.match(ctx.masked, x.end):
        return None  # ('*“…”*: Vučić said it twice'): a sentence, not a source
    spk = resolve(ctx, x)
    if not spk:
        return None
    stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(x.end, end)])
    stmt.subject_pos, stmt.claim = x.start, (q.open, end)
    stmt.start, stmt.end = q.open, end  # (the lemma and its source: what the note says was said, and by whom)
    return stmt


#: How many words a line of prose may have whose quotations a signature under it signs.
_SIGNED_PHRASE_WORDS = 40


def _phrase_signed_below(ctx: ArticleContext, para) -> bool:
    """Whether the paragraph ``para`` is one line of words with quotations, the last ending the
    line and its sentence, and no verb of speech and no person named outside them, under a heading
    or another signature and over a signature after a dash on the next line: a commonplace book's
    'A change in that position "will directly influence our good-neighborly relations."' over "—
    Dačić, the same week" (the signer's words, each of its quotations)."""
    nl = ctx.body.find("\n", para.end)
    above = ctx.body[:para.start].rstrip()
    above = above[above.rfind("\n") + 1:].strip()
    if not (above.startswith(("#", "**")) or SIGNATURE_DASH.match(above)):
        return False  # (under a heading or another signature, as in a quotation book; not a letter's or
        # an op-ed's scare quotes over its sign-off, "— Ana Vidal, Santiago")
    line = ctx.body[para.start:para.end].rstrip(" \t*_")
    if not line.endswith(('."', '!"', '?"', '…"', '.”', '!”', '?”', '…”', '".', '”.')):
        return False  # (its last quotation ends the line and its sentence: not a letter's scare quotes in
        # prose, 'The so-called "routine export" … is anything but routine.', nor a book's title)
    return nl >= 0 and not ctx.body[para.end:nl].strip() and "\n" not in ctx.body[para.start:para.end] and \
        SIGNATURE_DASH.match(ctx.masked, nl + 1, ctx.body.find("\n", nl + 1) % (len(ctx.body) + 1)) is not None and \
        len(ctx.masked[para.start:para.end].split()) <= _SIGNED_PHRASE_WORDS and \
        not verbs_in(ctx, para.start, para.end, True) and \
        not any(c.kind in ("mention", "name") and c.person or c.kind in ("pronoun", "role")
                for c in ctx.cands_in(para.start, para.end))


def signature_after(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """'"We do not support genocides." Gustavo Petro, on X, the same Sunday.': a finished
    quotation (its stop inside or right after the closing mark) followed, with no dash and no
    verb, by a name and then only the name's role, channel, date or occasion up to the end of
    the paragraph or of the bracket around it (a stimulus card, an exhibit, a quote box) is that
    speaker's; the signature dates it. So is a quotation on its line signed on the line below,
    after a dash or not; after a dash, a field's phrase too ('*Flavour:* “pouring oil on the
    fire”' over "— M. Đurić, on X, 8 October 2025"), and the quotations of a line of words that
    has no verb of speech and names no person over it (``_phrase_signed_below``)."""
    q = site.q
    if q.close is None:
        return None
    stopped = ctx.body[q.close - 1:q.close] in (".", "!", "?", "…")
    para = ctx.paras[ctx.para_index(q.open)]
    lead = _CARD_LEAD.fullmatch(ctx.body, para.start, q.open)
    if lead is not None and lead.group("field") and ctx.cands_in(para.start, q.open):
        lead = None
    if lead is None and not _phrase_signed_below(ctx, para):
        return None  # (the quote opens its paragraph, or a card's label: 'Tusk said: "…" Orbán, 61, …' is Tusk's)
    field = bool(lead and lead.group("field"))
    lo, dashed = q.close + 1, False
    if lead is None or not ctx.masked[lo:para.end].strip(" \t.*_"):
        # (a quote that is its line, signed on the next one: a quote sheet's '"…"' over 'President
        # Aleksandar Vučić on X, 17:14.')
        nl = ctx.body.find("\n", para.end)
        para_end = (ctx.body.find("\n", nl + 1) + 1 or len(ctx.body) + 1) - 1 if nl >= 0 else -1
        if nl < 0 or ctx.body[para.end:nl].strip() or not ctx.body[nl + 1:para_end].strip():
            return None
        lo = nl
        if (dash := SIGNATURE_DASH.match(ctx.masked, nl + 1, para_end)) is not None:
            # (signed after a dash, a line of its own: '*Flavour:* "…"' over "— A. Vučić, on X, 8 October
            # 2025"; a field's words a phrase or not, "*Flavour:* “pouring oil on the fire”"; not a
            # reading list's '"The Illiberal Turn"' over "— Péter Magyar, Foreign Affairs, 2019")
            lo, stopped, dashed = dash.end(), stopped or field or lead is None, True
        elif lead is None:
            return None
    else:
        para_end = para.end
    if not stopped:
        return None  # (not a title in a reading list: '"The Illiberal Turn". Péter Magyar, Foreign Affairs')
    # (up to the end of the paragraph or of the bracket around it: "[CARD F: "…" Gustavo Petro, on X.]")
    end = lo + len(ctx.masked[lo:para_end].rstrip(" \t.*_").removesuffix("]").rstrip(" \t.*_"))
    # (or of its sentence, when another follows: '"…" President Aleksandar Vučić on X, 17:14. Same post: "…"')
    if (stop := _SIGNATURE_STOP.search(ctx.masked, lo, end)) is not None:
        end = stop.start()
    if end <= lo or not (dashed or ctx.masked[lo:lo + 1].isspace()) or \
            len(ctx.masked[lo:end].split()) > _SIGNATURE_WORDS or \
            v.MASK in ctx.masked[lo:end] or any(o.open >= lo and o.close is not None and o.close < end for o in ctx.quotes):
        return None
    if (unnamed := unnamed_signature(ctx, site, lo, end)) is not None:
        return unnamed  # ("— *to reporters in Belgrade, Thursday 9 October*", "Heard: the same post.")
    x = next(iter(ctx.cands_in(lo, end)), None)
    if x is None or x.kind not in ("mention", "name") or x.channel or \
            ctx.masked[lo:x.start].strip() and not _TITLE_BEFORE_SIGNATURE.fullmatch(ctx.masked, lo, x.start) and \
            not _SOURCE_LABEL.fullmatch(ctx.masked, lo, x.start) or \
            x.kind == "mention" and getattr(ctx.reg.actors.get(x.ref), "kind", None) != "person":
        return None  # (a person's name first, right after the quote: not "Bahrain and Kuwait followed")
    rest = ctx.masked[x.end:end]
    if rest.strip()[:1] not in ("", ",", "(") and not _CHANNEL_AFTER_NAME.match(rest) or \
            _AUXILIARY.search(rest) or _SECOND_PERSON.search(rest) or \
            any(not m.group().endswith("ing") for m in verbs_in(ctx, x.end, end, True)) or \
            any(_CLAUSE_ADVERB.match(part) for part in rest.split(",")[1:]):
        # (an occasion told by a participle is still a signature: "…, on X, replying to Gallant")
        return None  # ('"…" Tusk, however, disagreed', '"…" Orbán has denied it': a sentence, not a signature)
    spk = resolve(ctx, x)
    if not spk:
        return None
    stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(x.end, end)])
    stmt.subject_pos = x.start
    if lead is None:  # (a line of words with its quotations: the whole line, its closing mark too)
        stmt.start, stmt.end = para.start, max(stmt.end, q.close + 1)
    else:
        stmt.start = min(stmt.start, q.open) if ctx.masked[stmt.start:q.open].strip(" *_") == "" else q.open
    stmt.claim = (q.open, end)  # (not a card's or an exhibit's label before it: "[CARD F: ")
    return stmt


#: A signature that names no one: after a field's label ("Heard:", "Source:") or none, only the same
#: source as the quotation before ("the same post, its last line", "the same address", "the same
#: post by Osmani"), the same one ("the same, the same day"), a part of one ("the end of Osmani's
#: post"), or an occasion: an audience, a
#: channel, a text or a day ("to reporters in Belgrade, Thursday 9 October", "on X, Wednesday 8
#: October, at 17:14", "in an interview with RTS", "Wednesday 8 October").
_UNNAMED_SIGNATURE = re.compile(r"[\s*_]*(?:[A-Z][a-z]+(?:[ \t]+[a-z]+)?[ \t]*:[ \t*_]*)?[*_]*"
                                r"(?:(?P<same>(?:(?:[Tt]he[ \t]+)?(?:end|start|beginning|opening|close|rest|(?:last|first)[ \t]+line)[ \t]+of[ \t]+"
                                r"(?:the[ \t]+|his[ \t]+|her[ \t]+|[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?['’]s[ \t]+)(?:same[ \t]+)?|"
                                r"(?:[Tt]he[ \t]+)?[Ss]ame[ \t]+(?:(?:day|morning|afternoon|evening|night)['’]s[ \t]+)?)"
                                r"(?:post|address|speech|broadcast|interview|statement|communiqu[eé]|letter|text|video|"
                                r"source|answer|reply|message|tweet|thread|briefing|(?:press[ \t]+|news[ \t]+)?conference|"
                                r"programme|session|remarks)(?![\w-])|"
                                # (the same one, as a quotation book writes: "— the same, the same day", "— the same")
                                r"(?:[Tt]he[ \t]+)?[Ss]ame(?=[ \t]*(?:[,.]|$)))|"
                                r"(?:to|on|during|in[ \t]+(?:an?|his|her|the)[ \t]+(?:[a-z]+[ \t]+)?"
                                r"(?:interview|address|speech|post|statement|broadcast|briefing)|"
                                r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}[ \t]+[A-Z][a-z]+)(?![\w'’-]))")
#: Words of a crowd's, a banner's or a street's words in a signature: nobody's statement by its occasion.
#: So are a reader's, a listener's, a stage's, an inscription's and a sermon's: "via email, from a
#: reader", "on stage at the Katona", "on the bronze plaque", "during the homily".
_CROWD_OCCASION = re.compile(r"(?i)(?<![\w-])(?:banners?|placards?|signs?|posters?|chants?|crowds?|protests?|"
                             r"protesters|rally|rallies|march|marchers|graffiti|slogans?|walls?|readers?|listeners?|"
                             r"viewers?|callers?|e-?mail|hotline|stage|plaque|inscription|monument|memorial|homily|"
                             r"sermon|pulpit|tram|market|street|vox)(?![\w-])")
#: A field's label of who said the words before a signature's name, a title after it or none: "Heard:
#: President …", "Source: ", "Said by: " (not a field of another role: "Target:", "Recipient:").
_SOURCE_LABEL = re.compile(r"\s*[*_]*(?:Heard|Source|Said\s+by|Speaker|Attribution|Credit|Quoted|Who)[ \t]*:[*_]*[ \t]*"
                           r"(?:[A-Z][a-z]+[ \t]+){0,3}")
#: How many paragraphs back the quotation whose source a signature says is "the same" may stand.
_SAME_SOURCE_PARAGRAPHS = 6


def _title_person(ctx: ArticleContext) -> str | None:
    """The one person of the registry the article's title names, else None."""
    people = {mt.actor for mt in ctx.reg.find_mentions(ctx.article.meta.title or "")
              if getattr(ctx.reg.actors.get(mt.actor), "kind", None) == "person"}
    return next(iter(people)) if len(people) == 1 else None


#: A line that is no prose between two quotations of one voice: a heading or a run-in title in bold, a
#: question, a signature after a dash or a field's label, a quotation.
_APPARATUS_LINE = re.compile(r"[ \t>]*(?:#{1,6}[ \t].*|(?:\*\*|__)[^\n]*(?:\*\*|__)[ \t.:?]*|.*\?[ \t*_]*|[—–-].*|[A-Z][a-z]+(?:[ \t]+[a-z]+)?[ \t]*:.*|"
                             r"[“\"].*[”\"][ \t.*_]*|[ \t*_]*)")


def _only_apparatus(ctx: ArticleContext, lo: int, hi: int) -> bool:
    """Whether the lines between [lo, hi) are all apparatus (``_APPARATUS_LINE``), no prose."""
    return all(_APPARATUS_LINE.fullmatch(line) for line in ctx.body[lo:hi].split("\n"))


def _under_question(ctx: ArticleContext, pos: int) -> bool:
    """Whether the last line with words before ``pos`` is a question or a heading."""
    end = len(ctx.body[:pos].rstrip())
    line = ctx.body[ctx.body.rfind("\n", 0, end) + 1:end]
    words = line.strip(" \t*_#>")
    return words.endswith("?") or line.lstrip().startswith(("#", "**")) and not words.endswith((".", ":"))


def unnamed_signature(ctx: ArticleContext, site: QuoteSite, lo: int, end: int) -> Statement | None:
    """A quotation signed, on its line or under it, by a signature that names no one
    (``_UNNAMED_SIGNATURE``), the words of: the owner the signature names after "by" or "of" or in
    the possessive ("the same post by Osmani", "the end of Osmani's post", "on Magyar's Facebook
    page"; not one spoken to, "to Erdoğan's face"); for "the same post", the voice of the quotation
    before, in the few paragraphs above (``_SAME_SOURCE_PARAGRAPHS``); for an occasion only ("—
    *to reporters in Belgrade, Thursday 9 October*"), that voice when only headings, questions and
    signatures stand between and no one else is named (``_only_apparatus``), else, right under a
    question or a heading, the one person the title names (a questionnaire answered from the
    record, ``_under_question``, ``_title_person``); never a crowd's, a banner's, a reader's or a
    sermon's words (``_CROWD_OCCASION``). The signature dates the words. Not a signature with a verb
    of its own ("on Friday Orbán denied it")."""
    m = _UNNAMED_SIGNATURE.match(ctx.masked, lo, end)
    if m is None or v.MASK in ctx.masked[lo:end] or _AUXILIARY.search(ctx.masked, lo, end) or \
            any(not w.group().endswith("ing") for w in verbs_in(ctx, lo, end, True)):
        return None
    people = [x for x in ctx.cands_in(lo, end) if x.kind in ("mention", "name") and x.person and not x.channel]
    k = ctx.para_index(site.q.open)
    prev = next((s for s in reversed(ctx.statements) if s.end <= site.q.open), None)
    if prev is not None and k - ctx.para_index(prev.start) > _SAME_SOURCE_PARAGRAPHS:
        prev = None
    owner = next((x for x in people if ctx.masked[x.start - 3:x.start] in ("by ", "of ") or
                  ctx.masked.startswith(("'s", "’s"), x.end) and ctx.masked[x.start - 3:x.start] != "to "),
                 None)  # ("by Osmani", "on Magyar's Facebook page"; not "to Erdoğan's face")
    if owner is not None:
        spk = resolve(ctx, owner)
    elif m.group("same"):
        spk = prev.speaker if prev is not None else None
    else:
        if any(ctx.masked[x.start - 3:x.start] != "to " for x in people) or _CROWD_OCCASION.search(ctx.masked, lo, end):
            return None  # (someone named there other than whom the words were said to, or a crowd's words)
        # the voice of the quotation above, when only headings, questions and signatures stand between
        # (a questionnaire's answers, a quote sheet's lines); else, right under a question or a heading,
        # the one person the title names (its first answer); not past a sentence of prose, which may
        # bring in someone else ("A Ukrainian diplomat did not hold back.")
        since = ctx.body.find("\n", prev.end) if prev is not None else -1
        if prev is not None and 0 <= since <= site.q.open and _only_apparatus(ctx, since, site.q.open) and \
                getattr(ctx.reg.actors.get(prev.speaker), "kind", "person") == "person" and \
                not any(x.person and x.kind in ("mention", "name") and x.ref != prev.speaker
                        for x in ctx.cands_in(since, site.q.open)):
            spk = prev.speaker  # (not past another person named between: "**14:25** Friedrich Merz has arrived.")
        elif _under_question(ctx, ctx.paras[k].start):
            spk = _title_person(ctx)
        else:
            return None
    if not spk or getattr(ctx.reg.actors.get(spk), "kind", "person") not in ("person",):
        return None
    if m.group("same") and (before := next((s for s in reversed(ctx.statements) if s.end <= site.q.open and
                                             s.speaker == spk), None)) is not None:
        stmt = _goes_on(site, before, [(lo, end)])  # (and of its day, the signature telling none)
    else:
        stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(lo, end)])
    stmt.claim = (site.q.open, end)
    return stmt


#: A numbered quotation's paragraph before its quote: "**1.** ", "4. ", "**6.** (tr.) ".
_NUMBERED_QUOTE_LEAD = re.compile(r"[ \t]*(?:\*\*|__)?\d{1,3}[.)](?:\*\*|__)?[ \t]+(?:\([^()\n]{1,20}\)[ \t]+)?[*_]*")
#: A note's label before what it says of the quotation above: "*Explanation:* ", "Context: ", "**Note.** ".
#: (a label of the source, not of another role: not "*Target:*", "*Recipient:*")
_NOTE_FIELD = re.compile(r"[ \t]*[*_]*(?:(?:Our|My|The\s+editor['’]s|Editor['’]s)\s+(?:note|notes|comment|explanation)|"
                         r"Explanation|Explained|Note|Notes|Context|Source|Comment|Commentary|Background|"
                         r"Attribution|Answer|Speaker|Who|Said\s+by|Occasion|Origin|Provenance|Reference)"
                         r"[ \t]*[:.][*_]*[ \t]*")
#: A word in "-ed" that a participle's preposition follows ("posted on X", "quoted by"): any other
#: is a finite verb of a sentence about the speaker ("walked out of the room"), no note of a source.
_ED_WORD = re.compile(r"[a-z](?<![\w-].)[a-z]+ed(?![\w-])")
#: A verb right after a note's subject, whatever follows it: the note tells an act ("Orbán responded to
#: it …", "Orbán left the room"); a participle of an occasion stands after a comma (", quoted by PAP").
_VERB_RIGHT_AFTER = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:[a-z]{2,}ed|" + v.COMMON_PAST + r")(?![\w-])")
_PARTICIPLE_PREPOSITION = re.compile(r"[ \t]+(?:by|on|to|in|at|from|during|for|with|after|before|via|through)(?![\w-])")
#: A part of the words the note names before their speaker: "The opening of (the Serbian President's post)".
_PART_OF_WORDS = re.compile(r"(?:[Tt]he[ \t]+)?(?:opening|close|closing|end|start|beginning|rest|heart|gist|last[ \t]+line|"
                            r"first[ \t]+line)[ \t]+of[ \t]+")
#: The words' own noun after their speaker's possessive in a note: "The Turkish President's reply", "'s post on X".
_WORDS_NOUN_AFTER = re.compile(r"['’]s[ \t]+(?:[a-z]+[ \t]+)?(?:" + "|".join(sorted(_SAID_NOUNS | {
    "post", "tweet", "speech", "address", "letter", "interview", "comment", "rejoinder", "reaction"})) + r")(?![\w-])")


def note_under_numbered(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A numbered quotation, alone in its paragraph ("**3.** “…”"), with a note paragraph under it
    whose first sentence, after a source's label or none, opens with its speaker and then tells only
    the occasion, channel or time ("*Explanation:* The Serbian President, less than a day after
    Quotation 1.", "The Turkish President's reply the same day.", "The opening of the Serbian
    President's post on X, late on the Wednesday afternoon."): a study guide's or a collection's
    quotation, that speaker's words, dated by the note. A note that says "Same interview." gives the
    speaker of the numbered quotation right above, when it has one. Not a note under another label
    ("*Target:* …"), nor one that tells what the speaker did ("The President later denied it.")."""
    q = site.q
    if q.close is None:
        return None
    para = ctx.paras[ctx.para_index(q.open)]
    if not _NUMBERED_QUOTE_LEAD.fullmatch(ctx.body, para.start, q.open) or ctx.masked[q.close + 1:para.end].strip(" \t.*_"):
        return None
    k = ctx.para_index(q.open) + 1
    if k >= len(ctx.paras) or ctx.body.count("\n", para.end, ctx.paras[k].start) != 2:
        return None
    note = ctx.paras[k]
    label = _NOTE_FIELD.match(ctx.body, note.start, note.end)
    if label is None and ctx.body[note.start:note.end].lstrip(" *_").split(":", 1)[0].count(" ") < 2 and \
            ":" in ctx.body[note.start:note.start + 24]:
        return None  # (a note under another label, "*Target:* The Prime Minister …": not its source)
    lo = label.end() if label is not None else note.start + len(ctx.body[note.start:note.end]) - \
        len(ctx.body[note.start:note.end].lstrip(" *_"))
    end = _FIRST_SENTENCE_END.search(ctx.body, lo, note.end).start()
    if v.SAME_SOURCE_NOTE.match(ctx.body, lo, end + 1):
        # (the numbered quotation right above, its note between: its speaker, if it has one)
        above = ctx.paras[k - 3] if k >= 3 else None
        prev = next((s for s in reversed(ctx.statements) if above is not None and above.start <= s.start < above.end
                     and s.kind == site.kind), None)
        if prev is None or not _NUMBERED_QUOTE_LEAD.match(ctx.body, above.start):
            return None
        stmt = _goes_on(site, prev, [(lo, end)])  # (and of its day)
        stmt.claim = (q.open, end)
        return stmt
    at = lo + (part.end() - lo if (part := _PART_OF_WORDS.match(ctx.masked, lo, end)) else 0)
    x = next(iter(ctx.cands_in(at, end)), None)
    if x is None or x.kind not in ("mention", "name", "role") or x.channel or \
            ctx.masked[at:x.start].strip() not in ("", "The", "the") or not (x.person or x.kind == "role"):
        return None  # (the note opens with its speaker; not "Addressed to Erdoğan in Ankara …")
    rest = x.end + (owned.end() - x.end if (owned := _WORDS_NOUN_AFTER.match(ctx.masked, x.end, end)) else 0)
    if part is not None and owned is None or ctx.masked.startswith(("'s", "’s"), x.end) and owned is None:
        return None  # (a part of someone's words only: "The opening of the President's post")
    if v.MASK in ctx.masked[x.end:end] or any(not m.group().endswith(("ing", "ed")) for m in verbs_in(ctx, rest, end, True)) \
            or _AUXILIARY.search(ctx.masked, rest, end) or _VERB_RIGHT_AFTER.match(ctx.masked, rest, end) or \
            any(not _PARTICIPLE_PREPOSITION.match(ctx.masked, w.end()) for w in _ED_WORD.finditer(ctx.masked, rest, end)):
        return None  # (a sentence about the speaker, not a note of the source: "The President later denied it.",
        # "…, its target, walked out of the room"; a participle of an occasion is one, ", quoted by PAP")
    spk = resolve(ctx, x)
    if not spk or is_outlet_name(ctx.reg, spk, ctx.body[x.start:x.end]):
        return None
    stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(x.end, end)])
    stmt.subject_pos, stmt.claim = x.start, (q.open, end)
    return stmt


#: A source in brackets that closes a paragraph: "(Albin Kurti, on Facebook, 8 October)".
#: (round or square brackets, "[Kurti, Facebook, 8 Oct 2025]"; ending the paragraph or its line: a
#: glossary entry's "Context:" line, with a "Note:" line under it)
_PAREN_SOURCE = re.compile(r"[(\[]\s*(?P<who>[^()\[\],;¤]{2,60}?)\s*(?:,[^()\[\]¤]{0,120})?[)\]][ \t.*_]*(?:\n|$)")
#: Brackets that give the source of the quote before: "(same interview)", "(same statement)", "(ibid.)".
_SAME_SOURCE = re.compile(r"(?i)\(\s*(?:(?:the\s+)?same\s+(?:" + v.SAME_TEXT_NOUNS + r")|ibid\.?|idem)\s*\)[\s.*_]*")
#: A person's title before the name in a source's brackets: "Bulgarian Foreign Minister ".
_TITLE_BEFORE_NAME = re.compile(r"\s*(?:[A-Z][a-zà-ž]+(?:an|ian|ese|ish|i|ic)\s+)?(?:(?i:" + "|".join(map(re.escape, sorted(v.TITLE_WORDS))) +
                                r")\.?\s+){1,4}")  # (a demonym, then title words; not "Letter To", "Witness On")
#: What may stand between two sourced quotes of a list: white space, the list's marks ("(2) ", "- ").
_LIST_MARKS_ONLY = re.compile(r"[.!?”\"’)\s*_>]*(?:(?:\(\d{1,3}\)|\d{1,3}[.)]|[-•*])\s+)?[\s*_]*")
#: Where or when the words were said, after the name in a source's brackets or on a signature's
#: line, no comma between: an outlet, a platform, a place or a year ("to BNT", "in parliament", "at a
#: rally", "in 2019", "Vučić on X, 17:14"); not a caption's "(Tusk in the background, left)".
_CHANNEL_AFTER_NAME = re.compile(r"\s+(?:to|on|in|at)\s+(?!(?:the\s+)?(?:background|foreground|centre|center|middle|"
                                 r"front|back|left|right|photo|picture|image|frame)\b)[^,()¤]{1,40}?\s*")
#: A second quotation of the same source between a quote and the brackets: ' and "…" [sic] '.
_AND_ANOTHER_QUOTE = re.compile(r"[\s.,]*and\s+[“\"]?¤+[”\"]?\s*(?:\[sic!?\]\s*)?[.\s]*")
#: An auxiliary or a copula: words that tell something ("(Orbán has denied it)", a note's "…, who is …"),
#: not a source in brackets nor a note of one.
_AUXILIARY = re.compile(r"(?<![\w-])(?:has|have|had|is|are|was|were|did|does|do|will|would|can|could)(?![\w-])")
#: A label that opens a claim: "**Claim:**", "Quote:".
_CLAIM_LABEL = re.compile(r"[*_]*\s*(?:Claim|Quote|Statement|What (?:was|they) said)\s*[:.]\s*[*_]*\s*", re.I)


#: An unnamed speaker of a body in a source's brackets: "a NATO official", "an EU diplomat".
_UNNAMED_BEFORE = re.compile(r"\s*(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:senior\s+|top\s+)?")
_UNNAMED_AFTER = re.compile(r"\s+(?:senior\s+)?(?:" + v.UNNAMED_SPEAKER + r")\s*")


#: A day right after a place in a source's brackets: ", 10 Apr", ", 9 April 2025".
_DATE_AFTER_PLACE = re.compile(r"\s*,\s*\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?\s*[\])]")


def paren_after(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """'**Claim:** Turkey's behaviour is a "brutal violation …" (Aleksandar Vučić, on X, 8
    October)': a quote in a paragraph that ends with its source in brackets, a fact-check's
    claim or a reference list's entry, is the words of the person or body named first in the
    brackets; the statement is the claim, its date the brackets'."""
    q = site.q
    if q.close is None:
        return None
    para = ctx.paras[ctx.para_index(q.open)]
    m = _PAREN_SOURCE.search(ctx.masked, q.close + 1, para.end)
    between = ctx.masked[q.close + 1:m.start()] if m is not None else ""
    if m is None or v.MASK in between and not _AND_ANOTHER_QUOTE.fullmatch(between) or len(between) > 160 or \
            "\n" in between:
        return None  # (but two quotes of one source: '"…" and "…" [sic] (Mickoski in parliament, …)')
    if _SAME_SOURCE.fullmatch(ctx.masked, m.start(), m.end()) is not None:
        # ('"…" (same interview)', "(ibid.)": the source of the quote before, its date too)
        prev = next((st for st in reversed(ctx.statements) if st.end <= q.open), None)
        told_to = max(prev.end, prev.claim[1] if prev.claim else 0) if prev is not None else 0
        if prev is None or _LIST_MARKS_ONLY.fullmatch(ctx.masked, told_to, q.open) is None:
            return None  # (only right after the words before, nothing told between: not past "Meanwhile in
            # Warsaw, Tusk struck a different tone." nor another quote with a source of its own)
        stmt = _make(ctx, site, prev.speaker, None, site.kind, site.inner, [])
        stmt.inherit_from = prev
        return stmt
    if _AUXILIARY.search(ctx.masked, m.start(), m.end()) or verbs_in(ctx, m.start(), m.end(), True):
        return None  # "(Orbán, for his part, has denied any such ties)": a reply, not a source
    x = next(iter(ctx.cands_in(m.start("who"), m.end("who"))), None)
    who_end = m.end("who")
    if x is not None and _CHANNEL_AFTER_NAME.fullmatch(ctx.masked, x.end, who_end) is not None:
        who_end = x.end  # ("(Mickoski in parliament, …)", "(Georgiev to BNT, …)": where, not who)
    # (a person's title before the name: "(Bulgarian Foreign Minister Georg Georgiev, …)")
    titled = x is not None and x.person and (x.ref in ctx.reg.actors or " " in (x.text or "")) and \
        _TITLE_BEFORE_NAME.fullmatch(ctx.masked, m.start("who"), x.start) is not None  # (not "(Foreign Affairs, 2023)")
    if x is None or x.kind not in ("mention", "name") or x.channel or \
            (ctx.masked[m.start("who"):x.start].strip() and not titled or ctx.masked[x.end:who_end].strip()) and \
            not (_UNNAMED_BEFORE.fullmatch(ctx.masked, m.start("who"), x.start) and
                 _UNNAMED_AFTER.fullmatch(ctx.masked, x.end, who_end) and not is_person(ctx, x.ref)):
        return None  # the brackets name one speaker and nothing else first ("(Vučić, same post)")
        # (or a body's unnamed speaker: "(a NATO official, to Radio Free Europe, October)")
    spk = resolve(ctx, x)
    if not spk:
        return None
    actor = ctx.reg.actors.get(spk)
    if actor is not None and actor.kind == "state" and fold(x.text or "") not in (fold(actor.name), fold(spk)) and \
            _DATE_AFTER_PLACE.match(ctx.masked, who_end):
        return None  # ("“…” [Vilnius, 10 Apr]": a city of the state, where and when, not who)
    line = ctx.masked.rfind("\n", para.start, q.open) + 1 or para.start  # (the quote's line of a paragraph of lines)
    label = _CLAIM_LABEL.match(ctx.masked, line)
    start = label.end() if label else max(line, site.lo)
    stmt = _make(ctx, site, spk, None, site.kind, (start, m.start()), [(m.start(), m.end())])
    end = m.start()
    while end > start and ctx.masked[end - 1] in " .":
        end -= 1
    stmt.start, stmt.end = start, max(end, q.end)
    stmt.subject_pos = x.start
    stmt.claim = (q.open, m.end())
    _of_whom(ctx, stmt, m.end("who"), m.end())
    return stmt


#: Whom a source's brackets say the words are about: "(Osmani, of Erdoğan, 8 October)" (not "on":
#: "on Hungarian state radio" is a channel).
_OF_WHOM = re.compile(r",\s*(?:of|about)\s+(?=[A-ZÀ-Ž])")


def _of_whom(ctx: ArticleContext, stmt: Statement, lo: int, hi: int) -> None:
    """The actor a source's field names as the one the words are about (``_OF_WHOM``), as
    the statement's primary target; a channel ("on X", "on Facebook") is no one."""
    of = _OF_WHOM.search(ctx.masked, lo, hi)
    if of is None:
        return
    x = next(iter(ctx.cands_in(of.end(), hi)), None)
    if x is None or x.start != of.end() or x.kind not in ("mention", "name") or x.channel or \
            ctx.masked[x.end:hi].lstrip()[:1] not in (",", ")", ""):
        return  # (the field is the name alone: not "of Hungarian state radio")
    who = resolve(ctx, x)
    if who and who != stmt.speaker:  # (the words are read up to that name, as a topic's lead is)
        stmt.primary, stmt.said_of, stmt.content = who, True, (stmt.content[0], x.end)


#: A line that holds only the blockquote's marker (a blank line inside it): ">".
_EMPTY_QUOTED = re.compile(r"[>\s]*")


def _next_line(body: str, pos: int) -> tuple[int, int]:
    """The next line after ``pos`` (the end of a paragraph) that is not empty, nor only ">":
    its start and end."""
    lo = pos
    while True:
        while lo < len(body) and body[lo].isspace():
            lo += 1
        hi = body.find("\n", lo)
        hi = len(body) if hi < 0 else hi
        if lo >= len(body) or not _EMPTY_QUOTED.fullmatch(body, lo, hi):
            return lo, hi
        lo = hi


#: A blockquote that opens with a name as its label, then its words in quotation marks: '> Vrajolli:
#: "This is …"', '> **Kürç:** “…”'.
_BLOCK_LABEL = re.compile(r"[\s>*_]*(?P<label>[A-ZÀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-Ž][\w'’.-]*){0,3})[*_]*:[*_]*\s*[\"“]")


#: A line under a quotation that is only its source in brackets, a name first: "> (Đurić, X,
#: 2025-10-08)" (no label: ``quotes.SIGNATURE``'s group).
_BRACKET_SIGNATURE = re.compile(r"[>\s]*[*_]{0,2}\s*\((?=[^()\n]{3,100}\)[\s*_.]*$)(?P<label>(?!))?")


def _bracket_signer(ctx: ArticleContext, lo: int, hi: int) -> re.Match | None:
    """A source in brackets on the line under a quotation that opens with its signer, one the
    registry has (a state too: "(Guinea, statement, 24 February 2026)") or a signature's name:
    "> (Đurić, X, 2025-10-08)"; not an occasion or a note, "(weekly government press
    conference, 2024)", "(adapted; from a briefing …)"."""
    m = _BRACKET_SIGNATURE.match(ctx.body, lo, hi)
    if m is None:
        return None
    first = next(iter(ctx.reg.find_mentions(ctx.body[m.end():hi], m.end())), None)
    if first is not None and first.start == m.end() and ctx.reg.actors[first.actor].kind != "media" and \
            ctx.body[first.end:first.end + 1] in (",", ")", " "):
        return m
    return m if signature(ctx.body, ctx.reg, m.end(), hi) is not None else None


def blockquote(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A blockquote ("> …", ``quotes``), or a quote that is a paragraph of its own, is the words
    of the one who signs it on the line below ("> — Chrystia Freeland (@cafreeland) August 2,
    2018": an embedded post, dated there), or in the post's header line above it ("> **Marko
    Đurić** · X · Oct 8"), or on a source's heading right above it ("**I. Aleksandar Vučić, post
    on X, 8 October 2025.**", ``_source_heading_above``), else of the one the sentence before it introduces
    with a colon ("… and then the ministry went on:"): the speaker of that sentence's statement,
    else its first candidate, else the one asked before a reply ("The reply, in full:")."""
    q = site.q
    # (a quote on a line of its own under a lead-in line, "*From the chief mourner's post, Wednesday
    # afternoon:*" over "“…”", is read as a paragraph of its own is)
    if not q.block and not _whole_paragraph(ctx, q) and not _under_colon_line(ctx, q):
        end = ctx.paras[ctx.para_index(q.open)].start
        while end > 0 and ctx.body[end - 1] in " \t\n*_":
            end -= 1
        if not _opens_paragraph(ctx, site) or end <= 0 or ctx.body[end - 1] != ":" or \
                _ASKED_WHOM.search(ctx.masked, ctx.body.rfind("\n", 0, end) + 1, end):
            return None  # (nor one asked: "Our correspondent asked Tusk on Monday:" over "“Will Poland pay …?” He …")
        # (a quote that opens its paragraph as a sentence of its own, more sentences after it, under
        # a lead-in line: "**Edi Rama, Albanian prime minister, on Facebook, 15 August 2023:**" over
        # "“…” In the same post he called …": the lead-in's, as when the quote stands alone)
        return _lead_in_above(ctx, site, q.open, None, None)
    if (tagged := ctx.actor_tags.get(q.open)) is not None:
        # ('[quote="Aleksandar Vučić (@predsednikrs)"]…[/quote]': the actor the tag names, ``cards.actor_tags``)
        stmt = _make(ctx, site, tagged[0], None, site.kind, site.inner, [(tagged[1], tagged[2])])
        stmt.subject_pos = q.open
        return stmt
    eol = ctx.body.find("\n", q.end)  # (past a marked blockquote's closing mark: '> "…"')
    lo, hi = _next_line(ctx.body, len(ctx.body) if eol < 0 else eol)
    if q.block and ctx.body[q.end:q.end + 100].lstrip(" \t").startswith("—") and \
            SIGNATURE.match(ctx.body, q.end, len(ctx.body) if eol < 0 else eol):
        lo, hi = q.end, len(ctx.body) if eol < 0 else eol  # (its signature on its own line's end: "… — Tibor Nagy July 28, 2020")
    while not SIGNATURE.match(ctx.body, lo, hi) and \
            any(o.block and o.open == lo for o in ctx.quotes):  # the next paragraph of the same blockquote
        lo, hi = _next_line(ctx.body, hi)
    sign = SIGNATURE.match(ctx.body, lo, hi)
    if sign is not None and not sign.group("label") and v.SAME_SOURCE_NOTE.match(ctx.body, sign.end(), hi) and \
            (prev := next((s for s in reversed(ctx.statements) if s.quote_inner and s.end <= q.open and
                           s.quote_inner[0] in {o.start for o in ctx.quotes if o.block}), None)) is not None:
        # ("-- Same post.", "-- Ibid.", "— Same press conference, a minute later.": the signer of the
        # blockquote before, going on, of its day)
        stmt = _goes_on(site, prev, [(sign.end(), hi)])
        stmt.claim = (q.open, hi)
        if NEXT_DAY_NOTE.search(ctx.body, sign.end(), hi):
            stmt.date_zone, stmt.days_after = [], 1  # ("— Ibid., the next morning.": the day after the signer's above)
        return stmt
    bracketed = sign is None and (sign := _bracket_signer(ctx, lo, hi)) is not None
    if sign is not None and not bracketed and not sign.group("label") and signature(ctx.body, ctx.reg, sign.end(), hi) is None and \
            not any(m.start == sign.end() and ctx.reg.actors[m.actor].kind not in ("state", "media")
                    and AFTER_NAME.match(ctx.body, m.end, hi)  # ("— Foreign Policy CAN (@CanadaFP) …")
                    for m in ctx.reg.find_mentions(ctx.body[sign.end():hi], sign.end())):
        sign = None  # (a dash or a hyphen signs with a name: not "> - drone maintenance", "> — Serbia will …")
    if sign is not None:
        x = next((c for c in ctx.cands_in(sign.end(), hi) if c.kind in ("mention", "name", "role")), None)
        # (the signer first on the line: "— Albin Kurti, …", "Source E: a NATO official …")
        spk = resolve(ctx, x) if x is not None and \
            ctx.masked[sign.end():x.start].strip().lower() in ("", "a", "an", "the") else None
        if x is None and (m := next(iter(ctx.reg.find_mentions(ctx.body[sign.end():hi], sign.end())), None)) \
                and ctx.body[sign.end():m.start].strip().lower() in ("", "a", "an", "the"):
            x, spk = m, m.actor  # (a signature on a line of its own: a heading, where no candidate is looked for)
        if x is None and not bracketed and (named := signature(ctx.body, ctx.reg, sign.end(), hi)) is not None and \
                named[0] == sign.end():
            x = Cand(named[0], named[1], "name", None, ctx.body[named[0]:named[1]])
            spk = x.text  # (a name the registry does not know, kept as it is: "— Nick Mangwana May 31, 2020")
        if spk and (is_outlet_name(ctx.reg, spk, ctx.body[x.start:x.end]) or
                    sign.group("label") and spk not in ctx.reg.actors):
            spk = None  # ("Source: Radio Free Europe": where it was reported, not who said it)
        if spk:
            stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(x.end, hi)])
            stmt.subject_pos, stmt.claim = x.start, (q.open, hi)
            _signature_topic(ctx, stmt, x.end, hi)
            return stmt
        # ("— translated from the Hungarian original": no signer; the line before may name one)
    elif q.block and (under := _source_line_under(ctx, site, lo, hi)) is not None:
        return under  # ("> “…”" over "Salvini, tweet, 10 June. **Coded:** …": a worked example's source line)
    elif q.marked and _source_line_unread(ctx, q):
        return None  # (a source line no rule reads, "> Overheard at the quay, …": no one's above; ``quote_statements``)
    elif _whole_paragraph(ctx, q) and (above := _name_heading_above(ctx, q)) is not None and \
            (card := _name_line(ctx, site, *above, heads=True)) is not None:
        return card  # ("**Donald Tusk** (Tue 4 March)" over "“…”", then "**Viktor Orbán**" over the next: the name above)
    elif _whole_paragraph(ctx, q) and \
            (card := _name_line(ctx, site, *_under_stacked_quotes(ctx, ctx.paras[ctx.para_index(q.open)].end))) is not None:
        return card
    first = q.open  # the blockquote's first paragraph: the line before it introduces it
    while (prev := next((o for o in ctx.quotes if o.block and o.end < first and
                         not ctx.body[o.end:first].strip(" \t\n>")), None)) is not None:
        first = prev.open
    if q.block and (opened := next((lo for lo, hi in _markup_blocks(ctx) if lo <= first <= hi), None)) is not None:
        first = ctx.body.rfind("\n", 0, opened) + 1  # (a markup's block: its opening line, '"""', "#+BEGIN_QUOTE", is the block's)
    header, fallback = _post_header(ctx.body, first) if q.block else None, None
    if header is not None:  # "> **Marko Đurić** · X · Oct 8" over the post: its author, dated there
        name = signature(ctx.body, ctx.reg, *header)
        x = next(iter(ctx.cands_in(*name)), None) if name is not None else None
        spk = resolve(ctx, x) if x is not None and x.kind in ("mention", "name") else None
        if spk:
            stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(name[1], header[1])])
            stmt.subject_pos = x.start
            if spk in ctx.reg.actors:
                return stmt
            fallback = stmt  # (a name the registry does not know: the lead before may name the actor)
        first = header[0]
    if q.block and header is None and not ctx.body[q.start:q.end].rstrip(" *_\"”").endswith("?") and \
            (above := _source_heading_above(ctx, first)) is not None:
        # (not an interviewer's question under "**4. Lammy, interview with the BBC, 5 June 2025**")
        return _make(ctx, site, above[0], None, site.kind, site.inner, [above[1]])  # ("**I. Aleksandar Vučić, post on X, …**")
    if q.block and (label := _BLOCK_LABEL.match(ctx.body, q.open, q.end)) is not None:
        # ('> Vrajolli: "This is …"' under "Two analysts …:": the actor the label names says whose)
        lo, hi = label.span("label")
        x = next((mt for mt in ctx.reg.find_mentions(ctx.body[lo:hi], lo) if mt.start == lo and mt.end == hi), None)
        if x is not None and ctx.reg.actors[x.actor].kind not in ("state", "media"):
            stmt = _make(ctx, site, x.actor, None, site.kind, (label.end(), q.end), [(lo, hi)])
            stmt.subject_pos = lo
            return stmt
    return _lead_in_above(ctx, site, first, header, fallback)


#: A signature's part that names what the words are of: ", of Vučić", ", about Erdoğan", ", on Turkey" (a
#: quotation book's "— Vjosa Osmani, President of Kosovo, of Vučić, on X").
_SIGNATURE_TOPIC = re.compile(r",[ \t]*(?:of|about|on|against)[ \t]+(?:the[ \t]+)?")
#: Where such a part ends, right after the one it names: a comma, a bracket, emphasis or the line's end.
_TOPIC_ENDS = re.compile(r"[ \t*_]*(?:[,;(]|$)", re.M)


def _signature_topic(ctx: ArticleContext, stmt: Statement, lo: int, hi: int) -> None:
    """The words a signature says are of someone ("— Vjosa Osmani, President of Kosovo, of Vučić,
    on X"; "— Donald Trump, of Erdoğan, Sharm el-Sheikh") are said of that one (``primary``), the
    part after a comma between the signer's name and the line's end; not a channel ("on X", "on
    Facebook"), nor the signer's own side."""
    for m in _SIGNATURE_TOPIC.finditer(ctx.masked, lo, hi):
        x = next(iter(ctx.cands_in(m.end(), hi)), None)
        if x is None or x.start != m.end() or x.kind not in ("mention", "name", "role") or x.channel or \
                not _TOPIC_ENDS.match(ctx.masked, x.end, hi) or \
                m.group().rstrip().endswith("of") and not (x.person or x.kind == "role"):
            continue  # (the whole part: not "on the NATO summit"; "of" a person: not "— Mentor Vrajolli, of Pristina")
        topic = resolve(ctx, x)
        if topic and topic != stmt.speaker and topic not in own_side(ctx, stmt.speaker) and \
                not is_outlet_name(ctx.reg, topic, x.text or ""):
            stmt.primary, stmt.said_of = topic, True
            stmt.content = (stmt.content[0], x.end)  # (the topic a candidate of the words, as "Of X he said: …" makes it)
            return


#: A text from someone, before that one: "A statement from ", "a post by " (its author, after a preposition).
_TEXT_FROM = re.compile(r"(?i)(?<![\w-])(?:statement|post|letter|message|note|reply|tweet|communiqu[eé])s?\s+(?:from|by)\s+(?:the\s+)?$")
#: A relative pronoun right before a verb: "who posted", "that read".
_SUBJECT_OF_RELATIVE = re.compile(r"(?<![\w-])(?:who|which|that)\s+$")


def _text_owner_lead(ctx: ArticleContext, lo: int, hi: int):
    """The one whose text a lead-in with no verb opens with, "From the chief mourner's post,
    Wednesday afternoon:", "In Kurti's words:" (``_POSSESSED_TEXT``), else None: not a text that
    answers it, "Under Hun Sen's post of 17 May, a reply from …", "A reader's answer to Hun Sen's post"."""
    m = _FROM_OWNER.match(ctx.masked, lo, hi)
    if m is None or _REPLY_TEXT.search(ctx.masked, lo, hi) or _REPLIES_BEFORE.search(ctx.masked, lo, hi):
        return None
    x = next(iter(ctx.cands_in(m.end(), hi)), None)
    if x is None or x.kind not in ("mention", "name", "role") or ctx.masked[m.end():x.start].strip().lower() not in ("", "the"):
        return None
    # (the owner and the text read as one role, "In CARICOM's statement on Wednesday:": the role, its owner's)
    owned = _POSSESSED_TEXT.match(ctx.masked, x.end) or x.kind == "role" and v.text_noun(x) and \
        _POSSESSED_TEXT.search(ctx.masked, x.start, x.end)
    return x if owned else None


def _line_above(ctx: ArticleContext, q) -> str:
    """The masked text of the line right above the one quote ``q`` opens on."""
    line_lo = ctx.body.rfind("\n", 0, q.open) + 1
    return ctx.masked[ctx.body.rfind("\n", 0, max(0, line_lo - 1)) + 1:max(0, line_lo - 1)]


def _under_colon_line(ctx: ArticleContext, q) -> bool:
    """Whether a quote fills a line of its own (emphasis aside) right under a line, with no blank
    line between, that ends in a colon, perhaps inside emphasis ("*Said by the reader, on X, the same
    evening:*" over "“…”")."""
    line_lo = ctx.body.rfind("\n", 0, q.open) + 1
    line_hi = ctx.body.find("\n", q.end) % (len(ctx.body) + 1)
    return line_lo > 0 and not ctx.body[line_lo:q.open].strip(" \t*_") and \
        _line_above(ctx, q).rstrip(" \t*_").endswith(":") and _QUOTE_CLOSE_ONLY.fullmatch(ctx.body, q.end, line_hi) is not None


def _opens_paragraph(ctx: ArticleContext, site: QuoteSite) -> bool:
    """Whether a quote opens its paragraph and is a sentence of its own there, other sentences
    after it ("“…” In the same post he called …")."""
    q = site.q
    p = ctx.paras[ctx.para_index(q.open)]
    if q.close is None or q.close >= p.end or ctx.body[p.start:q.open].strip(" *_"):
        return False
    sent = ctx.sents[ctx.sent_index(q.close)]  # (the sentence the words end in: they may hold several)
    return q.close < sent.end <= p.end and not ctx.body[q.close + 1:sent.end].strip(" .*_\"”’") and \
        bool(ctx.body[sent.end:p.end].strip())


def _lead_in_above(ctx: ArticleContext, site: QuoteSite, first: int, header, fallback) -> Statement | None:
    """A quote (a blockquote's first paragraph at ``first``) under a lead-in line ending in a colon
    ("Orbán answered:", "12. SOUNDBITE (Serbian) Aleksandar Vucic, …:"): the speaker of the lead-in's
    statement, else its source's name, else its verb's subject or first candidate; else the one
    asked before a reply ("The reply, in full:"). ``header``/``fallback``: an embedded post's header
    line and the statement it gave when the registry does not know its name."""
    q = site.q
    hi = ctx.body.rfind("\n", 0, first)
    while hi > 0 and ctx.body[hi - 1] in " \t\n>":
        hi -= 1
    if hi > 1 and ctx.body[hi - 1] in "*_" and (bold := _EMPHASISED_COLON.search(ctx.body, max(0, hi - 4), hi)) is not None:
        hi = bold.start() + 1  # ("**(2) Zeine again, same news conference:**", "*Said by …:*": the colon inside)
    if hi > 0 and ctx.body[hi - 1] == "]" and (mark := _NOTE_MARK_END.search(ctx.body, max(0, hi - 12), hi)) is not None:
        hi = mark.start()  # ("… rather than claiming them:[2]": the lead-in's colon before its note's mark)
    if hi <= 0 or ctx.body[hi - 1] != ":":
        return fallback
    lo = ctx.body.rfind("\n", 0, hi) + 1  # the line before, a heading-like "Orbán answered:" too
    si = ctx.sent_index(hi - 1)
    if ctx.sents and ctx.sents[si].start <= hi - 1 < ctx.sents[si].end:
        lo = max(lo, ctx.sents[si].start)  # … or the last sentence of a paragraph
    spk = next((s.speaker for s in reversed(ctx.statements) if s.sent_lo <= si <= s.sent_hi and lo <= s.start < hi),
               None)
    if spk is None and not q.block and (same := _SAME_WORDS_LEAD.fullmatch(ctx.masked, lo, hi)) is not None and \
            same.group("part") and (prev := ctx.last_quote)[0] is not None and \
            0 <= ctx.para_index(q.open) - ctx.para_index(prev[1]) <= 2 and \
            not any(c.kind in ("mention", "name", "role") and c.person and resolve(ctx, c) != prev[0].speaker
                    for c in ctx.cands_in(prev[1], lo)):
        # ("Then came the line everyone is quoting this morning:" over the words alone: more of the
        # voice quoted just before, no one else named since; not its own lead's subject)
        return _goes_on(site, prev[0], [(lo, hi)])
    reply = _REPLY_LEAD.match(ctx.masked, lo, hi)
    if spk is None and not q.block and \
            (name := lead_signature(ctx.body, ctx.reg, ctx.body.rfind("\n", 0, hi - 1) + 1, hi - 1)) is not None and \
            (x := next(iter(ctx.cands_in(*name)), None)) is not None and x.kind in ("mention", "name") and \
            (spk := resolve(ctx, x)) is not None and not is_outlet_name(ctx.reg, spk, x.text or ""):
        # (a source's line over the quote, no sentence: "12. SOUNDBITE (Serbian) Aleksandar Vucic, President
        # of Serbia (English as published by Telegrafi):" over "“…”", ``cards.lead_signature``)
        stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(name[1], hi)])
        stmt.subject_pos = x.start
        return stmt
    if spk is None:
        verbs = list(v.SPEECH.finditer(ctx.masked, lo, hi))
        quote_verb = not verbs and (verbs := list(v.SPEECH_Q.finditer(ctx.masked, lo, hi)))  # ("Vučić posted:" over the words)
        agent = _SAID_BY.search(ctx.masked, lo, hi)
        owner = _text_owner_lead(ctx, lo, hi) if not verbs and not agent else None
        if not q.block and not verbs and not reply and not agent and owner is None:
            return None  # (a paragraph's quote after "reporters had one question for Tusk:": no one speaks;
            # but "From the chief mourner's post, Wednesday afternoon:" names whose text it is)
        subj = subject_of(ctx, verbs[-1].start(), verbs[-1].end(), lo) if verbs else owner
        if agent is not None and subj is None:  # ("*Said by the reader, on X, the same evening:*": the agent)
            subj = next((c for c in ctx.cands_in(agent.end(), hi)
                         if ctx.masked[agent.end():c.start].strip().lower() in ("", "the")), None)
        # ("Asked about Tusk's remarks on Monday, Orbán said:": the verb's subject, not the first named)
        # (not one after a preposition: "President of Türkiye Erdoğan …, and announced the return visit:")
        # (unless it is the only one: "For Orbán, the message was simple:", "In Kurti's words:")
        named = [c for c in ctx.cands_in(lo, hi) if c.kind in ("mention", "name", "role", "pronoun")]
        x = subj or next((c for c in named if not after_preposition(ctx, c)), named[0] if named else None)
        if quote_verb and (x is None or after_preposition(ctx, x) and not _TEXT_FROM.search(ctx.masked, max(lo, x.start - 40), x.start) or
                           (rel := _SUBJECT_OF_RELATIVE.search(ctx.masked, max(lo, verbs[-1].start() - 8), verbs[-1].start()))
                           and ctx.masked[x.end:rel.start()].strip()):
            return None  # (a quote's verb names its own subject only: not "A banner held by supporters of President Bio
            # read:", nor "Wu read out a post by an opposition figure who posted:", one the registry does not have; but
            # "A statement from Sudan's foreign minister began:", "It was Siyadi who posted first:")
        spk = resolve(ctx, x) if x is not None else None
    zone = [(lo, hi)]
    if (spk is None or spk not in ctx.reg.actors) and reply:
        # ("The answer came …, in the form of the statement …:": the one asked, not "the statement")
        # "We asked the president's office on Friday … The reply, in full:": the one asked, then
        asked = _asked_before(ctx, si, lo)
        if asked is not None:
            spk, zone = asked[0], zone + [asked[1]]
    if not spk or spk not in ctx.reg.actors and fallback is not None:
        return fallback
    return _make(ctx, site, spk, None, site.kind, site.inner, zone + ([header] if header else []))


#: A note's mark in square brackets at the end of a lead-in: ":[2]", ":[12][13]".
_NOTE_MARK_END = re.compile(r"(?:\[\d{1,3}\])+$")


#: The header line of an embedded post, inside the blockquote: "> **Marko Đurić** · X · Oct 8",
#: "> **Predsednik Republike Srbije** @predsednikrs · Oct 8" (short, no sentence).
_POST_HEADER = re.compile(r">[ \t]*(?P<line>[^\n]{3,100}?)[ \t]*\n")


def _post_header(body: str, first: int) -> tuple[int, int] | None:
    """The header line of the embedded post whose text starts at ``first`` (past the lines that
    hold only ">"): its span after the ">", when it is no sentence; else None."""
    hi = body.rfind("\n", 0, first)
    while hi > 0 and _EMPTY_QUOTED.fullmatch(body, body.rfind("\n", 0, hi) + 1, hi):
        hi = body.rfind("\n", 0, hi)
    if hi <= 0:
        return None
    lo = body.rfind("\n", 0, hi) + 1
    m = _POST_HEADER.fullmatch(body, lo, hi + 1)
    if m is None or ends_a_sentence(m.group("line")) or m.group("line").rstrip(" *_").endswith(":"):
        return None
    return m.start("line"), m.end("line")


def _source_heading_above(ctx: ArticleContext, first: int) -> tuple[str, tuple[int, int]] | None:
    """The actor a source's heading right above a blockquote names, and the heading's span after
    the name (where its day is told): an edition's "**I. Aleksandar Vučić, post on X, Wednesday 8
    October 2025, 17:14.** Base text T." over the text (``cards.source_heading``); not a lead-in
    ending in a colon, which the lead-in path reads."""
    above = next((p for p in reversed(ctx.article.passages) if p.end <= first), None)
    if above is None or ctx.body[above.end:first].strip(" \t\n>") or ctx.body[above.start:above.end].rstrip(" *_").endswith(":"):
        return None
    name = source_heading(ctx.body, ctx.reg, above.start, above.end)
    if name is None and len(ctx.body[above.start:above.end].split()) <= _CREDIT_LINE_WORDS:
        # (an entry's line that credits the words: '**1. "Oil on the Fire"**, performed by Marko Đurić
        # (Serbia). First performed on X, …', '**4. "Beyond His Reach"**, Osmani again, the same post.',
        # '**5. "Gratitude"**, Hadja Lahbib, the same evening.')
        for credit in _CREDITED.finditer(ctx.masked, above.start, above.end):
            at = unnamed.end() if (unnamed := _UNNAMED_LEAD.match(ctx.masked, credit.end())) else credit.end()
            x = next((c for c in ctx.cands_in(at, above.end) if c.start == at), None)
            if x is not None and (credit.group("by") or AGAIN.match(ctx.masked, x.end) or
                                  x.person and ctx.masked[x.end:x.end + 1] in (",", ".")):
                name = (x.start, x.end)
                break
    x = next(iter(ctx.cands_in(*name)), None) if name is not None else None
    spk = resolve(ctx, x) if x is not None and x.kind in ("mention", "name") else None
    return (spk, (name[1], above.end)) if spk and spk in ctx.reg.actors else None


def _credited_above(ctx: ArticleContext, first: int) -> bool:
    """Whether the passage right above a blockquote at ``first`` credits its words ("…, performed by
    an actor in the role of Fuad Hussein.", "…, by the director of the centre.") or is an entry's
    line in bold with a note after its title ("**5. Closing words**, …"), whoever it names: its
    words are no earlier voice's."""
    above = next((p for p in reversed(ctx.article.passages) if p.end <= first), None)
    if above is None or ctx.body[above.end:first].strip(" \t\n>") or \
            len(ctx.body[above.start:above.end].split()) > _CREDIT_LINE_WORDS:
        return False
    bold = ctx.body.startswith(("**", "__"), above.start)
    return any(bold or m.group("by") for m in _CREDITED.finditer(ctx.masked, above.start, above.end))


#: Where an entry's line credits the words to the one named next: "performed by ", "read by ",
#: "credited to ", or a comma after the entry's title in bold before "<name> again".
_CREDITED = re.compile(r"(?P<by>(?<![\w-])(?:(?i:performed|sung|read|recited|delivered|spoken|voiced|written|posted|"
                       r"tweeted|uttered)\s+by|(?i:credited|attributed)\s+to|(?<=[*_],\s)by)\s+)|[*_]{1,2},[ \t]+")
#: An unnamed one of a body before its name: "an unnamed (NATO official)", "a senior ".
_UNNAMED_LEAD = re.compile(r"(?:an?|the)[ \t]+(?:(?:unnamed|senior|anonymous|junior)[ \t]+)?")
#: How long such an entry's line may be, in words.
_CREDIT_LINE_WORDS = 40


def _whole_paragraph(ctx: ArticleContext, q) -> bool:
    """Whether a quote is a paragraph of its own, nothing else in it but a closing stop (its lead
    ending in a colon is the paragraph before, as a blockquote's is), or the time its entry is
    stamped with before it ("**08:04** · “…”")."""
    p = ctx.paras[ctx.para_index(q.open)]
    before = ctx.body[p.start:q.open]
    # (or after the time its entry is stamped with: a chat's or a liveblog's "**08:04** · “…”")
    return (not before.strip(" *_") or (stamp := INLINE_TIMESTAMP.match(ctx.body, p.start)) is not None and
            stamp.group("time") and stamp.end() == q.open) and \
        (q.end >= p.end or _QUOTE_CLOSE_ONLY.fullmatch(ctx.body, q.end, p.end) is not None)  # (or it goes on below)


#: What may follow a quote that is a paragraph of its own: a closing stop, emphasis, and a short
#: mark in square brackets, a translation's or a note's ("… the cooperation offered.” [T]", "[2]").
_QUOTE_CLOSE_ONLY = re.compile(r"[ .*_\"”’]*(?:" + WORDS_MARK + r"[ .*_]*)?")


#: A lead-in that names a reply, not who gave it: "The reply, in full:", "Its answer:".
_REPLY_LEAD = re.compile(r"[\s*_]*(?:The|Their|His|Her|Its)\s+(?:\w+\s+)?(?:reply|answer|response)\b")
#: Asking or writing to someone, before whom: "We asked ", "we wrote to ", "put the question to ".
_ASKED_WHOM = re.compile(r"(?<![\w-])(?:" + v.ASKING + r"|approached|put\s+(?:the|our|this)\s+questions?\s+to)\s+")


#: The outlet as the one who asks: "we asked", "We have emailed", "our reporter asked".
_WE_BEFORE = re.compile(r"(?<![\w-])(?:[Ww]e|I|[Oo]ur\s+(?:[\w-]+\s+){0,2})\s*(?:[\w-]+\s+){0,2}$")
#: How many paragraphs before a reply's lead its question may be asked: a lead, the questions
#: (a numbered list, a paragraph each), a heading.
_ASKED_PARAGRAPHS = 6


def _asked_before(ctx: ArticleContext, si: int, lead: int) -> tuple[str, tuple[int, int]] | None:
    """The one asked before a reply's lead at ``lead`` (in sentence ``si``, or after it when the
    lead is no sentence of its own), nearest first: in the two sentences before it, whoever asked
    ("We asked the Serbian president's office on Friday whether …", "a reporter asked Sikorski
    whether …"); up to six paragraphs back, the outlet itself ("we emailed Global Affairs Canada
    three questions: 1. … 2. …"). The first actor, role or name right after the verb of asking,
    and the span of the asking (what dates the reply)."""
    if not ctx.paras or not ctx.sents:
        return None
    last = si if si < len(ctx.sents) and ctx.sents[si].end <= lead else si - 1
    first = ctx.sent_index(ctx.paras[max(0, ctx.para_index(lead) - _ASKED_PARAGRAPHS)].start)
    for back in range(last, first - 1, -1):
        sent = ctx.sents[back]
        for m in _ASKED_WHOM.finditer(ctx.masked, sent.start, sent.end):
            if back < last - 1 and not _WE_BEFORE.search(ctx.masked, sent.start, m.start()):
                continue  # (further back, only the outlet's own asking: not "Tusk asked Brussels to act")
            x = next((c for c in ctx.cands_in(m.end(), sent.end) if c.kind in ("mention", "name", "role")), None)
            spk = resolve(ctx, x) if x is not None and len(ctx.masked[m.end():x.start].strip()) <= 4 else None
            if spk:
                return spk, (m.start(), clause_end(ctx, m.end(), sent.end))
        if back >= last - 1:  # the one asked in the passive: "Milei was asked whether …", "Asked …, Kallas paused"
            for m in _ASKED_PASSIVE.finditer(ctx.masked, sent.start, sent.end):
                if m.group("lead"):
                    comma = ctx.masked.find(",", m.end(), sent.end)
                    x = next(iter(ctx.cands_in(comma + 1, sent.end)), None) if comma > 0 else None
                    x = x if x is not None and not ctx.masked[comma + 1:x.start].strip() else None
                else:
                    x = next((c for c in reversed(ctx.cands_in(sent.start, m.start()))
                              if c.kind in ("mention", "name", "role", "pronoun")), None)
                    x = x if x is not None and len(ctx.masked[x.end:m.start()].split()) <= 1 else None
                spk = resolve(ctx, x) if x is not None else None
                if spk:
                    return spk, (sent.start, sent.end)
    return None


#: Asked in the passive: "X was asked", "Asked about …, X …" opening a sentence.
_ASKED_PASSIVE = re.compile(r"(?<![\w-])(?:(?:was|were|been)\s+asked|(?P<lead>(?:^|(?<=\n)|(?<=[.!?*_] ))Asked))(?![\w-])")


def _under_stacked_quotes(ctx: ArticleContext, end: int) -> tuple[int, int]:
    """The next line after a quote's paragraph (``_next_line``), past the quotations stacked right
    under it with no blank line: one card's words over its one signature ('"Tajikistan is
    interfering in our affairs."' over '"For every action there is opposition."' over "Abdul
    Ghani Baradar")."""
    lo, hi = _next_line(ctx.body, end)
    while ctx.body.count("\n", end, lo) == 1 and any(o.open == lo and o.end >= hi - 1 for o in ctx.quotes):
        end = hi
        lo, hi = _next_line(ctx.body, end)
    return lo, hi


def _name_heading_above(ctx: ArticleContext, q) -> tuple[int, int] | None:
    """The heading right above a quote's paragraph when it heads it, not when it signs a quote
    above it: a quote sheet's "**Donald Tusk** (Tue 4 March)" over "“…”" (a name line between two
    quotes is the first one's signature, a card's: ``_name_line`` below)."""
    passages = ctx.article.passages
    k = next((i for i, p in enumerate(passages) if p.start <= q.open < p.end), None)
    if k is None or k == 0 or passages[k - 1].kind != "heading" or ctx.body.count("\n", passages[k - 1].end, q.open) > 2:
        return None
    if ctx.body.count("\n", passages[k - 1].end, q.open) == 2 and k + 1 < len(passages) and \
            passages[k + 1].kind == "heading" and ctx.body.count("\n", passages[k].end, passages[k + 1].start) == 1 and \
            signature(ctx.body, ctx.reg, passages[k + 1].start, passages[k + 1].end) is not None:
        return None  # (a blank line above, a name right under it: a credits' card, signed under its quote;
        # not a quote sheet's place and day under the quote its bold name above heads)
    def quote_only(i: int) -> bool:
        return i >= 0 and passages[i].kind != "heading" and ctx.body[passages[i].start:passages[i].end].lstrip(" >*_")[:1] in "\"“‘"

    # (names and quotes in turn: the names head the quotes when the run opens with a name, and sign
    # them when it opens with a quote)
    j = k - 1
    while quote_only(j - 1) and j >= 2 and passages[j - 2].kind == "heading":
        j -= 2
    if quote_only(j - 1) and not ctx.body[passages[k - 1].start:passages[k - 1].end].rstrip(" *_").endswith(":"):
        return None  # (the name signs the quote above it; not a lead-in ending in its colon)
    return passages[k - 1].start, passages[k - 1].end


#: The end of a line's first sentence: a stop, then a space and more, or the line's end.
_FIRST_SENTENCE_END = re.compile(r"[.;](?=\s|$)|$", re.M)


#: A relative clause on the one a source line names: " who became foreign minister in 2010".
_RELATIVE_IN_LINE = re.compile(r"\s(?:who|which|whose)\s[^,;]*")
#: A clause that tells what else happened on the day a source line gives: ", the day …", ", when …".
_TIME_CLAUSE = re.compile(r",\s+(?:the\s+(?:day|evening|morning|night|week)|when|after|before|while)\s")


def _source_line_unread(ctx: ArticleContext, q) -> bool:
    """Whether a blockquote's line that is all one quotation has a line of words right under it,
    inside the blockquote, with no quotation marks and no person who speaks on it: its source line,
    whoever it names (not "> Noda told the Diet this on Friday …", which the lead rules read)."""
    line = ctx.body.rfind("\n", 0, q.open) + 1
    eol = ctx.body.find("\n", q.end)
    if eol < 0 or QUOTED_LINE.fullmatch(ctx.body, line, eol) is None or \
            ctx.body[max(0, line - 300):line].rstrip(" \t\n>*_").endswith(":"):
        return False  # (nor under a lead-in that introduces it: "Mitsotakis told parliament on Tuesday:")
    nxt = ctx.body.find("\n", eol + 1)
    nxt = len(ctx.body) if nxt < 0 else nxt
    under = ctx.body[eol + 1:nxt]
    if not under.startswith(">") or not under.strip("> \t") or _QUOTE_MARKS.search(under) or \
            under.strip("> \t*_").startswith(("(", "[")):
        return False  # (a note in brackets, "> (translated from Bambara)", lets the voice before go on)
    said = v.SPEECH.search(ctx.body, eol + 1, nxt)
    return said is None or not any(c.kind in ("mention", "name", "pronoun") and c.person
                                   for c in ctx.cands_in(eol + 1, said.start()))


#: Quotation marks on a line.
_QUOTE_MARKS = re.compile(r"[\"“”]")
#: A blockquote's marks at a line's start.
_BLOCK_MARKS = re.compile(r"[>\s]*")


def _source_line_under(ctx: ArticleContext, site: QuoteSite, lo: int, hi: int) -> Statement | None:
    """A blockquote with no dash under it whose next line, right under it, opens with a sentence
    that is only a person's name and then the role, channel or day ("> “…”" over "Matteo Salvini,
    Italy's interior minister, statement. **Coded:** …", "Muscat, tweet, 11 June."): a codebook's
    or a casebook's example, the words of that person, dated by that sentence."""
    q = site.q
    if ctx.body.count("\n", q.end, lo) != 1:
        return None  # (the line right under the blockquote)
    inside = ctx.body.startswith(">", lo)
    if inside:
        # (or inside it, a line of no quotation marks under the one whose words are all a quotation: a
        # handbook's '> “…”' over '> Lee Hsien Loong, Prime Minister of Singapore, in Parliament, …')
        line = ctx.body.rfind("\n", 0, q.open) + 1
        if QUOTED_LINE.fullmatch(ctx.body, line, ctx.body.find("\n", q.end)) is None or \
                _QUOTE_MARKS.search(ctx.body, lo, hi):
            return None
        lo = _BLOCK_MARKS.match(ctx.body, lo, hi).end()
    line = ctx.body.rfind("\n", 0, q.open) + 1
    if ctx.body[max(0, line - 300):line].rstrip(" \t\n>*_").endswith(":"):
        return None  # (a lead-in introduces it: "Merz told the Bundestag on Wednesday:" over "> “…”", then a caption)
    cut = _FIRST_SENTENCE_END.search(ctx.body, lo, hi).start()
    name = signature(ctx.body, ctx.reg, lo, cut)
    member = member_signature(ctx.reg, ctx.body, lo, cut) if name is None else None
    if member is not None:
        name = member[1:]  # ("A source in India's Ministry of External Affairs, Thursday 17 February 2022": the ministry)
    told = _TIME_CLAUSE.search(ctx.body, name[1], cut) if name is not None else None
    rel = _RELATIVE_IN_LINE.search(ctx.body, name[1], told.start() if told else cut) if name is not None else None
    # (a line inside the blockquote is masked as its text: no quotation marks on it, checked above)
    if name is None or not inside and ctx.masked.find(v.MASK, lo, cut) >= 0 or \
            verbs_in(ctx, name[1], rel.start() if rel else told.start() if told else cut, True) or \
            rel is not None and verbs_in(ctx, rel.end(), told.start() if told else cut, True):
        return None  # (a sentence of its own after the name: "Orbán said this on radio."; not a clause of
        # the day's, "…, Thursday 17 February 2022, the day Singapore's High Commissioner was called in", nor a
        # relative clause on the speaker, "Kim Sung-hwan, a career diplomat who became foreign minister in 2010, …")
    x = next(iter(ctx.cands_in(*name)), None)
    spk = member[0] if member is not None else resolve(ctx, x) if x is not None and x.kind in ("mention", "name") else None
    if not spk or is_outlet_name(ctx.reg, spk, ctx.body[name[0]:name[1]]):
        return None
    # (the relative clause's time is not the words': "who became foreign minister in 2010")
    zone = [(name[1], rel.start()), (rel.end(), cut)] if rel is not None else [(name[1], cut)]
    stmt = _make(ctx, site, spk, None, site.kind, site.inner, zone)
    stmt.subject_pos, stmt.claim = name[0], (q.open, cut)
    return stmt


#: How many lines under a quote card's name still belong to the card (its role, its occasion, its day).
CARD_LINES_UNDER_NAME = 3


def _name_line(ctx: ArticleContext, site: QuoteSite, lo: int, hi: int, heads: bool = False) -> Statement | None:
    """A quote card, a pull quote (``cards``): a paragraph that is only a quotation, and under it
    a line that is a signature ("Albin Kurti", "Vjosa Osmani, on X", then perhaps a line of the
    role: "Prime Minister of Kosovo, on Facebook"). The quote is that person's, dated by the
    signature's lines, then by a line just above the quote that is no sentence ("THURSDAY"). Or a
    name line that ``heads`` the quote, above it, perhaps after a source's label ("**Source B** —
    Marko Đurić, …, post on X, Wed 8 Oct": ``cards.labelled_signature``)."""
    q, passages = site.q, ctx.article.passages
    if not card_quote(ctx.body[q.start:q.end]):
        return None
    k = next((i for i, p in enumerate(passages) if p.start == lo), None)
    if not heads and ctx.body[lo:hi].rstrip(" *_").endswith(":"):
        return None  # (a lead-in of the quote below, "**Edi Rama, the same month:**", signs none above it)
    if k is None or passages[k].kind != "heading" or \
            (name := labelled_signature(ctx.body, ctx.reg, lo, hi) if heads else signature(ctx.body, ctx.reg, lo, hi, bodies=True)) is None:
        return None
    x = next(iter(ctx.cands_in(*name)), None)
    spk = resolve(ctx, x) if x is not None and x.kind in ("mention", "name") else None
    if not spk:
        return None
    zone = [(name[1], hi)]
    for nxt in passages[k + 1:k + 1 + CARD_LINES_UNDER_NAME]:
        if nxt.kind != "heading" or ctx.body.count("\n", zone[-1][1], nxt.start) != 1:
            break
        # (the card's lines under the name, to its blank line: the role's, the occasion's, the day's:
        # "Emomali Rahmon" over "Shanghai Cooperation Organisation summit" over "Dushanbe · Friday 17
        # September 2021")
        zone.append((nxt.start, nxt.end))
    above = next((p for p in reversed(passages[:k]) if p.end <= q.open), None)
    if above is not None and above.kind == "heading" and ctx.body.count("\n", above.end, q.open) == 1:
        zone.append((above.start, above.end))
    k_under = bisect.bisect_right(ctx.passage_starts, q.end)
    under = passages[k_under] if k_under < len(passages) else None
    if heads and under is not None and under.kind == "heading" and ctx.body.count("\n", q.end, under.start) == 1 and \
            signature(ctx.body, ctx.reg, under.start, under.end) is None and labelled_signature(ctx.body, ctx.reg, under.start, under.end) is None:
        zone.insert(0, (under.start, under.end))  # (the line under the quote its name heads: a sticker's "*on X, Wednesday 8 October, 17:14*")
    line_above = ctx.body.rfind("\n", 0, ctx.body.rfind("\n", 0, q.open))
    stacked = next((o for o in reversed(ctx.statements) if o.speaker == spk and o.quote_inner and
                    line_above < o.quote_inner[0] < q.open and "\n\n" not in ctx.body[o.quote_inner[0]:q.open]), None)
    # (the second quotation stacked over the card's name: said when the first was)
    stmt = _make(ctx, site, spk, None, site.kind, site.inner, [] if stacked else zone)
    stmt.subject_pos, stmt.claim, stmt.inherit_from = x.start, (q.open, hi), stacked
    if heads:
        _signature_topic(ctx, stmt, name[1], hi)  # ("**153 ★ Donald Trump** · President of the United States, of Erdoğan")
    return stmt


def previous_blockquote(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A blockquote in quotation marks that nobody signs or introduces ('> "We want the best
    relations …"', between a correspondent's notes on a speech) is the words of whoever spoke
    the blockquote in marks before it: an annotated speech's passages are one speaker's."""
    marked = {q.start for q in ctx.quotes if q.marked and q.open < site.q.open}
    prev = next((s for s in reversed(ctx.statements) if s.quote_inner and s.quote_inner[0] in marked), None)
    if prev is None or _bracketed_source_under(ctx, site):
        return None  # (nor one whose own source is noted under it: "(weekly government press conference, 2024)")
    if not site.q.block and any(x.kind in ("mention", "name", "role") and x.person
                                for x in ctx.cands_in(prev.end, site.q.open)):
        return None  # (a passage in paragraphs after text that brings in someone else: not the same voice)
    if another_voice_heading(ctx, prev.end, site.q.open, prev.speaker) is not None:
        return None  # (nor under a heading of the text's own naming another voice: "### Page 7 · Chinese Embassy …")
    if _credited_above(ctx, site.q.open):
        return None  # (nor under an entry's line that credits it to another: "**5. Closing words**, by the director …")
    stmt = _make(ctx, site, prev.speaker, None, site.kind, site.inner, [])
    stmt.inherit_from = prev  # (said on the same occasion)
    return stmt


#: A verb of speaking in an article's first paragraph that tells whose words follow ("Vučić spoke
#: to reporters in Belgrade yesterday … Below are the passages …").
_SPOKE = re.compile(r"(?<![\w-])(?:spoke|speaks|addressed|address(?:es)?|told|tells|said|says|wrote|writes|"
                    r"answered|gave\s+(?:a|an|his|her)\s+(?:speech|interview|press\s+conference|address)|"
                    r"(?:issued|issues|released|releases|published|publishes|put\s+out)\s+(?:(?:a|an|the|its|this|"
                    r"the\s+following)\s+)?(?:[a-z]+\s+)?(?:statement|communiqu[eé]|declaration|press\s+release)|"
                    r"with\s+(?:a|an|his|her|its)\s+(?:[a-z]+\s+)?(?:statement|speech|address))(?![\w-])")


#: A first paragraph that says someone else's text follows: "His post on Facebook, which prompted
#: the reply, is reproduced below in full", "Orbán's letter is printed below".
_OTHERS_TEXT_BELOW = re.compile(r"(?:[A-Z][\w'’-]+['’]s|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:post|statement|"
                                r"letter|remarks|speech|message|tweet|text|words|address)(?![\w-])[^.]{0,80}?"
                                r"(?<![\w-])(?:(?:is|are)\s+(?:reproduced|printed|published|quoted|given)\s+(?:\w+\s+){0,2}?"
                                r"(?:below|here|in\s+full)|follows?|below)(?![\w-])")
#: "issued the following statement": the paragraph's own speaker's text follows.
_THE_FOLLOWING = re.compile(r"(?<![\w-])the\s+following\s+(?:\w+\s+)?(?:statement|communiqu[eé]|declaration|text|letter|post)")


def lead_speaker(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """The first blockquote in quotation marks that nobody signs or introduces is the words of
    the one the article's first paragraph, before it, tells as speaking ("*Aleksandar Vučić spoke
    to reporters in Belgrade yesterday … Below are the passages about Turkey …*"), dated by that
    sentence; or of the one whose text that paragraph says follows ("His post … is reproduced
    below in full")."""
    first = ctx.timeline.first_passage  # (a short italic standfirst is read as a heading)
    if first is None or first.end > site.q.open:
        return None
    if any(p.kind != "heading" for p in ctx.article.passages if first.end <= p.start and p.end <= site.q.open):
        return None  # text between them may bring in another's words ("a letter … The letter is blunt.")
    below = _OTHERS_TEXT_BELOW.search(ctx.masked, first.start, first.end)
    if below is not None and not _THE_FOLLOWING.search(ctx.masked, first.start, first.end):
        # "… rejecting Orbán's remarks. His post … is reproduced below": his words
        x = next((c for c in ctx.cands_in(below.start(), below.start() + 40)), None)
        spk = resolve(ctx, x) if x is not None and x.start == below.start() else None
        return _make(ctx, site, spk, None, site.kind, site.inner, [(below.start(), below.end())]) if spk else None
    m = _SPOKE.search(ctx.masked, first.start, first.end)
    if m is None:
        return None
    lo = max(first.start, *(ctx.masked.rfind(c, first.start, m.start()) + 2 for c in ".!?"))
    hi = min([i + 1 for c in ".!?" if (i := ctx.masked.find(c, m.end(), first.end)) >= 0] or [first.end])
    x = next((c for c in ctx.cands_in(lo, m.start()) if c.kind in ("mention", "name", "role")), None)
    spk = resolve(ctx, x) if x is not None else None
    return _make(ctx, site, spk, m, site.kind, site.inner, [(lo, hi)]) if spk else None


def _names_its_speaker(ctx: ArticleContext, site: QuoteSite, lo: int) -> bool:
    """Whether the quote's sentence, from ``lo``, names someone as the subject of a reporting
    verb before the quote ("Vučić, she wrote, was “…”"), opens with a group ("Critics call him
    “…”") or has a reporting verb after it ("“…,” Sikorski said"); not a verb with no subject
    ("Also claimed the terrorists are “…”", "credited Jilani with “…”": the label's speaker goes on)."""
    if _GROUP_LEAD.match(ctx.masked, max(lo, site.lo), site.q.open):
        return True  # (a group: "Critics call him “…”")
    before = _verbs_before(ctx, site)
    if before and ctx.cands_in(lo, before[0][0].start()):
        return True
    return bool(verbs_in(ctx, site.close + 1, site.hi, True)) and bool(ctx.cands_in(site.close + 1, site.hi))


def table_row(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quote in the words column of a table of who said what (``tables``) is the words of the
    one its row's speaker column names."""
    row = row_at(ctx, site.q.open) if ctx.table_rows else None
    if row is not None and row.label is not None and _names_its_speaker(ctx, site, max(site.lo, row.words[0])):
        return None  # (under a label line, "Vučić, she wrote, was “…”", "“…,” Sikorski said": the sentence attributes it)
    spk = row_speaker(ctx, row) if row is not None else None
    if not spk:
        return None
    before = _verbs_before(ctx, site) if row.label is not None else []
    # ("credited Jilani with “…”": the label's speaker's verb, whose object the words are about)
    zone = (before[-1][0].end(), site.q.open) if before else None
    # (the speaker's cell first, where it tells when: "| 30/07/2025 | Hun Manet, address, Mon 28 Jul | “…” |"
    # is of the 28th, the day a log entered it aside; else the row's)
    speaker_zone = [row.speaker] if row.label is None and row.speaker[1] <= site.q.open else []
    # (and "| 30/07/2025 | Hun Manet, same address | “…” |" is of the day of that address, not of the row's log)
    row_zone = [] if speaker_zone and row_names_same_occasion(ctx.body, site.q.open) else [(row.start, row.end)]
    stmt = _make(ctx, site, spk, before[-1][0] if before else None, site.kind, site.inner,
                 speaker_zone + row_zone + ([row.label] if row.label else []), primary_zone=zone)
    stmt.subject_pos = row.speaker[0]
    return stmt


#: A text's noun, the words it holds being someone's: "post", "press conference", "translation".
_DOCUMENT_NOUN = (r"(?:post|tweet|statement|letter|speech|remarks|message|address|interview|reply|response|answer|"
                  r"(?:press|news)\s+conference|briefing|translation|video)s?(?![\w-])")
#: Where a text is named with its owner, the owner's candidate ending right before it: "Vučić's
#: post", "President Osmani's X post", "Kurti, Facebook post", "Mr. Đurić, on X", "President
#: Vučić at his press conference"; or right after it: "a post by Kurti".
_OWNER_THEN_DOCUMENT = re.compile(r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?|,\s+(?:[A-Z][\w-]*\s+){0,2})" + _DOCUMENT_NOUN +
                                  r"|,?\s+on\s+(?:" + PLATFORMS + r")(?![\w-])|"
                                  r"\s+at\s+(?:his|her|their|the|a)\s+(?:[\w-]+\s+){0,2}?" + _DOCUMENT_NOUN)
_DOCUMENT_THEN_OWNER = re.compile(_DOCUMENT_NOUN + r"\s+(?:on\s+[A-Z]\w*\s+)?by\s+(?:[A-Z][\w.-]*\s+){0,3}$")
#: A lead-in that names a text of its own after its owner and a comma: "… father, statement of ".
_OWN_DOCUMENT_LEAD = re.compile(r"[\w'’],\s+(?:[A-Z][\w-]*\s+){0,2}" + _DOCUMENT_NOUN)
#: Between a person and the state of the office apposed to the name: ", President of ".
_OFFICE_OF_STATE = re.compile(r",\s+(?:[A-Z][\w-]*\s+){1,3}of\s+(?:the\s+)?")
#: A transcript's answer label, its line's number perhaps before it: "9 A. ", "A: ", "THE WITNESS: ".
_ANSWER_LABEL = re.compile(r"[ \t]*(?:\d{1,3}[ \t]+)?(?:A[.:]|[A-ZÀ-Ž][A-ZÀ-Ž .'’-]{1,30}:)[ \t]*")
#: Another voice than the text's, brought in between the text and the quote: an interruption, an
#: answer, an opinion of one's own, a parody, a source "from" someone else.
_ANOTHER_VOICE = re.compile(r"(?i)(?<![\w-])(?:interrupt\w*|heckl\w*|shout\w*|answer(?:ed|s)?|repl(?:y|ied|ies)|"
                            r"respon(?:d\w*|se)|my\s+(?:view|take|opinion)|parody|spoof|fake|satir\w*|"
                            r"came\s+from|from\s+an?\s)(?![\w-])")
#: How far back a quote standing alone looks for the text it is read from.
_DOCUMENT_REACH = 700


#: A note in square brackets that ends a quote's paragraph: "*[joint press conference, 12 Feb]*".
_NOTE_AFTER = re.compile(r"[\s*_.]*\[[^\[\]\n]{1,100}\][\s*_.]*")


#: A label that names a version of the words, not who said them: a translation review's "Source:"
#: (the original), "Original:", "Target:", "Reference:", "Back-translation:", a language's name
#: ("English:", "Serbian original:").
_VERSION_LABEL = (r"(?:Source|Original|Target|Reference|Translation|Back[ -]translation|Rendering|Version|Gloss|Literal|"
                  r"(?:" + "|".join(sorted(w.title() for w in v.LANGUAGE_NAMES)) + r")(?:[ \t]+(?:original|"
                  r"translation|version|text|rendering))?)")
#: A short lead before a quote that says how the text's own words are given, not who gave them,
#: perhaps after a field's label: "As posted:", "Later in the post:", "Further down the thread:",
#: "Translated:", "Transcribed:", "Draft:", "In full:" (the words of the voice the section's heading
#: names; not "Top comment under the post:", "Headline the next morning:": another voice).
_BARE_LEAD = re.compile(r"[ \t]*(?:[*_]{1,2}(?=[A-Z]))?(?:(?:(?:Exact|Actual|Key|Full|Original|Verbatim)[ \t]+"
                        r"(?:words|wording|quote|remarks|text)|Words)(?:[ \t]+used)?[ \t]*:[ \t]*[*_]*[ \t]*$|"
                        # (a report's field of the words: "**Exact words used:**")
                        r"(?:Notes?|Description|Details|Text|Content|Body|Quote|Quotation|Wording|Transcript|"
                        r"Post|Statement|Excerpt|Back|Front|Reverse|Verso)[ \t]*:[ \t]*[*_]*[ \t]*$|"  # (or a record's field alone: "Notes:", "Description:")
                        # (or a version of the words: a translation review's "Source:", "Reference:", "English:")
                        r"(?:" + _VERSION_LABEL + r")[ \t]*:[ \t]*[*_]*[ \t]*$|"
                        r"(?:[A-Z][a-z]+:[ \t]+)?(?:As[ \t]+(?:posted|delivered|published|written|sent|broadcast|aired|"
                        r"recorded|read|spoken|tweeted|uploaded|filed|issued)|Translated|Transcribed|Draft|Verbatim|Excerpt|"
                        r"In[ \t]+full|Full[ \t]+text|Original|(?:Our|The)[ \t]+translation|"
                        r"(?:At|In|From|During)[ \t]+the[ \t]+same[ \t]+[a-z]+(?:[ \t]+[a-z]+)?|"  # ("At the same announcement:")
                        r"(?:Later|Further(?:[ \t]+down)?|Earlier|Then|Next|Lower[ \t]+down)"
                        r"(?:[ \t]+in[ \t]+the[ \t]+(?:post|thread|statement|text|message|video|interview|letter|speech|"
                        r"address|broadcast|clip))?)[ \t]*:[ \t]*[*_]*)")


def _bare_lead(ctx: ArticleContext, site: QuoteSite) -> bool:
    """Whether the quote's sentence is a short lead that says how the text's own words are given
    (``_BARE_LEAD``), names no one, and the quote, with nothing after it: "As posted: “…”"."""
    q = site.q
    return _BARE_LEAD.fullmatch(ctx.masked, site.lo, q.open) is not None and \
        not ctx.masked[(q.close or q.end) + 1:site.hi].strip(" \"“”.,*_") and \
        not any(c.kind in ("mention", "name", "role", "pronoun", "poss") and not v.text_noun(c)
                for c in ctx.cands_in(site.lo, q.open))


#: How a record of someone's words was made or given, in a lead that names no one: "first recorded
#: on X at 17:14 on Wednesday", "posted on Facebook on the morning of 8 October", "Recorded at a
#: press conference on Thursday:", "from the same post:" (``_record_lead``; an occasion's noun too,
#: ``vocabulary.OCCASION_WORD``).
_RECORDED = re.compile(r"(?i)(?<![\w-])(?:recorded|posted|published|tweeted|broadcast|aired|filmed|uploaded|"
                       r"delivered|spoken|heard|written|on\s+(?:" + v.PLATFORM_NAMES + r"|television|TV|radio)|"
                       r"(?:the|same|that|this)\s+(?:post|tweet|thread|statement|speech|address|video|recording|broadcast))(?![\w-])")


#: A source other than the entry's person in a lead that names no one: "posted by his deputy", "the
#: crowd … chanted", "a banner read", "protesters" (not the one who recorded the words: "filmed by a
#: bystander").
#: The words of a text or a voice that is a crowd's or a banner's, no person's (``_OTHER_SOURCE``,
#: ``_NOT_THE_PERSONS``).
_CROWD_WORDS = r"crowds?|banners?|placards?|slogans?|chant\w*|protesters?|demonstrators?|hecklers?"
_OTHER_SOURCE = re.compile(r"(?i)(?<![\w-])(?:(?<!filmed\s)(?<!recorded\s)(?<!photographed\s)(?<!taped\s)(?<!shot\s)"
                           r"by\s+(?:his|her|their|its|the|a|an)\s+[a-z]+|signs?|audience|" + _CROWD_WORDS + r")(?![\w-])")
#: A reply's noun, another voice's words: "the answer from across the border", "the response".
_REPLY_NOUN = re.compile(r"(?i)(?<![\w-])(?:answers?|repl(?:y|ies)|responses?|retorts?|rejoinders?|rebuttals?)(?![\w-])")


def _record_lead(ctx: ArticleContext, site: QuoteSite) -> bool:
    """Whether the quote's sentence is a colon lead that names no one and tells only how and when
    the words were recorded or given ("Territorial call first recorded on X at 17:14 on Wednesday 8
    October 2025: “…”", "Recorded at a press conference on Thursday 9 October: “…”"), with the
    quote ending it: the words of the one whose entry it is (``section_voice``), not another's
    brought in ("The top reply, posted an hour later: “…”", ``_REPLIES_BEFORE``)."""
    q = site.q
    lead = ctx.masked[site.lo:q.open]
    if not lead.rstrip(" \t*_").endswith(":") or ctx.masked[(q.close or q.end) + 1:site.hi].strip(" \"“”.,*_"):
        return False
    if _RECORDED.search(lead) is None and v.OCCASION_WORD.search(lead) is None:
        return False
    if _REPLIES_BEFORE.search(lead) or _ANOTHER_VOICE.search(lead) or _OTHER_SOURCE.search(lead):
        return False
    return not any((c.kind in ("mention", "name", "role") and not c.channel and not _place_in_lead(ctx, c) or
                    c.kind == "pronoun") and not v.text_noun(c)
                   for c in ctx.cands_in(site.lo, q.open))


def _record_item(ctx: ArticleContext, site: QuoteSite) -> bool:
    """Whether the quote's line is a list's item whose label tells only when and how the words
    came ("- Wed, evening, on X: the delivery is “…”", "- Thu, 13:00, press conference: Serbia is
    “too small to threaten” Turkey"), naming no one, with no verb of speech and no person between
    its colon and the quote: a note in the entry's person's record of what they said."""
    q = site.q
    m = _RECORD_ITEM.match(ctx.masked, ctx.body.rfind("\n", 0, q.open) + 1, q.open)
    if m is None or not (_ITEM_TIME_LABEL.match(m.group("label")) or _RECORDED.search(m.group("label")) or
                         v.OCCASION_WORD.search(m.group("label")) or _VERSION_ITEM.fullmatch(m.group("label"))):
        return False
    return not v.SPEECH.search(ctx.masked, m.end(), q.open) and not any(map(_names_a_voice, ctx.cands_in(m.start("label"), q.open)))


def _names_a_voice(c) -> bool:
    """Whether a candidate can be someone who speaks: a registered person, a name, a pronoun, an
    office (not a text's noun, "the post", nor a state or a body)."""
    return c.kind in ("name", "pronoun") or c.kind == "mention" and c.person or c.kind == "role" and not v.text_noun(c)


#: A list's item with a label before its colon, then what the item says (``_record_item``).
_RECORD_ITEM = re.compile(r"[ \t]*[-*•][ \t]+(?P<label>[^:\n“”\"¤]{1,60}?(?:\d:\d\d[^:\n“”\"¤]{0,40}?)?):[ \t]+")
#: A label that names a version of the words (``_VERSION_LABEL``): "- Reference: “…”".
_VERSION_ITEM = re.compile(r"[*_]*" + _VERSION_LABEL + r"[*_]*")
#: A label that opens with a day or a time: "Wed, evening", "Thu, 13:00", "09:40".
_ITEM_TIME_LABEL = re.compile(r"(?:" + WEEKDAY_SHORT + r"|\d{1,2}[:.]\d{2})")


def _place_in_lead(ctx: ArticleContext, c) -> bool:
    """Whether a candidate is a state named as a place after "in" or "at" in lower case: "recorded
    in Ankara" (no one who speaks)."""
    return c.kind == "mention" and _PLACE_IN_LEAD.search(ctx.masked, max(0, c.start - 50), c.start) is not None and \
        not ctx.masked.startswith(("'s", "’s"), c.end) and \
        (a := ctx.reg.actors.get(c.ref)) is not None and a.kind == "state"


#: Words in a person's entry that bring in others answering them: "reply", "commented below it",
#: "a user from Bari", "came from".
_REPLIES_BEFORE = re.compile(r"(?i)(?<![\w-])(?:repl(?:y|ies|ied)|commented|comments?\s+(?:from|below|under)|"
                             r"(?:a|one|the|top)\s+(?:user|reader|follower|commenter|viewer)s?|came\s+from)(?![\w-])")


#: A sentence whose subject is someone unnamed, or a group: "A Hungarian opposition MP, …",
#: "One diplomat …", "Hungarian historians disagree …".
_ANOTHER_SUBJECT_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s))(?:(?:An?|One|Another|Some)\s+(?:[A-Z]?[a-z]+\s+){0,3}"
                                     r"(?:MP|MPs|[a-z]+)|(?:[A-Z][a-z]+\s+)?(?:historians|analysts|critics|officials|"
                                     r"diplomats|lawmakers|protesters|activists|observers|experts|commentators|residents))"
                                     r"(?![\w-])", re.M)
#: A quote's unnamed speaker after it: '“…,” said one diplomat', '“…,” an aide added'.
_UNNAMED_VOICE_AFTER = re.compile(r"[,.!?]?[ \t]*(?:(?:said|says|added|adds|told|wrote|writes)[ \t]+(?:one|a|an|another|some)|"
                                  r"(?:one|a|an|another|some)[ \t]+[a-z]+[ \t]+(?:said|says|added|adds|told|wrote|writes))(?![\w-])")
#: Words that tell of a text that is not the heading's person's: a banner, a headline, a chant.
_NOT_THE_PERSONS = re.compile(r"(?i)(?<![\w-])(?:posters?|headlines?|front\s+page|graffiti|mural|"
                              r"(?:written|painted|sprayed|printed|stencill?ed)\s+on|" + _CROWD_WORDS + r")(?![\w-])")


def section_voice(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quote standing alone that no rule before gives a speaker, perhaps with a note of its
    occasion in brackets after it, in a section whose heading names one person as its voice and
    perhaps what the words are about ("**ALEKSANDAR on RECEP TAYYIP**" over "**First impressions?**"
    and "“When I speak to you, …” *[same]*", ``resolve.section_person``), with no person named in
    the section before it: that person's, dated by the note (``anchoring._citation_after``; "*[same]*":
    the occasion noted before). A record's header naming its person and a channel or an occasion,
    "**Card 3 · Kurti on Facebook**", counts as such a heading, for a quote on its own, after a bare
    lead ("As posted:", ``_bare_lead``) or in "The post also says that …" (``_text_subject``); not
    after a sentence that brings in another voice with its colon."""
    q = site.q
    para = ctx.paras[ctx.para_index(q.open)]
    noted = not ctx.body[para.start:q.open].strip(" *_") and _NOTE_AFTER.fullmatch(ctx.body, site.close + 1, para.end)
    said = None
    recorded = _record_lead(ctx, site) or _record_item(ctx, site)
    # (a colon lead of the words' own time or place that names no one and tells no speaking nor another source:
    # "On 16 July 2023, beside a Turkish drone: “…”", which dates them; not "The crowd on Saturday chanted:", "On 25
    # July, the answer from across the border:")
    labelled = site.lo < q.open and ctx.masked[site.lo:q.open].rstrip(" \t*_").endswith(":") and \
        not any(c.kind in ("mention", "name", "role", "pronoun", "poss") and not v.text_noun(c)
                for c in ctx.cands_in(site.lo, q.open)) and \
        v.SPEECH.search(ctx.masked, site.lo, q.open) is None and _OTHER_SOURCE.search(ctx.masked, site.lo, q.open) is None and \
        _OTHERS_VOICE.search(ctx.masked, site.lo, q.open) is None and _REPLY_NOUN.search(ctx.masked, site.lo, q.open) is None and \
        any(te.date is not None for te in find_temporal_expressions(ctx.masked[site.lo:q.open], ctx.article.meta.published))
    if not noted and not _standalone(ctx, site) and not _opens_paragraph(ctx, site) and not _bare_lead(ctx, site) and \
            not recorded and not labelled:
        # (or a sentence whose subject is the text itself, "The post also says the delivery “…”", naming no one)
        cands = ctx.cands_in(site.lo, q.open)
        said = v.SPEECH.search(ctx.masked, site.lo, q.open)
        if not _text_subject(ctx, site.lo, said) or any(c.kind in ("mention", "name", "pronoun") for c in cands):
            return None
    if site.s_lo > 0 and (prev := ctx.sents[site.s_lo - 1]).end <= site.lo and \
            ctx.masked[prev.start:prev.end].rstrip(" \t\n*_").endswith(":") and v.SPEECH.search(ctx.masked, prev.start, prev.end):
        return None  # (a voice the sentence before brings in: "Instead, a State Department spokesperson told reporters:")
    person, of_body, voiced = section_voice_heading(ctx, q.open, occasions=True)
    if person is None or of_body:
        return None
    if _ANOTHER_SUBJECT_BEFORE.search(ctx.masked, ctx.paras[ctx.para_index(q.open)].start, q.open):
        return None  # (the sentence before brings in someone else: "A Hungarian opposition MP, asked about
        # the remark, laughed. “…”", "Hungarian historians disagree … “…”")
    headings = ctx.headings_in(0, q.open)
    if headings and any(
            headings[-1].end <= o.open < q.open and o.close is not None and
            (any(s.speaker != person and s.start <= o.start < s.end for s in ctx.statements) or
             _UNNAMED_VOICE_AFTER.match(ctx.masked, o.close + 1))
            for o in ctx.quotes):
        return None  # (a quote in the section before that is another's, '"This is a disgrace," said one
        # diplomat.': the section is not the person's words alone)
    nxt = next((p for p in ctx.article.passages if p.start > q.end and p.kind != "excluded"), None)
    if _NOT_THE_PERSONS.search(ctx.masked, site.close + 1, site.hi) or \
            nxt is not None and ctx.body.count("\n", q.end, nxt.start) <= 2 and ctx.body.startswith(("*", "_"), nxt.start) and \
            not ctx.body.startswith(("**", "__"), nxt.start) and _NOT_THE_PERSONS.search(ctx.masked, nxt.start, nxt.end):
        return None  # (a banner, a headline or a chant the note in italics right under it tells of: "*A protester's banner …*")
    if any(mt.actor == person and q.start <= mt.start < q.end for mt in ctx.all_mentions):
        return None  # (words that name the heading's person are another's about them: "We are with you, Viktor.")
    heading = next((p for p in reversed(ctx.article.passages) if p.end <= q.open and p.kind == "heading"), None)
    if heading is not None and any(not re.search(r"['’]s\s+$", ctx.masked[max(0, r.start() - 4):r.start()])
                                   for r in _REPLIES_BEFORE.finditer(ctx.masked, heading.end, site.lo)):
        return None  # (the entry brings in replies to the person: "The most liked reply came from an account in Szeged";
        # not the person's own, "Magyar's reply to the interview.")
    if said is not None:
        return _field_said(ctx, site, (person, site.lo, site.lo), said)
    # (a lead that tells when the words were recorded dates them: "first recorded on X at 17:14 on Wednesday 8 October:")
    zones = [(site.lo, q.open), (site.close + 1, site.hi)] if recorded or labelled else [(site.close + 1, site.hi)]
    # (and the day a record's heading made of fields gives, after the words' own: "**Seg. 01** · President
    # of Serbia · X · Wed 08.10.2025, 17:14")
    zones += heading_day_fields(ctx, voiced) if voiced is not None else []
    return _make(ctx, site, person, None, site.kind, site.inner, zones)


def _place_in_note(ctx: ArticleContext, x) -> bool:
    """Whether a state's capital opens a note in brackets as the place of the words: "Sides, Ep. 3, Sc. 6
    (Ankara, 12 February 2026): “…”" (where they were said, no speaker; but "(Turkey, 21 January
    2023): “…”", by the state's own name, is the state's)."""
    return x.kind == "mention" and ctx.masked[x.start - 1:x.start] == "(" and ctx.masked.startswith(",", x.end) and \
        (actor := ctx.reg.actors.get(x.ref)) is not None and actor.kind == "state" and is_capital(x.text) and \
        x.text.casefold() != actor.name.casefold()  # (not a city-state by its name, "(Djibouti, …)")


#: One who asks or answers in an interview or a room, opening a lead as its subject, or another's answer:
#: "The host pressed him:", "The interviewer opened hard:", "A reporter asked:", "The reply from the Emir's
#: office:" (not "…, to a reporter:", the one told).
_INTERLOCUTOR = re.compile(r"(?i)(?:(?:the|a|an|one|our)\s+)?(?:[a-z-]+\s+)?(?:(?:host|interviewer|presenter|anchor|moderator|"
                           r"reporter|journalist|questioner|correspondent|chair|chairman|chairwoman|audience|crowd|heckler)s?|"
                           r"(?:reply|answer|response|retort|rejoinder)s?\s+(?:from|by|of))(?![\w-])")
#: A question's label as the whole lead: "Q:", "Question:", "Interviewer:".
_QUESTION_LABEL = re.compile(r"(?i)(?:Q|Question|Interviewer)\s*[:.]")
#: After a lead's colon, a name or a role and a copula right before the quote: the one the words are
#: about, "Sides, Ep. 1, Sc. 15 (X post, …): Vučić is “…”".
_COPULA_BEFORE_QUOTE = re.compile(r"(?<=:)[ \t]+(?:the[ \t]+)?[A-ZÀ-Ž][\w'’.-]*(?:[ \t]+[A-ZÀ-Ž][\w'’.-]*){0,2}[ \t]+"
                                  r"(?:is|was|are|were|remains|has\s+been)[ \t*_]*$")


def owners_entry_words(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quote in a paragraph that opens with an entry's label titling one person's words ("1st
    Vučić's APPALLED (X, whelped 8.10.25, Belgrade, 17:14). A big, forceful exhibit with tremendous
    front: “…”"), or on a line under a bold head that names its voice (``resolve.owners_entry``),
    after a lead's colon or comma or on its own: that person's, dated by the label's note or the
    head; not when someone else is named or referred to by a pronoun between the label and the quote,
    nor when the lead opens with an interlocutor or another's answer ("The host pressed him:", "The
    reply from the Emir's office:") or is a question's label ("Q:"). A name and a copula right before
    the quote, "…: Vučić is “…”", is the one the words are about (a target)."""
    q = site.q
    para = ctx.paras[ctx.para_index(q.open)]
    entry = owners_entry(ctx, para.start, q.open)
    if entry is None:
        return None
    owner, label_end, head = entry  # (head: the bold head a line of its block hangs under)
    if _HEADLINE_BEFORE.search(ctx.masked, max(para.start, q.open - 40), q.open):
        return None
    lo = max(site.lo, label_end)
    spoken_of = _COPULA_BEFORE_QUOTE.search(ctx.masked, lo, q.open)
    lead_end = spoken_of.start() if spoken_of is not None else q.open  # (the owner's words on someone: "…: Vučić is “…”")
    lead = ctx.masked[lo:lead_end].strip(" \t*_")
    if any(c.kind in ("mention", "name", "pronoun") and c.person and c.ref != owner
           for c in ctx.cands_in(label_end, lead_end)) or _INTERLOCUTOR.match(lead) or _QUESTION_LABEL.fullmatch(lead):
        return None  # (another voice brought in: "The owner's rival, Kurti, answered: “…”", "The reply from the
        # Emir's office:", "The host pressed him:", "Q:")
    if lead and not lead.endswith((":", ",")):
        return None  # (only a quote after a lead's colon or comma, "I could not fault the head, “…”", or on its
        # own: not a sentence's, "Critics call him “…”")
    about = (spoken_of.start(), spoken_of.end()) if spoken_of is not None else None  # (the one spoken of: a target)
    return _make(ctx, site, owner, None, site.kind, site.inner, [(para.start, label_end), (site.lo, q.open),
                                                                 (site.close + 1, site.hi)] +
                 ([(head.start, head.end)] if head is not None else []), extra=about)


#: A list item's mark before a quotation that is all of the item: "1. “", "- **“".
_QUOTE_ITEM_MARK = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-*•])[ \t]+(?:\*\*|__|\*|_)?")
#: A list item that is only a quotation, on its line: '1. "…"', '- “…”.'
_QUOTE_ONLY_ITEM = re.compile(_QUOTE_ITEM_MARK.pattern + r"[\"“][^\"“”\n]{3,}[\"”][ \t.,*_]*$", re.M)
#: The note under an item that names the one whose words they are instead: "*(sung by Erdoğan)*",
#: "(said by Diana Mondino, at a panel)".
_NOTE_BY = re.compile(r"(?i)(?<![\w-])(?:sung|played|said|spoken|posted|written|performed|delivered|read|answered|"
                      r"replied)\s+by\s+$")


#: After the name that opens a title, what makes it a title of that person's own lines: "(Aleksandar
#: Vučić) setlist", "(Tiani) in four lines", "('s) best quotes", ": his own words", "(Lukashenko) on
#: Poland in five quotes", "on the Essequibo: the lines of a campaign" (not "Netanyahu in
#: Irish eyes: quotes from the Dáil", "Song for Abiy Ahmed: the lines of the anthem").
_WORDS_TITLE = re.compile(r"(?i)(?:['’]s)?(?:\s+(?:on|in|at)\s+(?:the\s+)?(?-i:[A-ZÀ-Ž])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ž])[\w'’-]*)?)?"
                          # ("on Poland", "on the Essequibo", "in Madrid")
                          r"(?:,?\s+in|\s*[:,—–-]\s*(?:his|her|their|the))?\s+(?:(?:own|best|ten|\d{1,3}|[a-z]+)\s+){0,2}?"
                          r"(?:set\s?list|quotes|quotations|lines|words|sayings|soundbites|one-liners)(?![\w-])")


def _list_title_person(ctx: ArticleContext) -> str | None:
    """The one person a page's title opens with as the one whose lines it lists (``_WORDS_TITLE``:
    "Aleksandar Vučić setlist: …", "Orbán in ten quotes"), else None."""
    title = ctx.article.meta.title or ""
    people = [mt for mt in ctx.reg.find_mentions(title) if getattr(ctx.reg.actors.get(mt.actor), "kind", None) == "person"]
    if len({mt.actor for mt in people}) != 1 or title[:people[0].start].strip(" \"'“‘*_") not in ("", "The", "the"):
        return None
    return people[0].actor if _WORDS_TITLE.match(title, people[-1].end) else None


def titled_list(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quotation that is all of a list's item ("1. “…”", "- “…”"), in a list of two or more such
    items, on a page whose title opens with one person and no other as the one whose lines they
    are (a set list's "Aleksandar Vučić setlist: …", a quotes page's "Orbán in ten quotes"; not
    "Boluarte, as her critics see her", ``_list_title_person``), that no rule gives a speaker: that person's
    words; the note under the item that names another as the one "by" whom they came ("*(sung by
    Erdoğan)*") gives them to that one. Not words that name the person (another's about them)."""
    q = site.q
    line_lo = ctx.body.rfind("\n", 0, q.open) + 1
    if _QUOTE_ITEM_MARK.fullmatch(ctx.body, line_lo, q.open) is None or \
            _QUOTE_ONLY_ITEM.match(ctx.body, line_lo) is None or (person := _list_title_person(ctx)) is None:
        return None
    block_lo, block_hi = _list_block(ctx.body, line_lo, q.end)
    if len(_QUOTE_ONLY_ITEM.findall(ctx.body, block_lo, block_hi)) < 2:
        return None  # (one quotation in a list is an item of some list, not a list of the person's lines)
    note = _item_note(ctx, q)
    speaker = _item_note_voice(ctx, note) or person  # "*(sung by Erdoğan)*", "(said by Diana Mondino, …)"
    if speaker == person and any(mt.actor == person and q.start <= mt.start < q.end for mt in ctx.all_mentions):
        return None  # (words that name the title's person are another's about them)
    return _make(ctx, site, speaker, None, site.kind, site.inner, [note])


def _list_block(body: str, lo: int, hi: int) -> tuple[int, int]:
    """The lines around [lo, hi) up to a blank line either side: a list and the notes under its items."""
    end = body.find("\n\n", hi)
    return body.rfind("\n\n", 0, lo) + 2, len(body) if end < 0 else end


def _item_note(ctx: ArticleContext, q) -> tuple[int, int]:
    """The lines under a list item's quotation up to the next item or the list's end: its note."""
    block_hi = _list_block(ctx.body, q.open, q.end)[1]
    line_hi = ctx.body.find("\n", q.end)
    line_hi = block_hi if line_hi < 0 or line_hi > block_hi else line_hi
    nxt = _QUOTE_ITEM_MARK.pattern
    note_hi = next((m.start() for m in re.finditer(r"\n(?=" + nxt + ")", ctx.body[line_hi:block_hi])), block_hi - line_hi) + line_hi
    return line_hi, note_hi


def _item_note_voice(ctx: ArticleContext, note: tuple[int, int]) -> str | None:
    """The person an item's note names as the one "by" whom its words came ("*(sung by Erdoğan)*"), else None."""
    for c in ctx.cands_in(*note):
        if c.kind in ("mention", "name") and c.person and _NOTE_BY.search(ctx.masked, max(note[0], c.start - 30), c.start):
            return resolve(ctx, c)
    return None


def document_owner(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quotation that no rule gives a speaker, standing alone as a paragraph or a transcript's
    answer ("9 A. “…”"), or after a note of the copy it is taken from ("Screenshot, and Telegrafi's
    English: “…”"), is read from the text last named with its owner before it, in its paragraph
    or the few before (no heading between): a deposition's "A printout of the English version
    of President Vučić's post on X" over "A. “…”", a finding aid's "Vučić, X post, 2025 October 8.",
    "That is the foreign minister, Mr. Đurić, on X"; the owner's words, not the reader's."""
    q = site.q
    para = ctx.para_index(q.open)
    para_lo = ctx.paras[para].start
    if not card_quote(ctx.body[q.start:q.end]) or not (
            _whole_paragraph(ctx, q) or ctx.masked[site.lo:q.open].rstrip(" \t*_").endswith(":") or
            _ANSWER_LABEL.fullmatch(ctx.masked, para_lo, q.open)):
        return None
    if any(c.kind in ("mention", "name", "role", "pronoun") for c in ctx.cands_in(site.lo, q.open)) or \
            v.SPEECH.search(ctx.masked, site.lo, q.open) or v.SPEECH.search(ctx.body, q.start, min(q.end, q.start + 40)):
        return None  # (a lead that tells who speaks, "… he went further:", is the other rules'; and words that
        # report another's, '"Vučić said Turkey wants …"', are a claim quoted, not the text's)
    if _OWN_DOCUMENT_LEAD.search(ctx.masked, site.lo, q.open):
        return None  # ("12. The applicant's father, statement of 5 October 2022: “…”": a text of its own, by one not read)
    # (the few paragraphs before, within reach, after the last heading)
    heading = next((p for p in reversed(ctx.article.passages) if p.end <= q.open and p.kind == "heading"), None)
    lo = max(heading.end if heading is not None else 0, q.open - _DOCUMENT_REACH, ctx.paras[max(0, para - 6)].start)
    best, prev = None, None
    for c in ctx.cands_in(lo, q.open):
        if c.kind not in ("mention", "name", "role") or c.channel or ctx.in_quote(c.start):
            continue
        holder = prev if prev is not None and prev.person and \
            _OFFICE_OF_STATE.fullmatch(ctx.masked, prev.end, c.start) else c
        prev = c
        if _TO_BEFORE_OWNER.search(ctx.masked, max(lo, c.start - 6), c.start):
            continue  # ("Orbán's reply to Tusk's letter": the text replied to, not the one quoted)
        if (_OWNER_THEN_DOCUMENT.match(ctx.masked, c.end) or
                _DOCUMENT_THEN_OWNER.search(ctx.masked, max(lo, c.start - 40), c.start)) and \
                (best is None or c.end > best.end):
            best = holder  # (the office's holder, not its state: "Vjosa Osmani, President of Kosovo, post on X")
    if best is None:
        return None
    # (a voice brought in after the text was named, "A deputy at the back of the room interrupted.",
    # "Within an hour the government had its answer ready.", or a lead naming another source or
    # copy, "The parody version, widely shared:", "came from a Polish blogger:": not the text's words)
    if _ANOTHER_VOICE.search(ctx.masked, best.end, q.open):
        return None
    spk = resolve(ctx, best)
    if not spk or spk not in ctx.reg.actors or ctx.reg.actors[spk].kind == "media" or \
            is_outlet_name(ctx.reg, spk, best.text or ""):
        return None
    eol = ctx.masked.find("\n", best.end)
    stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(best.start, eol if eol >= 0 else len(ctx.masked))])
    stmt.subject_pos = best.start
    return stmt


def bracketed_words(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quote that fills a pair of brackets right after a clause whose subject opens its sentence,
    a person ("He offered Germany 20,000 elephants (‘We won’t take no for an answer’) and said …",
    "Orbán refused to budge (“Hungary will not pay”) on Friday"): the words of that subject, who
    did what the clause tells with them; not an aside whose brackets also name another voice."""
    q = site.q
    if q.close is None or not ctx.masked[:q.open].rstrip().endswith("(") or \
            not ctx.masked[q.close + 1:q.close + 3].lstrip().startswith(")"):
        return None
    sent = ctx.sents[site.s_lo]
    lo = sent.start + len(ctx.masked[sent.start:q.open]) - len(ctx.masked[sent.start:q.open].lstrip(" \t*_-•"))
    first = next((c for c in ctx.cands_in(lo, q.open) if c.kind in ("mention", "name", "role", "pronoun", "poss")), None)
    if first is None or first.kind == "poss" or not OPENING_ADJUNCT.fullmatch(ctx.masked, lo, first.start) or \
            not _VERB_AFTER_SUBJECT.match(ctx.masked, first.end):
        return None
    speaker = resolve(ctx, first)
    if speaker is None or (a := ctx.reg.actors.get(speaker)) is not None and a.kind != "person" or \
            a is None and not first.person:
        return None
    stmt = _make(ctx, site, speaker, None, site.kind, site.inner, [(sent.start, q.open), (site.close + 1, site.hi)])
    stmt.subject_pos, stmt.claim = first.start, (sent.start, site.close + 1)
    return stmt


#: The nouns of a text or of a part of it that a lead names instead of its writer: "(One English)
#: version", "(The) line (most outlets used)", "(his) opening", "(the) wording".
_TEXT_PART_NOUNS = r"version|translation|rendering|text|lines?|opening|closing|ending|conclusion|passage|wording|words"
#: "To" right before an outlet in a lead-in: the outlet told ("To The Irish Times in March 2024:").
_TO_OUTLET = re.compile(r"(?<![\w-])[Tt]o\s+(?:[Tt]he\s+)?$")
#: A text named by a possessive after an outlet in a lead-in: "(printed) his opening", "(ran) her words".
_POSSESSED_TEXT_AFTER = re.compile(r"(?i)(?<![\w-])(?:his|her|their)\s+(?:[a-z]+\s+){0,2}?(?:" + _TEXT_PART_NOUNS +
                                   r"|remarks|statement)(?![\w-])")
#: A verb that tells someone spoke or posted, with nothing quoted: "posted on X that afternoon",
#: "answered the same evening", "wrote to the council".
_SPOKE_ALONE = re.compile(r"(?<![\w-])(?:posted|answered|replied|responded|wrote|tweeted|spoke|reacted|commented)(?![\w-])")
#: A lead-in of the text itself, before a colon: its version, its line, its opening or ending, the
#: text an outlet or the writer holds ("One English version reads:", "The line most outlets used:",
#: "From the English text we hold:", "Novosti printed his opening in English as well:").
_TEXT_LEAD = re.compile(r"(?i)(?<![\w-])(?:" + _TEXT_PART_NOUNS + r")(?![\w-])")


#: A text that answers the one told before: "came back", "in reply", "the answer".
_REPLY_TEXT = re.compile(r"(?i)(?<![\w-])(?:came\s+back|in\s+reply|repl(?:y|ied|ies)|answer(?:ed|s)?|response|responded)(?![\w-])")
#: What names the text's owner after its noun: " of the judgment", " of Kurti's post".
_OF_ANOTHER = re.compile(r"\s+of\s")
#: The text's noun right after a possessive: "(his) opening", "(her) closing line", "(his) English version".
_OWNED_TEXT = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:" + _TEXT_PART_NOUNS + r")(?![\w-])", re.I)


def text_of_the_one_who_spoke(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quote whose lead-in opens its sentence, names only the text ("One English version reads:",
    "The line most outlets used:", "From the English text we hold:"), right after a sentence of
    the same paragraph that tells a person posted or answered and quotes nothing ("Marko Đurić
    posted on X on the evening of the 8th."): that person's words; a lead that names the text by
    its owner's possessive, "Novosti printed his opening in English as well:", the owner's; a lead
    that names only the source ("From the Serbian transcript, our translation:"): the words of the
    one the sentence before is about."""
    q, m = site.q, ctx.masked
    si = ctx.sent_index(q.open)
    lo = ctx.sents[si].start
    if si > 0 and _SOURCE_ONLY_LEAD.fullmatch(m, lo, q.open) is not None and \
            ctx.para_index(ctx.sents[si - 1].start) == ctx.para_index(lo):
        # ("He did not drop the complaint altogether. From the Serbian transcript, our translation: “…”": the
        # lead names only where the words were found, the demonym of its language no speaker; the one the
        # sentence before is about says them, whatever its verb)
        before = ctx.sents[si - 1]
        subj = next((c for c in ctx.cands_in(before.start, before.end) if c.kind in ("mention", "name", "role", "pronoun")
                     and not c.channel and not after_preposition(ctx, c)), None)
        spk = resolve(ctx, subj) if subj is not None else None
        if spk is not None and is_person(ctx, spk):
            stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(before.start, q.open)])
            stmt.subject_pos = subj.start
            return stmt
    lead = m[lo:q.open].rstrip(" \t*_")
    if si == 0 or not lead.endswith(":") or v.MASK in lead or not (text := _TEXT_LEAD.search(lead)) or \
            _OF_ANOTHER.match(lead, text.end()) or _REPLY_TEXT.search(lead):
        return None  # (not another's text, "The wording of the judgment that matters most:", nor a reply to
        # the one who posted, "The text that came back by midday:")
    if any(c.kind in ("mention", "name", "role") and not c.channel or c.kind == "pronoun" and c.text.lower() in ("he", "she", "they", "it")
           for c in ctx.cands_in(lo, q.open)):
        return None
    owner = next((c for c in ctx.cands_in(lo, q.open) if c.kind == "poss"), None)
    if owner is not None and _OWNED_TEXT.match(m, owner.end) and (spk := resolve(ctx, owner)) and is_person(ctx, spk):
        # ("Novosti printed his opening in English as well:": the one whose opening it is)
        stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(lo, q.open)])
        stmt.claim = (lo, site.close + 1)
        return stmt
    prev = ctx.sents[si - 1]
    if ctx.para_index(prev.start) != ctx.para_index(lo) or v.MASK in m[prev.start:prev.end]:
        return None
    said = _SPOKE_ALONE.search(m, prev.start, prev.end)
    subj = subject_of(ctx, said.start(), said.end(), prev.start) if said is not None else None
    spk = resolve(ctx, subj) if subj is not None and subj.kind in ("mention", "name", "pronoun") and not subj.channel else None
    if not spk or not is_person(ctx, spk):
        return None
    if owner is not None and resolve(ctx, owner) != spk:
        return None  # (whose opening: the possessive names another)
    stmt = _make(ctx, site, spk, None, site.kind, site.inner, [(prev.start, prev.end), (lo, q.open)])
    stmt.claim = (lo, site.close + 1)
    return stmt


#: An article's field that names the one speaker of the words it gives: "Speaker: the President of
#: Serbia." (a worked example's context, a transcript's cover), opening a line or a sentence.
_SPEAKER_FIELD = re.compile(r"(?:^|(?<=\n)|(?<=[.:;] ))[*_]*Speaker[*_]*:[*_]*[ \t]+")
#: What may follow such a quotation in its sentence: its stop, markup, a note in brackets ("*(This is the
#: English circulated with the clip.)*").
_NOTE_ONLY_AFTER = re.compile(r"[\s.,;!?*_\"”’]*(?:\([^()\n]*\)[\s.*_]*)?")
#: A numbered mark before a quotation that opens its paragraph: "**(1)** ", "3. ", "*(2)* ".
_NUMBER_MARK = re.compile(r"[ \t>]*[*_]*(?:\(\d{1,2}\)|\d{1,2}[.)])?[*_]*[ \t]*")


def _titles_only(text: str) -> bool:
    """Whether a field's value before its name holds titles and "the" at most: "Foreign Minister ",
    "the ", "** " (``speaker_field``, ``_person_fields``)."""
    return all(w in v.TITLE_WORDS or w == "the" for w in text.strip(" *_").lower().replace(".", "").split())


def speaker_field(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quotation no rule gives a speaker, opening its paragraph (after a number's mark at most:
    "**(1)** “…”"), in an article whose one "Speaker:" field, before it, names one person by name or
    office ("Speaker: the President of Serbia. Occasion: press conference, Belgrade, Thursday 9
    October 2025."): that person's, dated by the field's sentence and the one after it, when its
    paragraph names no other person."""
    q = site.q
    if "Speaker" not in ctx.masked:
        return None
    fields = [m for m in _SPEAKER_FIELD.finditer(ctx.masked) if not ctx.in_quote(m.start())]
    if len(fields) != 1 or fields[0].end() >= q.open:
        return None
    field = fields[0]
    para = ctx.paras[ctx.para_index(q.open)]
    if not _NUMBER_MARK.fullmatch(ctx.body, para.start, q.open) or \
            _NOTE_ONLY_AFTER.fullmatch(ctx.masked, min(q.end + 1, site.hi), site.hi) is None:
        return None  # (nor one with words after it in its sentence: '“…,” said the interviewer', '“…,” one journalist shouted')
    x = next((c for c in ctx.cands_in(field.end(), field.end() + 60) if c.kind in ("mention", "name", "role")), None)
    if x is None or not _titles_only(ctx.masked[field.end():x.start]):
        return None  # (the value's titles before the name at most: "Foreign Minister Abdoulaye Diop")
    spk = resolve(ctx, x)
    if spk is None or not is_person(ctx, spk):
        return None
    if any((c.kind in ("mention", "name") and c.person or c.kind == "role" or
            c.kind == "pronoun" and c.text.lower() in ("he", "she")) and not ctx.in_quote(c.start)
           and resolve(ctx, c) != spk for c in ctx.cands_in(para.start, para.end)):
        return None  # (a paragraph that names another: "Osmani answered: “…”" is the other rules')
    si = ctx.sent_index(field.start())
    zone_hi = ctx.sents[min(si + 1, len(ctx.sents) - 1)].end
    return _make(ctx, site, spk, None, site.kind, site.inner, [(field.start(), zone_hi)])


#: A field naming whom a record or an item is about, opening a line or a sentence: "**Player:**
#: Gustavo Petro", "FA: Aleksandar Vučić, Wednesday 8 October 2025, on X." (a label of one to three
#: words, or an abbreviation in capitals), or the same one again: "Same FA, same day."
_PERSON_FIELD_OPENING = re.compile(r"[A-Z](?:(?<=S)ame[ \t]+(?P<same>[A-Z][a-z]+(?:[ \t][A-Za-z]+){0,2}|[A-Z]{2,4})[ \t]*[,.]|"
                                   # (an org-mode property in capitals between colons, ":SPEAKER:  Sebastian Fischer, …")
                                   r"(?P<rest>[a-z]+(?:[ \t][A-Za-z]+){0,2}|[A-Z]{1,3}|(?<=:[A-Z])[A-Z]{2,14}(?=:))[ \t]*:(?:\*\*|__|\*|_)?[ \t]+(?=\S))")
#: A certificate's numbered field with no colon, "2. has been signed by Ned Price": from "igned", a
#: literal that ``re`` skips to, and ``_SIGNED_LEAD`` before it.
_SIGNED_BY = re.compile(r"igned[ \t]+by[ \t]+(?=[A-Z])")
_SIGNED_LEAD = re.compile(r"(?:(?:[Hh]as[ \t]+been|[Ww]as)[ \t]+)?[Ss]$")


def _field_openings(text: str) -> list[tuple[int, int, str | None, str | None]]:
    """The openings of the fields ``_person_fields`` reads, in order: (start, end, the label a
    "Same …" field repeats or None, the label)."""
    out = [(m.start(), m.end(), m.group("same"), None if m.group("same") else text[m.start():m.end("rest")])
           for m in (_PERSON_FIELD_OPENING.finditer(text) if ":" in text or "Same " in text else ())]
    for m in _SIGNED_BY.finditer(text) if "igned by" in text else ():
        if (lead := _SIGNED_LEAD.search(text, max(0, m.start() - 14), m.start())) is not None:
            out.append((lead.start(), m.end(), None, "signed by"))
    return sorted(out, key=lambda f: f[:2]) if len(out) > 1 else out


#: What stands before such a field: a line's opening (a quote's mark, a list's, emphasis) or a sentence's end.
_PERSON_FIELD_BEFORE = re.compile(r"(?:^|\n|[.!?] |[.!?](?:\*\*|__) )[ \t>]*(?:[-*•][ \t]+)?(?:\*\*|__|\*|_|:)?$")
#: What ends a record: a rule ("---"), a heading line in bold of its own ("**Closed routes**"), a
#: heading, a numbered item's head in bold ("**2. ASMARA SILENCE** (ERI) · Form: …", "**B3. Too Small** (2:55)"), a
#: line's label in bold capitals ("**STEWARDS' NOTES:** …").
_RECORD_ENDS = re.compile(r"\n[ \t]*(?:(?:-{3,}|\*{3,}|_{3,}|(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)|#{1,6}[ \t][^\n]*)[ \t]*(?=\n|$)|"
                          r"(?:\*\*|__)(?:[A-Z]{0,2}\d{1,3}[.)]?[ \t]|[A-Z][A-Z'’ -]{2,40}:?(?:\*\*|__)))")
#: A pronoun that speaks: "He said", "she told".
_PRONOUN_SAYS = re.compile(r"(?<![\w-])(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:\w+ly\s+)?(?:said|says|told|tells|added|wrote|insisted|warned)(?![\w-])")
#: An outlet's text in the quote's sentence: "A headline offered by our sub-editor, “…”".
_OUTLETS_TEXT = re.compile(r"(?i)(?<![\w-])(?:headlines?|headlined|banners?|captions?|taglines?|strap(?:line)?s?)(?![\w-])")


def _person_fields(ctx: ArticleContext) -> list[tuple[int, int, str | None]]:
    """The article's fields that name someone (``_PERSON_FIELD_OPENING``), found once: (start, end
    of the value's name, the person whose words the field's record or item holds, or None, or
    ``_EXAMINER`` for a record's examiner, "Logged by:", ``resolve.examiner_label``). A
    field whose value opens with a person's name, perhaps after a title or "the", with a
    description after it, names that person, unless its label names a topic, a place, a channel,
    one acted upon or the record's examiner (``resolve.not_who_label``); a field whose value
    opens with a body (a racecard's "*Trainer:* Ministry of Information") or such a label names
    none, and ends the voice of a field before it, but a speaker's field (``v.AUTHOR_FIELD``,
    ":SPEAKER:  Ministry of External Affairs …", ":SPEAKER:  China") names the body or the state
    that speaks; a state in another field ("**Club:** Colombia") or a value that names no one does
    neither. "Same FA" takes the person of the last field with that label."""
    if ctx.person_fields is not None:
        return ctx.person_fields
    found: list[tuple[int, int, str | None]] = []
    last: dict[str, str | None] = {}
    for start, end, same, label in _field_openings(ctx.masked):
        if ctx.in_quote(start) or _PERSON_FIELD_BEFORE.search(ctx.masked, max(0, start - 12), start) is None:
            continue
        if same is not None:
            if same in last:
                found.append((start, end, last[same]))
            continue
        if examiner_label(label):
            found.append((start, end, _EXAMINER))  # ("Logged by: C. Nolan", "**Adjudicator:** “…”": the record's examiner)
            continue
        x = next((c for c in ctx.cands_in(end, end + 80) if c.kind in ("mention", "name", "role")), None)
        line_end = ctx.masked.find("\n", end)
        speaker_field = v.AUTHOR_FIELD.fullmatch(label.strip(" \t*_:")) is not None
        if _BODY_VALUE.match(ctx.masked, end):
            # ("*Trainer:* Ministry of Information, Asmara": a body's; but a speaker's field names the body
            # that speaks, ":SPEAKER:  Ministry of External Affairs (spokesperson …)")
            body = resolve(ctx, x) if x is not None and x.start == end and speaker_field else None
            if body is not None and getattr(ctx.reg.actors.get(body), "kind", "") in ("state", "media", "place", "city", "region"):
                body = None
            found.append((start, x.end if body else end, body))
            continue
        # (an account's handle, its owner in brackets: "Account: @avucic (Aleksandar Vučić, head of state)";
        # or the owner's page: "Account: Albin Kurti's page (cross-post …)")
        handle = x is not None and _HANDLE_THEN_OWNER.fullmatch(ctx.masked, end, x.start) is not None
        owned = x is not None and _OWNERS_ACCOUNT.match(ctx.masked, x.end) is not None
        if x is None or 0 <= line_end < x.start or x.kind == "role" and (x.text or "x").split()[-1].lower() not in v.TITLE_WORDS or \
                not (handle or _titles_only(ctx.masked[end:x.start])) or \
                ctx.masked.startswith(("'s", "’s"), x.end) and not owned or \
                not owned and _FIELD_NAME_ENDS.match(ctx.masked, x.end) is None:
            continue  # (a value that opens with no one's name: "*Field:* plain white", "The Post")
        who = resolve(ctx, x)
        actor = ctx.reg.actors.get(who) if who else None
        if who is None or actor is not None and actor.kind in ("place", "city", "region") or \
                actor is not None and actor.kind == "state" and not speaker_field:
            continue  # (but a speaker's field may name a state, ":SPEAKER:  China")
        if not is_person(ctx, who) and not (actor is not None and actor.kind == "state") or not_who_label(label):
            who = None
        last[label] = who
        found.append((start, x.end, who))
    ctx.person_fields = found
    return found


#: The field of an examiner's own text: "Comment:", "*Notes:*", "**Verdict:**".
_EXAMINERS_TEXT = re.compile(r"[ \t>]*(?:[-*•][ \t]+)?(?:\*\*|__|\*|_)?(?i:comments?|notes?|remarks?|observations?|"
                             r"assessment|verdict|feedback|evaluation|ruling)[ \t]*(?:\*\*|__|\*|_)?:")
#: The mark of an examiner's field among the person fields (``_person_fields``).
_EXAMINER = "(examiner)"
#: A field's value that opens with a body's name: "Ministry of Information, Asmara", "The Office of the
#: President" (whether or not the registry has it).
_BODY_VALUE = re.compile(r"[*_ \t]*(?:The[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,3}?(?:Ministry|Office|Department|Agency|Council|"
                         r"Committee|Commission|Embassy|Government|Bureau|Service|Presidency|Directorate|Secretariat)(?![\w-])")
#: A rule between records, then a new record's head in bold or a heading: "---" over "**Race committee**" (not a
#: page break within one speaker's turn).
_RULE_THEN_HEAD = re.compile(r"\n[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:\*\*|__|#)")
#: An examiner's field opening a line: "Logged by:", "**Adjudicator:**", "*Judge:*" (``resolve.examiner_label``).
_EXAMINER_FIELD = re.compile(r"\n[ \t>]*(?:[-*•][ \t]+)?(?:\*\*|__|\*|_)?(?i:" + EXAMINER_WORDS + r")[ \t]*(?:\*\*|__|\*|_)?:")
#: An account's handle before its owner's name in brackets: "@avucic (", "@VjosaOsmani ( ".
_HANDLE_THEN_OWNER = re.compile(r"[*_ \t]*@[\w.]+[ \t]*\([ \t]*")
#: After an owner's name, the account that is theirs: "'s page", "'s account", "’s channel".
_OWNERS_ACCOUNT = re.compile(r"['’]s[ \t]+(?:official[ \t]+)?(?:page|account|channel|profile|feed|handle)(?![\w-])")
#: A numbered field's number opening its line: "2. " in "2. has been signed by …".
_ITEM_NUMBER = re.compile(r"^\d{1,3}[.)]$")
#: What follows the name a person field gives: a description or a time after a comma, a stop, the
#: end of the line, markup.
_FIELD_NAME_ENDS = re.compile(r"[*_]*[ \t]*(?:[,.;(—–]|\\\\|\n|$|\d{1,2}\.[ \t])")  # (LaTeX's line break too: "Speaker: Jens Stoltenberg\\";
# or the next numbered field on the line: "2. has been signed by Ned Price 3. acting in …")


def field_voice(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quote no rule before gives a speaker, after a field that names the one person a record
    or an item is about, whatever its label: a scouting card's "**Player:** Gustavo Petro" over its
    "**Notes.** Opened the series on Wednesday 1 March …: “…”", a guidebook route's "FA: Aleksandar
    Vučić, Wednesday 8 October 2025, on X. Starts up the Charter crack: “…”" ("Same FA, same day."
    names the one before): that person's words, when the quote's sentence names no other person
    but after a preposition, and no rule or bold heading line (``_RECORD_ENDS``) stands between; a
    field within a paragraph voices that paragraph only; an examiner's field between ends the voice
    only for the examiner's own text ("Logged by: …" over "Comment: “…”"). Dated by the quote's
    sentence, else by its paragraph's lead when a field's label opens the paragraph ("*Document:*
    statement of Friday 10 December 2021. “…”"), else by the field's line. A certificate's
    "Signatory:", "Issuing authority:" and numbered "2. has been signed by X" are such fields."""
    fields = _person_fields(ctx)
    if not fields:
        return None
    q = site.q
    # (past an examiner's field, unless the quote stands in the examiner's own text's field, "Comment: “Caller
    # courteous.”", and is not in the first person: an evaluator's "*Commendations:* …: “We call on …”" and a
    # log's "Message: “Operation complete”" give the record's person's words)
    own = _EXAMINERS_TEXT.match(ctx.body, ctx.paras[ctx.para_index(q.open)].start) is not None and \
        v.FIRST_PERSON.search(ctx.body, q.start, q.end) is None
    field = next((f for f in reversed(fields) if f[1] <= q.open and not (f[2] is _EXAMINER and not own)), None)
    if field is None:
        return None
    start, end, who = field
    if who is None or who is _EXAMINER:
        return None
    para = ctx.paras[ctx.para_index(q.open)]
    inline = _ITEM_NUMBER.sub("", ctx.masked[ctx.masked.rfind("\n", 0, start) + 1:start].strip(" \t>*_•:-")) != ""
    if inline and start < para.start or _RECORD_ENDS.search(ctx.masked, end, q.open) is not None:
        return None
    if _OTHERS_VOICE.search(ctx.masked, site.lo, site.hi) or _OUTLETS_TEXT.search(ctx.masked, site.lo, q.open) or \
            others_text_field(ctx, q.open):
        return None  # ("“…,” the crowd chanted", "A headline offered by our sub-editor, “…”", "*Citation:* “…”")
    if _PRONOUN_SAYS.search(ctx.masked, site.lo, q.open) and \
            any(ctx.sents[k].end > end and SOMEONE_NEW.match(ctx.masked, ctx.sents[k].start)
                for k in range(ctx.sent_index(max(end, para.start)), site.s_lo + 1)):
        return None  # ("A farmer from Lublin waited to see him. He said …": someone new speaks)
    for c in ctx.cands_in(site.lo, q.open):
        if c.kind in ("mention", "name", "role") and not after_preposition(ctx, c) and \
                (spk := resolve(ctx, c)) not in (None, who) and \
                (is_person(ctx, spk) or v.SPEECH.search(ctx.masked, c.end, q.open) is not None or
                 ctx.masked.startswith(("'s", "’s"), c.end)):
            return None  # (another person in the quote's sentence, or another that speaks in it, "The Belgrade
            # daily Kurir added that he “…”", or whose words they are, "Asmara's word for the debate, “…”")
    line_end = ctx.masked.find("\n", end)
    sent_end = ctx.sents[ctx.sent_index(end)].end
    field_end = min(sent_end if sent_end > end else len(ctx.masked), line_end if line_end >= 0 else len(ctx.masked))
    # (dated by the quote's sentence, else by its paragraph's lead when a field's label opens it, "*Document:*
    # statement of Friday 10 December 2021. “…”", else by the field's line)
    lead = [(para.start, site.lo)] if para.start < site.lo and start < para.start and \
        v.FIELD_LABEL.match(ctx.masked, para.start) is not None else []
    stmt = _make(ctx, site, who, None, site.kind, site.inner, [(site.lo, q.open), *lead, (start, field_end)])
    if site.kind == "partial":  # ("Serbia “too small to threaten” Turkey": the sentence that holds the words)
        stmt.start, stmt.end = max(site.lo, end if start >= site.lo else site.lo), site.through_close
    return stmt


def script_line(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A script's line that a speaker's tag defined in its code opens, 'v "I am appalled …"' under
    'define v = Character("Aleksandar Vučić", …)' (``scripts.script_speaker``): that speaker's words,
    dated by the title card above them (``anchoring.statement_date``)."""
    speaker = script_speaker(ctx, site.q)
    if speaker is None:
        return None
    stmt = _make(ctx, site, speaker, None, site.kind, site.inner, [])
    stmt.subject_pos = ctx.body.rfind("\n", 0, site.q.open) + 1
    return stmt


def arrow_line(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """Words right after an arrow's colon, a sequence diagram's 'KKS->>DJT: “…”': the words of the
    party the arrow starts from, to the one it points to, dated by the note above (``arrows``)."""
    found = arrow_message(ctx, site.q.open)
    if found is None:
        return None
    speaker, hearer, zones = found
    stmt = _make(ctx, site, speaker, None, site.kind, site.inner, zones + [(site.lo, site.q.open)])
    if hearer is not None:  # (the one the arrow points to, addressed or criticised: a target when the words name none)
        stmt.addressee = hearer[0]
        if not targets_in(ctx, *site.inner, speaker):
            stmt.extra_targets = [hearer]
    return stmt


#: The fewest words quoted on an outline's item with no clause around them: "“Abiyot” among supporters" is a nickname.
_ITEM_QUOTE_WORDS = 4


def outline_branch(ctx: ArticleContext, site: QuoteSite) -> Statement | None:
    """A quotation on an outline's item that names no one, that no rule gives a speaker: the words
    of the person its branch opens with, dated by the items between (a mind map's text export,
    "Aleksandar Vučić, president" over "X, 8 Oct, 17:14" over "[!] “…”"; ``outlines``)."""
    line_lo = ctx.body.rfind("\n", 0, site.q.open) + 1
    quoted = sum(len(ctx.body[o.start:o.end].split()) for o in ctx.quotes if line_lo <= o.open and o.end <= site.q.end)
    lead_words = len(re.findall(r"[A-Za-zÀ-ž]+", ctx.masked[item_words_start(ctx.body, line_lo, site.q.open):site.q.open]))
    if quoted < _ITEM_QUOTE_WORDS and lead_words < 2 and v.SPEECH.search(ctx.masked, line_lo, site.q.open) is None and \
            not _FINITE.search(ctx.body, site.q.start, site.q.end) or _TITLE_CASE.fullmatch(ctx.body, site.q.start, site.q.end):
        return None  # (a name, a nickname, a title, "Abiyot", "the “New Administrative Capital”", "Troubled Apologies Among
        # Japan, Korea …": no words said; a short one is after a verb of speech, 'called Vučić's statements “…”', in a
        # clause, 'the checks are “legal and proportionate”', or a clause itself, 'talks “are not dead”')
    found = branch_voice(ctx, site.q.open)
    if found is None:
        return None
    speaker, items = found
    # (what the item says before the words is theirs too: "called Vučić's statements “…”" is about Vučić,
    # and the row cites it)
    stmt = _make(ctx, site, speaker, None, site.kind, site.inner, items, extra=(items[0][0], site.q.open),
                 primary_zone=(items[0][0], site.q.open))
    words = item_words_start(ctx.body, items[0][0], site.q.open)
    if words < site.q.open and ctx.body[words:site.q.open].strip():
        stmt.start = words
    return stmt


QUOTE_RULES: list[Callable[[ArticleContext, QuoteSite], Statement | None]] = [
    script_line, arrow_line, table_row, blockquote, after_quote, dash_after, note_under_numbered, signature_after, lemma_source, next_part, verb_before, quoted_verb, paren_after, unnamed_group_before, listed_in_text, speech_noun_before, owner_before, item_head,
    clip_note, rendering,
    caption_before, label_after_speech, colon_before, label_lead, entry_label, text_of_the_one_who_spoke,
    according_to, source_tag, added_after, continuation, joined_quote,
    who_field, named_before, named_after, told_by_after, bracketed_words, section_voice, owners_entry_words, titled_list, document_owner, speaker_field, field_voice,
    outline_branch,
]


def _end_with_own_words(ctx: ArticleContext, stmt: Statement, q) -> None:
    """A quote that ends with others' words reported by the speaker ("people writing that
    ‘…’") stops before them (``quotes.own_words_end``); its targets are still looked for in
    them (what the words are about), and stance does not read them (``ctx.stance_text``)."""
    if q.open not in ctx.own_end:
        return
    cut = ctx.own_end[q.open][0]
    if stmt.end == q.end:
        stmt.end = cut


#: What introduces a headline, a caption or a slogan right before a quote: "in a headline:",
#: "under the headline", "the banner read", "the headline was unforgiving:".
_HEADLINE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:headline|headlined|banner|caption|slogan)s?"
                              r"(?:\s+(?:read|reading|said|ran|was|is)(?:\s+[a-z]+){0,2})?\s*[:,]?\s*$")


def _person_before(ctx: ArticleContext, lo: int, hi: int) -> bool:
    """Whether a person is named (or referred to by a pronoun) in [lo, hi)."""
    return any(c.kind in ("mention", "name", "pronoun") and c.person for c in ctx.cands_in(lo, hi))


#: What may end a sentence after a quote the verb before it reports: the verb's adjuncts of place
#: and time only ("… “a Polish provocation” in a radio interview on Friday.", "…” late on Tuesday").
_TRAILING_ADJUNCTS = re.compile(r"[”\"’]?[,]?\s*(?P<adj>(?:(?:in|on|at|during|late|early|last|earlier|later|yesterday|"
                                r"today|this|the\s+(?:same|next|previous|following))(?![\w-])[^.;:!?\"“”\[]{0,70})?)[.;!?]?"
                                r"(?:" + v.NOTE_MARKER + r")?[\s*_)]*")  # (and a note's marker: "….[1]")
#: … not a clause of its own there ("… on Friday, when he was …", "… after Tusk had …").
_CLAUSE_IN_TAIL = re.compile(r"(?<![\w-])(?:who|which|that|when|while|after|before|as|because|since|although|and|but|"
                             r"had|has|have|is|are|was|were|would|will|could|should|said|told)(?![\w-])")
#: A participle's clause after a comma in a quote's tail: "…, repeating a line he first used on …"
#: (the time before it is the words', the one in it is not).
_PARTICIPLE_IN_TAIL = re.compile(r",\s*[a-z]+ing(?![\w-])")


#: Between a quote and its original in another language: "/", "(Original:", "[Hungarian:", "in
#: the French text he quoted:", "(« … »" (a short label, no verb of its own).
_TO_ORIGINAL = re.compile(r"[”\"’»]?[,.]?\s*(?:[(\[/|]\s*(?:(?:in\s+)?(?:the\s+)?(?:original|[A-Z][a-zà-ž]+)"
                          r"(?:\s+(?:original|text|version|words?))?\s*[:—–-]?\s*)?|"
                          r"(?:in\s+)?(?:the\s+)?(?:original|[A-Z][a-zà-ž]+(?:\s+(?:original|text|version)))\s*[:—–-]\s*)"
                          r"[„“\"«‚‘]?")
#: Words of English that an original in another language lacks.
_ENGLISH_WORDS = frozenset("the and of to is are was were we will not with that this for be have has it you they our "
                           "he she his her no do does did would should can".split())


def _original_of(ctx: ArticleContext, prev, q) -> bool:
    """Whether quote ``q`` gives the words of the quote ``prev`` just before it in their original
    language ("“unacceptable” (« inacceptable »)", "“…” [Hungarian: “…”]", "“lying” / “hazudik”"):
    a label at most between them, and none of the common words of English in it."""
    if prev is None or prev.close is None or ctx.para_index(prev.open) != ctx.para_index(q.open) or q.open - prev.close > 80:
        return False
    sent_end = ctx.sents[ctx.sent_index(prev.close)].end  # (or after its attribution: '“…,” Orbán said. [Hungarian: “…”]')
    if _TO_ORIGINAL.fullmatch(ctx.body, prev.close, q.open + 1) is None and \
            (sent_end > q.open or _TO_ORIGINAL.fullmatch(ctx.body, sent_end, q.open + 1) is None):
        return False
    words = re.findall(r"[^\W\d_]+", ctx.body[q.start:q.end].lower())
    return bool(words) and not _ENGLISH_WORDS.intersection(words)


#: The most words a quotation that is only a name may have: "Foreign Minister Marko Đurić".
_NAME_WORDS = 5


def _only_a_name(ctx: ArticleContext, q) -> bool:
    """Whether a quotation is only a person's name and titles ("President Erdoğan", "Đurić"): a form
    of the name, as a style sheet or a glossary quotes it."""
    text = ctx.body[q.start:q.end]
    if len(text.split()) > _NAME_WORDS:
        return False
    found = ctx.reg.find_mentions(text)
    for mt in reversed(found):
        text = text[:mt.start] + " " + text[mt.end:]
    rest = [w.lower().strip(".,;:'’") for w in text.split()]
    if not all(w in v.TITLE_WORDS or w in ("the", "a", "") for w in rest):
        return False
    # (a person's name, or an office with its article, "the general": not a place's or a state's, a one-word
    # answer "Seoul.", nor a word alone, "security")
    return all(is_person(ctx, mt.actor) for mt in found) if found else "the" in rest and len(rest) > 1


def _answered_with(ctx: ArticleContext, q) -> bool:
    """Whether a quotation follows a verb of speech and a colon in its sentence: an answer, "Fidan
    answered with one word: “Gerapetritis.”", not a glossary's form of a name after its label."""
    lo = ctx.sents[ctx.sent_index(q.open)].start
    return ctx.masked[max(lo, q.open - 4):q.open].rstrip(" \t*_").endswith(":") and v.SPEECH.search(ctx.masked, lo, q.open) is not None


#: A line of org properties or of a quotation block's markers, ":SPEAKER:  …", ":END:",
#: "#+BEGIN_QUOTE", "\\begin{quote}", or a record's list item (a field with a value, "Said: …",
#: is ``v.RECORD_FIELD``'s, in ``_fields_right_above``).
_FIELD_OR_MARKER_LINE = re.compile(r"[ \t]*(?::[A-Z][A-Z_]*:|#\+\w+|\\(?:begin|end)\{\w+\})|"
                                   # (or the record's list items, "  - statement: he was “summoned …”"; not
                                   # an org entry's heading in the first column, "* TODO Clipping")
                                   r"[ \t]*[-+•][ \t]|[ \t]+\*[ \t]")


def _fields_right_above(ctx: ArticleContext, pos: int, blocks: list[tuple[int, int]]) -> bool:
    """Whether the lines right above the quotation block at ``pos``, up to the last field of the
    kind ``_person_fields`` finds, are fields with a value, markers, list items or earlier blocks only:
    the block is in that record, no heading (an org entry's "* TODO …") nor a paragraph of text
    between ("The quotation below opens the paper's last chapter."). ``blocks``: the article's
    quotation blocks (``delimited_blocks``)."""
    field = next((f for f in reversed(_person_fields(ctx)) if f[1] <= pos), None)
    if field is None:
        return False
    line_lo = ctx.body.find("\n", field[1]) + 1
    while 0 < line_lo < pos:
        line_hi = ctx.body.find("\n", line_lo)
        line_hi = len(ctx.body) if line_hi < 0 else line_hi
        line = ctx.body[line_lo:line_hi]
        if line.strip() and not _FIELD_OR_MARKER_LINE.match(line) and not v.RECORD_FIELD.match(line) and \
                not any(lo <= line_lo < hi for lo, hi in blocks) and line_lo < ctx.body.rfind("\n", 0, pos):
            return False
        line_lo = line_hi + 1
    return True


def _markup_blocks(ctx: ArticleContext) -> list[tuple[int, int]]:
    """The quotation blocks of a markup's own syntax in the article (``quotes.delimited_blocks``),
    found once per article."""
    blocks = getattr(ctx, "_markup_blocks", None)
    if blocks is None:
        blocks = ctx._markup_blocks = delimited_blocks(ctx.body)
    return blocks


def quote_statements(ctx: ArticleContext) -> list[Statement]:
    """The statements of the article's quotes: for each quote, the first rule that applies; a
    quote that gives the one before it in its original language is part of it (``_original_of``)."""
    out = []
    prev_q = None
    blocks = _markup_blocks(ctx)  # (the quotation blocks of a markup's own syntax, found once)
    for q in ctx.quotes:
        original, prev_q = _original_of(ctx, prev_q, q), q
        if original:
            continue
        if narration_line(ctx, q):
            continue  # (a script's narrator's line or title card, 'centered "{b}Belgrade. The same day.{/b}"': no one's words)
        if _only_a_name(ctx, q) and not _answered_with(ctx, q):
            continue  # (a style sheet's '"Foreign Minister Marko Đurić", then "Đurić"': a form of a name, no one's words)
        site = quote_site(ctx, q)
        lead = ctx.masked[max(site.lo, q.open - 40):q.open].lower()
        if ("head" in lead or "banner" in lead or "caption" in lead or "slogan" in lead) and \
                (heading := _HEADLINE_BEFORE.search(lead)) is not None and not (
                    heading.group().lower().startswith("caption") and _person_before(ctx, site.lo, q.open)):
            # ('put it in a headline: “Vucic softens words”': an outlet's heading, nobody's statement; but
            # "Loke counters with a video and a caption: “…”": the caption a person posts is his words)
            continue
        # (a blockquote is someone's only when it is signed or introduced: an editor's note in a
        # box is nobody's statement, whatever the rules for quotation marks would make of it)
        stmt = blockquote(ctx, site) if q.block else \
            next((s for rule in QUOTE_RULES if (s := rule(ctx, site)) is not None), None)
        if stmt is None and q.block and any(lo <= q.open < hi for lo, hi in blocks) and \
                _fields_right_above(ctx, q.open, blocks):
            # (a markup's quotation block under a record's field that names the one person the record is
            # about, ":SPEAKER:  Sebastian Fischer, …" over "#+BEGIN_QUOTE": that person's words; not a box
            # of "> " lines, an editor's own as often as not, nor a block past the record, under a heading
            # or a paragraph of text)
            stmt = field_voice(ctx, site)
        reproduced = False  # a text reproduced whole (a statement, a speech), attributed by what leads into it
        if stmt is None and q.marked and _source_line_unread(ctx, q):
            continue  # ('> “…”' over a line of its source no rule reads: not the words of the one quoted above)
        if stmt is None and q.marked:  # a blockquote in quotation marks: someone's words
            stmt = previous_blockquote(ctx, site) or lead_speaker(ctx, site)
            reproduced = stmt is not None
            stmt = stmt or next((s for rule in QUOTE_RULES if rule is not blockquote and (s := rule(ctx, site)) is not None), None)
        if stmt is None or q.open in ctx.unresolved_quotes:
            continue
        stmt.flag = q.flag or stmt.flag
        _topic_opening(ctx, site, stmt)
        _end_with_own_words(ctx, stmt, q)
        if out and _joins(ctx, out[-1], stmt):
            continue  # 'called him a "clown" and a "puppet of Israel"': one statement
        if out and out[-1].speaker == stmt.speaker and out[-1].start <= stmt.start and stmt.end <= out[-1].end:
            continue  # (the quotation inside a labelled blockquote, '> Kürç: "…"': the block's words)
        for part in _by_passage(ctx, stmt, reproduced):
            part.paragraph = ctx.para_index(part.start)
            ctx.statements.append(part)
            out.append(part)
        ctx.last_quote = (stmt, site.close)
    return out


#: A sentence that opens with its topic before the speaker and the quote: "Of Erdoğan and his
#: country he said: “…”", "On Merz, Tusk said: “…”", "Asked about Merz, Tusk said: “…”".
_TOPIC_OPENER = re.compile(r"[\s*_]*(?:" + _TOPIC_WORDS + r"|Speaking\s+of|When\s+it\s+came\s+to)\s+(?:the\s+)?")
#: What makes an opening "On X" a channel or an occasion, not a topic: "On Hungarian radio, …".
_CHANNEL_IN_OPENER = re.compile(r"(?i)(?<![\w-])(?:radio|television|tv|channel|network|programme|program|show|"
                                r"podcast|broadcast|x|twitter|facebook|instagram|telegram|website|air|stage|visit|trip)(?![\w-])")


def _topic_opening(ctx: ArticleContext, site: QuoteSite, stmt: Statement) -> None:
    """A quote statement whose sentence opens with its topic, an actor named first after a
    preposition of topic before the speaker ("Of Erdoğan and his country he said: “…”", "On
    Merz, Tusk said: “…”"), is said of that actor (``primary``, ``said_of``), as a lead of its own
    is (``continuation``); not an opening that names a channel or an occasion ("On Hungarian
    radio, …", "On a visit to Kyiv, …"), nor the speaker's own side ("Of Canada he said: “It's not
    for sale”" answers the other side)."""
    q = site.q
    if stmt.primary is not None or stmt.kind not in ("direct", "partial"):
        return
    m = _TOPIC_OPENER.match(ctx.masked, site.lo, q.open)
    if m is None:
        return
    subject = stmt.subject_pos if stmt.subject_pos is not None and m.end() < stmt.subject_pos < q.open else q.open
    comma = ctx.masked.find(",", m.end(), subject)
    hi = comma if comma >= 0 else subject
    first = next(iter(ctx.cands_in(m.end(), hi)), None)
    if first is None or first.start != m.end() or first.kind not in ("mention", "name", "role") or first.channel or \
            _CHANNEL_IN_OPENER.search(ctx.masked, m.end(), hi) or ctx.body.startswith(("'s", "’s"), first.end):
        return  # (nor a possessor: "On the Commission's proposal, …" is about the proposal)
    topic = resolve(ctx, first)
    if topic is None or topic == stmt.speaker or is_outlet_name(ctx.reg, topic, first.text or "") or \
            topic in own_side(ctx, stmt.speaker):
        return  # (not "Of Canada he said: “It's not for sale”": one's own side, said to the other)
    stmt.primary, stmt.said_of = topic, True
    stmt.content = (first.start, stmt.content[1])


#: Between two quoted words of one clause: 'a "clown" and a "puppet of Israel"', '"reckless" or
#: even "hostile"' (a conjunction, an article, a word or two; no verb, no other clause).
_QUOTES_JOINED = re.compile(r"[”\"’]?(?:\s*[(\[][^()\[\]\n]{1,120}[)\]])?"  # (and the first's original: "(« … »)")
                            r"[\s,]*(?:and|or|but\s+also|as\s+well\s+as|and\s+even|or\s+even)\s+"
                            r"(?:(?:a|an|the|as|his|her|its|their)\s+)?(?:[a-z-]+\s+)?[“\"‘]")


def _joins(ctx: ArticleContext, prev: Statement, stmt: Statement) -> bool:
    """Whether ``stmt``, a partial quote, goes on the same clause as ``prev``, the same speaker's
    partial quote just before it ('called him a "clown" and a "puppet of Israel"'): then ``prev``
    takes it in (the hand coding's one statement, with the verb's target for both)."""
    if prev.speaker != stmt.speaker or prev.kind != "partial" or stmt.kind != "partial" or \
            prev.sent_hi != stmt.sent_lo or not prev.quote_inner or not stmt.quote_inner or \
            _QUOTES_JOINED.fullmatch(ctx.body, prev.quote_inner[1], stmt.quote_inner[0]) is None:
        return False
    close = stmt.quote_inner[1]
    prev.end = max(prev.end, stmt.end, close + 1 if ctx.body[close:close + 1] in ("”", '"', "’") else close)
    prev.content = (prev.content[0], max(prev.content[1], stmt.content[1]))
    prev.quote_inner = (prev.quote_inner[0], stmt.quote_inner[1])
    prev.frame = (prev.frame[0], max(prev.frame[1], stmt.frame[1]))
    return True


#: An editor's note inside a quote: a bracket that holds a sentence or more ("[Abe's cabinet
#: approved the change on Friday.]": a capital, four words or more, a full stop), not words put in
#: for others ("[the U.S.]", "[the 1991 treaty on good neighbourliness …]") nor "[sic!]".
_NOTE_IN_QUOTE = re.compile(r"\[[A-Z][^\[\]\n]*?(?:\s+[^\s\[\]]+){3,}[.!?]\]")


#: A place something was said or done in, before its name: "in Brussels", "at Ankara".
_VENUE_BEFORE = re.compile(r"(?<![\w-])(?:in|at)\s+$")
#: The most paragraphs a quote is one statement over, unless it is a text reproduced whole.
_MOST_PARAGRAPHS = 2


def _by_passage(ctx: ArticleContext, stmt: Statement, reproduced: bool) -> list[Statement]:
    """A quote with an editor's note in brackets inside it is one statement each side of the
    note, which is nobody's words; a text reproduced over several paragraphs (a speech given in
    passages), is one statement a paragraph, each with its own targets and stance; so is any quote
    over more than two paragraphs (an expert's comment given in four), where a paragraph that names
    no actor but the speaker's own side (or a place it was said in) goes with the one before, or
    the first with the one after ("We thank the people of Haiti. / We thank our police
    officers."). The parts keep the speaker, the verb and the date. (A quote that only runs on into
    a second paragraph stays one statement, as the hand coding takes it.)"""
    cuts = [(p.end, p.end) for p in ctx.paras if stmt.start < p.end < stmt.end]
    if not reproduced and len(cuts) >= _MOST_PARAGRAPHS:
        own = own_side(ctx, stmt.speaker)

        def names_another(lo: int, hi: int) -> bool:  # (not a place it was said in: "I said this in Brussels")
            return any(mt.actor not in own and ctx.reg.state_of(mt.actor) not in own and
                       not _VENUE_BEFORE.search(ctx.body, max(lo, mt.start - 6), mt.start) for mt in ctx.mentions_in(lo, hi))

        bounds = [stmt.start] + [a for a, _b in cuts] + [stmt.end]
        kept, group_names = [], False
        for k, cut in enumerate(cuts):
            group_names = group_names or names_another(bounds[k], bounds[k + 1])
            if group_names and names_another(bounds[k + 1], bounds[k + 2]):
                kept.append(cut)  # (a paragraph joins the next when it names no other side: "Poland will never accept blackmail.")
                group_names = False
        cuts = kept
        reproduced = True
    if not reproduced:
        cuts = []
    cuts += [(m.start(), m.end()) for m in _NOTE_IN_QUOTE.finditer(ctx.body, stmt.start, stmt.end)]
    if not cuts:
        return [stmt]
    parts, lo = [], stmt.start
    for a, b in sorted(cuts) + [(stmt.end, stmt.end)]:
        seg = ctx.body[lo:a]
        first = lo + len(seg) - len(seg.lstrip(" \t\n>\"“*_"))
        last = a - (len(seg) - len(seg.rstrip(" \t\n\"”")))
        if last - first > 1 and any(ch.isalpha() for ch in ctx.body[first:last]):
            s_lo, s_hi = ctx.sent_index(first), ctx.sent_index(last - 1)
            parts.append(dataclasses.replace(
                stmt, start=first, end=last, sent_lo=s_lo, sent_hi=s_hi, claim=None,
                frame=(ctx.sents[s_lo].start, ctx.sents[s_hi].end), content=(first, last), quote_inner=(first, last),
                inherit_from=stmt.inherit_from, passage=bool(reproduced and parts)))
        lo = max(lo, b)
    return parts or [stmt]
