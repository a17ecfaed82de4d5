"""Who a pronoun or a role refers to, and the gender evidence that helps.

- a **pronoun** (he, she, they, his …): a named subject earlier in its sentence ("After Orbán
  arrived, he said"); else the first actor named in the three sentences before (outside quotes;
  a sentence wholly inside a quotation does not count; at the start of a section, the person
  its heading names comes first),
  a role there included ("… that the prime minister kept the door open. “…,” he said"), unless
  a name in apposition says who holds it ("The Minister for Finance, Michael McGrath,"), or the
  speaker of a statement there (the body an unnamed official there spoke for: "NATO answered
  through RFE: an official there, unnamed, said …. He praised Turkey"); else the one person the title names, the article's protagonist
  ("… a Pristina reporter at Vučić's press conference"); else the last speaker. Measured speaker
  accuracy with the title's person before the last speaker: gulfs .929 → .977, narrows .884 →
  .958, every other set, the study corpus and tests/unseen unchanged. "it added", "she went on": whoever
  reported just before, when no one is named since. "her" after "his mother" is the relative's.
  "they" only refers to a non-person, he/she only to a person whose gender is not known to be
  the other;
- a **role** ("the president", "the ministry"): a person just named in apposition after the
  role's own words ("Pakistan's Foreign Secretary, Amna Baloch, …. The Foreign Secretary said");
  else the latest actor before it whose role, name or alias contains the role's head word (an
  office of two words, "the Chief Minister", "the Foreign Secretary", as a whole), or a kept name
  that was introduced with that title; else the role is kept as the speaker's name ("the
  spokesman").
- a source's text after "per" ("per Telegrafi's English write-up he said") is no antecedent.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections import Counter
from typing import TYPE_CHECKING

from rhetoric.actors import Mention
from rhetoric.corpus import QUOTE_FIELD_LABEL
from rhetoric.extract import vocabulary as v
from rhetoric.extract.date_values import WEEKDAYS
from rhetoric.extract.mentions import Cand
from rhetoric.extract.roles import RANK, first_holder, in_term, is_outlet_name, role_candidates, role_noun, roles_of

if TYPE_CHECKING:
    from rhetoric.extract.context import ArticleContext


def gender_of_pronoun(text: str) -> str | None:
    t = text.lower()
    return "m" if t in ("he", "his", "him") else "f" if t in ("she", "her", "hers") else None


#: A pronoun of the same gender between a person named and a possessive: the possessive may be
#: that pronoun's person's.
_HE_HIM = re.compile(r"(?<![\w-])(?:[Hh]e|him|himself)(?![\w'’-])")
_SHE_HER = re.compile(r"(?<![\w-])(?:[Ss]he|her|herself)(?![\w'’-])")


#: "with" right before a person named: an absolute phrase's subject ("with Morrison beside her").
_WITH_BEFORE = re.compile(r"(?<![\w-])[Ww]ith\s+$")
#: What follows "her" as an object, not a possessive: a stop, or a word that opens no noun phrase.
_OBJECT_HER = re.compile(r"\s*(?:[,.;:!?)¤\"”]|$|(?:and|or|but|to|in|at|on|with|for|from|as|that|when|while|after|"
                         r"before|about|by|again|too|back|down|up|off|out)(?![\w-]))")


#: A reporting verb and "that" between a person named and the subject of the clause it brings in.
_VERB_THAT = re.compile(r"\s+[a-z]+\s+(?:that\s+)?")

#: A reflexive pronoun of one gender.
_REFLEXIVE = re.compile(r"[Hh](?<![\w-].)(?:im|er)self(?![\w-])")


def learn_gender(ctx: ArticleContext) -> None:
    """Gender evidence from his/her (and himself/herself) outside quotes, into ``ctx.gender_hint``. First the
    unambiguous cases (one person named before the possessive in its sentence: "Vučić appeared
    to soften his stance"); then, in text order, the ambiguous ones go to the nearest person
    named before it whose gender is not known to be the other ("Rama thanked Meloni for her
    support": Meloni; "X condemned Vučić's comments, … reaffirming her …" with Vučić male: X)."""
    g0 = ctx.gender_hint
    found: list[tuple[str | None, list]] = []
    for c in ctx.cands:
        if c.kind != "poss" or c.text.lower() == "their" or not ctx.sents:
            continue
        sent = ctx.sents[ctx.sent_index(c.start)]
        if not (sent.start <= c.start < sent.end):
            continue
        before = [x for x in ctx.cands_in(sent.start, c.start) if x.kind in ("mention", "name") and x.person]
        prev = [x.ref for x in before if x.ref]
        if not prev or _relative_before(ctx, sent.start, c.start, gender_of_pronoun(c.text)):
            continue  # (nor "his mother …; her relatives": the mother's)
        last = before[-1]
        g = gender_of_pronoun(c.text)
        if c.text.lower() == "her" and _OBJECT_HER.match(ctx.masked, c.end) and \
                re.fullmatch(r"\s+(?:[a-z]+\s+){1,2}", ctx.masked[last.end:c.start]) and \
                _WITH_BEFORE.search(ctx.masked, max(0, last.start - 6), last.start):
            continue  # ("with Morrison beside her, she began": an object in the person's own phrase is another)
        if c.text.lower() == "her" and _OBJECT_HER.match(ctx.masked, c.end) and len(before) == 1 and \
                re.fullmatch(r"\s+(?:[a-z]+\s+){1,3}", ctx.masked[last.end:c.start]):
            continue  # ("Vučić was answering her, not the Turks": the object of the subject's verb is another)
        if (_HE_HIM if g == "m" else _SHE_HER).search(ctx.masked, last.end, c.start):
            continue  # "Osmani answered him, accusing him of threatening his neighbours": his is him's
        told = _VERB_THAT.match(ctx.masked, last.end, c.start)
        if told is not None and ctx.masked.startswith(("she ", "She ") if g == "m" else ("he ", "He "), told.end()):
            continue  # "Santos tweeted that he would ask her to …": he is the one named, her another
        if len(set(prev)) > 1 and (re.match(r"['’]s\b", ctx.body[last.end:last.end + 3]) or
                                   re.search(r",\s+(?:\w+ly\s+)?\w+ing\b|;", ctx.masked[last.end:c.start])):
            continue  # "X condemned Y's comments, calling his/her …": either may be meant (or "X answered Y; we
            # quoted her": the clause after the semicolon may be about either)
        found.append((gender_of_pronoun(c.text), list(dict.fromkeys(reversed(prev)))))
    votes: dict[str, set] = {}
    for g, persons in found:
        if len(persons) == 1:
            votes.setdefault(persons[0], set()).add(g)
    # (a reflexive after the one person its sentence names is that person's: "The Dragon did not
    # come to the gate himself")
    if "self" in ctx.masked:
        for m in _REFLEXIVE.finditer(ctx.masked):
            sent = ctx.sents[ctx.sent_index(m.start())] if ctx.sents else None
            if sent is None or ctx.in_quote(m.start()):
                continue
            g = "m" if m.group().lower() == "himself" else "f"
            named = [x for x in ctx.cands_in(sent.start, m.start()) if x.kind in ("mention", "name") and x.person and x.ref]
            # (not past a possessive, a role or a relative, who may be the one: "asked the Chinese
            # ambassador to explain himself", "Vučić's mother … she herself")
            if len({x.ref for x in named}) == 1 and not ctx.masked.startswith(("'s", "’s"), named[-1].end) and \
                    not any(x.kind == "role" for x in ctx.cands_in(named[-1].end, m.start())) and \
                    not _relative_before(ctx, named[-1].end, m.start(), g):
                votes.setdefault(named[0].ref, set()).add(g)
    for ref, gs in votes.items():
        if len(gs) == 1:
            g0.setdefault(ref, next(iter(gs)))
    for g, persons in found:
        if len(persons) > 1:
            ok = [r for r in persons if g0.get(r) in (None, g)]
            if ok and ok[0] not in g0:
                g0[ok[0]] = g


def compatible(ctx: ArticleContext, ref: str, g: str | None) -> bool:
    """Whether ``ref`` can be referred to by a pronoun of gender ``g``."""
    if g is None:
        return True
    known = ctx.gender.get(ref) or ctx.gender_hint.get(ref)
    return known is None or known == g


def is_person(ctx: ArticleContext, ref: str) -> bool:
    actor = ctx.reg.actors.get(ref)
    if actor is not None:
        return actor.kind == "person"
    return not is_outlet_name(ctx.reg, None, ref)  # a kept name, unless an outlet's


def _bind(ctx: ArticleContext, ref: str, g: str | None) -> str:
    if g and ref not in ctx.gender:
        ctx.gender[ref] = g
    return ref


def _lead(ctx: ArticleContext, pos: int) -> int:
    seg = ctx.masked[pos:pos + 60]
    return len(seg) - len(seg.lstrip(" \"“"))


def _speaker_at(ctx: ArticleContext, pos: int) -> str | None:
    for stmt in reversed(ctx.statements):
        if stmt.frame[0] <= pos < stmt.frame[1] or stmt.subject_pos == pos:  # or its subject ("He called …")
            return stmt.speaker
    return None


#: A preposition (or "told") right before a candidate: it is an object, not the subject.
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:to|with|on|by|from|about|against|for|of|at|via|into|towards?|"
                                 r"between|among|like|than|told|tells|telling|in|under|after|before)\s+(?:the\s+)?"
                                 # (a courtesy title before a name the mention leaves out: "with Mr Erdoğan")
                                 r"(?:(?-i:Mr|Mrs|Ms|Dr|Sir|Madame|Monsieur)\.?\s+)?$",
                                 re.I)


#: The person views or a debate are about: "divided on ", "split over ", "views about ".
_TOPIC_OF_VIEWS = re.compile(r"(?<![\w-])(?:divided|split|agreed|disagreed|differed|views?|opinions?|debated?)\s+"
                             r"(?:on|over|about)\s+(?:[A-Z][\w'’.-]*\s+)?$")


#: The topic a sentence announces: "As for López Obrador, his musings …", "As to Ankara, …".
_TOPIC_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]s\s+(?:for|to)|[Rr]egarding|[Cc]oncerning)\s+(?:the\s+)?$")


def after_preposition(ctx: ArticleContext, c: Cand) -> bool:
    """Whether a candidate is the object of a preposition ("with Informer TV", "told Radio
    Free Europe", "to Ankara"): then it is not the subject of its clause. The topic a sentence
    announces ("As for López Obrador, his …") is what it goes on about, not such an object."""
    before = ctx.masked[max(0, c.start - 16):c.start]
    return bool(_PREPOSITION_BEFORE.search(before)) and not _TOPIC_BEFORE.search(before)


def _named_in_apposition(ctx: ArticleContext, role: Cand, after: list) -> bool:
    """Whether a name follows a role in apposition ("The Minister for Finance, Michael McGrath,"):
    then the name says who it is."""
    for y in after:  # (past the places in the role's complement: "of neighbouring Poland")
        if y.kind in ("mention", "name") and y.person:
            return _APPOSITION_GAP.fullmatch(ctx.masked, role.end, y.start) is not None
        if y.kind not in ("mention", "name"):
            return False
    return False


#: Between a role and the name in apposition: the role's complement, then a comma or a dash
#: ("Minister for Finance, ", "foreign minister of neighbouring Poland, ", "minister — ").
_APPOSITION_GAP = re.compile(r"(?:\s+(?:for|of|in)\s[^,;:.!?—–()“”\"¤]{1,50})?\s*[,—–]\s*")


def _told_before(ctx: ArticleContext, si: int, n: int = 3, look: int = 8):
    """The ``n`` sentences before sentence ``si`` that tell something outside quotes (a sentence
    wholly inside a quotation is skipped), nearest first, among the ``look`` before it."""
    found = 0
    for j in range(si - 1, max(-1, si - 1 - look), -1):
        sent = ctx.sents[j]
        if not _QUOTED_ONLY.fullmatch(ctx.masked, sent.start, sent.end):
            yield sent
            found += 1
            if found == n:
                return


#: A sentence with nothing outside its quotation marks.
_QUOTED_ONLY = re.compile(r"[\W_" + v.MASK + r"]*")


#: A possessive noun phrase, then the comma a parenthetical "he said" follows: "Morrison's
#: conduct, " (the possessor is reported on).
_TOPIC_POSSESSIVE_GAP = re.compile(r"['’]s\s+[\w-]+(?:\s+[\w-]+){0,3},\s*")
#: The end of a word that may be a reporting verb's form ("said ", "noted ", "adds "): where a
#: pronoun may open a clause reported without "that".
_VERB_FORM_BEFORE = re.compile(r"(?:ed|said|told|wrote|[a-z]s)\s+$")


def _spoken_for(ctx: ArticleContext, sent, cands: list) -> str | None:
    """The body a sentence's subject speaks for, when the subject is a person named by it alone:
    "The representative of the United States voiced concern …. '…,' she said" (she is that
    representative, whom the registry has as the body; not a woman named earlier). None when a
    person is named in the sentence ("The High Representative …, Josep Borrell, stressed …")."""
    if any(x.kind in ("mention", "name") and x.person for x in cands):
        return None
    lead = sent.start + _lead(ctx, sent.start)
    first = next((x for x in cands if x.kind in ("mention", "name")), None)
    if first is None or is_person(ctx, first.ref):
        return None
    m = _PERSON_FOR.search(ctx.masked, max(lead, first.start - 40), first.start)
    return first.ref if m is not None and _THE_BEFORE.fullmatch(ctx.masked, lead, m.start()) else None


#: A preposition of a topic or a place right before a name (its title between at most).
_TOPIC_PREPOSITION = re.compile(r"(?<![\w-])(?:about|of|on|regarding|concerning|near|in|at|from|for|against|by)\s+"
                                r"(?:(?:the\s+)?[A-Z][\w'’.-]*\s+){0,3}$")
#: A sentence that opens with the writer as its subject: "We also interviewed …", "I asked …".
_WRITER_SUBJECT = re.compile(r"(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3},\s+)?(?:We|I)\s")


def resolve_pronoun(ctx: ArticleContext, c: Cand, exclude: str | None = None) -> str | None:
    """The actor a pronoun refers to (module doc); never ``exclude``. A pronoun may be read from
    the one before it, and that one from the one before it: within one call each is read once (a
    run of answers that each open "He said …" took time exponential in their number)."""
    memo = getattr(ctx, "_pronoun_memo", None)
    top = memo is None
    if top:
        memo = ctx._pronoun_memo = {}
    key = (c.start, c.end, exclude)
    try:
        if key not in memo:
            memo[key] = _resolve_pronoun(ctx, c, exclude)
        return memo[key]
    finally:
        if top:
            ctx._pronoun_memo = None


#: The hearer between "told" and "that": "the joint press conference", "reporters", "RTS".
_HEARER_THAT = re.compile(r"\s+(?:[\w'’-]+\s+){1,5}?that\s+")
#: A verb that names something in the speaker's own words, after "what he": "called", "described as".
_NAMED_BY_IT = re.compile(r"\s+(?:" + v.NAMING_VERBS + r")(?![\w-])")


def _reporter_above(ctx: ArticleContext, lo: int, c: Cand) -> str | None:
    """The person whose verb of speech, in the sentence from ``lo``, has the pronoun ``c`` of "what
    he called" (``_NAMED_BY_IT``: a name for something in the reporter's own words) in the
    words it reports, no person named between the verb and the pronoun (a quotation may stand
    there: 'wrote that he was “appalled” by what he called'), and no colon, semicolon or dash
    between: the one reporting, else None."""
    from rhetoric.extract.clauses import subject_of

    if not _NAMED_BY_IT.match(ctx.masked, c.end) or not re.search(r"(?<![\w-])(?:what|which)\s+$", ctx.masked[max(lo, c.start - 7):c.start]):
        return None  # (only "what he called …": "Vivas told radio that he promised …" may be of another)
    verbs = list(v.SPEECH.finditer(ctx.masked, lo, c.start))
    if not verbs or re.search(r"[;:]|\s[—–]\s", ctx.masked[verbs[-1].end():c.start]):
        return None
    if any(x.kind in ("mention", "name", "role") for x in ctx.cands_in(verbs[-1].end(), c.start)):
        return None
    subj = subject_of(ctx, verbs[-1].start(), verbs[-1].end(), lo)
    if subj is None or subj.kind not in ("mention", "name") or not subj.person:
        return None
    return subj.ref


#: A sentence that opens with a reply or a text received or sent from someone, up to "from" before
#: that one, the sender named after a preposition: "5. Reply received the same evening from the ",
#: "When …, the answer came late on Sunday, in a thread from the ", "A message came from " (not
#: "The protest had drawn a message of support from …": the protest's).
_SENDER_BEFORE = re.compile(r"[\s*_]*(?:\d{1,3}[.)]\s+)?(?:(?:When|After|As|Once)\s[^,;:“”\"¤\n]{1,100},\s+)?"
                            r"(?:(?:[Aa]n?|[Tt]he|[Hh]er|[Hh]is|[Ii]ts|[Tt]heir)\s+)?(?:[\w-]+\s+)?"
                            r"(?:[Rr]epl(?:y|ies)|[Aa]nswer|[Rr]esponse|[Rr]eaction|[Mm]essage|[Ll]etter|[Nn]ote|[Ss]tatement)"
                            r"(?:\s+(?:received|came|arrived|sent))?[^.;:“”\"¤\n]{0,50}?\sfrom\s+(?:the\s+)?")

#: The agent of a passive, its titles before its name: "invoked that Sunday evening by President ", "by the " (the
#: one who acts, when the sentence names no one who is not after a preposition: "This, he said, …" is that one).
_AGENT_BEFORE = re.compile(r"(?<![\w-])by\s+(?:(?:the|[A-Z][a-z]+\.?)\s+){0,3}$")
#: A reporting verb right after a subject, a time or an adverb between: " said the same day",
#: " on Monday said", " also warned".
_SPEAKS_NEXT = re.compile(r"(?:\s+(?:also|then|later|\w+ly))?\s+")


def _resolve_pronoun(ctx: ArticleContext, c: Cand, exclude: str | None = None) -> str | None:
    from rhetoric.extract.clauses import BOLD_LEAD, OPENING_ADJUNCT, clause_subject_start

    if c.addressee is not None:  # "you", after a name addressed ("Prime Minister Khan, you …")
        ref = resolve(ctx, c.addressee)
        return ref if ref != exclude else None
    g = gender_of_pronoun(c.text)
    plural = c.text.lower() in ("they", "their", "them", "it", "its")  # refers to a non-person
    si = ctx.sent_index(c.start)

    def ok(ref):
        if ref is None or ref == exclude:
            return False
        if plural:
            return not is_person(ctx, ref)
        return is_person(ctx, ref) and compatible(ctx, ref, g)

    # 0. "her" after "his mother" in its sentence: the relative's, who is no actor (a possessive
    # only: "Accompanied by her daughter, she told reporters" is still the speaker)
    if g is not None and c.kind == "poss" and _relative_before(ctx, ctx.sents[si].start, c.start, g):
        return None
    # 0. "it" after a text as the subject before it ("Wednesday's post did not call Turkey a great
    # power; it said …"): whoever wrote the text (``_introduced_by``)
    if c.text.lower() == "it":
        text = _TEXT_SUBJECT_BEFORE.search(ctx.masked, ctx.sents[max(0, si - 1)].start, c.start)
        if text is not None:
            # (its owner named with it, "Netanyahu's statement …", else the one who brought it in)
            owner = next((x for x in ctx.cands_in(text.start("owner"), text.end("owner")) if x.kind in ("mention", "name")),
                         None) if text.group("owner") else None
            author = resolve(ctx, owner) if owner is not None else \
                _introduced_by(ctx, text.start("noun"), text.group("noun").lower())
            if author is not None and author != exclude:
                return author
        # (or a caption's text by someone, the sentence before: "Post by Albin Kurti, …, announcing
        # the delivery. It calls …": its author)
        prev = ctx.sents[si - 1] if si > 0 else None
        if prev is not None and c.start == ctx.sents[si].start + _lead(ctx, ctx.sents[si].start) and \
                (text := _INTRODUCES.search(ctx.masked, prev.start, prev.end)) is not None and text.group("by") and \
                text.group("noun")[:1].isupper() and not ctx.cands_in(prev.start, text.start()):
            # (a caption's or a catalogue's label, the text's noun first after a field's label at most, and
            # no one named after its author but in a preposition's phrase, "Prime Minister of Kosovo": not
            # "A letter from Orbán reached the Commission. It replied …")
            by = _issuer(ctx, text)
            if by is not None and by.ref != exclude and \
                    not any(x.kind in ("mention", "name", "role") and x.ref != by.ref and not x.channel and
                            not after_preposition(ctx, x) for x in ctx.cands_in(text.end("by"), prev.end)):
                return by.ref
    # 0b. "it added", "she went on": the one who spoke just before, in this sentence or the two
    # before it ("…, the ministry said. The meeting, it added, …": the ministry, not the state the
    # sentence before names)
    goes_on_verb = _GOES_ON.match(ctx.masked, c.end)
    if goes_on_verb is not None and goes_on_verb.group().rstrip().endswith(("called", "calls")) and \
            v.MASK not in ctx.masked[goes_on_verb.end():ctx.sents[si].end]:
        goes_on_verb = None  # ("He also called the ministry for comment": a telephone call; not "called X “…”")
    if goes_on_verb is not None or c.text.lower() == "it" and _reports(ctx.masked, c.end):
        # ("The sale, it warned, …": a body that reports goes on reporting too)
        lo = ctx.sents[max(0, si - 2)].start
        prev = next((st for st in reversed(ctx.statements) if lo <= st.start < c.start and st.kind != "authorial"), None)
        # (words relayed, "Kowal said that Orbán accused Brussels …. He also called the ministry":
        # the one who relayed them goes on)
        goes_on = prev.relayed_by if prev is not None and prev.relayed_by is not None else \
            prev.speaker if prev is not None else None
        # (a text goes on as "it" after its words were given as "it" before: "It read: “…” It
        # continued: “…”", the writer's, a person's)
        text_goes_on = prev is not None and c.text.lower() == "it" and prev.subject_pos is not None and \
            ctx.masked.startswith(("It ", "it "), prev.subject_pos) and goes_on != exclude
        if prev is not None and (ok(goes_on) or text_goes_on) and \
                not any(x.kind in ("mention", "name", "role") and _could_go_on(ctx, x, ok)
                        for x in ctx.cands_in(prev.frame[1], c.start)):
            # (when no one is named since its sentence who could be the one going on: not a
            # state for "he", nor a person only named as an object, "refused to let in the
            # influencer Doualemn, whom France expelled … He added: …")
            return _bind(ctx, goes_on, g)
        ref = _last_reporter(ctx, si, c)
        if ok(ref):
            return _bind(ctx, ref, g)
    # 0b". a pronoun that reports after a semicolon, when the clause before it is a statement ("Đurić
    # on X: Serbia “will …”; he called it “…”"): that statement's speaker, when no other person is
    # named between
    if _reports(ctx.masked, c.end) and ctx.masked[max(ctx.sents[si].start, c.start - 4):c.start].rstrip().endswith(";"):
        prev = next((st for st in reversed(ctx.statements) if ctx.sents[si].start <= st.start < c.start), None)
        if prev is not None and ok(prev.speaker) and \
                not any(x.kind in ("mention", "name") and x.person and x.ref != prev.speaker
                        for x in ctx.cands_in(prev.end, c.start)):
            return _bind(ctx, prev.speaker, g)
    # 0b'. "it" speaking after a quote, when the sentence before brings a text in ("Vučić posted on
    # X. “I am appalled …,” it began"; "The ministry issued a statement. “…,” it read"): the
    # text, whoever wrote it (a post on a platform, ``_ON_A_PLATFORM``, or a text ``_INTRODUCES``)
    # (or "It read: “…”" opening its sentence, the text brought in one sentence earlier still, when
    # the one between names the text again: "Vučić posted on X. I translated the post …. It read:")
    text_verb = _TEXT_VERB_AFTER.match(ctx.masked, c.end) if c.text.lower() == "it" and si > 0 else None
    opens = text_verb is not None and (c.start == ctx.sents[si].start + _lead(ctx, ctx.sents[si].start) or
                                       ctx.masked[ctx.sents[si].start:c.start].strip(" \t*_").lower() in ("and", "then", "and then"))
    colon_after = opens and ctx.masked.startswith(":", text_verb.end())
    if text_verb is not None and (v.MASK in ctx.masked[ctx.sents[si].start:c.start] or opens):
        # (or "It said that …" opening its sentence, right after one that brings a text in: "…, issued a
        # statement, posted by the French Embassy in Pakistan. It said that …")
        prev = ctx.sents[si - 1]
        told = _ON_A_PLATFORM.search(ctx.masked, prev.start, prev.end) or _INTRODUCES.search(ctx.masked, prev.start, prev.end)
        if told is None and colon_after and si > 1 and _TEXT_NOUN.search(ctx.masked, prev.start, prev.end):
            prev = ctx.sents[si - 2]
            told = _ON_A_PLATFORM.search(ctx.masked, prev.start, prev.end) or \
                _INTRODUCES.search(ctx.masked, prev.start, prev.end)
        # (its writer: the subject of the verb that brings it in, the last one named before it)
        writers = [x for x in ctx.cands_in(prev.start, told.start())
                   if x.kind in ("mention", "name") and not x.channel and not after_preposition(ctx, x)] if told else []
        # (not when the sentence goes on to name another: "When Sikorski replied on X, Poland's
        # government stayed silent. “…,” it said" is the government's)
        later = [x for x in ctx.cands_in(told.end(), prev.end) if x.kind in ("mention", "name", "role") and not x.channel
                 and not (_PASSED_ON_BY.search(ctx.masked, told.end(), x.start) and after_preposition(ctx, x))] \
            if told else []
        if writers and not later and writers[-1].ref != exclude:
            return writers[-1].ref
        # (or "It goes on: “…”" right after a sentence whose quote is someone's statement, "As posted:
        # “I am appalled …” It goes on: “…”": the text just quoted goes on, its speaker's)
        if colon_after and told is None and _OTHER_TEXT.search(ctx.masked, prev.start, prev.end) is None:
            # (not when that sentence names another text the words may be of: "Osmani welcomed the EU's
            # progress report: “…” It goes on: “…”" is the report's)
            said = next((st for st in reversed(ctx.statements) if st.start < prev.end and prev.start < st.end), None)
            if said is not None and said.speaker and said.speaker != exclude and \
                    ctx.masked.find(v.MASK, prev.start, prev.end) >= 0 and \
                    not any(x.kind in ("mention", "name", "role") and not x.channel and not ctx.in_quote(x.start)
                            for x in ctx.cands_in(said.end, c.start)):
                return said.speaker
    # 0c. a pronoun in a relative clause about a text or a speech someone gave ("about the
    # interview Mr Mitsotakis gave to the BBC, in which he said …", "Orbán's speech, in which he
    # called …"): its author, not the sentence's subject
    sent = ctx.sents[si]
    if _IN_WHICH.search(ctx.masked, max(sent.start, c.start - 30), c.start):
        author = _author_before_which(ctx, sent.start, c.start)
        if ok(author):
            return _bind(ctx, author, g)
    # 0d. '“…,” he said' after a lead-in that ends with a colon ("Slovenia's Prime Minister Miro
    # Cerar cancelled a visit to Zagreb: “…,” he said"): the person who is the lead-in's subject
    mask_at = ctx.masked.find(v.MASK, sent.start, c.start)
    if mask_at > 0 and not plural and _COLON_BEFORE_QUOTE.search(ctx.masked, sent.start, mask_at + 1) and \
            _reports(ctx.masked, c.end, after_quote=True):
        lead = [x for x in ctx.cands_in(sent.start, mask_at) if x.kind in ("mention", "name", "role")
                and not after_preposition(ctx, x) and not ctx.masked.startswith(("'s", "’s"), x.end)]
        ref = (lead[0].ref if lead[0].kind != "role" else _role_holder(ctx, lead[0])) if lead else None
        if ok(ref):
            return _bind(ctx, ref, g)
    # 0e. "he" or "she" in a paragraph that opens with an entry's label in italics or bold naming
    # one person, then where or when ("*Kirchner, at the carnival stadium, Friday 5 May 2006.*
    # Before tens of thousands he accused …"), no other person named since: the label's person
    if not plural and g is not None and (own := _entry_label_person(ctx, c) or _lead_line_person(ctx, c)) is not None \
            and ok(own):
        return _bind(ctx, own, g)
    # 1. earlier in the same sentence, a named subject ("After Orbán arrived, he said")
    topic = None  # "Morrison's conduct, he said, …": the one reported on, not the one reporting
    # ("Asked what Tusk would have to do, he answered": the one asked about is not the one answering,
    # nor the one who asks: "Asked by the ABC's editor, Andrew Probyn, why …, he did not deny it")
    asked = _asked_clause_end(ctx, sent.start, c.start) if _ASKED.match(ctx.masked, sent.start) else -1
    # ("Speaking in parliament, after the ambassador, Marina Kaljurand, was mobbed, he said …": the
    # one speaking is the pronoun's, no one named in the clauses the participle opens)
    participial = _PARTICIPLE_OPENING.match(ctx.masked, sent.start + _lead(ctx, sent.start)) is not None
    for x in ctx.cands_in(sent.start, c.start):
        if x.start < asked or _voice_label(ctx, x, c) or participial and ctx.masked.find(",", x.end, c.start) >= 0:
            continue
        if _PER_BEFORE.search(ctx.masked, max(0, x.start - 8), x.start) and _SOURCE_TEXT_AFTER.match(ctx.masked, x.end):
            continue  # ("per Telegrafi's English write-up he said": the source's text, not who spoke)
        if x.kind in ("mention", "name") and _TOPIC_POSSESSIVE_GAP.fullmatch(ctx.masked, x.end, c.start):
            topic = x
            continue
        # (an office as the subject too: "The Chief of the General Staff protested …, when he asked …")
        # (only as the sentence's opening subject: not "What the Venezuelan leader had announced, he told …")
        # (nor past a person it met or welcomed: "The Prime Minister of Italy welcomed Rama …, and he")
        ref = x.ref if x.kind in ("mention", "name") else _role_holder(ctx, x) if x.kind == "role" and x.text and \
            x.text.split()[0].lower() not in _POSSESSIVE_PRONOUNS and _THE_OFFICE.match(ctx.masked, x.start) and \
            OPENING_ADJUNCT.fullmatch(ctx.masked, sent.start + _lead(ctx, sent.start), x.start) and \
            not any(y.kind in ("mention", "name", "role") and not after_preposition(ctx, y) and
                    (y.person or y.kind == "role" and (_PERSON_NOUN_END.search((y.text or "x").split()[-1].lower())
                                                        or is_person(ctx, resolve_role(ctx, y) or "")))
                    for y in ctx.cands_in(x.end, c.start)) else None
        if ref is not None and ok(ref) and not after_preposition(ctx, x) and \
                (_SUBJECT_BEFORE.fullmatch(ctx.masked, clause_subject_start(ctx, sent.start, c.start) or 0, x.start) or
                 # (or a possessive after the colon of the sentence's opening subject, "The Minister for Foreign
                 # Affairs followed: the delivery is, in his words, “…”": the subject's)
                 c.kind == "poss" and ":" in ctx.masked[x.end:c.start] and
                 OPENING_ADJUNCT.fullmatch(ctx.masked, sent.start + _lead(ctx, sent.start), x.start) or
                 _OPENING_SUBORDINATE_SUBJECT.fullmatch(ctx.masked, sent.start, x.start) and
                 not any(y.kind in ("mention", "name") and y.person
                         for y in ctx.cands_in(max(x.end, ctx.masked.find(",", x.end, c.start)), c.start))):
            # (or the subject of the subordinate clause the sentence opens with, when no one is
            # named after that clause: "If Erdoğan keeps his promise, it will be his first visit since
            # 2024, when he spoke of …"; not "When Orbán vetoed it, Tusk was in Kyiv, where he …")
            if re.fullmatch(r",\s*", ctx.masked[x.end:c.start]) or v.MASK in ctx.masked[x.end:c.start]:
                # "Sánchez, he complained, had …", 'Orbán's veto was “shameful,” she said': the one
                # who reports is not the one reported on
                break
            return _bind(ctx, ref, g)
    else:
        # 1a. the person who opens the sentence, for a pronoun that reports in a later clause of it
        # ("Ronen Bergman, an Israeli journalist, … told a story …; many of her relatives, he
        # said, were killed …"), when no other person of the registry is named between
        # (after a semicolon, or a colon: "Tusk was angry: in a speech he said …", "Le Drian …:
        # Morrison's conduct, he said")
        # (after an opening adjunct too: "An hour later Đurić was on the screen; he had written …")
        # (its title before it too: "Prime Minister Albin Kurti announced …: the delivery, he wrote, …")
        opening = sent.start + _lead(ctx, sent.start)
        if ctx.masked.startswith(("*", "_"), opening) and (run_in := BOLD_LEAD.match(ctx.masked, opening, c.start)):
            opening = run_in.end()  # (past a run-in heading: "**M 4.4 · Pristina · 2025-10-08.** Prime Minister …")
        first = next((x for x in ctx.cands_in(opening, c.start) if x.kind in ("mention", "name")
                      and not _voice_label(ctx, x, c)), None)
        others = [x for x in ctx.cands_in(first.end, c.start) if x.kind in ("mention", "name") and x.ref != first.ref
                  and x is not topic and (a := ctx.reg.actors.get(x.ref)) is not None and a.kind == "person"] \
            if first is not None else []
        title_lo = first.start if first is not None else opening
        while title_lo > opening and (w := _TITLE_BEFORE.search(ctx.masked, max(opening, title_lo - 20), title_lo)) \
                and w.group(1).lower().rstrip(".") in v.TITLE_WORDS:
            title_lo = w.start()
        if first is not None and OPENING_ADJUNCT.fullmatch(ctx.masked, opening, title_lo) \
                and first is ctx.cands_in(opening, c.start)[0] and first.person and \
                not others and ok(first.ref) and (";" in ctx.masked[first.end:c.start] or
                                                   topic is not None and ":" in ctx.masked[first.end:topic.start] or
                                                   ":" in ctx.masked[first.end:c.start] and topic is None) \
                and _reports(ctx.masked, c.end):
            return _bind(ctx, first.ref, g)
    # 1a'. "him" or "her" after a semicolon whose clause has a subject of its own, the writer's or
    # another's ("Osmani answered Vučić in Albanian; we quoted her in translation"): the person
    # who is the subject of the clause before the semicolon
    semi = ctx.masked.rfind(";", sent.start, c.start)
    if c.text.lower() in ("her", "him") and semi > 0 and _OWN_SUBJECT.match(ctx.masked, semi + 1):
        first = next((x for x in ctx.cands_in(sent.start, semi) if x.kind in ("mention", "name")), None)
        if first is not None and first.person and ok(first.ref) and \
                (OPENING_ADJUNCT.fullmatch(ctx.masked, sent.start + _lead(ctx, sent.start), first.start) or
                 _TITLES_ONLY.fullmatch(ctx.masked, sent.start, first.start)):  # ("President Vjosa Osmani …")
            return _bind(ctx, first.ref, g)
    # 1a''. "he" or "she" in a sentence whose subject is the writer ("We also interviewed Çağlar
    # Kürç, who studies …; on camera he repeated …"), after a semicolon: the one person of that
    # gender the sentence names before it
    if g is not None and c.kind == "pronoun" and semi > 0 and \
            _WRITER_SUBJECT.match(ctx.masked, sent.start + _lead(ctx, sent.start)):
        # (the one the writer's verb took as its object, "interviewed X", "spoke to X", not one named
        # after a preposition of a topic or a place, "I asked a farmer in Lublin about Donald Tusk;
        # he said …": the farmer)
        named = [x for x in ctx.cands_in(sent.start, semi) if x.kind in ("mention", "name") and x.person]
        if len({x.ref for x in named}) == 1 and not _TOPIC_PREPOSITION.search(ctx.masked, sent.start, named[0].start) \
                and ok(ref := named[0].ref):
            return _bind(ctx, ref, g)
    # 1b. the subject of a reported clause is the one who reports it, when it is that person:
    # "The Serbian president wrote that he was appalled"
    # ("Its foreign ministry said it had noted …": "that" left out, the verb right before)
    back = ctx.masked[max(sent.start, c.start - 40):c.start]
    if back.endswith(("that ", "that\n")) or back.rstrip().endswith(" that") or _VERB_FORM_BEFORE.search(back):
        from rhetoric.extract.clauses import subject_of

        # (or the one told between, no person: "Vučić told the joint press conference that he spoke …")
        verbs = [m for m in v.SPEECH.finditer(ctx.masked, sent.start, c.start)
                 if re.fullmatch(r"\s+(?:that\s+)?", ctx.masked[m.end():c.start]) or
                 v.lemma_of(m.group()) == "tell" and _HEARER_THAT.fullmatch(ctx.masked, m.end(), c.start) and
                 not ctx.masked.startswith(" had ", c.end) and  # (not an earlier act told, "that he had told Pashinyan …")
                 not any(x.kind in ("mention", "name", "pronoun") and x.person for x in ctx.cands_in(m.end(), c.start))]
        if verbs:
            subj = subject_of(ctx, verbs[-1].start(), verbs[-1].end(), sent.start)
            ref = (subj.ref if subj.kind in ("mention", "name") else _role_holder(ctx, subj) if subj.kind == "role"
                   else None) if subj is not None else None
            # not when the sentence before names another person and the clause tells an earlier
            # act ("Zakharova spoke on Monday. Sikorski wrote that she had called Poland …": she is
            # Zakharova)
            before = ctx.sents[si - 1] if si else None
            others = [x for x in ctx.cands_in(before.start, before.end) if x.kind in ("mention", "name") and
                      x.person and x.ref != ref] if before is not None else []
            earlier_act = re.match(r"\s+had\s", ctx.masked[c.end:c.end + 6]) is not None
            if ok(ref) and not (others and earlier_act):
                return _bind(ctx, ref, g)
    # 1b'. "what he called" deeper in the words a person reports, no other person named between:
    # the reporter ("President Aleksandar Vucic wrote on X that he was “appalled” by what he called …")
    # (not, as in 1b, for an earlier act when the sentence before names another person: "Zakharova
    # spoke on Monday. Sikorski wrote that she had called Poland …")
    if c.kind == "pronoun" and g is not None and (said := _reporter_above(ctx, sent.start, c)) is not None and \
            ok(said) and not (re.match(r"\s+had\s", ctx.masked[c.end:c.end + 6]) and si > 0 and
                              any(x.kind in ("mention", "name") and x.person and x.ref != said
                                  for x in ctx.cands_in(ctx.sents[si - 1].start, ctx.sents[si - 1].end))):
        return _bind(ctx, said, g)
    # 1c. the person a section's heading names, at the start of its first paragraph ("**Did Vučić
    # take it back?** Partly. At a press conference the next day he said …"): not one named
    # before the heading
    para = ctx.paras[ctx.para_index(c.start)]
    if not plural and not any(x.kind in ("mention", "name") and x.person for x in ctx.cands_in(para.start, c.start)):
        heading = _heading_before(ctx, para.start)
        # (over a line of labels or a date that names no one, the headline above it: a search
        # result's "**Vučić: Turkish drones are 'bad news'**" over "*World · 21 Dec 2022*")
        if heading is not None and not ctx.reg.find_mentions(ctx.body[heading.start:heading.end]):
            heading = _heading_before(ctx, heading.start)
        if heading is not None:
            text = ctx.body[heading.start:heading.end]
            # (a question about the person, or the person as the subject of speaking: "Did Vučić
            # take it back?", "What Tusk told Orbán", "Vučić: …"; not a topic, "The Orbán problem",
            # "Merz's gamble")
            named = [mt for mt in ctx.reg.find_mentions(text) if is_person(ctx, mt.actor)]
            people = [mt.actor for mt in named if
                      (text.rstrip(" *_").endswith("?") or _reports(text, mt.end, 12) or
                       text[mt.end:mt.end + 3].lstrip(" *_").startswith(":") and len(named) == 1 or
                       # (or the person's occasion for speaking: "Vučić press conference, Belgrade",
                       # "Orbán's speech in Tusnád")
                       len(named) == 1 and (_OCCASION_AFTER_NAME.match(text, mt.end) is not None or
                                            _OCCASION_BY.fullmatch(text, len(text) - len(text.lstrip("#*_> \t-")), mt.start)
                                            is not None) and
                       not _someone_named(ctx, para.start, c.start) or
                       # (or the one person the heading tells doing something: "If they say Vučić has
                       # backed down", "Orbán softens his tone")
                       len(named) == 1 and _ACTS_AFTER_NAME.match(text, mt.end) is not None and
                       _ASKS_OF_PERSON.match(text) is None and
                       not any(x.kind == "role" for x in ctx.cands_in(para.start, c.start)))]
            # (not when the pronoun's sentence names its speaker after it: "She said …, Valtonen told")
            if people and ok(people[0]) and not _teller_after(ctx, c.end, sent.end):
                return _bind(ctx, people[0], g)
    # 1c'. the person a section's heading names and nothing more ("**Aleksandar Vučić**", "*President
    # of Serbia*", then "What he said: …"), when no person is named in the section before the pronoun
    # (or "**The NATO official**": one person of a body the registry has only as the body)
    if not plural:
        person, of_body = section_person(ctx, c.start)
        if person is not None and (ok(person) or of_body and person != exclude):
            return _bind(ctx, person, g) if ok(person) else person
    # 1c+. a possessive in the first paragraph under a heading that names one person the registry lacks, by name
    # and description ("**2. H.E. Ms Dara Chea, Ambassador of the Kingdom of Cambodia**" over "Her Prime Minister
    # wrote …"), no person named in the paragraph before it
    if not plural and c.kind == "poss" and (kept := _kept_name_heading(ctx, c.start)) is not None and ok(kept):
        return _bind(ctx, kept, g)
    # 1c". the one a record's "Who:" field names ("**Who:** Vjosa Osmani, President of Kosovo" over
    # "**Made:** …" and '“…,” she wrote'), when no person is named between the field and the pronoun
    if not plural and (found := who_field(ctx, c.start)) is not None:
        person, _, field_end = found
        # (and no sentence between brings in someone unnamed: not "A farmer … waited to see him. He said …")
        between = range(ctx.sent_index(field_end) + (ctx.sents[ctx.sent_index(field_end)].end <= field_end), si)
        if (ok(person) or person not in ctx.reg.actors and person != exclude) and \
                not _teller_after(ctx, c.end, sent.end) and \
                not any((x.kind in ("mention", "name") and x.person or x.kind == "role") and
                        not ctx.masked.startswith(("'s", "’s"), x.end) for x in ctx.cands_in(field_end, c.start)) and \
                not any(ctx.sents[k].end > field_end and SOMEONE_NEW.match(ctx.masked, ctx.sents[k].start)
                        for k in between):
            return _bind(ctx, person, g) if ok(person) else person
    # 1d. under a label line ("MARKO ĐURIĆ, SERBIAN FOREIGN MINISTER:"), the speaker it names, when
    # no one is named before the pronoun in its sentence (``tables.label_blocks``)
    if ctx.table_rows and not plural:
        from rhetoric.extract.tables import row_at, row_speaker

        row = row_at(ctx, c.start)
        # (not a person reported on: "Vučić, she wrote, was …")
        if row is not None and row.label is not None and \
                not any(x.kind in ("mention", "name") and x.person and not re.fullmatch(r",\s*", ctx.masked[x.end:c.start])
                        for x in ctx.cands_in(sent.start, c.start)):
            spk = row_speaker(ctx, row)
            if ok(spk) or spk is not None and spk not in ctx.reg.actors and spk != exclude:
                return _bind(ctx, spk, g) if ok(spk) else spk
    # 1e. in a sentence whose statement's subject came before it ("On the Thursday, Vučić said his
    # words had been misunderstood and that Serbia was “too small to threaten” a country he called
    # “a great power”"): that speaker, when no other person is named between
    if not plural:
        for st in reversed(ctx.statements):
            if st.sent_lo <= si <= st.sent_hi and st.subject_pos is not None and sent.start <= st.subject_pos < c.start \
                    and ok(st.speaker) and st.kind != "authorial" and \
                    not any(x.kind in ("mention", "name", "role", "pronoun") and x.start > st.subject_pos and
                            (x.kind != "mention" or x.person) for x in ctx.cands_in(st.subject_pos, c.start)):
                return _bind(ctx, st.speaker, g)
    # 1f. a body's "its" after a quote whose sentence opens with that body speaking ("Hezbollah said the
    # same day that …: “…,” its statement said"): the body's, not the one quoted before
    if c.kind == "poss" and c.text.lower() == "its" and \
            (x := next(iter(ctx.cands_in(opens := sent.start + _lead(ctx, sent.start), c.start)), None)) is not None and \
            x.start == opens and x.kind == "mention" and ok(x.ref) and not x.channel and \
            (gap := _SPEAKS_NEXT.match(ctx.masked, x.end)) is not None and v.SPEECH.matcher.match(ctx.masked, gap.end()):
        return x.ref
    # 1g. under a numbered card's heading ("**29 Adm. Sandy Woodward** · Task force commander" over "He
    # wrote …"): the person the registry lacks it names; no one named above the card (``card_above``)
    card = card_above(ctx, c.start) if not plural else None
    if card is not None and c.kind == "pronoun" and (kept := _kept_name_heading(ctx, c.start)) is not None and ok(kept):
        return _bind(ctx, kept, g)
    # 2. the first actor named in the previous sentences (outside quotes; a sentence wholly inside
    # a quote, of the quote a pronoun closes, does not count)
    comment = _readers_comment(ctx, c.start)
    for back, prev in enumerate(_told_before(ctx, si), 1):
        if comment is not None and prev.start < comment:
            break  # (a reader's comment is a text of its own: not the article's names, nor another reader's)
        if card is not None and prev.start < card:
            break  # (a card is an entry of its own: not the card above's person)
        cands = ctx.cands_in(prev.start, prev.end)
        if _ASKED.match(ctx.masked, prev.start):  # ("Asked whether Lula could call him, POTUS said …":
            comma = ctx.masked.find(",", prev.start, prev.end)  # the one asked about is no subject)
            cands = [x for x in cands if x.start > comma] if comma > 0 else cands
        # (nor a name that only says whose aide the person named after it is: "Machado aide Pedro Urruchurtu")
        cands = [x for x in cands if not _voice_label(ctx, x, c) and
                 not (x.kind == "mention" and _STAFF_BEFORE_NAME.match(ctx.masked, x.end))]
        if back == 1 and not plural:
            body = _spoken_for(ctx, prev, cands)
            if body is not None and body != exclude:
                return body
        for i, x in enumerate(cands):
            if x.kind in ("mention", "name") and _participle_object(ctx, x, prev, cands[i + 1:], ok):
                continue  # ("after meeting Erdoğan in Ankara, Vučić posted …. … he said": the subject, not the one met)
            if x.kind in ("mention", "name") and (m := _PRONOUN_REPORTS_ON.match(ctx.masked, x.end)) is not None and \
                    g is not None and gender_of_pronoun(m.group("p")) == g and _reports(ctx.masked, m.end()):
                continue  # "Erdoğan, he said, is …": the one reported on; the pronoun after it, of the
                # same gender, reports (not "Orbán, she said, had promised … He told …": Orbán)
            if x.kind in ("mention", "name") and ok(x.ref) and not x.channel and \
                    (not after_preposition(ctx, x) or _SENDER_BEFORE.fullmatch(ctx.masked, prev.start, x.start) or
                     _AGENT_BEFORE.search(ctx.masked, max(prev.start, x.start - 40), x.start) is not None and
                     not any(y.kind in ("mention", "name") and y.person and not after_preposition(ctx, y) for y in cands) or
                     _TOPIC_OF_VIEWS.search(ctx.masked, max(0, x.start - 30), x.start)
                     and not any(y.kind in ("mention", "name") and ok(y.ref) and not y.channel and not after_preposition(ctx, y)
                                 for y in cands[i + 1:])):
                # (or the one a sentence's views are about: "Participants were divided on Mikati. Some
                # thought he had done what he could"; not when the sentence names a subject after
                # it: "Views on Orbán hardened when Tusk spoke. He said …" is Tusk)
                return _bind(ctx, x.ref, g)
            if plural and x.kind in ("mention", "name") and x.person and x.ref != exclude and \
                    (_OFFICE_OF_PERSON.match(ctx.masked, x.end) or _OFFICE_OF_PERSON.search(x.text or "")) \
                    and not after_preposition(ctx, x) and \
                    not any(y.kind in ("mention", "name") and not y.person for y in cands[i + 1:]):
                # (not when a body is named after it: "Orbán's office did not respond, but the
                # Commission issued a statement. “…,” it said")
                return x.ref  # ("Lula's office answered …. “…,” it began"): the person speaks through it
            if x.kind == "mention" and not plural and x.ref != exclude and not x.channel and \
                    _ONE_OF_BODY_AFTER.match(ctx.masked, x.end) and _UNNAMED_SUBJECT_BEFORE.fullmatch(ctx.masked, prev.start, x.start):
                # "A NATO official told Radio Free Europe …. He praised Turkey …": one unnamed person
                # of the body, the sentence's subject, whom the registry has only as the body
                return x.ref
            if x.kind == "role" and (not after_preposition(ctx, x) or _SENDER_BEFORE.fullmatch(ctx.masked, prev.start, x.start)) \
                    and not _named_in_apposition(ctx, x, cands[i + 1:]):
                # (or the one a reply came from: "Reply received the same evening from the President of
                # Kosovo. … she was “…”": the sender, though after a preposition)
                # "Serbia's president accused …. Today he called …"; "… that the Prime Minister kept
                # the door open. “…,” he said": a role that is the subject
                ref = _role_holder(ctx, x)
                if ok(ref) or (ref is not None and ref != exclude and not plural and
                               _ONE_PERSON_ROLE.search(x.text or "") is not None):
                    # ("A NATO official … The official did not answer. “…,” he said": a person
                    # of a body the registry has only as the body)
                    return _bind(ctx, ref, g) if ok(ref) else ref
                if ref is None and not plural and (x.text or "x").lower().split()[-1] in _UNTITLED_NOUNS:
                    return None  # ("the official was not named. He told …": that unnamed one, no one named earlier)
            if x.kind == "pronoun" and (x.start == prev.start + _lead(ctx, prev.start) or
                                        any(s.subject_pos == x.start for s in ctx.statements)):
                # the pronoun that opens the sentence before, or is the subject of its statement:
                # whom that statement is by (not one that sentence names after the pronoun: "He read
                # from Kurti's post, which said …. He said …" is the reader)
                ref = _speaker_at(ctx, x.start)
                if ref is not None and any(y.kind == "mention" and y.ref == ref for y in cands[i + 1:]):
                    ref = resolve_pronoun(ctx, x, exclude)
                if ok(ref):
                    return _bind(ctx, ref, g)
            if x.kind == "pronoun" and _IN_OPENING_CLAUSE.fullmatch(ctx.masked, prev.start, x.start) and \
                    (_spoke_after(ctx, prev, x.end, cands[i + 1:]) or _main_subject_after(ctx, prev, x)) and \
                    not _same_person_after(ctx, prev, x, c):
                continue  # ("On the day he arrived, the spokesman, Geng Shuang, said: …. He urged …": the
                # one named after the opening clause who spoke there, not the one the clause is about)
            if x.kind == "pronoun" and (x.text.lower() == c.text.lower() or g is not None and gender_of_pronoun(x.text) == g
                                        and _reports(ctx.masked, x.end)) and not after_preposition(ctx, x):
                # the same pronoun, first in the sentence before ("On Wednesday she called …. And
                # she said …"), or one of its gender that speaks ("… he said that Poles cooperated
                # …. The next day his office said"; not "He is lying, Orbán told …"): the same one
                ref = resolve_pronoun(ctx, x, exclude)
                if ok(ref):
                    return _bind(ctx, ref, g)
                break
        if back == 1:
            for stmt in reversed(ctx.statements):
                if prev.start <= stmt.start < prev.end + 1 and ok(stmt.speaker):
                    return _bind(ctx, stmt.speaker, g)
                if prev.start <= stmt.start < prev.end + 1 and not plural and stmt.speaker and stmt.speaker != exclude \
                        and stmt.speaker in ctx.reg.actors and not is_person(ctx, stmt.speaker) and \
                        _body_voice(ctx, prev.start, prev.end):
                    # ("NATO said something to RFE: an official there, unnamed, told them it is “…”. He
                    # praised Turkey …"): the unnamed person who spoke for the body, so the body
                    return stmt.speaker
            # words carried, published or aired, and one person named as their source ("RTK carried
            # a charge from Osmani. Serbia, she said, …"): that one
            people = {x.ref for x in cands if x.kind in ("mention", "name") and x.person}
            source = [x.ref for x in cands if x.kind in ("mention", "name") and ok(x.ref) and
                      _CARRIED_FROM.search(ctx.masked, max(prev.start, x.start - 60), x.start)]
            if len(people) == 1 and source:
                return _bind(ctx, source[0], g)
            # the one person the sentence before hands the turn to ("The next stop belongs to
            # Erdoğan. “…,” he said"), when it names no other actor as a subject (not "a message of
            # support from Meloni")
            person = next((x for x in cands if x.kind in ("mention", "name") and x.person), None)
            if len(people) == 1 and not plural and ok(person.ref) and ctx.para_index(prev.start) == ctx.para_index(c.start) \
                    and _TO_PERSON.search(ctx.masked, max(prev.start, person.start - 40), person.start) \
                    and not ctx.masked.startswith(("'s", "’s"), person.end) and \
                    all(x.kind not in ("mention", "name", "role") or after_preposition(ctx, x) for x in cands):
                return _bind(ctx, person.ref, g)
    if card is not None:
        return None
    # 3. the one person the title names, the article's protagonist ("… a Pristina reporter at
    # Vučić's press conference": "He did not take it back"), when it names one
    if not plural:
        named = {mt.actor for mt in ctx.reg.find_mentions(ctx.article.meta.title or "") if is_person(ctx, mt.actor)}
        if len(named) == 1 and ok(ref := next(iter(named))):
            return ref
    # 4. the last speaker before it (a guess: it teaches nothing of that one's gender)
    for stmt in reversed(ctx.statements):
        if stmt.start < c.start and ok(stmt.speaker):
            return stmt.speaker
    return None


#: A person's staff noun and a name after a name: "(Machado) aide Pedro Urruchurtu", "(Tusk) adviser
#: Jan Kowalski", "(Orbán) spokesman Zoltán Kovács".
_STAFF_BEFORE_NAME = re.compile(r"(?:['’]s)?\s+(?:(?:senior|top|chief|close|longtime|former)\s+)?(?:aide|adviser|advisor|"
                                r"spokes(?:wo)?man|spokesperson|assistant|secretary|lawyer|envoy)\s+[A-ZÀ-Ž][\w'’-]+\s+[A-ZÀ-Ž]")


#: An adjunct's participle right before a name: "after meeting ", "while visiting ", "before talks with ".
_PARTICIPLE_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]fter|[Bb]efore|[Ww]hile|[Uu]pon|[Ff]ollowing|[Ww]hen)\s+"
                                r"(?:[a-z]+ing|talks|a\s+(?:call|meeting)|meetings?)\s+(?:with\s+)?$")


def _participle_object(ctx: ArticleContext, x, sent, after: list, ok) -> bool:
    """Whether ``x`` is the object of a participle in an adjunct set off by a comma, with the
    clause's own subject named after it: "after meeting Erdoğan in Ankara, Vučić posted" (the one
    met is not whom a pronoun in the next sentence refers to)."""
    if not _PARTICIPLE_BEFORE.search(ctx.masked, max(sent.start, x.start - 40), x.start):
        return False
    comma = ctx.masked.find(",", x.end, sent.end)
    return comma >= 0 and any(y.kind in ("mention", "name") and y.start > comma and y.person and ok(y.ref)
                              and not after_preposition(ctx, y) for y in after)


def _readers_comment(ctx: ArticleContext, pos: int) -> int | None:
    """Where the reader's comment that holds ``pos`` begins (its paragraph, under the article's
    readers' comments: ``reported.readers_section``), else None."""
    from rhetoric.extract.reported import readers_section

    readers = readers_section(ctx)
    if readers is None or pos < readers[0]:
        return None
    return ctx.paras[ctx.para_index(pos)].start


def opens_as_label(ctx: ArticleContext, start: int, end: int) -> bool:
    """Whether the name at [start, end) is the label that opens its paragraph as its voice
    ("**Park Ji-won:** …", "KURTI (interpreted): …"): the voice speaks; it is not spoken of."""
    para = ctx.paras[ctx.para_index(start)]
    return _LABEL_LEAD.fullmatch(ctx.masked, para.start, start) is not None and _LABEL_COLON.match(ctx.masked, end) is not None


def _entry_label_person(ctx: ArticleContext, c: Cand) -> str | None:
    """The person an entry's label names (``vocabulary.ENTRY_LABEL``, as ``attribution.entry_label``
    reads it: perhaps a code, the name, then a comma and where or when) when it opens the paragraph
    of pronoun ``c``, names no one else, and no other person or role is named between it and ``c``."""
    para = ctx.paras[ctx.para_index(c.start)]
    m = v.ENTRY_LABEL.match(ctx.masked, para.start, c.start)
    if m is None:
        return None
    lo, hi = m.start("label"), m.end("label")
    if (code := v.ENTRY_CODE.match(ctx.masked, lo, hi)) is not None:
        lo = code.end()
    x = next((y for y in ctx.cands_in(lo, hi) if y.kind in ("mention", "name", "role")), None)
    if x is None or x.kind == "role" or not x.person or ctx.masked[lo:x.start].strip() or \
            not v.ENTRY_AFTER_NAME.match(ctx.masked, x.end, hi):
        return None
    if any(y.kind in ("mention", "name") and y.person and y.ref != x.ref or y.kind == "role" and y.start >= hi
           for y in ctx.cands_in(x.end, c.start)):
        return None  # (a label of two people; nor past a role: "The prime minister sat silently while the
        # opposition leader …; he")
    return x.ref


def _lead_line_person(ctx: ArticleContext, c: Cand) -> str | None:
    """The person a lead-in line over the pronoun's paragraph names, a line that is no sentence and
    ends in its colon ("**Kyriakos Mitsotakis, to North Macedonian media, last month:**" over "He
    said that …", ``cards.lead_signature``), when no one else is named between the line and ``c``."""
    from rhetoric.extract.cards import lead_signature, prose_line

    para = ctx.paras[ctx.para_index(c.start)]
    hi = para.start
    while hi > 0 and ctx.body[hi - 1] in " \t\n*_":
        hi -= 1
    if hi <= 0 or ctx.body[hi - 1] != ":":
        return None
    lo = ctx.body.rfind("\n", 0, hi) + 1
    if prose_line(ctx.body, lo, hi):
        return None  # (a sentence that ends in a colon: "Netanyahu, whom Rubio met on Monday, stayed silent. Rubio …:")
    name = lead_signature(ctx.body, ctx.reg, lo, hi - 1)
    x = next(iter(ctx.cands_in(*name)), None) if name is not None else None
    if x is None or x.kind not in ("mention", "name") or not x.person or \
            any(y.kind in ("mention", "name", "role") and y.ref != x.ref for y in ctx.cands_in(hi, c.start)):
        return None  # (the line's occasion may name others: "to North Macedonian media", "after meeting Rama")
    return x.ref


def _voice_label(ctx: ArticleContext, x: Cand, pronoun: Cand) -> bool:
    """Whether ``x`` is the label that opens the pronoun's paragraph as its voice ("**Ciara Walsh:**
    The statement came from Sa'ar. He said …", "KURTI: … He called …"): the voice of a paragraph
    says "I"; a third person in it is someone else."""
    para = ctx.paras[ctx.para_index(pronoun.start)]
    own = ctx.paras[ctx.para_index(x.start)]
    if not (opens_as_label(ctx, x.start, x.end) or
            # (a hearing's record: "Mr. WHITCOMBE. …", "Dr. MOLINA. …", the name in capitals and a stop)
            (m := _HONORIFIC_LEAD.fullmatch(ctx.masked, own.start, x.start)) is not None and (m.group("hon") or x.person)
            and ctx.masked[x.start:x.end].split()[-1].isupper() and ctx.masked.startswith(". ", x.end)):
        return False
    # (in its own paragraph, or in a transcript's other line: "> 10:03 Merz: …" then "> 10:05 Tusk: He is …")
    return own.start == para.start or _LABEL_LEAD.match(ctx.masked, para.start) is not None and \
        _LINE_LABEL.match(ctx.masked, para.start) is not None


#: Markup (and a quoted line's ">", a time code) before a paragraph's label, and the colon after
#: it ("**Ciara Walsh:**", "KURTI (interpreted):", "**Ivana Jovanović, Belgrade correspondent:**").
_LEAD = r"[\s*_>]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?[\s*_]*"
_COLON = r"(?:\*\*|__|\*|_)?(?:\s*\([^()\n]{1,60}\)|,[^,:\n]{1,40})?\s*(?:\*\*|__|\*|_)?:"
_LABEL_LEAD = re.compile(_LEAD)
#: The honorific of a hearing's label, "Mr. WHITCOMBE." (without it, only a person's name in
#: capitals is a label: "NATO. It said …" is no voice).
_HONORIFIC_LEAD = re.compile(_LEAD + r"(?P<hon>(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Hon|Chairman|Chairwoman)\.?\s+)?")
_LABEL_COLON = re.compile(_COLON)
#: A paragraph that opens with a voice's label: "**Merz:** …", "> 10:03 Merz: …", "KURTI: …".
_LINE_LABEL = re.compile(_LEAD + r"[A-ZÀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-Ž][\w'’.-]*){0,3}" + _COLON)


#: A person's office, an "it" that speaks for the person: "Lula's office", "Vučić's cabinet".
_OFFICE_OF_PERSON = re.compile(r"['’]s\s+(?:press\s+)?(?:office|cabinet|presidency|administration|campaign|team|"
                               r"secretariat|chancellery)(?![\w-])(?=[^\w'’-]|$)")


#: The turn passing to someone, who goes on to speak: "The next stop belongs to", "the floor went to".
_TO_PERSON = re.compile(r"(?<![\w-])(?:belongs?|belonged|belonging|went|goes|fell|falls|turned|turns|passed|passes|"
                        r"handed|left|was\s+left|is\s+left)\s+(?:over\s+)?to\s+(?:[A-Z][\w'’.-]*\s+){0,2}$")


#: Words an outlet passed on, before the name of their source: "carried a charge from ", "published
#: a statement by ", "aired an interview with "; or words that came from someone ("The first
#: answer came from ").
_CARRIED_FROM = re.compile(r"(?<![\w-])(?:" + v.CARRIED_WORDS + r"|(?:answer|statement|reply|response|reaction|"
                          r"retort|rebuttal|warning|message|letter|note|criticism|rebuke|threat)s?\s+came\s+"
                          r"(?:\w+ly\s+|first\s+|soon\s+)?from)\s+(?:the\s+)?$")


#: A relative named by a possessive ("his mother", "her late husband"): a person who is no actor.
_RELATIVE = re.compile(r"(?<![\w-])(?:his|her|their|my|our)\s+(?:late\s+)?(?:(?P<f>(?:grand)?mother|wife|daughter|"
                       r"sister|aunt|niece)|(?P<m>(?:grand)?father|husband|son|brother|uncle|nephew))s?(?![\w-])")


def _relative_before(ctx: ArticleContext, lo: int, pos: int, g: str) -> bool:
    """Whether a relative of gender ``g`` is named between ``lo`` and ``pos`` with no actor named
    after it: "told a story about his mother, who survived …; many of her relatives": her is the
    mother's."""
    if ctx.masked.find("h", lo, pos) < 0:
        return False
    found = [m for m in _RELATIVE.finditer(ctx.masked, lo, pos) if m.group(g)]
    return bool(found) and not any(x.kind in ("mention", "name") and x.person
                                   for x in ctx.cands_in(found[-1].end(), pos))


def relays(ctx: ArticleContext, reporter: str) -> bool:
    """Whether ``reporter`` only relays another's words ("Ashby reported that Vučić praised …"):
    someone who speaks for no side (a journalist, an analyst, one the registry does not know, a
    body's unnamed voice), not an actor of a side making a claim about another ("Szijjártó said
    Tusk warned him in private …", "Rama joked that Meloni praised his cooking": theirs)."""
    actor = ctx.reg.actors.get(reporter)
    return actor is None or actor.kind != "person" or not actor.affiliation


def _last_reporter(ctx: ArticleContext, si: int, c: Cand) -> str | None:
    """The subject of the last reporting verb of the sentence before ``c``'s ("…, the ministry
    said."), when no one is named after it; before the statements of reported speech are found."""
    from rhetoric.extract.clauses import subject_of

    prev = next(_told_before(ctx, si, 1), None)  # (a sentence wholly in quotes between does not count)
    if prev is None:
        return None
    verbs = list(v.SPEECH.finditer(ctx.masked, prev.start, prev.end))
    if not verbs:
        return None
    subj = subject_of(ctx, verbs[-1].start(), verbs[-1].end(), prev.start)
    if subj is not None and len(verbs) > 1 and v.RELAYED_SUBJECT_GAP.fullmatch(ctx.masked, verbs[-2].end(), subj.start):
        # ("Rama joked that Meloni praised his cooking. He also …": the one who told it, when an
        # actor of a side, not one who only relays, ``relays``)
        outer = subject_of(ctx, verbs[-2].start(), verbs[-2].end(), prev.start)
        if outer is not None and outer.kind in ("mention", "name") and not relays(ctx, outer.ref):
            subj = outer
    if subj is None or subj.kind not in ("mention", "name", "role") or \
            any(x.kind in ("mention", "name", "role") for x in ctx.cands_in(max(subj.end, verbs[-1].end()), c.start)):
        return None
    return subj.ref if subj.kind != "role" else _role_holder(ctx, subj)


#: A verb that goes on with what its subject was saying: "it added", "she went on".
#: A relative clause's opening right before a pronoun: "…, in which he", "during which she".
_IN_WHICH = re.compile(r"(?i)(?<![\w-])(?:in|during|at|on|with|through)\s+which\s+$")
_WORKS = (r"interview|speech|address|post|letter|article|statement|remarks|book|op-ed|message|tweet|video|communiqu[ée]|"
          r"podcast|lecture|press\s+conference|news\s+conference|briefing|appearance|testimony|thread|column|"
          r"essay|memo|broadcast|sermon|rally")
#: After a person: what makes that person the author of the text before "in which": "'s
#: (first) interview", "gave", "delivered".
_AUTHOR_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,4}?(?:" + _WORKS + r")(?![\w-])|"
                           r"\s+(?:had\s+)?(?:gave|made|delivered|wrote|posted|published|sent|held|granted|recorded)(?![\w-])")
#: Before a person: "the interview by", "a speech from".
_AUTHOR_BEFORE = re.compile(r"(?i)(?:" + _WORKS + r")\s+(?:by|from|of)\s+$")


def _author_before_which(ctx: ArticleContext, lo: int, pos: int) -> str | None:
    """The person named last before ``pos`` in [lo, pos) as the author of a text or a speech
    (``_AUTHOR_AFTER``, ``_AUTHOR_BEFORE``), else None."""
    people = [x for x in ctx.cands_in(lo, pos) if x.kind in ("mention", "name") and x.person or x.kind == "role"]
    for x in reversed(people):  # (not the one it was sent to: "the letter Merz sent to Orbán, in which he …")
        if _AUTHOR_AFTER.match(ctx.masked, x.end) or _AUTHOR_BEFORE.search(ctx.masked, max(lo, x.start - 40), x.start):
            # (an office too: "the Prime Minister's statement of May 18, in which he said": its holder)
            return x.ref if x.kind != "role" else _role_holder(ctx, x)
    return None


#: A capitalised word that may name someone, not a sentence's opening function word: what, before
#: a pronoun, may be its antecedent rather than the heading's person ("Lavrov responded in Moscow.
#: He said …" under "## Sikorski interview").
_NAME_LIKE = re.compile(r"(?<![\w'’-])(?!(?:A|An|The|This|That|These|Those|It|He|She|They|We|I|In|On|At|And|But|Or|So|"
                        r"Then|Yet|After|Before|When|While|Earlier|Later|Meanwhile|Asked|Speaking|According|However|"
                        r"Also|Still|Now|Today|Yesterday|Tonight|For|With|To|Of|By|From|As|If|Once|His|Her|Its|Their)\b)"
                        r"[A-ZÀ-Ž][a-zà-ž'’-]+")


def _someone_named(ctx: ArticleContext, lo: int, hi: int) -> bool:
    """Whether [lo, hi) names someone who may be a pronoun's antecedent: a capitalised word
    (``_NAME_LIKE``) that is no day or month and no part of a state's or a body's name ("Lavrov
    responded in Moscow. He said …"; not "A reporter asked about Ukraine on Sunday. He replied")."""
    text = ctx.masked[lo:hi]
    words = [w for w in _NAME_LIKE.finditer(text) if w.group() not in _CALENDAR_WORDS]
    if not words:
        return False
    bodies = [(mt.start, mt.end) for mt in ctx.reg.find_mentions(text) if not is_person(ctx, mt.actor)]
    return any(not any(a <= w.start() < b for a, b in bodies) for w in words)


_CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(calendar.month_name[1:])


#: A heading that asks what or why about a person ("What Havgaard wants", "Why Arnaq matters"): the
#: person is its topic, not one who acts in the text under it.
_ASKS_OF_PERSON = re.compile(r"[\s#*_\d.]*(?:What|Why|How|Who|Where|When|Whether)\b")
#: A verb right after the name in a heading, its subject: "Vučić has backed down", "Orbán softens",
#: "Tusk backed" (an auxiliary, or a word in "-s" or "-ed" before a word or the heading's end).
_ACTS_AFTER_NAME = re.compile(r"\s+(?:(?:has|had|is|was|will|would|did|does|can|could)\s+(?:not\s+)?[a-z]+|"
                              r"(?:also\s+|now\s+)?[a-z]{3,}(?:s|ed))(?=[\s*_?!.,]|$)")
#: A person's occasion for speaking right after the name in a heading: "Vučić press conference",
#: "Orbán's speech", "Tusk interview" (not a topic: "Merz's gamble", "The Orbán problem").
_OCCASION_AFTER_NAME = re.compile(r"(?:['’]s)?\s+(?:(?:radio|television|TV|video|televised|Facebook|weekly|morning|evening|"
                                  r"first|second|final|opening|closing|joint|New\s+Year|victory)\s+)?"  # ("Orbán's radio interview")
                                  r"(?:press\s+conference|news\s+conference|interview|speech|address|"
                                  r"remarks|statement|post|tweet|letter|briefing|op-ed|column|message|reply|answer)s?(?![\w-])")


_GOES_ON = re.compile(r"\s+(?:also\s+)?(?:added|adds|went\s+on|goes\s+on|continued|continues)(?![\w-])|"
                      # ("He also said …", "she also wrote": the one who spoke before, saying more)
                      r"\s+also\s+(?:said|says|told|tells|wrote|writes|argued|argues|insisted|insists|called|calls|"
                      r"described|describes|praised|praises|warned|warns|accused|accuses|urged|urges)(?![\w-])")


#: A verb right after a name, its apposition or the noun it owns: the name is (or owns) its
#: clause's subject ("Tusk said", "Kurti also wrote", "Merz, speaking in Berlin, was", "Orbán's
#: spokesman rejected").
_VERB_AFTER_NAME = re.compile(r"(?:['’]s\s+[a-z]+)?(?:,[^,.;:¤]{1,50},)?\s+(?:[a-z]+ly\s+|also\s+|then\s+)?"
                              r"(?:is|was|are|were|has|had|have|will|would|could|did|does|do|[a-z]{2,}(?:ed|s))(?![\w-])")


def _could_go_on(ctx: ArticleContext, x: Cand, ok) -> bool:
    """Whether a candidate named between a statement and "he added" could be the one who goes
    on: one the pronoun can refer to (``ok``), or an unresolved role, as its clause's subject (a
    verb after it)."""
    if x.kind == "role":
        return True
    verb = _VERB_AFTER_NAME.match(ctx.masked, x.end)
    # ("Orbán's spokesman rejected that. He added …": the spokesman, whom the owner stands for)
    return verb is not None and (ok(x.ref) or ctx.masked.startswith(("'s", "’s"), x.end))


#: A pronoun right after a name, between commas, before its reporting verb: "Erdoğan, he said, is …".
_PRONOUN_REPORTS_ON = re.compile(r",\s*(?P<p>he|she)(?= )")


def _reports(text: str, end: int, within: int = 14, after_quote: bool = False) -> bool:
    """Whether a reporting verb follows a word ending at ``end`` after one space ("he said", "it
    warned", "Tusk told"), beginning within ``within`` characters; ``after_quote``: a verb that
    reports only a quote too ('“…,” he posted')."""
    verbs = v.SPEECH_Q if after_quote else v.SPEECH
    return text[end:end + 1] == " " and next(verbs.finditer(text, end + 1, end + within), None) is not None


_EMPHASIS = " \t\n*_#:."


#: After the name a heading opens with: its role after a comma, a label after a dash or a bar,
#: no sentence ("Vjosa Osmani, President of Kosovo — Grade: B+", "Marko Đurić | Foreign Minister").
#: The bold of a heading that holds only the name closing right after it, a description after it
#: on the line: "**Marko Đurić.** *Medium humanoid (foreign minister).* AC 15", "**Dr Anna Vell** —
#: economist".
_BOLD_NAME_CLOSES = re.compile(r"[.,]?(?:\*\*|__)(?=\s|$)")
_AFTER_HEADING_NAME = re.compile(r"(?:,\s*[^,—–:|.!?]{2,60})?(?:\s*[—–|]\s*[^.!?]{1,40})?")


#: After a person's possessive, another voice or its words: "(Magyar)'s answer", "(Meloni)'s spokesman".
_VOICE_OF_OWNER = re.compile(r"['’]s\s+(?:\w+\s+)?(?:answer|reply|response|retort|rebuttal|statement|post|tweet|words|"
                             r"spokes(?:wo)?man|spokesperson|office|aide|adviser|advisor|press\s+secretary|ministry|"
                             r"government|team|camp|party)(?![\w-])")
#: A heading that opens an entry of a coded series: "**Question 6 · ", "### Card 12 — ".
_CODED_ENTRY = re.compile(r"[ \t#*_]*[A-Z][a-z]+[ \t]+#?\d{1,3}[a-z]?[ \t]*[·|—–:.)-]")
#: An entry's code before the name a heading opens with: "Card 3 · ", "#12 — ", "Entry 4: ", "7. ".
_HEADING_CODE = re.compile(r"(?:[A-Z][a-z]+\s+)?#?\d{1,3}[a-z]?(?:\s*[·—–:|.),-]\s*|"
                           # (or a catalogue's bare number, a sign perhaps after it: a sticker's "141 ★ ")
                           + v.AFTER_CATALOGUE_NUMBER + ")")


#: A capitalised word and the spaces after it: a title's word before a heading's name.
_TITLE_WORD = re.compile(r"([A-Z][a-z]+\.?)[ \t]+")
#: A capitalised word right before a point, a title's ("Prime |Minister |Albin Kurti").
_TITLE_BEFORE = re.compile(_TITLE_WORD.pattern + "$")


#: A heading that asks a question ("**What were you hoping for?**", "**Marks out of 10?**").
QUESTION_HEADING = re.compile(r"[ \t#*_]*[^\n]{2,80}\?[ \t*_]*")
#: After a section heading's name, what the words under it are about: " on RECEP TAYYIP", " on Erdoğan".
_ON_TOPIC = re.compile(r"\s+on\s+[^\n.!?:]{1,40}")


#: What parts a heading made of fields: " · ", " | ", " • ".
_HEADING_PARTS = re.compile(r"[·|•](?<=[ \t][·|•])[ \t]+")  # (the spaces before it stay with the part: ``_AFTER_PART_NAME``)
#: What may come before it: what the text is and whose, perhaps the person's office ("Post by the Home
#: Secretary, Priti Patel", "Statement from Vučić").
_BEFORE_PART_NAME = re.compile(r"(?:[A-Z][a-z]+(?:[ \t]+[a-z]+){0,2}[ \t]+(?:by|from)[ \t]+)?(?:the[ \t]+[^,·|•\n]{2,40},[ \t]*)?")
#: What may follow a person's name in such a part: their team or state in brackets, a role after a
#: comma ("Salvini (ITA)", "Osmani, President of Kosovo"), or the occasion of the words ("Chinese
#: Embassy, spokesperson's remarks"); not a comment, "Tusk, under pressure at home".
_AFTER_PART_NAME = re.compile(r"(?:[ \t]*\([^()\n]{1,30}\)|,[ \t]*(?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+(?:of|for|and|the|"
                              r"[A-Z][\w'’.-]*))*|"
                              # (a role in lower case, news style: "Lin Jian, spokesman of the Chinese foreign ministry")
                              r",[ \t]*(?:the[ \t]+)?(?:[a-z]+[ \t]+){0,2}(?:spokes(?:man|woman|person)|minister|leader|"
                              r"ambassador|envoy|president|chair(?:man|woman)?|secretary|director|head|chief|adviser|advisor|"
                              r"commander|deputy|mayor|governor|speaker)(?:[ \t]+(?:of|to|for)[ \t]+[^,·|•\n]{2,50})?|"
                              r",[ \t]*[^,·|•\n]{0,40}?(?i:remarks|statement|post|tweet|news\s+item|"
                              r"interview|speech|address|letter|message|" + v.OCCASION_NOUNS + r")[^,·|•\n]{0,20})?[ \t]*")


#: The kinds of actor a heading's field may give words to besides a person.
_SPEAKING_BODIES = frozenset({"organisation", "party", "group", "company", "force"})
#: … and a state named by the body that speaks for it: "Hungarian Government", "the Foreign Ministry".
_STATE_BODY_WORDS = re.compile(r"(?i)government|ministry|embassy|presidency|cabinet|chancellery|administration")


def _part_around(text: str, mt) -> str:
    """The field of a heading made of fields that holds the mention ``mt``, without the mention: ""
    when the field is the name alone."""
    lo = max(text.rfind(sep, 0, mt.start) for sep in "·|•") + 1
    hi = min([i for i in (text.find(sep, mt.end) for sep in "·|•") if i >= 0] or [len(text)])
    return (text[lo:mt.start] + text[mt.end:hi]).strip()


def _person_part(ctx: ArticleContext, text: str, named: list) -> str | None:
    """The one person a heading made of fields gives a field of its own, with at most a bracket or
    a role after the name, and what the text is before it ("Incident 1 · 31st minute · Salvini
    (ITA)", "14:05 · Brussels · Kurti", "Page 4 · Post by the Home Secretary, Priti Patel · …"),
    that person; None when the heading has no such field or names
    another person too ("Kurti · Vučić")."""
    if not named or _HEADING_PARTS.search(text) is None:
        return None
    persons = [mt for mt in named if is_person(ctx, mt.actor)]
    if not persons:
        # (or one body, an organisation that speaks, before the occasion of its words: "Page 8 ·
        # Chinese Embassy, spokesperson's remarks · …"; not a state, a place or an outlet)
        persons = [mt for mt in named if ctx.reg.actors[mt.actor].kind in _SPEAKING_BODIES or
                   ctx.reg.actors[mt.actor].kind == "state" and _STATE_BODY_WORDS.search(mt.text)]
        # (a place alone in a field of its own is no other voice: "Beijing · Chinese foreign ministry, …")
        others = [mt for mt in named if mt not in persons and _part_around(text, mt)]
        if len(persons) != 1 or others:
            return None
    if any(mt.actor != persons[0].actor for mt in persons):
        return None
    seps = list(_HEADING_PARTS.finditer(text))
    starts, ends = [0] + [m.end() for m in seps], [m.start() for m in seps] + [len(text)]
    mt = persons[-1]  # (the name after the office: "the Home Secretary, Priti Patel")
    if mt.start == 0 or not any(a <= mt.start < b and _BEFORE_PART_NAME.fullmatch(text, a, mt.start) and
                                _AFTER_PART_NAME.fullmatch(text, mt.end, b) for a, b in zip(starts, ends)):
        return None  # (a heading that opens with the name is read as before)
    return mt.actor


def _under_question(ctx: ArticleContext, passages: list, i: int) -> bool:
    """Whether passage ``i`` is text under a question's heading, with only such text between them."""
    while i >= 0 and passages[i].kind != "heading":
        i -= 1
    return i >= 0 and QUESTION_HEADING.fullmatch(ctx.body, passages[i].start, passages[i].end) is not None


def _heading_text(ctx: ArticleContext, p) -> tuple[str, list]:
    """A heading's text inside its emphasis, and the article's mentions in it, placed from its start
    (a given name too, "ALEKSANDAR"; else a registered person's candidate that opens it, an inverted
    name in capitals, ``mentions._inverted_names``)."""
    lo = p.start + len(ctx.body[p.start:p.end]) - len(ctx.body[p.start:p.end].lstrip(_EMPHASIS))
    text = ctx.body[lo:p.end].rstrip(_EMPHASIS)
    named = [Mention(mt.actor, mt.start - lo, mt.end - lo, mt.text) for mt in ctx.mentions_in(lo, lo + len(text))]
    if not named:  # (a registered person the candidates read where the registry's scan does not: "**DIOP, Abdoulaye**")
        named = [Mention(c.ref, c.start - lo, c.end - lo, c.text) for c in ctx.cands_in(lo, lo + len(text))
                 if c.kind == "mention" and c.ref in ctx.reg.actors and c.start == lo]
    return text, named


def heading_voice(ctx: ArticleContext, p, occasions: bool = True) -> str | None:
    """The person a heading names as the voice of the words under it: its name alone, perhaps
    after an entry's code and before a role, a label, a topic ("## Vučić on Erdoğan") or, with
    ``occasions``, the occasion of the words ("**Card 11 · Vučić's press conference**"); or one
    field of a heading made of fields (``_person_part``: "### Incident 1 · 31st minute · Salvini
    (ITA)"). None for a heading of a topic ("## Hungary", "## Orbán's veto", "## NATO and the east")."""
    return _voice_of(ctx, *_heading_text(ctx, p), occasions) or _office_part(ctx, p)


#: What may stand before an office in a heading's field: its office's or its press office's name
#: ("Office of the President of Serbia"), "the".
_OFFICE_OF = re.compile(r"[ \t]*(?:(?:the[ \t]+)?(?:Office|Cabinet|Press[ \t]+[Oo]ffice|Press[ \t]+[Ss]ervice|Chancellery)"
                        r"[ \t]+of[ \t]+)?(?:the[ \t]+)?")


#: A heading's code that names a text sent to the office in its field, not one from it.
_ADDRESSED_TEXT = re.compile(r"[ \t#*_]*(?i:petition|letter|question|request|complaint|appeal|query|inquiry|enquiry|"
                             r"application|motion|summons|invitation)s?(?![\w-])")


def _office_part(ctx: ArticleContext, p) -> str | None:
    """The one person the registry gives an office that is a whole field of a heading made of fields,
    perhaps after its office's name: "Comment 2 · Office of the President of Serbia · Received …"
    (a portal's comment by the President's office), "Item 4 · Minister of Foreign Affairs of Serbia";
    else None."""
    text, _named = _heading_text(ctx, p)
    if _HEADING_PARTS.search(text) is None or _ADDRESSED_TEXT.match(text):
        return None  # (nor a text sent to that office: "**Petition 118 · Office of the President of Moldova · …**")
    lo = p.start + len(ctx.body[p.start:p.end]) - len(ctx.body[p.start:p.end].lstrip(_EMPHASIS))
    seps = list(_HEADING_PARTS.finditer(text))
    bounds = list(zip([0] + [m.end() for m in seps], [m.start() for m in seps] + [len(text)]))
    found = set()
    for c in ctx.cands_in(lo, lo + len(text)):
        if c.kind != "role":
            continue
        part = next(((a, b) for a, b in bounds if a <= c.start - lo < b), None)
        if part is None or c.end - lo > part[1] or text[c.end - lo:part[1]].strip() or \
                not _OFFICE_OF.fullmatch(text, part[0], c.start - lo):
            continue
        if (spk := resolve(ctx, c)) is not None and is_person(ctx, spk):
            found.add(spk)
    return found.pop() if len(found) == 1 else None


def _voice_of(ctx: ArticleContext, text: str, named: list, occasions: bool) -> str | None:
    """``heading_voice`` of a heading's text and the mentions in it (``_heading_text``)."""
    # (perhaps after the entry's code: "**Card 3 · Kurti on Facebook**", "### 12 — Vučić's press conference")
    at = 0
    while (code := _HEADING_CODE.match(text, at)) is not None and code.end() > at:
        at = code.end()  # (and a second one: "7. Para 6, Osmani")
    # (and after the person's title, unless the title is part of the alias found there, "## President
    # Vučić": "**1. General Abdourahamane Tiani, head of …**", "**President Bola Tinubu**")
    while not (named and named[0].start == at) and (title := _TITLE_WORD.match(text, at)) is not None and \
            title.group(1).lower() in v.TITLE_WORDS:
        at = title.end()
    if (part := _person_part(ctx, text, named)) is not None:
        return part
    if named and named[0].start == at and is_person(ctx, named[0].actor) and \
            (named[0].end == len(text) or _BOLD_NAME_CLOSES.match(text, named[0].end) and
             not any(is_person(ctx, mt.actor) for mt in named[1:]) or
             _AFTER_HEADING_NAME.fullmatch(text, named[0].end) and
             not any(is_person(ctx, mt.actor) for mt in named[1:]) or
             _ON_TOPIC.fullmatch(text, named[0].end) or
             occasions and (occasion := _OCCASION_AFTER_NAME.match(text, named[0].end)) is not None and
             _AFTER_HEADING_NAME.fullmatch(text, occasion.end()) and
             not any(is_person(ctx, mt.actor) for mt in named[1:])):
        # ("**ALEKSANDAR on RECEP TAYYIP**", "## Vučić on Erdoğan": the one speaking, then the topic)
        # (or the name with its role and a label: "**Vjosa Osmani, President of Kosovo — Grade: B+**")
        return named[0].actor
    if occasions and named and is_person(ctx, named[0].actor) and _OCCASION_BY.fullmatch(text, at, named[0].start) and \
            _WHERE_WHEN_AFTER.fullmatch(text, named[0].end) and not any(is_person(ctx, mt.actor) for mt in named[1:]):
        return named[0].actor  # ("Press conference by Aleksandar Vučić, Thursday 9 October", "Given a post by … on X at 17:14")
    return None


#: An occasion of someone's words by its noun before "by" and their name, in a heading
#: (``vocabulary.OCCASION_BY``), an office before the name too: "Statement from the Foreign Minister, ".
_OCCASION_BY = re.compile(r"[ \t]*" + v.OCCASION_BY + r"(?:the[ \t]+[^,\n]{2,40},[ \t]*)?")
#: What may follow the name there: where and when ("on X at 17:14 on Wednesday 8 October 2025", ", 9 October").
_WHERE_WHEN_AFTER = re.compile(r"(?:[ \t]+(?:on|at|in|via)[ \t]+[^.!?\n]{1,80}|,[ \t]*[^.!?\n]{1,60})?[ \t]*")


def another_voice_heading(ctx: ArticleContext, lo: int, hi: int, speaker: str, fields_only: bool = False) -> int | None:
    """Where the first Markdown heading ("#") in [lo, hi) that names a voice other than ``speaker``
    starts (``heading_voice``), else None: there a turn, a blockquote's voice or a quote's
    continuation ends ("### Page 7 · Chinese Embassy in the UK, ambassador's news conference"); a
    topic's heading does not end them ("## Hungary", "## Orbán's veto"). With ``fields_only`` (an
    interview's turns) only a heading made of fields counts: the editors' "## Donald Tusk" over an
    answer is its topic."""
    for p in ctx.headings_in(lo, hi):
        if not ctx.body.startswith("#", p.start) and _HEADING_PARTS.search(ctx.body, p.start, p.end) is None:
            continue  # (a "#" heading, or one made of fields: "**Comment 2 · Office of the President … · …**")
        voice = _person_part(ctx, *_heading_text(ctx, p)) if fields_only else heading_voice(ctx, p)
        if voice is not None and voice != speaker:
            return p.start
        if voice is None and not ctx.body.startswith("#", p.start) and _CODED_ENTRY.match(ctx.body, p.start, p.end):
            return p.start  # (an entry of its own whose voice no rule reads: "**Comment 3 · Spokeswoman of … · …**")
    return None


#: A run-in head in bold opening a paragraph, its stop or colon inside or after the bold: "**Marko
#: Đurić.** *Medium humanoid …*", "**7. Para 6, Osmani.** AMBER. …", "**Vučić, second form.** …".
_RUN_IN_HEAD = re.compile(r"[ \t>]*(?:[-*•][ \t]+)?\*\*(?P<text>[^*\n]{2,80}?)[.:]?\*\*[.:]?(?=[ \t])")


def _run_in_voice(ctx: ArticleContext, pos: int, occasions: bool) -> tuple[str, int] | None:
    """The person the bold run-in head of ``pos``'s paragraph names as its voice (``_voice_of``: a
    who's who's or a game's entry, "**Marko Đurić.** …", an item of a numbered read, "**7. Para 6,
    Osmani.** …"; a character's label that is the person's own name, "**[RECEP]**", or that the head
    says is "Based on" someone), and where the head ends, when ``pos`` is after it; else None."""
    para = ctx.paras[ctx.para_index(pos)]
    if "**" not in ctx.body[para.start:para.start + 8]:
        return None
    return _bold_head_voice(ctx, para, pos, occasions)


def _bold_head_voice(ctx: ArticleContext, para, pos: int, occasions: bool) -> tuple[str, int] | None:
    """``_run_in_voice`` of a passage, a paragraph or a heading line ("**0607 CLIP 2 · OSMANI** · X
    post, last night · DUR 0'19\"")."""
    m = _RUN_IN_HEAD.match(ctx.body, para.start)
    if m is None or m.end() > pos:
        return None
    lo, text = m.start("text"), m.group("text")
    named = [Mention(mt.actor, mt.start - lo, mt.end - lo, mt.text) for mt in ctx.mentions_in(lo, lo + len(text))]
    voice = _voice_of(ctx, text, named, occasions)
    if voice is None and len(named) == 1 and text.strip(" []()") == named[0].text and is_person(ctx, named[0].actor):
        voice = named[0].actor  # ("**[RECEP]**": a character's label that is the person's own name)
    if voice is None and (based := _BASED_ON.search(ctx.masked, m.end(), min(pos, para.end))) is not None:
        # ("**[ALEKSANDAR]** Male, 50 to 60. LEAD. Based on Aleksandar Vučić, President of Serbia.": a
        # character's entry, the real person its label stands for)
        voice = next((mt.actor for mt in ctx.mentions_in(based.end(), based.end() + 40) if mt.start == based.end()), None)
    return (voice, m.end()) if voice is not None and is_person(ctx, voice) else None


#: How many lines under a bold head, in its block, its person voices (``block_head``).
_BLOCK_LINES = 8
#: What ties a character's entry to the real person it portrays: "Based on ", "Modelled on ", "Inspired by ".
_BASED_ON = re.compile(r"(?<![\w-])(?:[Bb]ased|[Mm]odell?ed|[Ii]nspired)[ \t]+(?:closely[ \t]+|loosely[ \t]+)?(?:on|by)[ \t]+")


#: A paragraph that opens with an entry's label, no verb in it: perhaps a place or a rank, then a
#: person's possessive and the title of their words in capitals, perhaps a note in brackets, then a
#: full stop: "1st Vučić's APPALLED (X, whelped 8.10.25, Belgrade, 17:14).", "2nd Suljagić's DENIAL.",
#: "3rd Mohammed bin Abdulrahman's MADE TO BE REJECTED (…)." (a name's particles in lower case)
_OWNERS_ENTRY = re.compile(r"[ \t>]*(?:[-*•][ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?\.?(?:[ \t]+(?:and|&)[ \t]+[A-Z][A-Z ]{2,30},)?[ \t]+)?"
                           r"(?P<owner>[A-ZÀ-Ž][^\s.,;:!?'’]*(?:[ \t]+(?:(?:bin|bint|ibn|al|el|de|da|di|del|der|van|von|dos|du|la|le)[ \t]+)?"
                           r"[A-ZÀ-Ž][^\s.,;:!?'’]*){0,3})['’]s[ \t]+"
                           r"(?P<title>[A-Z][A-Z0-9 '’-]{2,40})(?:[ \t]*\([^()\n]{0,80}\))?[.:](?=[ \t]|$)")


def block_head(ctx: ArticleContext, start: int):
    """The bold head, a heading or a paragraph opening in bold, that the text lines from it down to
    the paragraph at ``start`` hang under, no blank line between them (one block, a few lines at
    most) and no person named on the lines between, else None."""
    passages = ctx.article.passages
    k = _passage_at(ctx, start)
    if k is None or passages[k].start != start or passages[k].kind != "text":
        return None  # (not a list's item: an outline's branches are ``outlines``')
    for back in range(1, _BLOCK_LINES + 1):
        prev = passages[k - back] if k - back >= 0 else None
        if prev is None or "\n\n" in ctx.body[prev.end:passages[k - back + 1].start] or prev.kind not in ("text", "heading"):
            return None  # (a blank line or a list: another block)
        if ctx.body.startswith("**", prev.start) or ctx.body.startswith("**", prev.start + 1):
            return prev
        if any(c.kind in ("mention", "name", "pronoun") and c.person for c in ctx.cands_in(prev.start, prev.end)):
            return None  # (a line between that brings in someone: "Somalia's prime minister Roble answered her.")
    return None


def owners_entry(ctx: ArticleContext, start: int, pos: int):
    """The person whose words an entry's label at its paragraph's opening titles (``_OWNERS_ENTRY``:
    a show's or a ranking's entry, "1st Vučić's APPALLED (X, …)."), or a bold run-in head names
    (``_run_in_voice``), where the label ends, and the bold head of the block the paragraph is a line
    under (``block_head``, else None), when ``pos`` is after the label; else None."""
    if "**" in ctx.body[start:start + 8]:
        voiced = _run_in_voice(ctx, pos, False)  # ("**[ALEKSANDAR]** … Based on Aleksandar Vučić, …": a bold head's)
        return (*voiced, None) if voiced is not None else None
    if (head := block_head(ctx, start)) is not None:
        # (a line under a bold head in the same block, no blank line between: "Sides, Ep. 1, Sc. 12 (X
        # post, …): “…”" under "**[ALEKSANDAR]** … Based on Aleksandar Vučić"; "OUT: “…”" under "**CLIP 1 · VUČIĆ**")
        if head.kind == "heading":  # ("**CLIP 1 · ERDOĞAN**" on a line of its own, perhaps with fields after it)
            voice = heading_voice(ctx, head, occasions=False) or \
                next(iter(_bold_head_voice(ctx, head, head.end, False) or ()), None)
            return (voice, start, head) if voice is not None and is_person(ctx, voice) else None
        voiced = _run_in_voice(ctx, head.end - 1, False)
        return (voiced[0], start, head) if voiced is not None else None
    labelled = entry_label(ctx, start, pos)
    return (*labelled, None) if labelled is not None else None


def entry_label(ctx: ArticleContext, start: int, pos: int) -> tuple[str, int] | None:
    """The person an entry's label at the paragraph's opening ``start`` titles the words of
    (``_OWNERS_ENTRY``), and where the label ends, when ``pos`` is after it; else None."""
    m = _OWNERS_ENTRY.match(ctx.body, start)
    if m is None or m.end() > pos or not m.group("title").strip(" '’-").isupper():
        return None
    owner = next((mt.actor for mt in ctx.mentions_in(m.start("owner"), m.end("owner"))
                  if mt.end == m.end("owner")), None)
    return (owner, m.end()) if owner is not None and is_person(ctx, owner) else None


def section_person(ctx: ArticleContext, pos: int, occasions: bool = False) -> tuple[str | None, bool]:
    """``section_voice_heading`` without the heading."""
    return section_voice_heading(ctx, pos, occasions)[:2]


#: A field of a record's heading that says the record goes on from the one before: "Same post,
#: continued", "Same press conference", "Ibid.", "Ditto" (a review's or a log's segments).
_SAME_RECORD = re.compile(r"[ \t]*(?:(?i:same)[ \t]+[a-z][a-z ]{1,30}(?:,[ \t]*(?:continued|cont(?:['’]?d)?\.?))?|"
                          r"(?i:ibid\.?|ditto|idem)|(?i:continued|cont(?:['’]?d)?\.?))[ \t.*_]*")


def _same_record(text: str) -> bool:
    """Whether a heading made of fields has a field that sends back to the record before it
    (``_SAME_RECORD``) and no other field but its code."""
    fields = _HEADING_PARTS.split(text)
    return len(fields) >= 2 and _SAME_RECORD.fullmatch(fields[-1]) is not None and len(fields) <= 3


def heading_day_fields(ctx: ArticleContext, p) -> list[tuple[int, int]]:
    """The spans of a heading's fields after its first that hold a figure, when the heading is made
    of fields ("**Seg. 01** · President of Serbia · X · Wed 08.10.2025, 17:14": the last): where the
    record's words are dated, as a note after them would date them; [] for any other heading."""
    lo = p.start + len(ctx.body[p.start:p.end]) - len(ctx.body[p.start:p.end].lstrip(_EMPHASIS))
    text = ctx.body[lo:p.end].rstrip(_EMPHASIS)
    seps = list(_HEADING_PARTS.finditer(text))
    return [(lo + a, lo + b) for a, b in zip([m.end() for m in seps], [m.start() for m in seps[1:]] + [len(text)])
            if any(ch.isdigit() for ch in text[a:b])]


def section_voice_heading(ctx: ArticleContext, pos: int, occasions: bool = False) -> tuple[str | None, bool, object]:
    """The person whose name alone makes a heading of the headings that open the section of
    ``pos`` (a who's who: "**Marko Đurić**" over "*Foreign Minister of Serbia*"), or the body of
    one person a heading names by role ("**The NATO official**": nato, and True), when no person
    is named in the section before ``pos``; else (None, False). The name may follow an entry's code
    and come before a topic or a channel ("**Card 3 · Kurti on Facebook**"); with ``occasions``,
    before the occasion of its words too ("**Card 11 · Vučić's press conference**": the quotes of
    its entry; a pronoun under such a heading is resolution step 1c's, which asks more). A heading
    made of fields gives its one person's, or one speaking body's, field (``heading_voice``:
    "### Page 8 · Chinese Embassy, spokesperson's remarks · …": the body, and False). A bold run-in
    head that opens ``pos``'s own paragraph and names one person ("- **Attaf** worked the phones …",
    ``_run_in_voice``) comes first, the paragraph its section. A record's heading whose field sends
    back to the record before ("**Seg. 03** · Same press conference", ``_same_record``) has that
    record's heading's voice. The third value is the heading that gives the voice, if any."""
    passages = ctx.article.passages
    person, of_body, voiced = None, False, None
    if (run_in := _run_in_voice(ctx, pos, occasions)) is not None:
        person, section_start, i = run_in[0], run_in[1], -1  # (the entry's own head: no heading above read)
    else:
        i = next((k for k in range(len(passages) - 1, -1, -1) if passages[k].start <= pos), None)
        while i is not None and i >= 0 and passages[i].kind != "heading":
            i -= 1
        if i is None or i < 0 or passages[i].end > pos:
            return None, False, None
        section_start = passages[i].end
    while i >= 0 and (passages[i].kind == "heading" or _under_question(ctx, passages, i)):
        # (past the questions of a questionnaire and the answers under them, to the heading of whose
        # answers they are: "**ALEKSANDAR on RECEP TAYYIP**" over "**First impressions?**" and its answer)
        if passages[i].kind != "heading" or QUESTION_HEADING.fullmatch(ctx.body, passages[i].start, passages[i].end):
            if passages[i].kind == "heading" and _CODED_ENTRY.match(ctx.body, passages[i].start, passages[i].end):
                return None, False, None  # (an entry of its own, "**Question 6 · True or false?**": no voice from the one before)
            i -= 1
            continue
        text, named = _heading_text(ctx, passages[i])
        if not named and _same_record(text):
            k = i - 1  # (to the heading of the record before, past its text)
            while k >= 0 and passages[k].kind != "heading":
                k -= 1
            if k >= 0 and _HEADING_PARTS.search(_heading_text(ctx, passages[k])[0]) is not None:
                i = k
                continue
        if (voice := _voice_of(ctx, text, named, occasions) or _office_part(ctx, passages[i])) is not None:
            person, voiced = voice, passages[i]
            # (the text under it before ``pos``, past the questions and earlier answers: "**Orbán on
            # migration**" over "**Who else spoke?** Tusk addressed the summit." names another)
            answers = [(q.start, q.end) for q in passages[i + 1:] if q.kind != "heading" and q.end <= pos]
            # (not the person again, by name or office: a who's who's "President of Serbia. Press service only.")
            if any((x.kind in ("mention", "name") and x.person or x.kind == "role" and not v.text_noun(x)) and
                   not ctx.masked.startswith(("'s", "’s"), x.end) and not ctx.in_quote(x.start) and
                   ctx.body.rfind("[", a, x.start) <= ctx.body.rfind("]", a, x.start) and  # (not in a note: "*[WDR Europaforum, 26 May]*")
                   resolve(ctx, x) != voice
                   for a, b in answers for x in ctx.cands_in(a, b)):
                return None, False, None
            break
        if v.CATALOGUE_LINE.match(ctx.body, passages[i].start, passages[i].end) and \
                any(x.kind == "name" and x.person for x in ctx.cands_in(passages[i].start, passages[i].end)):
            return None, False, None  # (a card of its own for someone the registry lacks, "**29 Adm. Sandy
            # Woodward** · …": no voice from the card above it)
        role = _ONE_OF_BODY.fullmatch(text)
        if role is not None and len(named) == 1 and named[0].start >= role.start("body") and \
                not is_person(ctx, named[0].actor):
            holders = [a for a in role_candidates(ctx.reg, text, None) if is_person(ctx, a)]
            # (the one person of that role the registry has, "The Kremlin spokesman": Peskov)
            person, of_body = (holders[0], False) if len(holders) == 1 else (named[0].actor, True)
            voiced = passages[i]
            break
        i -= 1
    if person is None:
        return None, False, None
    sent = ctx.sents[ctx.sent_index(pos)]
    # (nor when the section names another person before it, by name or role ("Poland's foreign
    # minister backed him. He said …"; not the person again; a possessive is no subject: "Within hours of Vučić's post
    # she answered"), or the pronoun's sentence names its speaker after it ("She said …, Valtonen
    # told reporters")
    for x in ctx.cands_in(section_start, pos):
        if (x.kind in ("mention", "name") and x.person or x.kind == "role" and not v.text_noun(x)) and \
                (not ctx.masked.startswith(("'s", "’s"), x.end) or _VOICE_OF_OWNER.match(ctx.masked, x.end)) and \
                not ctx.in_quote(x.start) and resolve(ctx, x) != person:
            return None, False, None  # (a possessive too when it gives another's voice: "Magyar's answer came …")
    if _teller_after(ctx, pos + 1, sent.end):
        return None, False, None
    return person, of_body, voiced


#: A record's field that names whose words the entry holds: "**Who:** Aleksandar Vučić, President
#: of Serbia", "*Who:* Tony Burke, again. *When:* Monday.", "Speaker: …", "Said by: …".
_WHO_FIELD_LINE = re.compile(r"[ \t>]*(?:\*\*|__|\*|_)?(?P<label>Who|Speaker|Said\s+by|Made\s+by|Source|Attributed\s+to)\s*:"
                             r"(?:\*\*|__|\*|_)?[ \t]+(?=\S)")
#: The labels of a field that names a record's source, not its speaker alone (``who_field``).
_SOURCE_LABELS = {"Source", "Attributed to"}
#: An outlet's field going on to whom it quotes: ", quoting", " citing".
_QUOTING = re.compile(r"[ \t,]+(?:quoting|citing|interview\s+with)\s+")
#: What may stand before the one an outlet quotes: "an unnamed", "a senior".
_UNNAMED_WORDS = {"", "a", "an", "the", "one", "an unnamed", "an anonymous", "a senior", "a senior unnamed"}
#: Any field of a record: "**Made:** …", "**Rating: KEPT**", "*Sharpness: 2.*".
_FIELD_LINE = re.compile(r"[ \t>]*(?:\*\*|__|\*|_)?[A-Z][A-Za-z ]{1,30}:")
#: A sentence whose subject is someone new and unnamed: "A farmer from Lublin …", "One pensioner
#: …", "An EU diplomat …", "Another official …".
SOMEONE_NEW = re.compile(r"[\s*_\"“]*(?:(?:On|In|At|By|After)\s[^,]{1,40},\s+)?(?:An?|One|Another)\s")
#: How many passages above a position its entry's "Who:" field may stand, at most.
WHO_FIELD_PASSAGES = 6


def who_field(ctx: ArticleContext, pos: int) -> tuple[str, int, int] | None:
    """The one the "Who:" field of ``pos``'s entry names (a promise tracker's, a countdown's
    record: "**Who:** Vjosa Osmani, President of Kosovo" over "**Made:** …" and the entry's
    text), resolved, with the field's span; None when a heading or a list item that is not a
    field (the entry's title) comes first, going up, or holds ``pos``."""
    passages = ctx.article.passages
    i = _passage_at(ctx, pos)
    if i is None or passages[i].kind in ("heading", "bullet") and not _FIELD_LINE.match(ctx.body, passages[i].start):
        return None
    for k in range(i - 1, max(-1, i - 1 - WHO_FIELD_PASSAGES), -1):
        p = passages[k]
        if (found := _person_field(ctx, k, i)) is not None:
            return found
        if (m := _WHO_FIELD_LINE.match(ctx.body, p.start, p.end)) is not None:
            if m.group("label") in _SOURCE_LABELS and \
                    not all(_FIELD_LINE.match(ctx.body, passages[j].start, passages[j].end) for j in range(k + 1, i + 1)):
                return None  # (a source is a record's field only over its other fields: "Source:" over "Content: “…”",
                # not an article's "Source: Hungarian government" over its paragraphs)
            cands = [c for c in ctx.cands_in(m.end(), p.end) if c.kind in ("mention", "name", "role")]
            x = cands[0] if cands else None
            if x is None or ctx.masked[m.end():x.start].strip(" *_").lower() not in ("", "a", "an", "the"):
                return None
            ref = resolve(ctx, x)
            if ref in ctx.reg.actors and ctx.reg.actors[ref].kind == "media":  # an outlet is the channel, not the one who spoke:
                # (a name the registry lacks, "Source: Aloysius Taborat", is kept as it is)
                # "Source: Radio Free Europe, quoting an unnamed NATO official" is the official's
                q = _QUOTING.match(ctx.masked, x.end, p.end)
                y = next((c for c in cands[1:] if q is not None and c.start >= q.end()), None)
                ref = resolve(ctx, y) if y is not None and ctx.masked[q.end():y.start].strip().lower() in _UNNAMED_WORDS else None
            return (ref, p.start, p.end) if ref else None
        if p.kind == "heading" and QUOTE_FIELD_LABEL.match(ctx.body, passages[i].start, passages[i].end) and \
                all(_FIELD_LINE.match(ctx.body, passages[j].start, passages[j].end) and
                    not _OTHERS_FIELD.match(ctx.body, passages[j].start, passages[j].end) for j in range(k + 1, i)) and \
                (named := _name_heading(ctx, p)) is not None:
            # ("**Dr Jelena Marić**, Senior Lecturer" over "*Can speak to:* …" and "*Quote:* “…”"; not past a
            # field of others, "*Criticised by:* the Polish government")
            return named, p.start, p.end
        if p.kind in ("heading", "bullet") and not _FIELD_LINE.match(ctx.body, p.start, p.end):
            return None
    return None


#: What may stand before a record's heading's name: markup and a title ("**Dr ", "Prof. ").
_RECORD_TITLE_BEFORE = re.compile(r"[ \t#*_]*(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame|Rev)\.?[ \t]+)?")
#: … and after it: markup, then the person's role after a comma ("**, Senior Lecturer in …").
_RECORD_ROLE_AFTER = re.compile(r"[*_]*(?:[ \t]*,[ \t]*[^¤:;.!?\"“”\n]{1,100})?[ \t*_]*")


def _name_heading(ctx: ArticleContext, p) -> str | None:
    """The person a record's heading names and nothing more but a title and a role ("**Dr Jelena
    Marić**, Senior Lecturer in Security Studies", "**Prof. Emre Yalçın**"), resolved; else None."""
    x = next((c for c in ctx.cands_in(p.start, p.end) if c.kind in ("mention", "name", "role")), None)
    if x is None or x.kind == "role" or not x.person or x.channel or \
            not _RECORD_TITLE_BEFORE.fullmatch(ctx.masked, p.start, x.start) or \
            not _RECORD_ROLE_AFTER.fullmatch(ctx.masked, x.end, p.end):
        return None
    return resolve(ctx, x)


#: The labels of a field that names whom a record is about or to, where or through what, not
#: who speaks in it ("Target: Turkey", "To: Ankara", "Channel: RTS").
_NOT_WHO_LABELS = re.compile(r"(?i)(?:target|subject|topic|about|re|regarding|to|addressee|recipient|against|victim|"
                             r"opponent|rival|versus|vs|mentions?|mentioned|country|countries|region|location|place|"
                             r"venue|where|channel|outlet|platform|medium|via|publication|publisher|host|interviewer|"
                             r"reporter|moderator|asked\s+by|question|photo|picture|image|credit|translator|editor|"
                             r"copy|filed\s+by|byline|see\s+also|related|compare|next|previous|owner|reader|voter|"
                             # (the words themselves, a wall's, a sign's: "Text: MALI SMO, ALI SMO RAZUMELI")
                             r"text|inscription|slogan|caption|legend|motto|lettering|graffiti|banner|placard|wording)")
#: The label of a field that names one acted upon, not the one whose words the record holds:
#: a participle ("Pictured:", "Listed:", "Summoned:", "Criticised:", "Accused:", "Wanted:"; not
#: "Signed:", "Posted:", "Quoted:", "Voiced:"), or such a role's noun ("Nominee:", "Defendant:").
_ACTED_ON_LABEL = re.compile(r"(?i)^(?!(?:signed|posted|quoted|voiced|narrated|recorded)$)[a-z]{4,}ed$|"
                             r"(?<![\w-])(?:nominee|defendant|suspect|victim|honou?ree|candidate|target|subject|sitter|winner|laureate|awardee|"
                             r"portrait|featuring|starring)(?![\w-])")
#: The label of the quote's own field when it names another's text: "*Ministry statement:*",
#: "*Prosecution case:*", "*Police appeal:*", "*Citation:*", "*Charge:*", "*Reason given:*".
_OTHERS_TEXT_LABEL = re.compile(r"(?i)(?<![\w-])(?:statement|case|appeal|citation|charge|charges|reason|ruling|verdict|"
                                r"judge?ment|finding|findings|communiqu[eé]|notice|order|warrant|indictment|complaint|"
                                r"caption|motto|slogan|inscription\s+by)(?![\w-])")
#: A record's field that names its author in its own words ("*By:* Péter Szijjártó", "Source:",
#: "Speaker:"): the record's speaker is that one's, not its first field's.
_AUTHOR_LABEL = re.compile(r"[ \t>]*(?:[-*•][ \t]+)?(?:\*\*|__|\*|_)?(?i:by|source|speaker|author|said\s+by|"
                           r"quoted|who|attributed\s+to|from)[ \t]*:")
#: What may follow the one a record's person field names: a description after a comma, a dash or
#: in brackets ("Albin Kurti, acting Prime Minister of Kosovo", "an unnamed NATO official, to
#: Radio Free Europe"), or that it is the same one again ("Vučić again").
_PERSON_FIELD_REST = re.compile(r"[ \t*_]*(?:[,(—–;]|-\s|(?:again|too|also|once\s+more)\b[ \t*_.]*$|[.]?[ \t*_]*$)")
#: A reader's name before the one whose words are read, in a record's field: "Arta L., reading ",
#: "the actor Pablo Suárez reads ", "Marko D. voicing ".
_READER_OF = re.compile(r"[ \t*_]*[^,;:()\n“”\"]{2,40}?,?[ \t]+(?:reading|reads|voicing|voices|read\s+the\s+words\s+of)[ \t]+"
                        r"(?=(?:the\s+)?[A-ZÀ-Ž])")  # (a name after it: not "Maria Zakharova, reads a statement")
#: The kinds of actor a record's field of any label may name as its person (not a state or a
#: place, which a "Country:" field names, nor an outlet, which is the channel).
_PERSON_FIELD_KINDS = {"person", "organisation", "force", "group", "party", "company"}
#: A record's field that names others than its person, who may be the ones quoted: "*Criticised
#: by:* …", "**Interviewer:** …", "**Target:** …" (not its topic, "*Topic:* Transport links").
_OTHERS_FIELD = re.compile(r"[ \t>]*(?:\*\*|__|\*|_)?(?:[A-Z][A-Za-z ]{0,30}\s+by|(?i:interviewer|reporter|moderator|host|"
                           r"translator|reader|voice|critic|opponent|rival|target|addressee))(?:\*\*|__|\*|_)?\s*:")


def others_text_field(ctx: ArticleContext, pos: int) -> bool:
    """Whether the paragraph at ``pos`` opens with a field whose label names another's text ("*Citation:*
    “…”", "*Charge:*", ``_OTHERS_TEXT_LABEL``)."""
    para = ctx.paras[ctx.para_index(pos)]
    own = v.FIELD_LABEL.match(ctx.body, para.start, para.end)
    return own is not None and own.start("label") < pos and _OTHERS_TEXT_LABEL.search(own.group("label")) is not None


def not_who_label(label: str) -> bool:
    """Whether a record field's label names a topic, a place, a channel, one acted upon or the
    record's examiner, not the one whose words the record holds ("Target", "Venue", "Nominee",
    "Criticised by", "Evaluator")."""
    return _NOT_WHO_LABELS.fullmatch(label) is not None or _ACTED_ON_LABEL.search(label) is not None or \
        examiner_label(label)


def examiner_label(label: str) -> bool:
    """Whether a record field's label names whoever examined, judged or filed the record
    ("Evaluator", "Adjudicator", "Logged by"): the record's author, not the one whose words it holds."""
    return _EXAMINER_LABEL.fullmatch(label.strip()) is not None


#: The label of a record's field that names whoever examined or filed it: "Evaluator:", "Scout:",
#: "Filed by:" (the record's author, not the one whose words it holds).
EXAMINER_WORDS = (r"evaluator|reviewer|examiner|assessor|auditor|adjudicator|judge|referee|umpire|scout|rater|grader|"
                  r"marker|checker|compiler|clerk|(?:filed|compiled|checked|logged|entered|marked)\s+by")
_EXAMINER_LABEL = re.compile(r"(?i)(?:" + EXAMINER_WORDS + r")")


def _person_field(ctx: ArticleContext, k: int, i: int) -> tuple[str, int, int] | None:
    """The one a record's first field names when its value is only that one and a description
    ("*Producer:* Albin Kurti, acting Prime Minister of Kosovo", "*Trainer:* Ministry of
    Information, Asmara", "*Producer:* Vučić again"), whatever its label, over the field lines
    down to passage ``i`` (a tasting note's lot, a racecard's runner): resolved, with the field's
    span; None when passage ``k`` is no such field (its label names a topic, a place, a channel,
    one acted upon or an examiner, ``not_who_label``; it holds a quote; a field line
    stands right above it; a line between is no field, stands apart, names the record's author,
    ``_AUTHOR_LABEL``, or its examiner, ``examiner_label``, or another person; the quote's own field holds
    another's text,
    ``_OTHERS_TEXT_LABEL``)."""
    passages = ctx.article.passages
    p = passages[k]
    m = v.FIELD_LABEL.match(ctx.body, p.start, p.end)
    if m is None or not_who_label(m.group("label")) or _WHO_FIELD_LINE.match(ctx.body, p.start, p.end) or \
            (own := v.FIELD_LABEL.match(ctx.body, passages[i].start, passages[i].end)) is not None and \
            _OTHERS_TEXT_LABEL.search(own.group("label")) or \
            any(_AUTHOR_LABEL.match(ctx.body, passages[j].start, passages[j].end) or
                (f := v.FIELD_LABEL.match(ctx.body, passages[j].start, passages[j].end)) is not None and
                examiner_label(f.group("label")) for j in range(k + 1, i + 1)) or \
            k > 0 and _FIELD_LINE.match(ctx.body, passages[k - 1].start, passages[k - 1].end) and \
            ctx.body[passages[k - 1].end:p.start] == "\n" or \
            not all(_FIELD_LINE.match(ctx.body, passages[j].start, passages[j].end) and
                    ctx.body[passages[j - 1].end:passages[j].start] == "\n" for j in range(k + 1, i + 1)) or \
            any(q in ctx.body[m.end():p.end] for q in "\"“"):
        return None  # (the record's lines, one right under the other; the field names, it quotes nothing)
    lo = m.end()
    if (reader := _READER_OF.match(ctx.masked, lo, p.end)) is not None and \
            (read := next(iter(ctx.cands_in(reader.end(), p.end)), None)) is not None and read.start == reader.end() and \
            read.kind in ("mention", "name") and read.person and _PERSON_FIELD_REST.match(ctx.masked, read.end, p.end):
        lo = reader.end()  # ("*Voice:* Arta L., reading Vjosa Osmani (X, 8.10.2025)": the one read; not
        # "Donald Tusk, reading the Polish government's statement": the reader, who reads a text)
    x = next((c for c in ctx.cands_in(lo, p.end) if c.kind in ("mention", "name", "role")), None)
    if x is None or ctx.masked[lo:x.start].strip(" *_").lower() not in _UNNAMED_WORDS or \
            ctx.masked.startswith(("'s", "’s"), x.end) or _PERSON_FIELD_REST.match(ctx.masked, x.end, p.end) is None:
        return None
    ref = resolve(ctx, x)
    actor = ctx.reg.actors.get(ref) if ref else None
    if ref is None or actor is not None and actor.kind not in _PERSON_FIELD_KINDS or \
            actor is None and is_outlet_name(ctx.reg, None, ref):
        return None
    if any(c.kind in ("mention", "name") and c.person and resolve(ctx, c) not in (None, ref)
           for j in range(k + 1, i) for c in ctx.cands_in(passages[j].start, passages[j].end)):
        return None  # (a box of two: "*Incumbent:* Viktor Orbán, …" over "*Challenger:* Péter Magyar, …")
    return ref, p.start, p.end


def _passage_at(ctx: ArticleContext, pos: int) -> int | None:
    """The index of the last passage that starts at or before ``pos``, else None."""
    k = bisect.bisect_right(ctx.passage_starts, pos) - 1
    return k if k >= 0 else None


def fields_under(ctx: ArticleContext, open_: int, close: int) -> tuple[str, list[tuple[int, int]]] | None:
    """The person a record's fields under a quote name as its author (``v.AUTHOR_FIELD``), with
    the spans of its fields of when (``v.WHEN_FIELD``) and then of the author's field, the zones
    that date the words (a knowledge base's item: "**quotation:** “…”" over "- author: Pravind
    Jugnauth" and "- point in time: 25 February 2019"). The fields are the lines right under the
    quote's, one after the other; an outlet there is the channel, a later field may name whom it
    quotes ("author: Xinhua" over "quoted person: Lin Jian"); a name that only says whose aide
    the author is is passed over ("Orbán's spokesman Zoltán Kovács"). None when the quote does not
    fill its line (after a field's label at most), or when no field names a person or a body."""
    passages = ctx.article.passages
    if (i := _passage_at(ctx, open_)) is None:
        return None
    own = passages[i]
    label = v.RECORD_FIELD.match(ctx.body, own.start, own.end)
    if close >= own.end or ctx.body[close + 1:own.end].strip(" \t.,;*_") or \
            ctx.body[own.start:open_].strip(" \t>*_-•") and (label is None or label.end() != open_):
        return None  # (the quote fills its line, after a field's label at most: "**quotation:** “…”")
    who, who_zone, when_zones, end = None, None, [], own.end
    for p in passages[i + 1:i + 1 + WHO_FIELD_PASSAGES]:
        m = v.RECORD_FIELD.match(ctx.body, p.start, p.end)
        if m is None or ctx.body[end:p.start] != "\n" or _WORDS_QUOTED.search(ctx.body, m.end(), p.end):
            break  # (the record ends: a blank line, a line of text, or the next record's quote)
        end, label = p.end, m.group("label").strip()
        # (or a check's field that says who the speaker is inside it: "Check: speaker confirmed as Javier
        # Milei, …", "Check: “him” is the Pope. Speaker: López Obrador. Target: …")
        named = _SPEAKER_NAMED.search(ctx.body, m.end(), p.end) if who is None and "peaker" in ctx.body[m.end():p.end] else None
        if who is None and (v.AUTHOR_FIELD.fullmatch(label) or named is not None) and \
                not _DENIED.search(ctx.body, m.end(), p.end):  # (not "Said: Margarita Robles? No — misattributed")
            x = next((c for c in ctx.cands_in(named.end() if named else m.end(), p.end) if c.kind in ("mention", "name", "role")
                      and not ctx.body.startswith(("'s", "’s"), c.end)), None)
            if named is not None and (x is None or x.start != named.end()):
                continue
            ref = resolve(ctx, x) if x is not None and _titles_before(ctx.masked[named.end() if named else m.end():x.start]) else None
            if ref is not None and getattr(ctx.reg.actors.get(ref), "kind", "") != "media" and \
                    not (label.lower() == "said" and not is_person(ctx, ref)):  # ("Said: Belgrade, 8 October": where)
                who, who_zone = ref, (p.start, p.end)
            elif label.lower() == "said":
                when_zones.append((p.start, p.end))  # ("Said: 9 October 2025": when, not who)
        elif v.WHEN_FIELD.fullmatch(label):
            when_zones.append((p.start, p.end))
    return (who, when_zones + [who_zone]) if who is not None else None


#: A field's value that denies the name it gives: "Robles? No —", "misattributed", "never said".
_DENIED = re.compile(r"(?i)\?\s*no\b|misattribut|wrongly\s+attributed|falsely\s+attributed|never\s+said|not\s+said")
#: Words quoted in a record's field line, three words or more: the next record's quotation, not a
#: check's "“him” is the Pope".
_WORDS_QUOTED = re.compile(r"[\"“][^\"“”\n]*?[\w'’-]+\s+[\w'’-]+\s+[\w'’-]+")
#: Who the speaker is, told inside a field: "Speaker: ", "speaker confirmed as ", "the speaker is ".
_SPEAKER_NAMED = re.compile(r"(?i:speaker)(?:[ \t]*:|[ \t]+(?:is[ \t]+|was[ \t]+)?(?:confirmed|identified|given|named|listed)"
                            r"[ \t]+as|[ \t]+(?:is|was))[ \t]+")


def _titles_before(text: str) -> bool:
    """Whether ``text``, before a name in a record's field, holds only its title and the one the
    title is of ("Foreign Minister ", "Orbán's spokesman ", "the "), not a description ("the
    person who said the words, e.g. ")."""
    return all(w[0].isupper() or w.lower() in v.TITLE_WORDS or w.lower() in ("a", "an", "the", "of")
               for w in text.replace("*", " ").replace("_", " ").split())


def _teller_after(ctx: ArticleContext, lo: int, hi: int) -> bool:
    """Whether a person named in [lo, hi) reports, right after the name ("…, Valtonen told
    reporters"): the sentence names its speaker after its pronoun."""
    return any(x.kind in ("mention", "name") and x.person and _reports(ctx.masked, x.end) for x in ctx.cands_in(lo, hi))


def _kept_name_heading(ctx: ArticleContext, pos: int) -> str | None:
    """The person the registry lacks whom the heading right over ``pos``'s paragraph names first,
    alone or with a description after a comma ("**2. H.E. Ms Dara Chea, Ambassador of …**"), when
    the heading names no one else and the paragraph names no person before ``pos``; else None."""
    para = ctx.paras[ctx.para_index(pos)]
    heading = _heading_before(ctx, para.start)
    if heading is None or any(x.kind in ("mention", "name") and x.person for x in ctx.cands_in(para.start, pos)):
        return None
    people = [x for x in ctx.cands_in(heading.start, heading.end) if x.kind in ("mention", "name") and x.person]
    if len(people) != 1 or people[0].kind != "name" or not people[0].ref or \
            not _NAME_IN_HEADING_ENDS.match(ctx.masked, people[0].end):
        return None
    return people[0].ref


#: What follows a person's name in a heading that names them: a comma and a description, the heading's end.
_NAME_IN_HEADING_ENDS = re.compile(r"[ \t]*(?:,|\*\*|__|\*|_|$|\n|\()")


def card_above(ctx: ArticleContext, pos: int) -> int | None:
    """Where the heading of the card ``pos`` is on ends, when its paragraph lies under a numbered
    card's heading ("**63 Gen. Juan Martín Paleo** · Chief of …", ``vocabulary.CATALOGUE_LINE``) with only
    heading lines between (its quotation, its date line) and another such card above it: a page of
    cards, each an entry of its own; else None."""
    para = ctx.paras[ctx.para_index(pos)]
    k = bisect.bisect_right(ctx.passage_starts, para.start) - 1
    passages = ctx.article.passages
    j = k - 1
    while j >= 0 and passages[j].kind == "heading" and not v.CATALOGUE_LINE.match(ctx.body, passages[j].start, passages[j].end) \
            and k - j <= 3:
        j -= 1
    if j < 0 or passages[j].kind != "heading" or not v.CATALOGUE_LINE.match(ctx.body, passages[j].start, passages[j].end):
        return None
    if not any(p.kind == "heading" and v.CATALOGUE_LINE.match(ctx.body, p.start, p.end) for p in passages[max(0, j - 8):j]):
        return None  # (one numbered heading alone is a list's item, not a page of cards)
    return passages[j].end


def _heading_before(ctx: ArticleContext, start: int):
    """The heading right before the passage that starts at ``start``, if that passage is the first
    of its section; else None."""
    before = next((p for p in reversed(ctx.article.passages) if p.end <= start and p.kind != "excluded"), None)
    return before if before is not None and before.kind == "heading" else None


#: Role nouns that name one person, whoever they stand for: "the official", "the spokesman".
_ONE_PERSON_NOUNS = (r"official|spokes(?:wo)?man|spokesperson|diplomat|envoy|ambassador|officer|commander|negotiator|"
                     r"aide|adviser|advisor")
_ONE_PERSON_ROLE = re.compile(r"(?i)(?<![\w-])(?:" + _ONE_PERSON_NOUNS + r")$")
#: One of these nouns right after a body's name: "(NATO) official", "(Kremlin) spokesman".
#: (not when a name follows: "Kremlin spokesman Dmitry Peskov" is Peskov)
_ONE_OF_BODY_AFTER = re.compile(r"\s+(?i:" + _ONE_PERSON_NOUNS + r")(?![\w'’-])(?!,?\s+[A-ZÀ-Ž])")
#: What opens a sentence before an unnamed person's body: "A ", "An ", "A senior " (one of many,
#: not "The Kremlin spokesman", whom the registry may hold by role), after a paragraph's bold lead
#: too ("**Air traffic control.** A NATO official told …"), a list item's mark before it too ("- **Reasonable
#: Authority Figure:** An unnamed NATO official told …").
_UNNAMED_SUBJECT_BEFORE = re.compile(r"[\s\"“*_]*(?:(?:" + v.LIST_MARK + r"|[–—])[ \t]+[*_]*)?(?:(?<=[*_])[^*_\n]{1,80}?[.:][*_]{1,2}\s+)?An?\s+(?:(?:senior|top|junior|second|another|unnamed|former)\s+)?")
#: An unnamed person as a sentence's speaker: "an official there", "a senior diplomat", "the
#: spokesman" (not one named after the noun: "the spokesman, Geng Shuang,").
_UNNAMED_PERSON = re.compile(r"(?<![\w-])(?:[Aa]n?|[Tt]he)\s+(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)"
                             r"(?:official|spokes(?:wo)?man|spokesperson|diplomat|representative)(?P<there>\s+(?:there|here))?"
                             # (who speaks: "an official there, unnamed, told", "a spokesman said"; not "an official
                             # statement", "a diplomat familiar with … added", "a Polish official")
                             r"(?:,(?![ \t]*[A-ZÀ-Ž])[^,;:¤“”\"]{1,40},)?\s+(?:told|said|says|tells|added|stated|explained|insisted|"
                             r"confirmed|wrote|warned)(?![\w-])")


#: "per " before a source: "per Telegrafi's English write-up".
_PER_BEFORE = re.compile(r"(?i)(?<![\w-])per\s+$")
#: A source's text after its name: "'s English write-up", "'s report", "'s account".
_SOURCE_TEXT_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:write-?up|report|account|story|piece|article|version|"
                                r"translation|summary|transcript|readout|reporting)(?![\w-])")


def _body_voice(ctx: ArticleContext, lo: int, hi: int) -> bool:
    """Whether [lo, hi) has an unnamed person who speaks as the body's voice (``_UNNAMED_PERSON``):
    right after the body's colon ("NATO answered through RFE: an official there, unnamed, told
    them …") or "there", and not someone retired or former (a commentator)."""
    m = _UNNAMED_PERSON.search(ctx.masked, lo, hi)
    return m is not None and not re.search(r"\b(?:retired|former)\b", m.group("mods")) and \
        (m.group("there") is not None or ctx.masked[lo:m.start()].rstrip().endswith(":"))


#: A heading that names one person of a body by role: "The NATO official", "A Kremlin spokesman".
_ONE_OF_BODY = re.compile(r"(?i)(?:the|an?)\s+(?P<body>[\w'’. -]{2,40}?)\s+(?:" + _ONE_PERSON_NOUNS + r")")


#: A person named by the body they speak for, before that body: "The representative of ", "the
#: delegate for ", "an envoy of ".
_PERSON_FOR = re.compile(r"(?i)(?<![\w-])(?:representative|delegate|" + _ONE_PERSON_NOUNS + r")\s+(?:of|for|from)\s+(?:the\s+)?$")


#: Nouns that name a statement, not an actor: "the statement added" is the last speaker.
#: Texts posted on a platform: their writer is the one told as writing there (``_introduced_by``).
POSTS = ("post", "tweet")
_SPEECH_NOUNS = {"statement", "communique", "communiqué", "readout", "declaration", "letter", *POSTS}
#: Another rendering of a text told before: "The English version read: …", "the translation":
#: the writer of the last post or statement brought in (``_introduced_by``).
_RENDERINGS = ("version", "translation")
_POSSESSIVE_PRONOUNS = {"its", "their", "his", "her"}
_SPOKES = ("spokesperson", "spokesman", "spokeswoman")


#: A line that is only a source tag in brackets, as a monitoring service or an agency's digest
#: heads an item: a source, a comma and a time or a date ("[Albin Kurti's Facebook page, 1120 gmt
#: 8 Oct 25]", "[Pink TV, 1930 gmt]", "[TASS, 6 May]"); not an editor's note or a caption ("[Editor's
#: note: …]", "[Photo: …]": a colon before the comma), nor "[Laughter]".
_SOURCE_TAG = re.compile(r"[ \t]*\[(?P<tag>[^\[\]\n:,]{2,80},\s*(?:\d{1,2}:?\d{2}\b|\d{1,2}\s+[A-Z][a-z]{2})[^\[\]\n]{0,60})\][ \t]*")


def item_source(ctx: ArticleContext, para_start: int) -> tuple[str, tuple[int, int]] | None:
    """The actor an item's source tag names first (not a channel) and the tag's span, for the
    paragraph that starts at ``para_start``: the nearest line before it that is only a tag
    (``_SOURCE_TAG``), within five lines and with no heading between; else None."""
    body = ctx.body
    end = body.rfind("\n", 0, para_start)
    seen = 0
    while end > 0 and seen < 5:
        start = body.rfind("\n", 0, end) + 1
        line = body[start:end]
        end = start - 1
        if not line.strip():
            continue
        seen += 1
        if line.lstrip().startswith(("#", "**")):
            return None  # (a heading: another item)
        tag = _SOURCE_TAG.fullmatch(line)
        if tag is None:
            continue
        who = next((mt for mt in ctx.reg.find_mentions(tag.group("tag"))
                    if not is_outlet_name(ctx.reg, mt.actor, mt.text)), None)
        if who is None:
            return None
        lo = start + tag.start("tag")
        return who.actor, (lo, lo + len(tag.group("tag")))
    return None


def _issuer(ctx: ArticleContext, m: re.Match) -> Cand | None:
    """The actor or name a text is "by" or "from" in an ``_INTRODUCES`` match ("a statement from
    the Kremlin", "Post by Albin Kurti"), else None."""
    by = ctx.cands_in(m.start("by"), m.end("by"))
    return by[0] if by and by[0].kind in ("mention", "name") else None


def _introduction(ctx: ArticleContext, pos: int, noun: str) -> tuple[re.Match | None, str | None]:
    """The words that brought in the text ``noun`` names, within the three paragraphs before
    ``pos`` ("wrote a letter", "in a statement", "a statement from the Kremlin"), and the issuer
    they name, if any (``_introduced_by``)."""
    lo = ctx.paras[max(0, ctx.para_index(pos) - 3)].start
    found = issued = None
    for m in _INTRODUCES.finditer(ctx.masked, lo, pos):
        if m.group("noun").lower() == noun:
            found, issued = m, m.group("by")
    if noun == "letter":  # "Bill English wrote to Mr Netanyahu …. “…,” the letter said": the writer's
        for m in _WROTE_TO.finditer(ctx.masked, found.end() if found is not None else lo, pos):
            if _REPLY_BETWEEN.search(ctx.masked, m.end(), pos) is None:
                found, issued = m, None  # (not past a reply brought in after it: "Taye sent the Council a reply")
    if noun in POSTS:  # "Vučić answered on X. … “…,” the post went on": the one who wrote there
        for m in _ON_A_PLATFORM.finditer(ctx.masked, found.end() if found is not None else lo, pos):
            found, issued = m, None
    return found, issued


def introducing_sentence(ctx: ArticleContext, pos: int, noun: str) -> tuple[int, int] | None:
    """The sentence that brought in the text ``noun`` names (``_introduction``), as a statement's
    date zone: "On Thursday 9 March the Sender wrote a letter …" dates the words listed from it."""
    found, _ = _introduction(ctx, pos, noun)
    if found is None:
        return None
    sent = ctx.sents[ctx.sent_index(found.start())]
    return sent.start, sent.end


def _introduced_by(ctx: ArticleContext, pos: int, noun: str) -> str | None:
    """"The military government answered … in a statement read on television. … “…,” the
    statement began": whose the statement is, from the sentence that brought it in (with "a",
    "an" or "in a"), within the three paragraphs before: the first actor named in it, a role too
    ("Hungary's government issued a statement"), else the subject of a verb of speech after the
    text's noun, outside a relative clause ("In a statement …, Serbia's foreign ministry said")."""
    found, issued = _introduction(ctx, pos, noun)
    if found is None:
        return None
    if issued is not None:  # "a statement from the Kremlin"
        by = _issuer(ctx, found)
        return by.ref if by is not None else None
    sent = ctx.sents[ctx.sent_index(found.start())]
    for x in ctx.cands_in(sent.start, found.start()):
        if x.kind in ("mention", "name") and not x.channel and not after_preposition(ctx, x):
            return x.ref
        if x.kind == "role" and not v.text_noun(x) and not after_preposition(ctx, x) and (ref := _role_holder(ctx, x)):
            return ref  # ("Hungary's government issued a statement …": the government's)
        if x.kind == "pronoun" and x.text.lower() in ("he", "she") and (ref := resolve_pronoun(ctx, x)):
            return ref  # ("What he posted on X …: “…”. … The same post says …": whom "he" is)
    # (or the subject of the sentence's verb of speech after it: "In a statement released on Tuesday
    # evening, …, Serbia's foreign ministry said …")
    for x in ctx.cands_in(found.end(), sent.end):
        if x.kind in ("mention", "name", "role") and not x.channel and not v.text_noun(x) and _reports(ctx.masked, x.end) \
                and not IN_RELATIVE.search(ctx.masked, found.end(), x.start) and \
                not _WHAT_BEFORE.search(ctx.masked, max(found.end(), x.start - 12), x.start):
            # (not one in a relative clause between: "In a statement …, which Kurti said was full of lies, …")
            if (ref := x.ref if x.kind != "role" else _role_holder(ctx, x)) is not None:
                return ref
    return None


#: An open relative clause before a position: ", which Kurti" (its subject is not the main clause's).
IN_RELATIVE = re.compile(r",\s+(?:which|who|whom|that|where|when)\s[^,]*$")
#: A free relative before a name: "(responding to) what (Tusk said)", "how (Orbán put it)".
_WHAT_BEFORE = re.compile(r"(?<![\w-])(?:what|whatever|how)\s+$")


#: A relative clause after a text's noun that names who gave it: "(the statement) the department
#: was also giving other media", "(the statement) that the ministry issued".
_GIVEN_BY = re.compile(r"\s+(?:that\s+|which\s+)?(?P<who>(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+"
                       r"(?:had\s+|has\s+|was\s+|were\s+)?(?:also\s+)?(?:giving|gave|given|issued|issuing|released|"
                       r"releasing|put\s+out|sent|sending|published|read\s+out)(?![\w-])")


def _giver_after(ctx: ArticleContext, c: Cand) -> str | None:
    """Who gave a text, told in a relative clause right after its noun (``_GIVEN_BY``): the
    actor its subject resolves to."""
    m = _GIVEN_BY.match(ctx.masked, c.end)
    if m is None:
        return None
    who = [x for x in ctx.cands_in(m.start("who"), m.end("who")) if x.kind in ("mention", "name", "role")]
    # (the subject itself, "the Kremlin" whether or not the registry's alias has the article)
    return resolve(ctx, who[0]) if who and re.fullmatch(r"(?:the\s+)?", ctx.masked[m.start("who"):who[0].start]) else None


#: How a text is brought in with its author: "in a statement" or "issued a statement" (the
#: sentence's subject), "a statement from the Kremlin" (after "from"/"by"). Not "rejected a
#: statement": whoever rejects it did not issue it.
#: A letter brought in by its writing to someone: "wrote to Mr Netanyahu", "has written to the
#: Commission" (the letter is the writer's).
_WROTE_TO = re.compile(r"(?<![\w-])(?:wrote|writes|has\s+written|had\s+written)\s+to\s")
#: A reply or another letter brought in after a "wrote to": "answered with a letter of its own",
#: "sent the Council a reply", "Grlić Radman's answer, a two-page letter" (not "asking for a response", "The letter, signed by …").
_REPLY_BETWEEN = re.compile(r"(?<![\w-])(?:replied|answered|responded|sent\s+(?:[\w'’-]+\s+){0,3}(?:a\s+)?(?:reply|response|answer)|"
                            r"(?:reply|response|answer)\s*,\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}letter|"
                            r"letter\s+of\s+(?:its|his|her|their)\s+own)(?![\w-])")
_INTRODUCES = re.compile(r"(?<![\w-])(?:[Ii]n\s+an?\s+(?:[\w-]+\s+){0,2}?|(?:issued|released|published|put\s+out|sent|"
                         r"read\s+out|posted|made|delivered|read|gave|wrote|confirmed|received|addressed|signed)\s+an?\s+(?:[\w-]+\s+){0,2}?|"
                         # ("a statement from …", "a post on X by …", "a post in Albanian by …"; or a label's "Post by …")
                         r"(?:[Aa]n?\s+(?:[\w-]+\s+){0,2}?|(?=[A-Z]))(?="
                         r"(?i:statement|communiqu[eé]|readout|declaration|post|tweet|letter)\s+(?:(?:on|in)\s+[A-Z]\w*\s+)?(?:from|by)\s))"
                         r"(?P<noun>(?i:statement|communiqu[eé]|readout|declaration|post|tweet|letter))(?![\w-])"
                         r"(?:\s+(?:(?:on|in)\s+[A-Z]\w*\s+)?(?:from|by)\s+(?P<by>(?:the\s+)?[A-ZÀ-ÖØ-ÞČĆŠŽĐŁŚŹŻŞİ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞČĆŠŽĐŁŚŹŻŞİ][\w'’.-]*){0,3}))?")


#: A text as the subject of the clause or sentence right before "it" ("Wednesday's post did not
#: call Turkey a great power; it …", "The statement was short. It …"): its noun.
_TEXT_SUBJECT_BEFORE = re.compile(r"(?:^|(?<=[.;:!?])\s*|(?<=\s)|\s)(?:[Tt]he|(?P<owner>[A-Z][\w'’-]*)['’]s|[Hh]is|[Hh]er|[Tt]heir)\s+"
                                  r"(?:[\w'’-]+\s+)?(?P<noun>post|tweet|statement)\s+"
                                  # (and its time: "Netanyahu's statement that afternoon said: “…” It added")
                                  r"(?:(?:that|this|on|last|the\s+same)\s+[\w'’-]+\s+)?(?:did|was|is|had|has|went|"
                                  r"read|called|said|began|ended)\b[^.;:!?]*[.;:]"
                                  r"(?:\s*[“\"]" + v.MASK + r"*[”\"]?[.!?]?)?\s*$")


#: What a text does when it speaks after its quote: "“…,” it began", "it read", "it said".
#: A text other than a post of the speaker's, named in a sentence: "report", "agreement", "resolution".
_OTHER_TEXT = re.compile(r"(?i)(?<![\w-])(?:report|agreement|resolution|document|treaty|law|declaration|charter|"
                         r"article|editorial|study|book|plan|proposal|communiqu[eé]|letter|statement|accord|speech|"
                         r"address|interview|remarks|transcript)s?(?![\w-])")
#: A text passed on by another after it is brought in: ", posted by ", ", relayed by ", ", shared by "
#: (the one who passes it on is not who wrote it).
_PASSED_ON_BY = re.compile(r",\s+(?:posted|relayed|shared|published|circulated|forwarded|retweeted|reposted)\s+(?:\w+\s+)?by\s+")
_TEXT_VERB_AFTER = re.compile(r"\s+(?:began|begins|read|reads|said|says|went\s+on|goes\s+on|continued|continues|ended|ends|"
                              r"closed|closes|concluded|concludes|added|adds|stated|declared|warned)(?![\w-])")


#: A clause's own subject, a pronoun, right after a semicolon: "; we quoted her", "; they asked him".
_OWN_SUBJECT = re.compile(r"\s*(?:we|I|they|you)\s+[a-z]")


#: Capitalised words only, a title's, before a name that opens a sentence: "President ", "Foreign Minister ".
_TITLES_ONLY = re.compile(r"[\s*_>\"“-]*(?:[A-Z][\w'’.-]*\s+){0,3}")


#: A text named again: "the post", "the statement".
_TEXT_NOUN = re.compile(r"(?<![\w-])(?:the|that|this)\s+(?:post|tweet|statement|letter|message)(?![\w-])")


#: A verb of writing on a platform: whoever does it wrote "the post" told of next.
_ON_A_PLATFORM = re.compile(r"(?<![\w-])(?:posted|posts|wrote|writes|tweeted|tweets|answered|answers|replied|replies|"
                            r"responded|responds|hit\s+back|hits\s+back|reacted|reacts)"
                            r"\s+(?:[\w'’-]+\s+){0,3}?on\s+(?:X|Twitter|Facebook|Instagram|Telegram|Truth\s+Social)(?![\w-])")


def _unnamed_member_before(ctx: ArticleContext, pos: int, head: str, sentences: int = 2, of_body: bool = False) -> str | None:
    """"A NATO official … The official's message": a role noun after an unnamed member of an
    organisation or state named with the same noun in its sentence or the ``sentences`` before ("a
    NATO official", "a Kremlin spokesman", "an official of the alliance"; "Source: …, quoting an
    unnamed NATO official. Content: “…” The official praised …") is that organisation or state
    (unnamed officials speak for their organisation). ``of_body``: the body after the noun too, "an
    official of the alliance"."""
    lo = ctx.sents[max(0, ctx.sent_index(pos) - sentences)].start
    member_of = re.compile(r"(?i)(?<![\w-])(?:an?|one)\s+(?:[\w-]+\s+)?" + re.escape(head) + r"\s+(?:of|from|at|with)\s+(?:the\s+)?$")
    for x in reversed(ctx.cands_in(lo, pos)):
        if x.kind != "mention":
            continue
        actor = ctx.reg.actors.get(x.ref)
        if actor is not None and actor.kind in ("organisation", "state") and \
                (re.match(r"\s+(?:[\w-]+\s+)?" + re.escape(head) + r"\b", ctx.body[x.end:x.end + 40], re.I) or
                 of_body and re.match(r"\s*\(\s*(?:an?\s+)?" + re.escape(head) + r"\b", ctx.body[x.end:x.end + 40], re.I) or
                 of_body and member_of.search(ctx.body, max(0, x.start - 40), x.start)):
            return x.ref
    return None


def _introduced_unnamed(ctx: ArticleContext, pos: int, head: str) -> bool:
    """Whether a role noun ("the official") takes up someone the sentence or the two before it
    introduced without a name, with an indefinite article, as the one who spoke ("an official
    says", "a senior diplomat told us"): that person, not a holder of the role in the registry.
    Not "Maria Zakharova, a foreign ministry spokeswoman, spoke …" (an apposition to a name: the
    spokeswoman is Zakharova)."""
    lo = ctx.sents[max(0, ctx.sent_index(pos) - 2)].start
    indefinite = re.compile(r"(?<![\w-])(?<!,\s\s)(?<!,\s)(?<!,)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?"
                            + re.escape(head) + r"(?![\w-])")  # (not after a comma: an apposition)
    return any(v.SPEECH.matcher.match(ctx.masked, m.end() + 1) for m in indefinite.finditer(ctx.masked, lo, pos))


_THE_SAME = re.compile(r"[Tt]he\s+same\s")
#: What may open a subject before the mention it is: "The Serbian president" (mention "Serbian president").
_THE_BEFORE = re.compile(r"(?:[Tt]he\s+)?")
#: What may come before a named subject in its clause: "the", or a role it stands in apposition
#: to ("His foreign minister, Marty Natalegawa, had …").
_SUBJECT_BEFORE = re.compile(r"(?:[Tt]he\s+|(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*,\s+)?")
def _spoke_after(ctx: ArticleContext, sent, pos: int, cands: list) -> bool:
    """Whether a person named after ``pos`` in sentence ``sent`` (``cands``: its candidates after
    ``pos``) is the subject of a statement of that sentence: the one who spoke there (not "When he
    mentioned Orbán, the crowd booed", "When she stepped off the plane, Rama embraced her")."""
    spoke = {st.speaker for st in ctx.statements if st.subject_pos is not None and pos <= st.subject_pos < sent.end}
    return any(y.kind in ("mention", "name") and y.person and y.ref in spoke and not after_preposition(ctx, y)
               and not ctx.masked.startswith(("'s", "’s"), y.end) for y in cands)


#: A colon right before a quote's first masked character: "Cerar cancelled a visit to Zagreb: “".
_COLON_BEFORE_QUOTE = re.compile(r":[ \t]*[\"“‘]?" + re.escape(v.MASK) + "$")


def _main_subject_after(ctx: ArticleContext, sent, x) -> bool:
    """Whether a person is named right after the opening clause that holds pronoun ``x``, as the
    main clause's subject ("While he was still speaking, Szijjártó walked out"; not "When he
    mentioned Orbán, the crowd booed", "…, Szijjártó's ministry issued a statement")."""
    comma = ctx.masked.find(",", x.end, sent.end)
    after = ctx.cands_in(comma, sent.end) if comma >= 0 else []
    return bool(after) and after[0].kind in ("mention", "name") and after[0].person and \
        re.fullmatch(r",\s*(?:the\s+[\w\s'’-]{1,40},\s*)?", ctx.masked[comma:after[0].start]) is not None and \
        not ctx.masked.startswith(("'s", "’s"), after[0].end)


def _same_person_after(ctx: ArticleContext, sent, x, c) -> bool:
    """Whether the main clause after the opening clause that holds pronoun ``x`` has a pronoun of
    pronoun ``c``'s gender ("When she stepped off the plane, Rama embraced her. She said …": she
    is still the one the opening clause is about)."""
    comma = ctx.masked.find(",", x.end, sent.end)
    g = gender_of_pronoun(c.text)
    same = _HIS if g == "m" else _HERS if g == "f" else None
    return comma >= 0 and same is not None and same.search(ctx.masked, comma, sent.end) is not None


#: The pronouns of one person of each gender, after the main clause's subject: "Rama embraced her".
_HIS = re.compile(r"(?i)(?<![\w'’-])(?:he|him|his|himself)(?![\w'’-])")
_HERS = re.compile(r"(?i)(?<![\w'’-])(?:she|her|hers|herself)(?![\w'’-])")


#: A sentence that opens with a participle, whose subject is the main clause's: "Speaking in
#: parliament, …", "Addressing reporters, …" (not a preposition in -ing: "During", "Following").
_PARTICIPLE_OPENING = re.compile(r"[*_]*(?!(?:During|Following|Regarding|Concerning|Including|According|Considering|"
                                 r"Notwithstanding|Pending|Barring|Excluding|Morning|Evening|Something|Nothing|"
                                 r"Everything|Anything|Spring|King|Beijing|Kunming|Nanjing|Wellington|Reading|"
                                 # (nor an adjective in -ing: "Outgoing Prime Minister", "Ruling party leader")
                                 r"Outgoing|Incoming|Ongoing|Upcoming|Ruling|Governing|Leading|Acting|Sitting|Visiting|"
                                 r"Founding|Serving|Reigning|Rising|Growing|Remaining|Existing|Working|Striking)\b)"
                                 r"[A-Z][a-z]{2,}ing\s+(?=[a-z])")
#: A sentence's opening subordinate clause up to a point in it: "On the day he", "When she",
#: "After they" (no comma yet).
_IN_OPENING_CLAUSE = re.compile(r"[\s\"“*_]*(?:(?:On|In|At|By)\s+the\s+(?:day|night|morning|evening|afternoon|week|eve)|"
                                r"If|When|After|As|Although|Though|Because|Since|While|Before|Once|Unless|Until)"
                                r"(?![\w-])[^,;:.\n]*")
_OPENING_SUBORDINATE_SUBJECT = re.compile(r"[\s*_]*(?:If|When|After|As|Although|Though|Because|Since|While|Before|"
                                          r"Once|Unless|Until)\s+(?:the\s+)?")


#: A verb of replying right after a role: the role is the one answered's counterpart.
_REPLY_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:responded|replied|answered|retorted|countered|hit\s+back|fired\s+back|"
                          r"shot\s+back|struck\s+back|dismissed|rejected|rebuffed|denied)(?![\w-])")
#: A sentence that opens with the question put to its speaker: "Asked whether …, X replied".
_ASKED = re.compile(r"[\s\"“*_]*(?:Asked|Pressed|Questioned|Challenged)\b")


def _asked_clause_end(ctx: ArticleContext, lo: int, hi: int) -> int:
    """Where an opening "Asked …," clause ends: its first comma, or the comma after a name in
    apposition to its asker ("Asked by the ABC's political editor, Andrew Probyn, why …"); -1
    when it has none before ``hi``."""
    end = ctx.masked.find(",", lo, hi)
    while end >= 0:
        nxt = next((x for x in ctx.cands_in(end + 1, hi) if x.kind in ("mention", "name")), None)
        if nxt is None or ctx.masked[end + 1:nxt.start].strip() or not ctx.masked.startswith(",", nxt.end):
            break
        end = nxt.end
    return end


def _in_office(ctx: ArticleContext, pos: int, allowed: set[str]) -> set[str]:
    """Of the holders a role phrase can be, those in office at the time the text tells at
    ``pos`` (the last date its sentence states, "… in August 2021, and Poland's prime minister
    said on Monday" the Monday's; else the last its paragraph states before it; else the day of
    its dated section, a log's day heading or a record's clip name; else the day of publication;
    ``roles.in_term``): not one whose registry term ends before it or begins after it; all of them
    when none is."""
    if len(allowed) < 2 or not any(a in roles_of(ctx.reg).terms for a in allowed) or not ctx.timeline.paras:
        return allowed
    when = _time_told(ctx, pos)
    lo, hi = (when.earliest, when.latest) if when is not None else (ctx.timeline.published, ctx.timeline.published)
    held = {a: in_term(ctx.reg, a, lo, hi) for a in allowed}
    return {a for a, ok in held.items() if ok is not False} or allowed


def _time_told(ctx: ArticleContext, pos: int, before_only: bool = False):
    """The time the text tells at ``pos`` (``_in_office``), else None; ``before_only``: of its
    sentence's dates only those before ``pos`` ("The Brazilian president, who hands over on 1
    January 2011, said": not the day of the clause after the role)."""
    tl = ctx.timeline
    sent = ctx.sents[ctx.sent_index(pos)]
    # (the dates the timeline has read in the paragraph, those of the role's sentence)
    told = [te.date for te in tl._expressions(tl._para_index(pos)) if sent.start <= te.start < (pos if before_only else sent.end)
            and te.date is not None and te.date.earliest <= tl.published]
    if told:
        return told[-1]
    # (else the last date before it in its paragraph; else the day its section's heading gives, but not
    # one that only restates the page's own day, "Posted: 20 January 2019" over the story)
    section = tl.section_at(pos) if tl.sections else None
    return tl.narrative(pos) or (section if section is not None and section.earliest != tl.published else None)


def _out_of_office(ctx: ArticleContext, holder: str, pos: int, allowed: set[str]) -> bool:
    """Whether a holder named before a role phrase had left or not yet taken the office at the
    time the text tells at ``pos`` while another it can be held it ("Rousseff's spokeswoman …" in
    a 2011 record, then "The Brazilian president: …" in a 2019 one: Bolsonaro); never by the day
    of publication alone. (The caller asks only of a holder named in an earlier paragraph: one
    named in the same, "Józef Lipski (1894–1958) … Putin said that the ambassador …", is the one
    the text goes on about.)"""
    if len(allowed) < 2 or holder not in roles_of(ctx.reg).terms or not ctx.timeline.paras or \
            (when := _time_told(ctx, pos, before_only=True)) is None or \
            in_term(ctx.reg, holder, when.earliest, when.latest) is not False:
        return False
    return any(in_term(ctx.reg, a, when.earliest, when.latest) for a in allowed if a != holder)


#: How many sentences back an unnamed member of a body is looked for, for a role no office names.
_MEMBER_SENTENCES = 12
#: Nouns of a role that is no office: one who holds it is named before it is taken up ("the
#: official", "the diplomat"), never the registry's only holder unnamed in the text.
_UNTITLED_NOUNS = frozenset("official officials source sources diplomat aide adviser advisor officer representative".split())


def resolve_role(ctx: ArticleContext, c: Cand) -> str | None:
    """The actor a role refers to (module doc), else None: of the actors the role can be
    (``roles.role_candidates``: "the Serbian leader" is a leader of Serbia), the one named
    last before it, else the only one; a kept name introduced with that title counts too.
    "its foreign ministry" is a ministry of whom "its" refers to; "his office" is that person;
    "the statement" is the last speaker's; "the same president" is the one of the state its sentence
    places the speaking in ("at a press conference in Belgrade"), else the president who spoke last;
    a demonym standing alone ("the Brazilian answers …", ``mentions._THE_DEMONYM``) is the person of
    that state named last."""
    if c.value_span is not None:
        # ("the Minister", defined as "the Portuguese Minister of State and Foreign Affairs": the
        # office as read where the definition gives it)
        return resolve_role(ctx, Cand(*c.value_span, c.kind, c.ref, c.text, person=c.person))
    phrase = c.text or ""
    if (state := roles_of(ctx.reg).state_of_word(phrase)) is not None:
        # ("The next day the Brazilian answers …", "answers the American": the person of that state named
        # last before it)
        return next((x.ref for x in reversed(ctx.cands_in(0, c.start)) if x.kind in ("mention", "name") and x.person
                     and x.ref and ctx.reg.state_of(x.ref) == state), None)
    if phrase.lower().endswith("-elect"):
        # "Magyar won on Sunday. The prime minister-elect said …": the one who is to hold the
        # office, not its holder as the registry has it: one the office can be that the text named
        # before (not in the possessive: "ending Orbán's rule"), else the person named last in
        # this sentence or the one before
        allowed = set(role_candidates(ctx.reg, phrase, None))
        named = [x for x in ctx.cands_in(0, c.start) if x.kind == "mention" and x.person
                 and not ctx.masked.startswith(("'s", "’s"), x.end)]
        si = ctx.sent_index(c.start)
        return next((x.ref for x in reversed(named) if x.ref in allowed), None) or \
            next((x.ref for x in reversed(named) if x.start >= ctx.sents[max(0, si - 1)].start), None)
    named_owner = re.match(r"(.+?)['’]s\s+(.+)$", phrase)
    if named_owner is not None and ctx.reg.resolve(named_owner.group(1)):
        # "Serbia's president": a role of the state named before it
        owner_id = ctx.reg.resolve(named_owner.group(1))
        state = roles_of(ctx.reg).state_of.get(owner_id, owner_id)
        allowed = set(role_candidates(ctx.reg, named_owner.group(2), state))
        for x in reversed(ctx.cands_in(0, c.start)):
            if x.kind == "mention" and x.ref in allowed and not (ctx.para_index(x.start) != ctx.para_index(c.start) and
                                                                 _out_of_office(ctx, x.ref, c.start, allowed)):
                return x.ref
        allowed = _in_office(ctx, c.start, allowed)  # (none named: the one in office then)
        return next(iter(allowed)) if len(allowed) == 1 else owner_id
    if _THE_SAME.match(ctx.masked, c.start, c.end):
        # "the same president who had …": the one of that role who has spoken before; but the one of
        # the state its own sentence places the speaking in ("at a press conference in Belgrade, the
        # same president said": Serbia's, whoever of them spoke last; not "on a visit to Prague")
        allowed = set(role_candidates(ctx.reg, phrase, None))
        if len(allowed) > 1 and (here := _holder_where_spoken(ctx, c.start, phrase, allowed)) is not None:
            return here
        spoke = next((s.speaker for s in reversed(ctx.statements) if s.start < c.start and s.speaker in allowed), None)
        if spoke is not None:
            return spoke
    words = phrase.lower().split()
    if words and words[-1] in _RENDERINGS and words[0] not in _POSSESSIVE_PRONOUNS:
        return next((w for noun in (*POSTS, "statement", "letter") if (w := _introduced_by(ctx, c.start, noun))), None) \
            or next((s.speaker for s in reversed(ctx.statements) if s.start < c.start), None)
    if words and words[-1] in _SPEECH_NOUNS and words[0] not in _POSSESSIVE_PRONOUNS:
        # (a post is the one told as written on a platform: not whoever spoke last)
        given = _giver_after(ctx, c)
        if given is not None:
            return given  # "the statement the department was also giving": the department's
        if (head := _run_in_voice(ctx, c.start, False)) is not None and \
                not any(x.kind in ("mention", "name") and x.person and x.ref != head[0] and
                        ctx.masked.startswith(("'s", "’s"), x.end) for x in ctx.cands_in(head[1], c.start)):
            # ("**7. Para 6, Osmani.** … The post, in Albanian, spoke of …": the item's person's; not after
            # another's named in the item, "… by then Shiuna's post had gone. The post had called …")
            return head[0]
        tagged = item_source(ctx, ctx.paras[ctx.para_index(c.start)].start) if words[-1] in POSTS else None
        return _introduced_by(ctx, c.start, words[-1]) or (tagged[0] if tagged else None) or \
            (None if words[-1] in POSTS else next((s.speaker for s in reversed(ctx.statements) if s.start < c.start), None))
    owner = None
    if words and words[0] == "their" and len(words) > 1:
        owner = _people_before(ctx, c.start)  # "Brazilian women … their president": Brazil's
    if owner is None and words and words[0] in _POSSESSIVE_PRONOUNS:
        owner = resolve_pronoun(ctx, Cand(c.start, c.start + len(words[0]), "poss", None, words[0]))
        if owner is None:
            return None
        if words[-1] in _SPEECH_NOUNS:  # "its first statement": the statement of whom "its" is
            return owner
        phrase = " ".join(words[1:])
        owner_actor = ctx.reg.actors.get(owner)
        if words[-1] in ("office", "presidency") + _SPOKES and (owner_actor is None or owner_actor.kind == "person"):
            return owner  # "his office", "her spokesperson": the person speaks through them
    if owner is None and words and words[-1] in _SPOKES and len(words) <= 2:
        # "According to his spokesperson, Guterres said …. “…,” the spokesperson's note read"
        si = ctx.sent_index(c.start)
        for x in reversed(ctx.cands_in(ctx.sents[max(0, si - 2)].start, c.start)):
            if x.kind == "role" and x.text.split()[0].lower() in _POSSESSIVE_PRONOUNS and \
                    x.text.lower().split()[-1] in _SPOKES:
                return resolve_role(ctx, x)
    state = roles_of(ctx.reg).state_of.get(owner, owner) if owner else None
    if owner is not None and owner not in ctx.reg.actors:
        state = _state_of_kept_name(ctx, owner) or state  # ("Ambassador of the Republic of Serbia" … "Her President": Serbia's)
    head = phrase.lower().split()[-1] if phrase.split() else ""
    unnamed = _unnamed_member_before(ctx, c.start, head) if owner is None and head else None
    if unnamed is not None:
        return unnamed
    if owner is None and head and _introduced_unnamed(ctx, c.start, head):
        return None  # "…," an official says. … the official adds": that unnamed official, no one of the registry
    allowed = set(role_candidates(ctx.reg, phrase, state))
    if owner is None and (titled := _named_with_title_before(ctx, c, allowed) or _titled_once(ctx, c, allowed)) is not None:
        return titled  # ("Pakistan's Foreign Secretary, Amna Baloch, met … The Foreign Secretary said": Baloch)
    if len(allowed) > 1 and owner is None:
        # "Kosovo, she wrote, … “Vučić should …” The president described …": the one of them who
        # has been speaking in the paragraph, not one named in her words
        para = ctx.para_index(c.start)
        last = next((s for s in reversed(ctx.statements) if s.start < c.start and ctx.para_index(s.start) == para), None)
        spoke = last.speaker if last is not None else None
        sent = ctx.sents[ctx.sent_index(c.start)]
        asked = _ASKED.match(ctx.masked, sent.start) is not None  # "Asked …, the president replied": the one asked
        if spoke in allowed and (asked or not _REPLY_AFTER.match(ctx.masked, c.end)) and \
                not any(mt.actor == spoke for mt in ctx.mentions_in(c.end, sent.end)):
            since = _holder_referred_since(ctx, max(last.end, last.start), c.start, head, allowed)
            # (unless another holder has since acted under the office with its owner: "Noboa said … “…”. Mexico's
            # President had spoken a few hours earlier. “…,” the President said": Mexico's)
            return since if since is not None and since != spoke else spoke  # (not "The president responded …,
            # saying that Maduro was …": the other one)
    if len(allowed) > 1 and owner is None and (headed := _holder_of_office_heading(ctx, c.start, phrase, allowed)) is not None:
        return headed  # ("**Inspection of: Office of the President of the Republic of Serbia**" over "the President posted")
    if len(allowed) > 1 and owner is None and (headed := _holder_of_heading(ctx, c.start, phrase, allowed)) is not None:
        return headed  # ("**SERBIA: President softens tone**" over "…, the president told a news conference")
    if len(allowed) > 1 and owner is None and _THE_OFFICE.fullmatch(ctx.masked, c.start, c.end) and \
            not _holder_named_near(ctx, c.start, allowed) and _holder_named_here(ctx, c.start, phrase, allowed) is None and \
            (place := _place_of_text(ctx, c.start)) is not None and \
            (home := _sole_holder(ctx, phrase, place, allowed)) is not None and _home_in_story(ctx, c.start, allowed, home):
        return home  # ("**Köšk** · Cara Dušana, Dorćol, Belgrade · …" over "The President had harder words": Serbia's)
    if len(allowed) > 1 and owner is None and (joined := _holder_of_joined_subject(ctx, c.start, phrase, allowed)):
        return joined  # ("Moscow expelled fourteen Bulgarian diplomats, and the ministry wrote …": Russia's)
    ranked = RANK.search(phrase.lower()) is not None
    before = ctx.cands_in(0, c.start)
    if len(allowed) > 1 and owner is None and \
            _SIDE_ADJUNCT.fullmatch(ctx.masked, ctx.sents[ctx.sent_index(c.start)].start, c.start) and \
            len(named := {x.ref for x in before if x.kind == "mention" and x.ref in allowed}) > 1 and \
            (here := _holder_named_here(ctx, c.start, phrase, allowed)) in named:
        return here  # (two such named before: the one of the side the role's own sentence names, "General
        # Mojsilović … Major General Ulutaş …. In the Serbian Defence Ministry's account, the general protested")
    spoken_of = _named_in_its_quote(ctx, c, allowed) if len(allowed) > 1 and owner is None else set()
    for x in reversed(before):
        if x.kind == "mention" and x.ref in allowed and x.ref not in spoken_of and \
                not (ctx.para_index(x.start) != ctx.para_index(c.start) and _out_of_office(ctx, x.ref, c.start, allowed)):
            if not ranked and head and any(_former_holder(ctx, y, role_noun(phrase) or head) for y in before
                                           if y.kind == "mention" and y.ref == x.ref and y.start <= x.start):
                continue  # ("the former president Juan Orlando Hernández", then "Hernández": not the one
                # "the president" is now)
            if len(allowed) > 1 and owner is None and \
                    (since := _holder_referred_since(ctx, x.end, c.start, head, allowed - spoken_of)) is not None:
                return since  # ("President Trump told …. Her President posted …. By lunchtime the President had
                # changed course": the one last referred to by the office with its owner, not the one last named)
            return x.ref
        if x.kind == "name" and head and head in ctx.name_titles.get(x.ref, "") and owner is None:
            return x.ref
    allowed = _in_office(ctx, c.start, allowed)  # (none named: the one in office then)
    if len(allowed) == 1 and owner is None and head in _UNTITLED_NOUNS and \
            not any(x.kind == "mention" and x.ref in allowed for x in before):
        # ("the official was not named. He told …": someone unnamed; not the registry's one "Serbian
        # official arrested in July 2025", whom the text has not named; but one of a body told earlier,
        # "An official of the alliance told Radio Free Europe …. … The same official praised")
        return _unnamed_member_before(ctx, c.start, head, sentences=_MEMBER_SENTENCES, of_body=True)
    if len(allowed) == 1:
        return next(iter(allowed))
    if len(allowed) > 1 and owner is None and (here := _holder_named_here(ctx, c.start, phrase, allowed)) is not None:
        return here  # "Bogotá hit back the next morning. The President said …", "In Nairobi, the President …"
    if len(allowed) > 1 and owner is None and (same := _same_office_before(ctx, c)) is not None:
        return same  # "The President's language yesterday … 3. At 17:15 the President posted …": the same one
    if len(allowed) > 1 and owner is None:
        near = _holder_of_state_near(ctx, c.start, phrase, allowed) or _holder_in_title(ctx, allowed) or \
            _holder_most_present(ctx, c, allowed)
        if near is not None:
            return near  # "Then the Serbian response. The president wrote …": Serbia's president
    if not allowed and owner is None and head in _GOVERNMENT_NOUNS:
        near = _state_near(ctx, c.start)
        if near is not None:
            return near  # "The Somali cabinet met …. The government described the deal as …": Somalia
    first = first_holder(ctx.reg, phrase, state) if allowed else None
    if first is not None:
        return first  # "its president": the one whose role is President of Turkey
    return owner if owner is not None and ctx.reg.actors.get(owner) is not None and \
        ctx.reg.actors[owner].kind in ("state", "organisation") else None


def _holder_referred_since(ctx: ArticleContext, lo: int, pos: int, head: str, allowed: set[str]) -> str | None:
    """The holder, of those a bare role can be, that the last use of the same office with its
    owner between ``lo`` (after the one named last) and ``pos`` refers to as the subject of a verb ("Her
    President posted", "Mexico's President had spoken", "the Serbian President wrote"; not one after a
    preposition, "of the President of Turkey he said", nor an object, "would welcome Israel's
    President on a visit"); else None."""
    for y in reversed(ctx.cands_in(lo, pos)):
        words = (y.text or "").lower().split()
        if y.kind != "role" or len(words) < 2 or words[-1] != head or ctx.in_quote(y.start) or after_preposition(ctx, y) or \
                not (words[0] in _POSSESSIVE_PRONOUNS or "'s" in words[0] or "’s" in words[0] or
                     roles_of(ctx.reg).state_of_word(words[0]) is not None):
            continue
        if not _SUBJECT_ACTS.match(ctx.masked, y.end) or \
                not _OPENS_CLAUSE.search(ctx.masked, max(0, y.start - 40), y.start):
            continue  # (an object's, "he would still welcome Israel's President on a visit", "He had met Thailand's
            # Prime Minister days earlier": not the one who acts)
        ref = resolve_role(ctx, y)
        return ref if ref in allowed else None
    return None


#: What stands before a subject that opens its clause: a sentence's start, a clause's mark, an adjunct's comma,
#: a joiner ("… . Her President", "*Note.* Her President", "In Belgrade, the Serbian President", "and the President";
#: not a subordinate clause's, "He spoke while Thailand's Prime Minister toured the border").
_OPENS_CLAUSE = re.compile(r"(?:^|[.!?;:][*_\"”’]*\s+|\n|,\s+|(?<![\w-])(?:and|but|then)\s+)[\s*_\"“]*$")
#: A verb right after a subject, perhaps after an apposition or an adverb, or an auxiliary and its verb: "(Her
#: President) posted", "(Mexico's President) had spoken", "(the President of Serbia) did summon", "(the
#: Serbian President), Aleksandar Vučić, wrote".
_SUBJECT_ACTS = re.compile(r"(?:\s*,[^,;:.!?\n]{1,60},)?\s+(?:[a-z]+ly\s+|then\s+|also\s+)?(?:"
                           r"(?:had|has|have|was|is|were|would|will|did|does|do|could|can|should|must|may|might)\s+[a-z]{2,}|"
                           r"[a-z]{2,}ed|[a-z]{2,}s|said|wrote|told|spoke|went|came|gave|made|took|put|sent|hit|struck|saw|met|"
                           r"began)(?![\w'’-])")


#: How far after a kept name its description may tell the state it serves: "Dragana Ilić, Ambassador of the Republic of Serbia".
_DESCRIPTION_REACH = 90
#: What ends a kept name's description: a bracket, a sentence's end (not an abbreviation's stop, "Chargé
#: d'affaires a.i. of the Republic of Ecuador"), a clause's end, a line's end, the state the person is sent to.
_DESCRIPTION_END = re.compile(r"[(\[;:!?\n]|\.(?=\s+[A-Z\"“*_]|\s*$)|,\s+(?:who|which|said|told|wrote|and)\b|"
                              # (nor the state an envoy is sent to: "Ambassador of the Philippines to the People's Republic of China")
                              r"\s+to\s+(?:the\s+)?[A-Z]")
#: A description apposed before a kept name, from the start of its clause to the comma before the name
#: and its titles: "The Thai chargé d'affaires, Mr ".
_DESCRIPTION_BEFORE = re.compile(r"(?:^|(?<=[.;:(\n*])|(?<=[.;:]\s))[ \t*_]*[^.;:(\n*,]{3,80},[ \t]*(?:(?:[A-Z][a-z]{0,3}\.?|H\.E\.)[ \t]+){0,3}$")
#: An adjunct opening a clause, no description of the name after it: "In Bangkok, ", "After the toast to Thailand, ".
_ADJUNCT_OPENING = re.compile(r"[ \t*_]*(?:In|At|On|After|Before|When|As|From|To|For|With|During|Following|Since|Until|By)\s")


def _state_of_kept_name(ctx: ArticleContext, name: str) -> str | None:
    """The state a person the registry lacks serves, as the text introduces them: the one state
    named in the description apposed after the first use of the name ("H.E. Ms Dragana Ilić,
    Ambassador of the Republic of Serbia", "Arta Berisha, Kosovo's envoy"), or in the description
    apposed before it ("The Serbian ambassador, Dragana Ilić, …", "The Thai chargé d'affaires, Mr
    Niran Boon, …"); else None. "Her President" is then the president of that state."""
    x = next((y for y in ctx.cands if y.kind == "name" and y.ref == name), None)
    if x is None:
        return None
    rs = roles_of(ctx.reg)

    def states_in(lo: int, hi: int) -> set[str]:
        found = {rs.state_of.get(mt.actor, mt.actor) for mt in ctx.mentions_in(lo, hi)}
        found |= {rs.state_of_word(w) for w in re.findall(r"[A-Z][\w'’-]+", ctx.masked[lo:hi])}
        return {st for st in found if (a := ctx.reg.actors.get(st)) is not None and a.kind == "state"}

    if ctx.masked.startswith(",", x.end):  # (the description after the name first)
        end = _DESCRIPTION_END.search(ctx.masked, x.end + 1, x.end + _DESCRIPTION_REACH)
        states = states_in(x.end, end.start() if end else min(len(ctx.masked), x.end + _DESCRIPTION_REACH))
        if states:
            return states.pop() if len(states) == 1 else None
    lead = _DESCRIPTION_BEFORE.search(ctx.masked, max(0, x.start - _DESCRIPTION_REACH), x.start)
    if lead is not None and not _ADJUNCT_OPENING.match(ctx.masked, lead.start()) and \
            len(states := states_in(lead.start(), x.start)) == 1:
        return states.pop()  # ("The Thai chargé d'affaires, Mr Niran Boon, …"; not "In Bangkok, Ms Dara Chea, …")
    return None


def _named_in_its_quote(ctx: ArticleContext, c: Cand, allowed: set[str]) -> set[str]:
    """The holders of a role's office named in the third person inside the quote the role's own
    sentence gives it, a quote whose speaker speaks as "I" or "we" ('“Osmani is not in a neighbouring
    country, she lives on our territory,” the President answered'): the one spoken of, not the one
    speaking, though named last before."""
    sent = ctx.sents[ctx.sent_index(c.start)]
    quote = next((q for q in ctx.quotes if q.close is not None and sent.start <= q.open and q.close <= sent.end and
                  (0 <= c.start - q.close <= 3 or 0 <= q.open - c.end <= 40)), None)
    if quote is None or not _FIRST_PERSON.search(ctx.body, quote.start, quote.end):
        return set()  # (a speaker who names himself, with no "I" or "we": "“Tayyip Erdoğan does not take orders …,” the President said")
    return {mt.actor for mt in ctx.mentions_in(quote.start, quote.end) if mt.actor in allowed and
            not _SELF_NAMED.search(ctx.body, max(quote.start, mt.start - 4), mt.start)}  # (not "I, William Ruto, …")


#: "I, " right before a name: the speaker naming himself ("I, William Ruto, will serve …").
_SELF_NAMED = re.compile(r"(?<![\w-])I,[ \t]*$")


#: A word of the first person: the one speaking in the quote speaks as "I" or "we".
_FIRST_PERSON = re.compile(r"(?<![\w-])(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)(?![\w'’-])")


#: A person named as one who held an office before, the office right before the name: "the former
#: president Juan Orlando Hernández", "ex-premier Janša", "former Polish President Duda" (a word of
#: the state at most between; not "former guerrilla", "former deputy president", "his former ally").
_FORMER_BEFORE = re.compile(r"(?<![\w-])(?:[Ff]ormer|[Ee]x-)\s*(?:[A-Z][\w'’-]*\s+)?(?P<office>[A-Za-z]+(?:\s+[a-z]+)?)\s+"
                            r"(?:[A-Z][\w'’.-]*\s+)?$")  # (a given name before the surname named: "… Andrzej Duda")


#: A word that makes another office of a role's noun before it: "defence (minister)", "foreign
#: (minister)", "prime (minister)" (the domains are ``vocabulary.OFFICE_DOMAINS``).
_OTHER_OFFICE_WORD = re.compile("(?:" + "|".join(sorted(set(v.OFFICE_DOMAINS.values()))) + "|prime|deputy|vice)$")


def _former_holder(ctx: ArticleContext, x: Cand, head: str) -> bool:
    """Whether a mention is named as the former holder of the office whose noun is ``head``
    ("the former president Juan Orlando Hernández" for "the president")."""
    m = _FORMER_BEFORE.search(ctx.masked, max(0, x.start - 40), x.start)
    if m is None:
        return False
    office = m.group("office").lower().split()
    if office[-1] != head.split()[-1] or len(office) > 1 and RANK.match(office[0]):
        return False
    # (the whole office: "the former defence minister Sikorski" is still "the foreign minister")
    return len(office) == 1 or len(head.split()) == 1 and not _OTHER_OFFICE_WORD.match(office[0]) or \
        " ".join(office) == head


#: "former" or "ex-" right before a title: the title is no longer its holder's ("the former minister
#: of foreign affairs, János Martonyi,").
_FORMER_TITLE = re.compile(r"(?i)(?<![\w-])(?:former|ex-)\s*(?:[\w'’-]+\s+)?$")
#: How many paragraphs before a role its own words given to a person in apposition are looked for.
_TITLE_PARAGRAPHS = 4


def _named_with_title_before(ctx: ArticleContext, c: Cand, allowed: set) -> str | None:
    """The person named in apposition after the role's own words before it, or before them
    ("Gil Artzyeli, Ambassador of the State of Israel, … the ambassador told"), in its paragraph or
    the few before (``_TITLE_PARAGRAPHS``; "Pakistan's Foreign Secretary, Amna Baloch, met …. The
    Foreign Secretary said"; "the minister of defence, José Zelaya, sat with the Venezuelan minister
    Padrino. … The minister of defence answered"; "the Minister of Defence of Sweden, Pål Jonson"),
    or named after the same office in other words ("the Peruvian defence minister Jorge Ruiz"),
    when no one the role can be is named after that person but under a title of other words (the
    text's own title tells whom it means); else None."""
    words = ctx.masked[c.start:c.end].lower().split()
    words = words[1:] if words and words[0] == "the" else words
    if not words:
        return None
    # (the title, perhaps with what it is of: "the Minister of Defence of Sweden, Pål Jonson,")
    title = re.compile(r"(?i)(?<![\w-])" + r"\s+".join(map(re.escape, words)) +
                       r"(?-i:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?[*_]*\s*,\s*$")
    title_after = re.compile(r"(?i)[*_]*\s*,\s+(?:the\s+)?" + r"\s+".join(map(re.escape, words)) + r"(?![\w'’-])")
    lo = ctx.paras[max(0, ctx.para_index(c.start) - _TITLE_PARAGRAPHS)].start if ctx.paras else 0
    lo = min(lo, ctx.sents[max(0, ctx.sent_index(c.start) - 2)].start)
    before = ctx.cands_in(lo, c.start)
    for k in range(len(before) - 1, -1, -1):
        x = before[k]
        titled = k and before[k - 1].kind == "role" and before[k - 1].end <= x.start and \
            not ctx.masked[before[k - 1].end:x.start].strip(" ,")
        if x.kind in ("mention", "name") and x.person and titled and (c.text or "").lower() and \
                (before[k - 1].text or "").lower().endswith((c.text or "").lower()) and \
                (RANK.search((before[k - 1].text or "").lower()) is None) == (RANK.search((c.text or "").lower()) is None):
            return x.ref  # (the same office in other words: "the Peruvian defence minister Jorge Ruiz"; not "former president X")
        if x.kind == "mention" and x.ref in allowed and not titled:
            return None  # (one the role can be named after, and not under a title of other words)
        if x.kind in ("mention", "name") and x.person and (
                # (or the title in apposition after the name: "H.E. Gil Artzyeli, Ambassador of the State of Israel")
                # (not "at Santa Rosa de Copán, the president spoke", a place, nor "After meeting Jan
                # Kowalski, the ambassador flew home", the object of a clause before)
                (after := title_after.match(ctx.masked, x.end)) is not None and after.end() <= c.start and
                _opens_clause(ctx, x.start) and
                not _TITLE_LIMITED.match(ctx.masked, after.end(), min(c.start, after.end() + 60)) or
                (t := title.search(ctx.masked, max(0, x.start - 60), x.start)) is not None and
                not _FORMER_TITLE.search(ctx.masked, max(0, t.start() - 12), t.start()) or
                # (the same office in other words: "the minister of defence, Ana López, …. The defence minister said")
                k and before[k - 1].kind == "role" and (before[k - 1].text or "").lower() == (c.text or "").lower() and
                ctx.masked[before[k - 1].end:x.start].strip() == ","):
            return x.ref
    return None


def _titled_once(ctx: ArticleContext, c: Cand, allowed: set) -> str | None:
    """The one person the text gives the role's own words in apposition, anywhere in it ("The
    ambassador, Jorge Faurie, told Radio BíoBío …" at the foot of a log that runs newest first, over
    "the ambassador said" in every entry above), when no one the role can be is named in the text;
    else None (two so titled, or none)."""
    if ctx.titled is None:
        ctx.titled = {}
        cands = ctx.cands
        for x, y in zip(cands, cands[1:]):
            if x.kind == "role" and y.kind in ("mention", "name") and y.person and \
                    ctx.masked[x.end:y.start].strip() == "," and ctx.masked.startswith(",", y.end):
                ctx.titled.setdefault((x.text or "").lower(), set()).add(y.ref)
    titled = ctx.titled.get((c.text or "").lower(), set())
    if len(titled) != 1 or any(m.actor in allowed for m in ctx.all_mentions):
        return None
    return next(iter(titled))


#: A title held for a time only, in the apposition after it: "ambassador to Hungary until last year".
_TITLE_LIMITED = re.compile(r"[^,.;\n]*?(?<![\w-])(?:until|till|between|previously|formerly|then)(?![\w-])")
#: What may stand before a name that opens its clause: a courtesy title ("H.E. Gil Artzyeli, …").
_COURTESY_BEFORE = re.compile(r"(?:(?:H\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame)\s+)*")


def _opens_clause(ctx: ArticleContext, pos: int) -> bool:
    """Whether the name at ``pos`` opens its clause: nothing before it in its sentence, after a
    heading's marks, a colon or a semicolon, but a courtesy title ("# Presentation of Credentials:
    H.E. Gil Artzyeli, Ambassador …"; not "After meeting Jan Kowalski, …", "Unlike Piotr Nowak, …")."""
    lo = ctx.sents[ctx.sent_index(pos)].start if ctx.sents else 0
    lo = max(lo, ctx.masked.rfind("\n", 0, pos) + 1, ctx.masked.rfind(":", lo, pos) + 1, ctx.masked.rfind(";", lo, pos) + 1)
    before = ctx.masked[lo:pos].lstrip(" \t#*_>")
    return _COURTESY_BEFORE.fullmatch(before) is not None


def _same_office_before(ctx: ArticleContext, c: Cand) -> str | None:
    """The actor the same bare office in title case ("the President", "the Foreign Minister")
    told before ``c`` refers to, when no one the office can be is named between (the caller
    checks): a text that calls someone by office alone means one holder throughout (a note for
    the file from an embassy: its "the President" is the host's, from the first mention on)."""
    phrase = (c.text or "").strip()
    if _THE_OFFICE.fullmatch(ctx.masked, c.start, c.end) is None:
        return None
    for x in reversed(ctx.cands_in(0, c.start)):
        if x.kind == "role" and (x.text or "").strip() == phrase and _THE_OFFICE.fullmatch(ctx.masked, x.start, x.end):
            return resolve_role(ctx, x)
    return None


#: A bare office in title case: "The President", "the Foreign Minister" (not "Serbia's President").
_THE_OFFICE = re.compile(r"[Tt]he\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*")


#: A people of a state, in its sentence: "many Indians", "Brazilian women", "the Turkish public".
_PEOPLE_WORDS = re.compile(r"(?<![\w-])(?P<dem>[A-Z][\w'’-]+)(?:\s+(?P<noun>people|public|women|men|voters|"
                           r"citizens|families|farmers|workers|taxpayers|nationals|children|students))?(?![\w-])")


def _people_before(ctx: ArticleContext, pos: int) -> str | None:
    """The state whose people the sentence names last before ``pos`` ("many Indians", "Brazilian
    women"), when no actor is named after them: whom "their" in "their president" refers to."""
    sent = ctx.sents[ctx.sent_index(pos)]
    roles = roles_of(ctx.reg)
    found = None
    for m in _PEOPLE_WORDS.finditer(ctx.body, sent.start, pos):
        word = m.group("dem").lower()
        state = roles.people_of.get(word) if m.group("noun") is None else roles.demonym_of.get(word)
        if state is not None:
            found = (state, m.end())
    if found is None or any(x.kind in ("mention", "name") and not x.person for x in ctx.cands_in(found[1], pos)):
        return None  # (a person named between is no "their": "Many Italians admire Orbán, but their …")
    return found[0]


_PLACE_PREPOSITION = re.compile(r"(?<![\w-])(?:inside|into|across|over|toward|towards|deep\s+in)\s+$")


#: Nouns for a state's government, which is the state itself when the registry has no actor
#: for it.
_GOVERNMENT_NOUNS = frozenset({"government", "cabinet", "administration", "authorities"})


def _bodies_near(ctx: ArticleContext, pos: int, speakers: bool = False):
    """The states and organisations named in the sentence of ``pos`` before it and in the two
    sentences before, last first, not inside a quote nor as a place ("a refinery inside
    Russia"); with ``speakers``, also the persons named there as the ones who spoke ("Vučić
    wrote", not "declares the ambassador, Pablo Monroy, …")."""
    si = ctx.sent_index(pos)
    for x in reversed(ctx.cands_in(ctx.sents[max(0, si - 2)].start, pos)):
        if x.kind != "mention" or x.ref is None or ctx.masked[x.start] == v.MASK or \
                _PLACE_PREPOSITION.search(ctx.masked, max(0, x.start - 10), x.start):
            continue
        actor = ctx.reg.actors.get(x.ref)
        if actor is not None and (actor.kind != "person" or speakers and _speaks_after(ctx, x.end)):
            yield x.ref, actor


def _state_near(ctx: ArticleContext, pos: int) -> str | None:
    """The state named last just before ``pos`` (``_bodies_near``), else None."""
    return next((ref for ref, actor in _bodies_near(ctx, pos) if actor.kind == "state"), None)


#: What may come before a sentence's subject: its paragraph's number or time and bold label ("1.
#: **Summary.** Belgrade's …", "14:20 Warsaw's delegation …"), an opening adjunct ("On Wednesday
#: Warsaw recalled …", "Then Colombia."), "The".
_SUBJECT_OPENING = re.compile(r"[\s>#*_]*(?:\d{1,3}[.)]\s+|\d{1,2}[:.]\d{2}\s*(?:[—–-]\s*)?)?"
                              r"(?:(?:\*\*|__)[^*_\n]{1,40}(?:\*\*|__)\s+)?"
                              r"(?:(?:On|In|At|By|Later|Earlier|Then|And|But)\b[^,;:.“”\"¤]{0,30}?,?\s+)??(?:[Tt]he\s+)?")


_COORDINATED = re.compile(r"\s+(?:and|or|&)\s")


def _subject_body_before(ctx: ArticleContext, pos: int) -> list[tuple[str, object]]:
    """The state or organisation that opens the sentence before ``pos``'s as its subject, or its
    subject's owner ("Belgrade's public reaction to the delivery … to the Kosovo Security Force went
    from fury to courtship. The President's language …": Belgrade's, not the last named), as
    ``_bodies_near`` gives them, when ``pos``'s own sentence names no one before it; else nothing."""
    si = ctx.sent_index(pos)
    if si == 0 or not ctx.sents[si].start <= pos < ctx.sents[si].end:
        return []
    if any(x.kind in ("mention", "name") for x in ctx.cands_in(ctx.sents[si].start, pos)):
        return []  # (its own sentence names someone first: "But Manila said …, and the President has said …")
    prev = ctx.sents[si - 1]
    first = next(iter(ctx.cands_in(prev.start, prev.end)), None)
    if first is None or first.kind != "mention" or first.ref is None or \
            _SUBJECT_OPENING.fullmatch(ctx.masked, prev.start, first.start) is None or \
            ctx.masked.startswith(",", first.end) or _COORDINATED.match(ctx.masked, first.end):
        return []  # (nor a fronted object: "Poland, Hungary said on Tuesday, had no right …"; nor one of
        # two subjects: "Italy and Albania signed a new protocol")
    actor = ctx.reg.actors.get(first.ref)
    return [(first.ref, actor)] if actor is not None and actor.kind != "person" else []


#: A clause joined to the one before it, right before an office: ", and (the ministry)", "; (the embassy)".
_JOINED_CLAUSE = re.compile(r"(?:,\s+and|;)\s+(?:then\s+)?$")


def _holder_of_joined_subject(ctx: ArticleContext, pos: int, phrase: str, allowed: set[str]) -> str | None:
    """Of several actors an office can be, the one of the state that opens the office's sentence as
    the subject of the clause the office's clause is joined to ("On 5 August Moscow expelled
    fourteen Bulgarian diplomats, and the ministry wrote …": Russia's, not the Bulgarian ministry
    named paragraphs before, nor Bulgaria's for the diplomats' adjective)."""
    sent = ctx.sents[ctx.sent_index(pos)]
    if not _JOINED_CLAUSE.search(ctx.masked, max(sent.start, pos - 16), pos) or \
            _ACT_NAMED_BACK.search(ctx.masked, pos, sent.end) and not _JUSTIFIED.search(ctx.body, pos, sent.end):
        # (nor a clause that judges the act before it, "…, and the ministry said the decision was
        # “disproportionate”": the other side's; but "… the step was “a response to Sofia's …”" justifies it)
        return None
    lo = dateline.end() if (dateline := v.DATELINE.match(ctx.masked, sent.start)) is not None else sent.start
    first = next(iter(ctx.cands_in(lo, pos)), None)
    if first is None or first.kind != "mention" or first.ref is None or \
            _SUBJECT_OPENING.fullmatch(ctx.masked, lo, first.start) is None and \
            _TIME_OPENING.fullmatch(ctx.masked, lo, first.start) is None or \
            ctx.masked.startswith(("'s", "’s", ","), first.end) or _COORDINATED.match(ctx.masked, first.end) or \
            not _VERB_AFTER_BODY.match(ctx.masked, first.end):
        return None
    actor = ctx.reg.actors.get(first.ref)
    if actor is None or actor.kind != "state" or \
            any((mt.actor == first.ref or ctx.reg.state_of(mt.actor) == first.ref) and not ctx.in_quote(mt.start)
                for mt in ctx.mentions_in(pos, sent.end)):
        return None  # (nor when its clause acts on that state: "…, and the ministry summoned Russia's ambassador")
    return _sole_holder(ctx, phrase, first.ref, allowed)


#: A time that opens a sentence before its subject: "A week later ", "Two days after that, ", "The
#: next morning ", "That evening ".
_TIME_OPENING = re.compile(r"[\s>*_]*(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Aa]\s+few|\d{1,2})\s+"
                           r"(?:hours?|days?|weeks?|months?)\s+(?:later|earlier|after(?:\s+that)?)|[Tt]he\s+next\s+\w+|"
                           r"[Tt]hat\s+(?:morning|afternoon|evening|night|day|week)|[Hh]ours\s+later|[Dd]ays\s+later)\s*,?\s+")
#: The act of the clause before, named back as what is judged: "the decision", "the move", "the
#: expulsions" (outside quotation marks).
_ACT_NAMED_BACK = re.compile(r"(?<![\w-])(?:the|this|that|these|those)\s+(?:[a-z]+\s+)?(?:decision|move|step|measures?|"
                             r"expulsions?|closure|ban|order)(?![\w-])")
#: Words that justify an act as an answer to another's: "a response to", "in retaliation", "reciprocal".
_JUSTIFIED = re.compile(r"(?i)(?<![\w-])(?:respon(?:se|ds?|ding)|answer\w*|retaliat\w*|reciproc\w*|mirror\w*)(?![\w-])")
#: A verb in the past or the present right after a subject: " expelled", " says", " has summoned".
_VERB_AFTER_BODY = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?[a-z]+(?:ed|s)(?![\w-])")


#: An opening adjunct that sets a side's point of view before a role, the role next: "In the Serbian
#: Defence Ministry's account, ", "According to Ankara, ", "For Belgrade, ".
_SIDE_ADJUNCT = re.compile(r"[\s*_\"“]*(?:In|According\s+to|For|From|Per)\s[^,;:¤]{1,60},\s+(?:[Tt]he\s+)?")


def _holder_named_here(ctx: ArticleContext, pos: int, phrase: str, allowed: set[str]) -> str | None:
    """Of several actors an office can be, the one of a state named in the office's own sentence
    before it ("In Nairobi, the President …", "Kenya: The President …", "09:40 — Bogotá: The
    President …") or opening the sentence before as its subject ("Bogotá hit back the next
    morning. The President said …", "Then Colombia. The President …"): the text has turned to that
    state, whatever the same office meant before."""
    sent = ctx.sents[ctx.sent_index(pos)]
    own = [(x.ref, ctx.reg.actors.get(x.ref)) for x in reversed(ctx.cands_in(sent.start, pos))
           if x.kind == "mention" and x.ref is not None and ctx.masked[x.start] != v.MASK]
    return next((holder for ref, actor in [*own, *_subject_body_before(ctx, pos)]
                 if actor is not None and actor.kind != "person"
                 and (holder := _sole_holder(ctx, phrase, ref, allowed)) is not None), None)


#: What stands right before the place a person speaks in: "in", "from" (not "a visit to", "turning to").
_SPOKEN_IN = ("in ", "from ", "In ", "From ")


def _holder_where_spoken(ctx: ArticleContext, pos: int, phrase: str, allowed: set[str]) -> str | None:
    """Of several actors an office can be, the one of the state its own sentence places the speaking
    in, before it ("at a press conference in Belgrade, the same president said": Serbia's; not "On a
    visit to Prague, the same president …", "Turning to Greece …")."""
    sent = ctx.sents[ctx.sent_index(pos)]
    for x in reversed(ctx.cands_in(sent.start, pos)):
        if x.kind != "mention" or x.ref is None or ctx.masked[x.start] == v.MASK or \
                not ctx.masked.endswith(_SPOKEN_IN, max(0, x.start - 5), x.start):
            continue
        actor = ctx.reg.actors.get(x.ref)
        if actor is not None and actor.kind != "person" and (holder := _sole_holder(ctx, phrase, x.ref, allowed)) is not None:
            return holder
    return None


def _holder_of_heading(ctx: ArticleContext, pos: int, phrase: str, allowed: set[str]) -> str | None:
    """Of several actors an office can be, the one of the state a heading over ``pos`` opens with
    ("**SERBIA: President softens tone**" over a source line and "…, the president told a news
    conference": a monitoring digest's section by country; not "Q: Does this trigger our treaty
    with the Americans?"), when none of them is named between that heading and ``pos``."""
    headings = [p for p in ctx.article.passages if p.kind == "heading" and p.end <= pos][-HEADINGS_LOOKED_BACK:]
    for heading in reversed(headings):
        first = next(iter(ctx.mentions_in(heading.start, heading.end)), None)
        if first is None or ctx.body[heading.start:first.start].strip(" #*_>"):
            continue
        if (a := ctx.reg.actors.get(first.actor)) is None or a.kind != "state":
            continue  # (a source line's outlet, "[RTS 1, live, …]")
        if any(mt.actor in allowed for mt in ctx.mentions_in(heading.end, pos)):
            return None
        return _sole_holder(ctx, phrase, first.actor, allowed)
    return None


#: An office of a state as a heading names it, right before the state's name: "Office of the
#: President of the Republic of Serbia", "Report on the Prime Minister of Canada" (``_holder_of_office_heading``).
_OFFICE_OF_BEFORE = re.compile(r"(?<![\w-])(?P<head>[A-Za-z]+)[ \t]+(?:of|OF)[ \t]+(?:[Tt]he[ \t]+|THE[ \t]+)?"
                               r"(?:(?:Republic|Kingdom|Federation|People['’]s|Democratic|Islamic|Arab|United|Federal|"
                               r"Socialist|Plurinational|Bolivarian|Hashemite|Grand|Duchy|Principality|State)[ \t]+)*"
                               r"(?:(?:of|OF)[ \t]+(?:the[ \t]+)?)?$")  # ("… of the People's Democratic Republic of ")


#: A preposition of place right before a state's or a city's name: "In Caracas, …", "from Quito".
_PLACE_ADJUNCT_BEFORE = re.compile(r"(?<![\w-])(?:[Ii]n|[Ff]rom|[Aa]t)[ \t]+$")


def _holder_of_office_heading(ctx: ArticleContext, pos: int, phrase: str, allowed: set[str]) -> str | None:
    """Of several actors an office can be, the holder of the office of a state that a heading before
    ``pos`` names in full, "of" and the state ("**Inspection of: Office of the President of the
    Republic of Serbia**" over "the President posted …", "the President told TV Pink"): the text
    is about that office, and its bare name is that holder; not when a holder of the office is
    named near ``pos`` (``_holder_named_near``), nor when headings name the office of two states."""
    head = phrase.lower().split()[-1] if phrase.split() else ""
    holders = set()
    for heading in ctx.headings_in(0, pos):
        for mt in ctx.mentions_in(heading.start, min(heading.end, pos)):
            office = _OFFICE_OF_BEFORE.search(ctx.body, heading.start, mt.start)
            if office is not None and office.group("head").lower() == head and \
                    (holder := _sole_holder(ctx, phrase, mt.actor, allowed)) is not None:
                holders.add(holder)
    if len(holders) != 1 or _holder_named_near(ctx, pos, allowed - holders):
        return None
    sent = ctx.sents[ctx.sent_index(pos)]
    if any(_PLACE_ADJUNCT_BEFORE.search(ctx.masked, max(sent.start, mt.start - 12), mt.start) and
           _sole_holder(ctx, phrase, mt.actor, allowed) not in holders for mt in ctx.mentions_in(sent.start, pos)):
        return None  # ("In Caracas, the President ordered …", "In Brussels, the President said …": the office of
        # the place the sentence is set in, or of no one the heading names)
    return holders.pop()


def _holder_named_near(ctx: ArticleContext, pos: int, allowed: set[str]) -> bool:
    """Whether one the office can be is named before ``pos`` in its paragraph or in the sentence
    before: the text's own context then says whom the office means ("Vučić said …. He claimed ….
    The President also said": Vučić, in a text from Pristina)."""
    si = ctx.sent_index(pos)
    lo = min(ctx.sents[max(0, si - 1)].start, ctx.paras[ctx.para_index(pos)].start if ctx.paras else pos)
    return any(mt.actor in allowed for mt in ctx.mentions_in(lo, pos))


def _home_in_story(ctx: ArticleContext, pos: int, allowed: set[str], home: str) -> bool:
    """Whether the holder of the text's place may be the bare office at ``pos``: the holders the
    paragraph of ``pos`` and the two before name or quote (outside quotations) are none, or
    include him; not a story about another holder of the office ("By … | Belgrade | …" over
    Osmani's words, then "The President also said")."""
    pi = ctx.para_index(pos) if ctx.paras else 0
    lo = ctx.paras[max(0, pi - 2)].start if ctx.paras else 0
    recent = {mt.actor for mt in ctx.mentions_in(lo, pos) if mt.actor in allowed and not ctx.in_quote(mt.start)} | \
        {s.speaker for s in ctx.statements if lo <= s.start < pos and s.speaker in allowed}
    return not recent or home in recent


#: A state named as the place of a heading or a header line: after its start, a comma, a middle dot
#: or a bar, and before a mark that ends the field ("**PRESS CENTRE, BELGRADE** — …",
#: "Yearbook of Kalemegdan International School, Belgrade · Class of 2026"; not "Vučić attacks Turkey").
_PLACE_BEFORE = re.compile(r"(?:^|[,·|•])[ \t*_#]*$")
#: A field that tells where a text is set, in which "in" names the place: "**Scene:** a café near the
#: Faculty of Philosophy in Belgrade" (not a topic's heading, "## Reactions in Khartoum").
_PLACE_FIELD = re.compile(r"[ \t>*_#-]*(?:Scene|Setting|Place|Location|Where|Venue)[*_]*[ \t]*:")
_IN_BEFORE = re.compile(r"(?<![\w-])in[ \t]+$")
_PLACE_AFTER = re.compile(r"[ \t*_]*(?:[,·|•—–)]|\s-\s|$)")


def _place_of_text(ctx: ArticleContext, pos: int) -> str | None:
    """The state a text is written from, by its local custom: the one state that its first line
    names as its place, when that line is a heading or a line of labels (a review's "**Köşk** ·
    Cara Dušana, Dorćol, Belgrade · Open daily …", a yearbook's "Yearbook of Kalemegdan
    International School, Belgrade · Class of 2026"), else the first heading before ``pos`` that
    names a state as its place (a game's first scene, "**PRESS OFFICE, BELGRADE** — Wednesday 8
    October 2025": its later scene in Ankara is still told from Belgrade); None when that line
    names two. A bare "the President" in such a text, with no holder named near it, is that
    state's."""
    first = ctx.article.passages[0] if ctx.article.passages else None
    lines = [first] if first is not None and first.end <= pos and \
        (first.kind == "heading" or any(m in ctx.body[first.start:first.end] for m in "·|•")) else []
    lines += [p for p in ctx.headings_in(0, pos) if p.end <= pos and p is not first]
    for p in lines:
        states = set()
        for mt in ctx.mentions_in(p.start, p.end):
            actor = ctx.reg.actors.get(mt.actor)
            if actor is None or actor.kind != "state" or ctx.in_quote(mt.start) or \
                    ctx.body[mt.start:mt.end].casefold() == actor.name.casefold():
                continue  # (a place is a city the registry gives the state, "BELGRADE"; not a topic's "| Turkey |")
            line_hi = ctx.body.find("\n", mt.end, p.end)
            before = ctx.body[max(p.start, ctx.body.rfind("\n", p.start, mt.start) + 1):mt.start]
            if (_PLACE_BEFORE.search(before) or _PLACE_FIELD.match(before) and _IN_BEFORE.search(before)) and \
                    _PLACE_AFTER.match(ctx.body[mt.end:p.end if line_hi < 0 else line_hi]):
                states.add(mt.actor)
        if states:
            return states.pop() if len(states) == 1 else None
    return None


#: How many headings back a section's state is looked for (``_holder_of_heading``): past a
#: source line, "[RTS 1, live, 1112 gmt 9 Oct 25]", to the country's.
HEADINGS_LOOKED_BACK = 2


def _sole_holder(ctx: ArticleContext, phrase: str, ref: str, allowed: set[str]) -> str | None:
    """The one actor of ``allowed`` that holds the office ``phrase`` for the state of ``ref``, else None."""
    of_state = [a for a in role_candidates(ctx.reg, phrase, roles_of(ctx.reg).state_of.get(ref, ref)) if a in allowed]
    if len(of_state) > 1:  # (the president rather than the presidency, "Office of Serbia's president")
        of_state = [a for a in of_state if (actor := ctx.reg.actors.get(a)) is not None and actor.kind == "person"]
    return of_state[0] if len(of_state) == 1 else None


def _holder_of_state_near(ctx: ArticleContext, pos: int, phrase: str, allowed: set[str]) -> str | None:
    """Of several actors a role can be, the one of the state (or organisation) named last just
    before ``pos``, or of the state of the person who spoke there (``_bodies_near``), when that
    state has one ("Then the Serbian response. The president wrote …": Serbia's; "Vučić wrote on
    X that … The foreign minister went further": Serbia's)."""
    # (the subject that opens the sentence before was tried first, by ``_holder_named_here``)
    return next((holder for ref, _actor in _bodies_near(ctx, pos, speakers=True)
                 if (holder := _sole_holder(ctx, phrase, ref, allowed)) is not None), None)


def _holder_in_title(ctx: ArticleContext, allowed: set[str]) -> str | None:
    """Of several actors a role can be, with no state named near it, the one the title names, when
    it names one of them and the text names no other of them more outside quotations ("Live chat replay:
    what viewers typed while Vučić spoke about Turkey": "the President" there is Vučić, however often
    Turkey is named)."""
    title = ctx.article.meta.title or ""
    found = [mt for mt in ctx.reg.find_mentions(title) if mt.actor in allowed]
    if len({mt.actor for mt in found}) != 1:
        return None
    holder = found[0].actor
    if any(v.SPEECH.matcher.match(title, gap.end()) for mt in found if (gap := _BEFORE_VERB.match(title, mt.end)) is not None):
        return holder  # ("… while Vučić spoke about Turkey": the one the title tells speaking)
    told = Counter(mt.actor for mt in ctx.all_mentions if mt.actor in allowed and not ctx.in_quote(mt.start))
    if any(n > told[holder] + 1 for a, n in told.items() if a != holder):
        return None  # (nor when the text names another of them more, the title once too: it may name whom it is about)
    return holder


def _holder_most_present(ctx: ArticleContext, c: Cand, allowed: set[str]) -> str | None:
    """Of several actors a role can be, with no state named near it, the one the article is most
    about: whose name and state the whole text names most, when one leads and is named himself
    (a monologue on the United States and North Korea: "the president" is Trump, not a president
    of the registry's other disputes). None on a tie, when the text names none of them, or when a
    person the registry does not know is named in the role's sentence or the two after it ("The
    president said … Joe Biden was speaking at the White House": that person, whom the registry
    cannot name)."""
    si = ctx.sent_index(c.start)
    hi = ctx.sents[min(len(ctx.sents) - 1, si + 2)].end
    if any(x.kind == "name" and x.person for x in ctx.cands_in(ctx.sents[si].start, hi)):
        return None
    state_of = roles_of(ctx.reg).state_of
    named = Counter(mt.actor for mt in ctx.all_mentions)
    counts = {a: named[a] + (named[state_of[a]] if state_of.get(a, a) != a else 0) for a in allowed if named[a]}
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return max(counts, key=counts.get)


#: What may come between a name and its reporting verb ("Vučić also wrote"): ``_speaks_after``.
_BEFORE_VERB = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?")


def _speaks_after(ctx: ArticleContext, end: int) -> bool:
    """Whether a reporting verb follows a name that ends at ``end`` ("Vučić wrote", "Orbán said
    on Monday"): the one who spoke."""
    gap = _BEFORE_VERB.match(ctx.masked, end)
    return gap is not None and v.SPEECH.matcher.match(ctx.masked, gap.end()) is not None


#: Between a role and the name in apposition to it, and after the name: "His foreign minister,
#: Marko Đurić, went further", "the spokesman, Lin Jian (right), said".
#: (the name in bold or italics too: "The interior minister, **Florencio Randazzo**, called …")
_APPOSITION = re.compile(r"\s*,\s*(?:\*\*|__|\*|_)?")
_APPOSITION_END = re.compile(r"(?:\*\*|__|\*|_)?\s*(?:,|\()")


def _role_holder(ctx: ArticleContext, c: Cand) -> str | None:
    """Whom a role stands for as an antecedent: the person apposed to it ("The spokesman of the
    interior ministry in Kabul, Abdul Nafi Takor, wrote …. He said …"), else the role resolved."""
    return _apposed_person(ctx, c) or resolve_role(ctx, c)


def _apposed_person(ctx: ArticleContext, c: Cand) -> str | None:
    """The person named in apposition right after a role ("His foreign minister, Marko Đurić,
    …"): the role is that person, whatever the role alone would resolve to; else None."""
    end = c.end
    if (office := _OFFICE_COMPLEMENT.match(ctx.masked, end)) is not None and \
            not _VERB_IN_COMPLEMENT.search(office.group()) and \
            not any(x.kind in ("mention", "name") and x.person for x in ctx.cands_in(end, office.end())):
        end = office.end()  # "Hungary's Minister of Foreign Affairs, Péter Szijjártó,": the office's complement
        # (no clause of its own: not "The spokesman of the ministry in Belgrade criticised Kurti, Osmani, …")
    if ctx.masked[end:end + 1] != ",":
        return None
    x = next(iter(ctx.cands_in(end, end + 80)), None)
    if x is None or x.kind not in ("mention", "name") or not x.person or \
            not _APPOSITION.fullmatch(ctx.masked, end, x.start) or not _APPOSITION_END.match(ctx.masked, x.end):
        return None
    return x.ref


#: A verb in the past, or one of speech, inside what looks like an office's complement: it is a clause.
_VERB_IN_COMPLEMENT = re.compile(r"(?<![\w-])(?:[a-z]+ed|said|told|says|wrote|spoke|met|made|gave|took|sent)(?![\w-])")
#: The complement of an office's noun before its holder's name in apposition: "(Minister) of
#: Foreign Affairs", "(Secretary) of State", "(Minister) for Europe and Foreign Affairs".
_OFFICE_COMPLEMENT = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'’-]*){0,3}(?=,)|"
                                # (or the rest of its title in capitals: "(The Chief) Cabinet Secretary")
                                r"(?:\s+[A-Z][a-z][\w'’-]*){1,3}(?=,)|"
                                # (or what the role is of, in lower case: "(The head) of the German delegation",
                                # "(The spokesman) of the interior ministry in Kabul")
                                r"\s+(?:of|for|at)\s+(?:the|its|his|her|their)\s+[^,;:.!?¤\n]{2,50}?(?=,)")


def resolve(ctx: ArticleContext, c: Cand, exclude: str | None = None) -> str | None:
    """The speaker or target a candidate stands for: an actor id or a kept name, else None."""
    if c.kind in ("mention", "name"):
        return c.ref
    if c.kind in ("pronoun", "poss"):
        return resolve_pronoun(ctx, c, exclude)
    if c.kind == "role":
        found = _role_holder(ctx, c) or _office_named_before(ctx, c)
        if found is None and _SAME_BODY.match(ctx.body, c.start):
            # ("A spokesperson for Winston Peters answered … the same office said": Peters's)
            found = _same_one(ctx, c)
        if found is None and c.text and c.text.split()[-1].lower() in _UNNAMED_VOICES:
            found = _body_of_heading(ctx, c.start)
        if found is not None or not c.text:
            return found
        words = c.text.split()
        if words[-1].lower() in POSTS or words[-1].lower() in _RENDERINGS or words[-1].lower() == "letter":
            return None  # a post, a letter or a translation nobody is told as writing is nobody's name
        if words[0].lower() in _POSSESSIVE_PRONOUNS:  # "their joint statement", owner unknown
            if words[-1].lower() in _SPEECH_NOUNS:
                return next((s.speaker for s in reversed(ctx.statements) if s.start < c.start), None)
            words = words[1:]
        if words and words[-1].lower() in v.TEXT_NOUNS:
            return None  # (nor "the statement" no one is told as giving: not kept as a speaker's name)
        return "the " + " ".join(words) if words else None  # "the spokesman": kept as the speaker's name
    return None


#: The nouns of an unnamed voice of a body: "an official", "the spokesman".
_UNNAMED_VOICES = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "diplomat", "representative",
                             "source"})


def _body_of_heading(ctx: ArticleContext, pos: int) -> str | None:
    """The one body or state a short heading right above ``pos``'s section names and nothing else
    ("**NATO**", "## The European Commission"): whose unnamed official or spokesman speaks under it
    ("The official also praised Turkey …"; a bare "An official told …" is no candidate at all);
    else None."""
    p = next((q for q in reversed(ctx.article.passages) if q.kind == "heading" and q.end <= pos), None)
    if p is None:
        return None
    text, named = _heading_text(ctx, p)
    if len(named) != 1 or len(text.split()) > 5:
        return None
    actor = ctx.reg.actors.get(named[0].actor)
    if actor is None or actor.kind not in ("state", "organisation", "government", "force", "party", "group") or \
            text[:named[0].start].strip(" #*_").lower() not in ("", "the") or text[named[0].end:].strip(" #*_:.").strip():
        return None
    return named[0].actor


#: "the same office", "the same ministry", "the same spokesman": a body or its voice named again
#: (not a text, "the same post", nor one a relative clause describes, "the same president who had …").
_SAME_BODY = re.compile(r"[Tt]he\s+same\s+(?:office|ministry|spokes(?:wo)?man|spokesperson|department|embassy|agency|"
                        r"presidency|official|source)(?![\w-])(?!\s*,?\s+(?:who|which|that)\b)")


#: A verb right after a subject (an adverb before it at most): "(the same office) said", "… later added".
_VERB_NEXT = re.compile(r"\s+(?:(?:later|also|then|again|\w+ly)\s+)?[a-z]{3,}\b")


def _same_one(ctx: ArticleContext, c: Cand) -> str | None:
    """The speaker "the same office", "the same ministry" or "the same spokesman" points back to:
    the one whose statement was told last before it, in its paragraph or the one before (not the
    article's own voice), when the role is a verb's subject, no "an official" of the same noun was
    told in between, and (for an official, a source, a spokesman) that statement's subject was no
    name; else None."""
    lo = ctx.paras[max(0, ctx.para_index(c.start) - 1)].start
    last = max((st for st in ctx.statements if lo <= st.start < c.start and st.speaker not in (None, "", "author")),
               key=lambda st: st.start, default=None)
    if last is None or after_preposition(ctx, c) or not _VERB_NEXT.match(ctx.masked, c.end):
        return None  # (the subject of a verb only: not "criticised the same ministry")
    noun = ctx.body[c.start:c.end].split()[-1].lower()
    if re.compile(r"(?i)(?<![\w-])(?:an?|one)\s+(?:[\w-]+\s+){0,2}" + re.escape(noun) + r"(?![\w-])").search(
            ctx.masked, lo, c.start) is not None:
        return None  # ("An unnamed official told … The same official": that one, whose words were not found)
    if noun in ("official", "source", "spokesman", "spokeswoman", "spokesperson") and last.subject_pos is not None and \
            not re.match(r"[AaTt]", ctx.masked[last.subject_pos]):
        return None  # (a person's voice named again: not after "Viktor Orbán told reporters")
    return last.speaker


#: The end of a noun for a person who holds an office: "senator", "minister", "president", "chairman".
_PERSON_NOUN_END = re.compile(r"(?:or|er|ist|ent|ant|man|woman)$")


def _office_named_before(ctx: ArticleContext, c: Cand) -> str | None:
    """A role the registry's roles do not match ("the senator", "the minister"), when one person
    named in its sentence or the two before holds an office its head names ("the senator": the
    President of the Czech Senate): that person."""
    words = ctx.body[c.start:c.end].lower().split()
    if not words or words[0] not in ("the", "this", "that"):
        return None
    head = words[-1]
    if not _PERSON_NOUN_END.search(head):
        return None  # ("the ministry", "the office": a body, not its head)
    si = ctx.sent_index(c.start)
    cands = ctx.cands_in(ctx.sents[max(0, si - 2)].start, c.start)
    named = {x.ref for x in cands if x.kind in ("mention", "name")}
    if not named:  # ("By Thursday he was sharper. The President rejected …": the one "he" is)
        named = {ref for x in cands if x.kind == "pronoun" and x.text.lower() in ("he", "she")
                 and (ref := resolve_pronoun(ctx, x)) is not None}
    office = [ref for ref in named if (a := ctx.reg.actors.get(ref)) is not None and a.kind == "person"
              and a.role and len(head) >= 5 and head[:5] in a.role.lower()]
    return office[0] if len(office) == 1 else None


#: A definite description as a subject, no name or role the registry knows: "the Independent",
#: "the veteran", "the 67-year-old", "the Deputy" (up to three words before its head).
EPITHET = re.compile(r"[\s,]*(?:the|The)\s+(?:[\w'’-]+\s+){0,3}?(?P<head>[\w'’-]+)\s+(?:(?:also|then|later)\s+)?")


#: Heads of a description that stand for the person just named ("the Independent told the House",
#: "the Deputy continued", "the veteran", "the 68-year-old"): not another person ("the farmer",
#: "the analyst", "the Speaker"), an outlet ("the Times") or a body.
_PERSON_LABELS = frozenset("independent deputy senator congressman congresswoman lawmaker legislator mp td "
                           "veteran".split())
#: "the 68-year-old"
_AGE = re.compile(r"\d{2,3}-year-old")


def epithet_speaker(ctx: ArticleContext, start: int, head: str) -> str | None:
    """Who a definite description that no rule knows stands for, as the subject of a reporting
    verb: the person a genderless "he or she" at ``start`` would be (``resolve_pronoun``), when
    its head is one of ``_PERSON_LABELS`` or an age and that person was just named or quoted;
    else None ("the farmer", "the officials", "the Times", "the Pentagon")."""
    low = head.lower()
    if not (low in _PERSON_LABELS or _AGE.fullmatch(low)):
        return None
    spk = resolve_pronoun(ctx, Cand(start, start + 1, "pronoun", None, "one"))
    # only the person just named (in the quote's sentence or the two before) or just quoted
    si = ctx.sent_index(start)
    lo = ctx.sents[max(0, si - 2)].start
    named = {x.ref for x in ctx.cands_in(lo, start) if x.kind in ("mention", "name")}
    quoted = {st.speaker for st in ctx.statements if st.end > lo and st.start < start}
    return spk if spk in named | quoted else None


def recent_group_speaker(ctx: ArticleContext, pos: int) -> str | None:
    """A group quoted within two sentences before ``pos``, or named in its sentence before it:
    who "some" or "many" refers to in "what some describe as …"."""
    si = ctx.sent_index(pos)
    for stmt in reversed(ctx.statements):
        if si - stmt.sent_hi <= 2:
            actor = ctx.reg.actors.get(stmt.speaker)
            if actor is not None and actor.kind == "group":
                return stmt.speaker
    for mt in ctx.reg.find_mentions(ctx.masked[ctx.sents[si].start:pos], ctx.sents[si].start):
        actor = ctx.reg.actors.get(mt.actor)
        if actor is not None and actor.kind == "group":
            return mt.actor
    return None
