"""Statements without a quote of their own: reported speech, and the article's own voice.

Sentence rules, in order (``SENTENCE_RULES``); each is a function of the article, a sentence
(its index), the spans quote statements already claim in it, and the statements the earlier
rules found in it, and returns new statements:

1. ``reporting_verbs``: every reporting verb outside quote statements whose subject is a
   speaker (its own, the clause's, or the speaker of the quote it is coordinated with) opens a
   statement that runs to the end of its clause ("accused Ankara of …", "said that …");
2. ``nouns_from``: "objections from the EU and the United States";
3. ``according_to_sentence``: a sentence that says "according to X" and has no other statement;
4. ``outline_item``: an outline's item that opens with a verb of speech in the past and no subject
   ("warned that trust …") is the reported speech of its branch's voice (``outlines``).

Before them, ``table_row``: a row of a table of who said what (``tables``) whose words cell
quotes nothing is its speaker's reported speech.

Then ``authorial_statements``: a sentence of the article's own voice (no statement in it) that
evaluates an actor (a stance cue reaches a named actor, and one of its cues is a verdict,
``stance.is_verdict``, not the report of an act or a statement) is a statement by ``author``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from rhetoric.extract import stance as st
from rhetoric.extract import vocabulary as v
from rhetoric.extract.clauses import (
    OPENING_ADJUNCT,
    TOPIC_WITH_RELATIVE,
    addressee,
    adjunct_end,
    before_verb_zone,
    clause_end,
    coordinated,
    inverted_subject,
    object_relative_before,
    progressive,
    statement_words_start,
    subject_aside,
    subject_of,
    verb_matches,
    verbs_in,
    zone_start,
)
from rhetoric.extract.mentions import Cand
from rhetoric.extract.model import Statement
from rhetoric.extract.outlines import branch_voice, others_words
from rhetoric.extract.resolve import entry_label, is_person, relays, resolve
from rhetoric.extract.tables import REPORTED_OPENING, label_name, row_speaker
from rhetoric.extract.targets import his_statements, lexicon_fill, stance_toward, targets_in

if TYPE_CHECKING:
    from rhetoric.extract.context import ArticleContext

Claimed = list[tuple[int, int, Statement]]
_THAT_AHEAD = re.compile(r"\s+that\b")
_LIST_GAP = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)?(?:the\s+)?")
_PRAISE = re.compile(r"(?i)praise|appeal")
_RELATIVE = re.compile(r"\s*,\s*who\b")
_NEXT_WORD = re.compile(r"\s*((?:\w+ly\s+)?\w+)")
#: A subject's own act before "and" and a reporting verb, in one clause: "(Trudeau) stood up in his
#: Parliament and (said)", "(Tusk) went to Kyiv and (told)" (a verb in the past right after the subject).
#: (the irregular pasts too: "met the ambassador and said", "rang KFOR's commander and protested";
#: after "and" an aside of whose words or an adverb, as ``vocabulary.AND_BEFORE``: "and, in the
#: army's words, expressed", "and then said")
_ACT_THEN_SAID = re.compile(r"\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|ood|ent|ook|ame|ew|ose|ade|ave|ought|ot)|met|rang|sat|held|led|"
                            r"fled|hit|put|set|left|kept|felt|heard|lost|won|ran|began|saw|built|paid|found|spoke|wrote|"
                            r"broke|drove|rode|struck|swore|wore|tore|shook|stuck|laid)\b[^,;:“”\"¤]{0,80}\s+" + v.AND_TAIL)
#: The main clause's verb after a relative clause's closing comma: a lower-case word that is no
#: joiner, article or preposition ("…, softened his tone").
_MAIN_VERB_AFTER = re.compile(r"\s+(?:(?:\w+ly|now|then|also|still|later|soon)\s+)?(?!(?:and|or|but|nor|yet|the|a|an|in|on|at|"
                              r"of|for|to|with|from|by|as|who|whom|which|that|after|before|when|while|since|his|her|its|"
                              r"their|this|these|those)\b)"
                              r"(?:[a-z]+(?:ed|s)|" + v.COMMON_PAST + r"|was|were|drew|grew|threw|fell|rose|bought|caught|fought|"
                              r"sought|meant|cut|hit|shut)\b")


def _claims_a_later_quote(ctx: ArticleContext, vm: re.Match, hi: int, claimed: Claimed) -> bool:
    """'the ministry reported that X … "…"': a quote statement whose subject comes after the
    verb, in its clause, is the one coded; the verb only reports it."""
    if not _THAT_AHEAD.match(ctx.masked[vm.end():vm.end() + 6]):
        return False
    end = clause_end(ctx, vm.end(), hi)
    for a, b, x in claimed:
        subject = x.subject_pos if x.subject_pos is not None else a
        if a > vm.end() and subject > vm.end() and x.quote_inner and x.quote_inner[0] > vm.end() \
                and b > vm.end() and a < end + 2 and x.speaker != "":
            return True
    return False




#: Verbs that can close a sentence of reported speech: "Israel had to stop the war, he said."
_TRAILING_VERBS = frozenset("say tell add write argue insist warn stress note explain claim reply answer "
                            "respond assert emphasize declare remark".split())
#: Verbs whose object is what was said ("stressed the necessity of …", "noted the progress"), not
#: to whom or where ("told reporters", "said in Brussels").
_OBJECT_CONTENT_VERBS = frozenset("stress note emphasize explain claim argue assert declare".split())
#: A noun phrase right after the verb, not a time ("noted the next day": when, not what).
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their|our)\s+(?!(?:next|following|same|previous|day|week|"
                           r"month|morning|afternoon|evening|night|year)\b)[\w'’-]")
#: A time after a closing verb ("noted an hour later", "stressed a few days later"): not its object.
_TIME_WORDS = re.compile(r"(?<![\w-])(?:later|earlier|ago|afterwards|minutes?|hours?|days?|weeks?|months?|years?|"
                         r"morning|afternoon|evening|night)(?![\w-])")
#: The comma that ends the reported words before a closing attribution, and a subject between
#: it and the verb ("…, he said", "…, the minister told the House"); nothing else on the way.
_COMMA_BEFORE = re.compile(r",\s*$")
#: … or a comma and the speaker's title before the name ("…, Prime Minister Donald Tusk said").
_COMMA_AND_TITLE_BEFORE = re.compile(r",\s*(?:the\s+)?(?:(?:[A-Z][\w'’.-]*|prime|foreign|defen[cs]e|interior|deputy|"
                                     r"minister|president|chancellor|secretary|spokes(?:wo)?man|spokesperson)\s+){1,5}$")
#: What may follow the verb that closes such a sentence: to whom, when, where, of what ("told
#: the House", "said on Monday", "said of the agreement"); no quote, no clause.
_TRAILING_REST = re.compile(r"(?:(?:,?\s+[\w'’.-]+){0,16}|(?:\s+[\w'’.-]+){0,4},\s+(?:as|while|after|before|when|amid|"
                            r"following|ahead\s+of|during)\s[^;:]*?)[.!?]?\s*")  # (the clause may quote another)
#: What shows that the words after the verb are a clause of their own, not where, when and to
#: whom: "that", an auxiliary or a modal ("he said Poland had never threatened Hungary").
_THAT_WORD = re.compile(r"(?<![\w'’-])(?:that|whether|if|to\s+(?!(?:the|a|an|his|her|their|its|reporters|journalists|"
                        r"lawmakers|deputies|parliament|supporters|voters|[A-Z][\w'’-]*)(?![\w'’-]))[a-z]+|"
                        r"had|has|have|was|were|is|are|would|will|could|should|must|can|did|does|do|adding|"
                        r"arguing|insisting|saying|warning|accusing|calling)(?![\w'’-])")
#: Words that open a clause that is not reported speech: a subordinate clause or a participle
#: ("After meeting Merz and condemning Russia in Berlin, Tusk told reporters.").
_NOT_REPORTED_OPENING = re.compile(r"\s*(?:(?:After|Before|While|When|As|Since|Although|Though|If|Unless|Despite|"
                                   r"Following|Once|Until|Because|At|In|On|With|Without|Under|Unlike|Like|Earlier|"
                                   r"Later|Amid|Among|For|From|During|Ahead|By|Within|Over|Throughout|"
                                   # the question put to the speaker: "Asked by a reporter whether …, the president answered"
                                   r"Asked|Pressed|Questioned|Challenged)(?![\w'’-])|"
                                   # a participle ("Meeting Merz …"), not a name or a subject ("Beijing is …")
                                   r"[A-Z][a-z]+ing\s+(?!(?:is|was|are|were|has|had|does|did|will|would|can|could|"
                                   r"should|must|in|of)\b))")


def _content_before(ctx: ArticleContext, vm: re.Match, subj, lo: int, hi: int, claimed: Claimed,
                    earlier: list[Statement]) -> tuple[int, int] | None:
    """Reported speech whose attribution closes the sentence: "There was an onus on every
    country, he said." The words are the clause before the comma, from the sentence's start
    (or the end of a statement already found in it), when the verb reports nothing after it.
    None when the verb is not at the end of its sentence or something claims those words."""
    if v.lemma_of(vm.group()) not in _TRAILING_VERBS or vm.group().endswith("ing"):
        return None
    rest = ctx.masked[vm.end():hi]
    if not _TRAILING_REST.fullmatch(rest) or _THAT_WORD.search(rest):
        return None
    if v.lemma_of(vm.group()) in _OBJECT_CONTENT_VERBS and _OBJECT_AFTER.match(rest) and not _TIME_WORDS.search(rest):
        return None  # "…, Josep Borrell, stressed the necessity of unblocking …": the object is what was said
    head = subj.start if subj is not None and subj.end <= vm.start() else vm.start()
    cm = _COMMA_BEFORE.search(ctx.masked, lo, head) or _COMMA_AND_TITLE_BEFORE.search(ctx.masked, max(lo, head - 60), head)
    if cm is None:
        return None
    start = max([lo] + [b for a, b, _ in claimed if b <= cm.start()] + [x.end for x in earlier if x.end <= cm.start()])
    colon = ctx.masked.rfind(":", start, cm.start())
    if colon >= 0:
        start = colon + 1  # "Tusk was blunt: Orbán has betrayed Europe, he said.": the words after the colon
    while start < cm.start() and ctx.masked[start] in " ,;:":
        start += 1
    if ctx.timeline.in_dateline(start):  # "WARSAW - Budapest is …, Tusk said": not the dateline
        start = ctx.timeline.dateline[1]
    words = ctx.masked[start:cm.start()]
    if len(words.split()) < 4 or any(a < cm.start() and b > start for a, b, _ in claimed) or \
            _NOT_REPORTED_OPENING.match(words):
        return None
    return start, cm.start()


def _closing_speaker(ctx: ArticleContext, subj, lo: int) -> str | None:
    """Who a pronoun or a role that closes a sentence of reported speech stands for: read from
    the sentence's start, since the names in the words it closes are what was said ("Orbán has
    betrayed Europe, he said": not Orbán)."""
    if subj is None or subj.kind not in ("pronoun", "role"):
        return resolve(ctx, subj) if subj is not None else None
    colon = ctx.masked.find(":", lo, subj.start)
    if colon >= 0:  # "Tusk was blunt: …, he said": the one the clause before the colon names
        lead = [x for x in ctx.cands_in(lo, colon) if x.kind in ("mention", "name") and x.person]
        if lead:
            return lead[0].ref
    return resolve(ctx, Cand(lo, lo, subj.kind, None, subj.text))


def _reported(ctx: ArticleContext, vm: re.Match, subj, spk: str, si: int) -> Statement:
    """The statement a reporting verb opens: from the verb to the end of its clause, dated by
    the subject's clause and the verb's object and adjuncts before the reported content."""
    sent = ctx.sents[si]
    lo, hi = sent.start, sent.end
    end = clause_end(ctx, vm.end(), hi)
    if subj is not None and subj.end <= vm.start() and _RELATIVE.match(ctx.masked, subj.end, vm.start()):
        # "Barrot, who yesterday called the decision unjustifiable, insisted …": the relative
        # clause ends at its closing comma, and the main verb opens a statement of its own
        comma = ctx.masked.find(",", vm.end(), end)
        if comma > 0:
            after = _NEXT_WORD.match(ctx.masked, comma + 1)
            nxt = v.SPEECH.search(ctx.masked, after.start(1), after.end(1)) if after else None
            # (or another main verb: "Vučić, who on Wednesday accused Turkey of …, softened his tone")
            end = comma if nxt is not None and nxt.start() == after.start(1) or \
                _MAIN_VERB_AFTER.match(ctx.masked, comma + 1) else end
    # "Algiers has blamed …": a subject right before the verb belongs to the statement's words
    named = subj is not None and (subj.kind in ("mention", "name") or subj.kind == "role" and
                                  re.search(r"['’]s\s", subj.text or ""))  # "Hungary's prime minister"
    start = subj.start if named and subj.end <= vm.start() and \
        (re.fullmatch(r"[\w\s'’-]{0,30}", ctx.masked[subj.end:vm.start()]) or
         subject_aside(ctx.masked, subj.end, vm.start())) else vm.start()
    if subj is not None and subj.kind == "pronoun" and lo <= subj.start < vm.start() and \
            re.fullmatch(r"[\w\s'’-]{0,30}", ctx.masked[subj.end:vm.start()]):
        # "In a statement on Monday it called …": the clause's opening adjuncts and its subject
        # belong to the statement's words, as a name's do
        opening = OPENING_ADJUNCT.fullmatch(ctx.masked, lo, subj.start)
        start = lo if opening else subj.start
    if subj is not None:  # (a clause split by "…, he said, …", a title before the name, a participle)
        start = statement_words_start(ctx, lo, subj, vm.start(), vm.end(), start)
    rel = object_relative_before(ctx.masked, lo, subj.start) if subj is not None and lo <= subj.start else None
    if rel is not None and (comma := ctx.masked.find(",", vm.end(), end)) > 0 and _MAIN_VERB_AFTER.match(ctx.masked, comma + 1):
        end = comma  # ("The deal, which Zaev says protects …, was reached with Tsipras": the relative clause's words)
    if rel is not None:
        # ("… the group MEK, which Tehran's ministry calls a terrorist group": the words are about the
        # one the relative pronoun stands for; they start with its clause)
        edge = rel
        while edge > lo and ctx.masked[edge - 1] in " \t,":
            edge -= 1  # (before the pronoun's own comma)
        k = max(lo, max(ctx.masked.rfind(c, lo, edge) for c in ",;:") + 1)  # (the antecedent's clause)
        while k < edge and ctx.masked[k].isspace():
            k += 1
        start = min(start, k)
    stmt = Statement(spk, "reported", start, end, vm.group(), si, si, (lo, hi), (vm.end(), end))
    zs = zone_start(ctx, lo, subj.start) if subj else lo
    stmt.date_zone = before_verb_zone(ctx, zs, subj.end, vm.start()) if subj else [(zs, vm.start())]
    stmt.date_zone.append((vm.start(), adjunct_end(ctx, vm.end(), end)))
    tg = targets_in(ctx, vm.end(), end, spk)
    stmt.primary = tg[0][0] if tg and ctx.masked[vm.end():tg[0][1]].strip() in ("", "that") else None
    stmt.extra_targets = his_statements(ctx, vm.end(), end, spk)
    if subj is not None and subj.end <= vm.start():
        addr = addressee(ctx, subj.end, vm.start(), spk)
        if addr:
            stmt.addressee = addr
            stmt.extra_targets.append((addr, vm.start(), vm.start()))
    stmt.verb_pos = vm.start()
    stmt.subject_pos = subj.start if subj else vm.start()
    stmt.anaphoric = True
    stmt.paragraph = ctx.para_index(lo)
    return stmt


def _reported_before(ctx: ArticleContext, vm: re.Match, subj, spk: str, si: int, words: tuple[int, int]) -> Statement:
    """The statement of a sentence whose attribution closes it (``_content_before``): the words
    before the comma, dated by the attribution ("…, he said on Monday")."""
    sent = ctx.sents[si]
    a, b = words
    zone = (b, sent.end)
    more = _AND_AFTER_ATTRIBUTION.match(ctx.masked, vm.end(), sent.end)
    if more is not None:  # "He was “appalled” by Turkey's behaviour, he wrote, and by a brutal violation …"
        zone, b = (b, more.start()), more.end()
    stmt = Statement(spk, "reported", a, b, vm.group(), si, si, (sent.start, sent.end), (a, b),
                     claim=(a, sent.end))
    stmt.date_zone = [zone]
    stmt.extra_targets = his_statements(ctx, a, b, spk)
    stmt.verb_pos = vm.start()
    stmt.subject_pos = subj.start if subj is not None else vm.start()
    stmt.anaphoric = True
    stmt.paragraph = ctx.para_index(sent.start)
    return stmt


#: The words go on after a closing attribution: ", and by a brutal violation of …" (a complement
#: of what was said, to the end of the sentence, its full stop left out).
_AND_AFTER_ATTRIBUTION = re.compile(r"(?:\s+on\s+[\w-]+)?,\s+and\s+(?:by|that|to|of|for|with|about|against|in|on)\s"
                                    r"[^;:“”\"¤]*?(?=[.!?]?\s*$)")  # (not "…, Tusk said, and then left for …")


_CALLED_IN_WHEN = re.compile(r"\s*(?:When|As|After|Before|Once)\s[^,;:“”\"¤]{1,120},")
_BARE_OBJECT = re.compile(r"\s+(?:[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,5}|him|her|them)\s*")


#: A comma and "and" before a clause's own subject: where the clause before it ends.
_AND_NEW_SUBJECT = re.compile(r",\s+and\s+(?:(?:an?|the)\s+)?$")
#: A speech noun and "that", then the words up to a verb in the clause it opens: the content of
#: that speech ("the accusation that he threatens …", "the claim that Kurti insulted him"), not a
#: statement of the clause's subject (not past "and": "dismissed claims that Berlin was isolated and
#: accused Orbán …" is the subject's own second verb).
_SPEECH_NOUN_THAT = re.compile(r"(?i)(?<![\w-])(?:accusations?|allegations?|claims?|charges?|assertions?|suggestions?|"
                               r"complaints?|insinuations?|rumou?rs?)\s+that\s+(?:(?!\s(?:and|but|then)\s)[^,;:“”\"¤.!?()—–]){0,60}$")


def _asked_whether(ctx: ArticleContext, vm: re.Match, lo: int, hi: int) -> bool:
    """Whether the verb ``vm`` is asked about, not told ("What did Kosovo say?", "Did Diop really say
    Algeria …?", "Wasn't it Vjosa who said Turkey dreams …?"; not when answered "Yes, …", nor "Why did
    … say …?": ``vocabulary.asked_whether_said``)."""
    return v.asked_whether_said(ctx.masked, lo, vm.start(), vm.end(), hi)


def reporting_verbs(ctx: ArticleContext, si: int, claimed: Claimed, found: list[Statement]) -> list[Statement]:
    """Reported speech, clause by clause (module doc, rule 1)."""
    lo, hi = ctx.sents[si].start, ctx.sents[si].end
    if ctx.masked.find("?", lo, hi) >= 0 and _HYPOTHETICAL_QUESTION.search(ctx.masked, lo, hi):
        return []  # "Would Warsaw have … if Budapest had condemned …?": what did not happen
    new: list[Statement] = []
    last_end, last_verb = lo, lo
    relayed_by = None  # (the reporter of the inner clause next made a statement)
    for vm in verbs_in(ctx, lo, hi, False):
        if any(a <= vm.start() < b for a, b, _ in claimed) or v.MASK in ctx.masked[vm.start():vm.end()]:
            continue
        lem = v.lemma_of(vm.group())
        if _asked_whether(ctx, vm, lo, hi):
            continue  # "**What did Kosovo say?** …": a question, not what was said
        if (colon := ctx.masked.find(":", vm.end(), hi)) >= 0 and TOPIC_WITH_RELATIVE.fullmatch(ctx.masked, lo, colon + 1):
            continue  # ("And, on the threat she had accused him of: “…”": the topic of the words after it)
        if "that" in ctx.masked[max(lo, vm.start() - 80):vm.start()] and \
                _SPEECH_NOUN_THAT.search(ctx.masked, max(lo, vm.start() - 80), vm.start()):
            continue  # "Osmani's accusation that he threatens his neighbours": what her words said he does
        when = _CALLED_IN_WHEN.match(ctx.masked, lo, hi) if lem == "call" else None
        if when and vm.end() < when.end() and _BARE_OBJECT.fullmatch(ctx.masked, vm.end(), when.end() - 1):
            continue  # "When the chair called Emer Higgins, protesters …": summoned, not said
        participle = vm.group().endswith("ing") and not progressive(ctx, vm.start())
        subj = subject_of(ctx, vm.start(), vm.end(), lo)
        own = subj is not None and not participle and subj.kind in ("mention", "name") and \
            v.GAP_SUBJ_VERB.match(ctx.masked[subj.end:vm.start()]) is not None
        if vm.start() < last_end and not v.CLAUSE_CUT.search(ctx.masked, last_verb, vm.start()):
            # "criticized the ASM, arguing that …" is the same statement; but in
            # "…, highlighting what Pristina views as …" Pristina speaks for itself
            if own and subj.person and new and new[-1].verb_pos == last_verb and relays(ctx, new[-1].speaker) and \
                    v.RELAYED_SUBJECT_GAP.fullmatch(ctx.masked, last_verb + len(new[-1].verb), subj.start):
                # ("Ashby reported that Vučić praised Erdoğan …": the words are Vučić's, whom the
                # reporter only relays; the inner clause is the statement; not a state's act told,
                # "He said that Belgium regretted the decision")
                relayed_by = new.pop().speaker
            elif own and new and new[-1].verb.endswith("ing"):
                cut = _AND_NEW_SUBJECT.search(ctx.masked, last_verb, subj.start)
                if cut is not None and new[-1].start < cut.start():
                    # ("Osmani went on calling his outlook hegemonic, and a NATO official … reminded
                    # everyone …": two speakers' clauses; the first ends at the comma)
                    new[-1].end = cut.start()
                    new[-1].content = (new[-1].content[0], min(new[-1].content[1], cut.start()))
                else:
                    new.pop()
            else:
                continue
        if _claims_a_later_quote(ctx, vm, hi, claimed):
            continue
        coord = coordinated(ctx, vm.start(), claimed) or coordinated(ctx, vm.start(), [(x.start, x.end, x) for x in new])
        spk = None
        if coord is not None and not own:
            spk = coord.speaker
        elif subj is not None:
            and_before = v.AND_BEFORE.search(ctx.masked[lo:vm.start()])
            if (participle or and_before) and lem in v.WEAK_VERBS and not new:
                continue
            if and_before and not own and not new and not claimed and \
                    not (subj.kind in ("mention", "name") and subj.person and _ACT_THEN_SAID.match(ctx.masked, subj.end, vm.start())
                         and len(ctx.masked[vm.end():hi].split()) >= 3):
                continue  # "… to engage and view the process as …": no speech before
                # (but "Trudeau stood up in his Parliament and said …": a person's act, then the speech)
            if subj.kind == "pronoun" and subj.text.lower() == "it" and lem in v.WEAK_VERBS:
                continue  # "what it describes as …": the author's paraphrase, not a statement
            if v.acts_owned_subject(ctx.masked, subj):
                continue  # ("the North's provocations threatened the public": its acts, no one speaking)
            spk = resolve(ctx, subj)
            if subj.kind == "pronoun" and spk and (other := _reported_subject(ctx, vm.end(), hi)) == spk:
                # ("He said the President was thinking of cutting ties": "He" is not the one its own clause
                # names; the spokesman before, not the President)
                spk = resolve(ctx, subj, exclude=other)
        elif lem in _TRAILING_VERBS and _COMMA_BEFORE.search(ctx.masked, max(lo, vm.start() - 3), vm.start()):
            inv = inverted_subject(ctx, vm.end(), hi)  # "…, said Harris on Monday."
            spk = _closing_speaker(ctx, inv, lo) if inv is not None else None
            if spk and _content_before(ctx, vm, subj, lo, hi, claimed, found + new) is None:
                continue
        if not spk:
            continue
        before = _content_before(ctx, vm, subj, lo, hi, claimed, found + new)
        if before is not None and coord is None:
            spk = _closing_speaker(ctx, subj, lo) if subj is not None and subj.end <= vm.start() else spk
            if not spk:
                continue
        stmt = _reported(ctx, vm, subj, spk, si) if before is None else _reported_before(ctx, vm, subj, spk, si, before)
        stmt.relayed_by, relayed_by = relayed_by, None
        new.append(stmt)
        last_end, last_verb = stmt.end, vm.start()
    return new


def nouns_from(ctx: ArticleContext, si: int, claimed: Claimed, found: list[Statement]) -> list[Statement]:
    """"objections from the EU and the United States": a statement by each actor listed; it is
    about the subject of the clause the noun phrase depends on ("Serbia held exercises …,
    ignoring objections from the EU"), hostile unless the noun is praise or an appeal."""
    lo, hi = ctx.sents[si].start, ctx.sents[si].end
    new: list[Statement] = []
    if not ctx.noun_from_in(lo, hi):
        return new
    for nm in v.NOUN_FROM.finditer(ctx.masked, lo, hi):
        if any(a <= nm.start() < b for a, b, _ in claimed) or \
                any(x.start <= nm.start() < x.end for x in found + new):
            continue
        pos = nm.end()
        end = clause_end(ctx, nm.end(), hi)
        for x in ctx.cands_in(nm.end(), end):
            if x.kind != "mention" or not _LIST_GAP.fullmatch(ctx.masked[pos:x.start]):
                break
            stmt = Statement(x.ref, "reported", nm.start(), end, nm.group().split()[0], si, si, (lo, hi), (end, end),
                             anaphoric=True, subject_pos=x.start, paragraph=ctx.para_index(lo))
            zs = zone_start(ctx, lo, nm.start())
            subj = [mt.actor for mt in ctx.mentions_in(zs, nm.start()) if mt.actor != x.ref]
            if subj:
                target = subj[0]
                actor = ctx.reg.actors.get(target)
                if actor is not None and actor.kind == "force" and actor.affiliation:
                    target = actor.affiliation  # diplomatic objections go to the government
                stmt.nominal_target = (target, 1 if _PRAISE.match(nm.group()) else -1)
            new.append(stmt)
            pos = x.end
    return new


#: A sentence that opens with whose view it gives: "In Meridian's view, …", "In the ministry's
#: assessment, …" (the name after ``_IN_VIEW_LEAD``, then ``_VIEW_AFTER``).
_IN_VIEW_LEAD = re.compile(r"[\s*_]*In\s+(?:the\s+)?")
_VIEW_AFTER = re.compile(r"['’]s\s+(?:view|opinion|assessment|judge?ment|estimation)\s*,\s*")


def according_to_sentence(ctx: ArticleContext, si: int, claimed: Claimed, found: list[Statement]) -> list[Statement]:
    """"Egypt will host talks next week, according to X": the sentence is X's statement, when
    nothing else in it is a statement."""
    if found or claimed:
        return []
    lo, hi = ctx.sents[si].start, ctx.sents[si].end
    if (view := _IN_VIEW_LEAD.match(ctx.masked, lo, hi)) is not None:
        # "In Meridian's view, the speech and the rupture signal …": the sentence is Meridian's
        cs = ctx.cands_in(view.end(), hi)
        if cs and cs[0].start == view.end() and (whose := _VIEW_AFTER.match(ctx.masked, cs[0].end)) and \
                (spk := resolve(ctx, cs[0])):
            after = whose.end()
            end = hi
            while end > after and ctx.body[end - 1] in ".!? ":
                end -= 1
            return [Statement(spk, "reported", lo, end, "view", si, si, (lo, hi), (after, end),
                              exclude_zone=(view.start(), after), paragraph=ctx.para_index(lo))]
    for am in v.ACCORDING.finditer(ctx.masked, lo, hi):
        cs = ctx.cands_in(am.end(), hi)
        if cs and cs[0].start == am.end():
            spk = resolve(ctx, cs[0])
            if spk and v.NORM_AFTER_NAME.match(ctx.masked, cs[0].end) and not is_person(ctx, spk):
                continue  # ("according to NATO standards": a body's norm, no source of words)
            if spk:
                end = hi
                while end > lo and ctx.body[end - 1] in ".!? ":
                    end -= 1
                return [Statement(spk, "reported", lo, end, "according to", si, si, (lo, hi), (lo, end),
                                  exclude_zone=(am.start(), cs[0].end), paragraph=ctx.para_index(lo))]
    return []


#: "you" right before a reporting verb in a question: the one who answers it spoke.
_YOU_BEFORE = re.compile(r"(?<![\w-])[Yy]ou\s+(?:(?:have|had|also|just|once|yourself)\s+)?$")


#: An auxiliary that asks before "you" ("Do you accuse …?", "Will you condemn …?", "Can you
#: confirm …?"): a question about what the answerer may say, not a report of what was said.
_ASKING_AUX = re.compile(r"(?<![\w-])(?:[Dd]o|[Dd]id|[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould|[Ss]hould|[Aa]re|[Hh]ave|[Ww]hy|"
                         r"[Hh]ow)\s+you\s+(?:(?:have|had|also|just|once|yourself)\s+)?$")


def _reported_subject(ctx: ArticleContext, end: int, hi: int) -> str | None:
    """The actor a name or a role opening the reported clause right after a verb of saying names
    ("said (that) the President was …"), else None."""
    x = next((c for c in ctx.cands_in(end, min(hi, end + 40)) if c.kind in ("mention", "name", "role")), None)
    if x is None or v.REPORTED_SUBJECT_GAP.fullmatch(ctx.masked, end, x.start) is None:
        return None
    return resolve(ctx, x)


def _reports_in_question(ctx: ArticleContext, si: int, answerer: str | None, claimed: Claimed) -> list[Statement]:
    """Reported speech inside a question: a statement of a named subject, or of the one who
    answers when the subject is "you"; the asker's own words are none (nor a verb whose quote a
    statement already gives: 'Tusk called the shipment “…”')."""
    lo, hi = ctx.sents[si].start, ctx.sents[si].end
    out: list[Statement] = []
    for vm in verbs_in(ctx, lo, hi, False):
        if out and vm.start() < out[-1].end or any(a <= vm.start() < b for a, b, _ in claimed) or \
                _asked_whether(ctx, vm, lo, hi):
            continue  # (nor whether one said it: a chat's "did Diop really say Algeria …?")
        subj = subject_of(ctx, vm.start(), vm.end(), lo)
        if subj is not None and subj.kind in ("mention", "name", "role"):
            spk = resolve(ctx, subj)
        elif answerer and _YOU_BEFORE.search(ctx.masked, max(lo, vm.start() - 20), vm.start()) and \
                not _ASKING_AUX.search(ctx.masked, max(lo, vm.start() - 40), vm.start()):
            spk, subj = answerer, None
        else:
            continue
        if spk:
            out.append(_reported(ctx, vm, subj, spk, si))
    return out


def table_row(ctx: ArticleContext, si: int, claimed: Claimed, found: list[Statement]) -> list[Statement]:
    """A row of a table of who said what (``tables``) whose words cell quotes nothing ("Accused
    Vučić of attacking a NATO member state …") is its speaker's reported speech: the cell, with
    its first word as the verb when it is a reporting verb. Under a label line, so is each later
    sentence of the paragraph that opens with such a verb, its subject left out ("Said it is
    essential …. Praised Turkey as …")."""
    if not ctx.table_rows or claimed or found:
        return []
    sent = ctx.sents[si]
    row = next((r for r in ctx.table_rows if r.start <= sent.start < r.end), None)
    if row is None or row.words[1] - row.words[0] < 12:
        return []
    lo, hi = row.words
    if not sent.start <= lo < sent.end:
        if row.label is None or not lo < sent.start < hi or not REPORTED_OPENING.match(ctx.body, sent.start, sent.end):
            return []
        lo = sent.start  # (a later sentence of the paragraph that opens with its verb)
    spk = row_speaker(ctx, row)
    if not spk:
        return []
    if row.label is not None:  # (a paragraph under a label line: its first sentence, the label dates it)
        hi = min(hi, sent.end)
    first = re.match(r"[A-Za-z]+", ctx.body[lo:hi])
    verb = first.group() if first and v.lemma_of(first.group()) != first.group().lower() else ""
    stmt = Statement(spk, "reported", lo, hi, verb, si, si, (sent.start, sent.end), (lo + len(verb), hi),
                     date_zone=[(row.start, row.end)] + ([row.label] if row.label else []), paragraph=ctx.para_index(lo))
    if verb:
        stmt.verb_pos = lo
        primary = targets_in(ctx, lo + len(verb), min(hi, lo + len(verb) + 40), spk)
        stmt.primary = primary[0][0] if primary and primary[0][1] <= lo + len(verb) + 2 else None
    return [stmt]


#: An outline item's words that open with a verb of speech in the past, the subject left out: "warned
#: that trust is difficult to build", "praised Turkey as a long-standing contributor" (``outline_item``).
_ITEM_VERB = re.compile(r"[ \t]*(?:[-*+•][ \t]+)?(?:\[[!?]\][ \t]*)?(?P<verb>[a-z]+ed|said|told|wrote|spoke)\b")


#: What after "called" makes it no verb of speech: "called to the Bar", "called up", "called in", "called off".
_NOT_SPOKEN_AFTER = re.compile(r"\s+(?:to\s+the\s+bar|up|in|off|out|back)\b", re.I)


def outline_item(ctx: ArticleContext, si: int, claimed: Claimed, found: list[Statement]) -> list[Statement]:
    """An outline's item that opens with a verb of speech in the past and no subject ("warned that
    trust is difficult to build …" under "Marko Đurić, foreign minister" over "X, 8 Oct"): the
    reported speech of the person its branch opens with, dated by the items between (``outlines``)."""
    if found or claimed:
        return []
    sent = ctx.sents[si]
    m = _ITEM_VERB.match(ctx.body, sent.start, sent.end)
    said = v.SPEECH.search(m.group("verb")) if m is not None else None
    if said is None or said.group() != m.group("verb") or \
            v.lemma_of(m.group("verb")) == "call" and _NOT_SPOKEN_AFTER.match(ctx.body, m.end()):
        return []  # (not "called to the Bar in 1997", "called up")
    voice = branch_voice(ctx, m.start("verb"))
    if voice is None or others_words(ctx.body, m.start("verb"), sent.end):
        return []  # (not "described in Baku as a “Kremlin project”": others' words about the person)
    spk, items = voice
    hi = sent.end
    while hi > m.end() and ctx.body[hi - 1] in ".!? ":
        hi -= 1
    stmt = Statement(spk, "reported", m.start("verb"), hi, m.group("verb"), si, si, (sent.start, sent.end),
                     (m.end(), hi), date_zone=items, paragraph=ctx.para_index(sent.start))
    stmt.verb_pos = m.start("verb")
    primary = targets_in(ctx, m.end(), min(hi, m.end() + 40), spk)
    stmt.primary = primary[0][0] if primary and primary[0][1] <= m.end() + 2 else None
    return [stmt]


SENTENCE_RULES: list[Callable[[ArticleContext, int, Claimed, list[Statement]], list[Statement]]] = [
    table_row, reporting_verbs, nouns_from, according_to_sentence, outline_item,
]


def reported_statements(ctx: ArticleContext) -> list[Statement]:
    """The statements the sentence rules find in every sentence (module doc)."""
    claims: dict[int, Claimed] = {}
    for stmt in ctx.statements:
        a, b = stmt.claimed()
        for i in range(stmt.sent_lo, stmt.sent_hi + 1):
            claims.setdefault(i, []).append((a, b, stmt))
    out: list[Statement] = []
    for si in range(len(ctx.sents)):
        para = ctx.paras[ctx.para_index(ctx.sents[si].start)].start
        if para in ctx.questions:
            # an interviewer's question is nobody's statement, but what it reports others said is
            # theirs: "President Osmani said last night that you …", "you wrote that …"
            out += _reports_in_question(ctx, si, ctx.answerer.get(para), claims.get(si, []))
            continue
        claimed = claims.get(si, [])
        found: list[Statement] = []
        for rule in SENTENCE_RULES:
            found += rule(ctx, si, claimed, found)
        _take_what_they_called(ctx, found, claimed)
        out += _coordinated(ctx, found)
    return out


#: The end of reported words that name something in the speaker's own quoted words: "by what he
#: called the ", "of what she described as ", "what they termed ".
_WHAT_CALLED = re.compile(r"(?<![\w-])(?:what|which)\s+(?:he|she|they|it|[A-Z][\w'’-]+)\s+(?:" + v.NAMING_VERBS + r")"
                          r"(?:\s+(?:the|an?|his|her|its|their|[A-Z][\w'’-]*['’]s))?\s*$")


def _take_what_they_called(ctx: ArticleContext, found: list[Statement], claimed: Claimed) -> None:
    """"He said he was appalled by what he called the “brutal violation …”": the quote that
    reported speech ends on, named by the same speaker, is part of that statement, not one of
    its own (its statement leaves ``ctx.statements``)."""
    for stmt in found:
        tail = max(stmt.start, stmt.end - 50)  # (the words it ends on; "what"/"which" looked for first)
        if stmt.kind != "reported" or ctx.masked.find("wh", tail, stmt.end) < 0 or \
                _WHAT_CALLED.search(ctx.masked, tail, stmt.end) is None:
            continue
        quote = next((x for _, _, x in claimed if x.speaker == stmt.speaker and x.quote_inner and
                      0 <= x.quote_inner[0] - stmt.end <= 3 and x in ctx.statements), None)
        if quote is None:
            continue
        stmt.end = max(stmt.end, quote.end, quote.quote_inner[1])
        if ctx.body[stmt.end:stmt.end + 1] in ("”", "\"", "’"):
            stmt.end += 1  # (with its closing mark)
        stmt.content = (stmt.content[0], max(stmt.content[1], stmt.end))
        ctx.statements.remove(quote)


#: What joins two predicates of one subject: "condemned … and reaffirmed …", "conceded … but called …".
_COORDINATION = re.compile(r"[\s,]*(?:and|but)\s+(?:also\s+|then\s+|later\s+)?")


def _coordinated(ctx: ArticleContext, found: list[Statement]) -> list[Statement]:
    """A sentence's reported statements, each joined to the one before when it is a second
    predicate of the same subject ("Washington condemned China's actions and reaffirmed its
    commitments", "He called it a kidnapping and warned Moscow"): one statement of both verbs,
    as one reply is one statement."""
    out: list[Statement] = []
    for stmt in sorted(found, key=lambda s: s.start):
        prev = out[-1] if out else None
        verb = stmt.verb_pos if stmt.verb_pos is not None else stmt.start  # (its span may begin at the shared subject)
        if prev is not None and prev.kind == stmt.kind == "reported" and prev.speaker == stmt.speaker and \
                stmt.subject_pos in (None, prev.subject_pos) and prev.end <= verb and stmt.end > prev.end and \
                _COORDINATION.fullmatch(ctx.masked, prev.end, verb):
            prev.end = stmt.end
            prev.content = (min(prev.content[0], stmt.content[0]), max(prev.content[1], stmt.content[1]))
            prev.frame = (min(prev.frame[0], stmt.frame[0]), max(prev.frame[1], stmt.frame[1]))
            prev.extra_targets += stmt.extra_targets
            prev.joined += [stmt.primary] if stmt.primary else []
            prev.date_zone = prev.date_zone + [z for z in stmt.date_zone if z not in prev.date_zone]  # ("… and criticised Brussels on Friday")
            continue
        out.append(stmt)
    return out


#: The author's own opinion in the first person, as editorials and columns give it: "We think
#: Pristina had every right …", "We urge NATO …", "And we ask Serbia's leaders …", "I believe …".
_OPINION_LEAD = (r"[\W_]*(?:(?:And|But|So|Still|Yet|Now|Today|Instead|Here),?\s+)?"
                 r"(?:(?:Last|This|Earlier|In)\s[^,;:¤“”\"]{1,30},\s+(?:in\s[^,;:¤“”\"]{1,25},\s+)?)?(?:[Ww]e|I)\s+"
                 r"(?:(?:also|would|do|does|did|not|still|therefore|only|firmly|strongly|must|should|cannot|can)\s+)*")
_OWN_OPINION = re.compile(
    _OPINION_LEAD +
    r"(?:think|believe|urge|ask|call\s+on|regret|welcome|hope|fear|doubt|agree|disagree|applaud|commend|"
    r"deplore|reject|support|oppose|suspect|judge|assess)(?![\w-])")
#: The same in an opinion piece, where "we find", "we consider" judge (elsewhere they set a scene:
#: "We find him later in his office"), and what the author wrote or said before is the author's
#: statement, in a column that answers itself: "I wrote last week that …".
_OWN_OPINION_COLUMN = re.compile(
    _OPINION_LEAD +
    r"(?:think|believe|urge|ask|call\s+on|regret|welcome|hope|fear|doubt|agree|disagree|applaud|commend|"
    r"deplore|reject|support|oppose|suspect|judge|assess|find|consider|admire|salute|"
    r"(?:wrote|said|argued|suggested|called|described)(?=\s+(?:last\s+\w+\s+|here\s+|then\s+)?(?:that\s|[a-zA-Z])))"
    r"(?![\w-])")


#: A sentence about what did not or may not happen: "Had Erdoğan answered …, … would …", "If
#: Ankara were to respond in kind, … would …".
_COUNTERFACTUAL = re.compile(r"[\W_]*(?:(?:And|But|Yet|Still|Even),?\s+)?(?:Had\s|(?:If|Were)\s[^,;¤]{1,120}?"
                             r"(?<![\w-])(?:were|had|was\s+to|should|did)(?![\w-]))")
#: The writer asking or writing to someone: "We asked the president's office whether …", "I wrote
#: to the ministry on Monday".
_OWN_QUESTION = re.compile(r"[\W_]*(?:(?:And|But|So|Then),?\s+)?(?:We|I)\s+(?:also\s+|then\s+|again\s+)?"
                           r"(?:" + v.ASKING + r"|put\s+(?:the|our|this)\s+questions?)(?![\w-])")
#: A question about what did not happen: "… would Baku have evacuated if …?" (not "how could anyone
#: defend it?", a verdict).
_HYPOTHETICAL_QUESTION = re.compile(r"(?<![\w-])(?:[Ww]ould|[Cc]ould|[Mm]ight)\s+[^.!?]{0,40}?(?<![\w-])have\s+[^.!?]{0,80}?"
                                    r"(?<![\w-])if\s[^.!?]*\?")
#: An open condition and what may follow from it: "If Putin mentions … again, the apology may look
#: thinner", "If Ankara answers, Belgrade could …".
_OPEN_CONDITIONAL = re.compile(r"[\W_]*(?:(?:And|But|Yet|Still|Even),?\s+)?If\s[^,;]{1,120},\s+[^,;.]{0,80}?"
                               r"(?<![\w-])(?:may|might|could|would)(?![\w-])")
#: A sentence that evaluates rather than tells an act: a copula or a verb of seeming ("was a
#: cheap stunt", "reads like a campaign leaflet"), not "Orbán vetoed the package on Monday".
_EVALUATES = re.compile(r"(?<![\w-])(?:is|was|are|were|been|being|seems?|seemed|looks?|looked|reads?|remains?|"
                        r"remained|sounds?|sounded|amounts?\s+to|amounted\s+to)(?![\w-])")
#: A copula and the first words of its predicate ("is the most damaging step", "was careless").
#: The copula's forms that judge a subject ("is", "remained").
_COPULA = r"is|was|are|were|remains?|remained"
_PREDICATE_AFTER_COPULA = re.compile(r"(?<![\w-])(?:" + _COPULA + r"|been)\s+"
                                     r"(?P<pred>(?:(?:a|an|the|most|more|very|so|too|truly|deeply)\s+){0,3}[\w'’-]+)")
#: First-person frames whose verb itself gives a verdict on what follows ("We consider X a serious
#: error", "We judge that …"), not a belief about a state of affairs ("I suspect Tusk knows …").
_VERDICT_FRAME = re.compile(r"(?<![\w-])(?:judge|assess|consider|find)\s*$")
#: A title that says the article is the author's opinion: "Opinion: …", "Our view: …", "Editorial: …".
_OPINION_TITLE = re.compile(r"\s*(?:Opinion|Editorial|Our\s+view|Comment|Commentary|Column|Op-ed|Viewpoint|"
                            r"Perspective|(?:Your\s+|Readers['’]?\s+)?Letters?(?:\s+to\s+the\s+editor)?|"
                            r"Policy\s+brief)(?:\s*[:|—–]|\s+-\s)", re.I)  # (not "Letter-bomb …")
#: A title in the author's first person ("Second thoughts: I was too hard on Ankara"), not a
#: quote's ("I will not resign, says Tusk"), or a standfirst that calls the piece a column.
_FIRST_PERSON_TITLE = re.compile(r"(?<![\w'’‘\"“-])(?<!War )(?:I(?=\s+[a-z])|I['’]m|I['’]ve|I['’]d|I['’]ll|"
                                 r"[Mm]y(?=\s+[A-Za-z]))(?![\w'’-])")
_SAYS_IN_TITLE = re.compile(r"(?<![\w-])(?:says?|said|tells?|told|warns?|vows?|insists?)(?![\w-])|[“”\"'‘’]")
_COLUMN_STANDFIRST = re.compile(r"[*_]\s*(?:A|Our|This)\s+(?:weekly\s+|monthly\s+|regular\s+)?"
                                r"(?:column|opinion|comment|editorial|op-ed)\b", re.I)
#: A standfirst that disclaims the piece's views as its authors' own ("The views of the
#: programme's analysts are their own", "Opinions expressed are the author's own", "He writes in
#: a personal capacity; the views in this essay are his own").
_OWN_VIEWS_STANDFIRST = re.compile(r"(?:^|[.!?;]\s+)[*_\s]*(?:[Tt]he\s+)?(?:[Vv]iews|[Oo]pinions)\s+(?:expressed\s+)?"
                                   r"(?:[\w'’-]+\s+){0,5}(?:are|is)\s+(?:solely\s+|entirely\s+)?"
                                   r"(?:(?:their|his|her|the\s+authors?['’]s?|the\s+writers?['’]s?)\s+(?:own|alone)|"
                                   r"those\s+of\s+the\s+(?:authors?|writers?))(?![^.]*,\s+[A-Z][\w'’-]+\s+[a-z]+ed\b)")


def opinion_piece(ctx: ArticleContext) -> bool:
    """Whether the article is its author's opinion: its title says so (``_OPINION_TITLE``: also
    a page of letters, a policy brief), is in the author's first person and quotes nobody (not
    "Tusk: I will not …", a quote in the speaker's first person, nor "World War I"), or its
    standfirst calls it a column or says its views are its authors' own."""
    title = ctx.article.meta.title or ""
    if _OPINION_TITLE.match(title):
        return True
    first = _FIRST_PERSON_TITLE.search(title)
    lead = title[:first.start()].rstrip() if first else ""
    # ("Tusk: I will not …": a quote headline whose lead is a name, the registry's or a single word)
    name = lead[:-1].strip()
    quoted = lead.endswith(":") and (len(name.split()) == 1 and name[:1].isupper() or
                                     any(ctx.reg.actors[m.actor].kind == "person" for m in ctx.reg.find_mentions(name)))
    if first and not quoted and not _SAYS_IN_TITLE.search(title):
        return True
    first = ctx.timeline.first_passage  # a short standfirst may read as a heading
    if first is None:
        return False
    if _COLUMN_STANDFIRST.match(ctx.body, first.start) is not None:
        return True
    # the disclaimer, in italics, opens or closes the piece
    last = next((p for p in reversed(ctx.article.passages) if p.kind in ("text", "heading")), first)
    return any(ctx.body.startswith(("*", "_"), p.start) and
               _OWN_VIEWS_STANDFIRST.search(ctx.body[p.start:p.end].strip("*_ ")) is not None for p in (first, last))


#: A heading that gives the outlet's own view of what the sections before told: "**OUR TAKE**",
#: "Our view", "What we think", "The bottom line", "Analysis", "Assessment".
_OPINION_HEADING = re.compile(r"[*_#\s]*(?:(?:our|my)\s+(?:view|take|assessment|verdict|opinion)|what\s+we\s+think|"
                              r"(?:the\s+)?bottom\s+line|analysis|assessment|comment)[*_\s:.]*$", re.I)
#: A paragraph that opens as the author's view: "My view, for what it is worth: …", "In our view, …".
_OPINION_PARAGRAPH = re.compile(r"[*_\s]*(?:(?:My|Our)\s+(?:view|take|verdict)(?:,[^:;.¤]{0,40})?\s*:|"
                                r"In\s+(?:my|our)\s+(?:view|opinion),)")


def opinion_sections(ctx: ArticleContext) -> list[tuple[int, int]]:
    """The spans of a news article that are its author's view (``opinion_piece`` is the whole
    article's): a section under an opinion heading ("**OUR TAKE**", "Our view", "Analysis"), up
    to the next heading, and a paragraph that opens as the author's view ("My view, for what it
    is worth: …")."""
    out = []
    passages = ctx.article.passages
    for i, p in enumerate(passages):
        if p.kind == "heading" and _OPINION_HEADING.match(ctx.body, p.start, p.end):
            end = next((q.start for q in passages[i + 1:] if q.kind == "heading"), len(ctx.body))
            out.append((p.end, end))
        elif p.kind == "text" and _OPINION_PARAGRAPH.match(ctx.masked, p.start, p.end):
            out.append((p.start, p.end))
    return out


#: The heading over readers' comments: "## Comments (4)", "Readers' comments", "Have your say",
#: "Join the conversation", "Most recommended comments", "What readers said" (not an analyst's
#: "**Comment**" section, nor a page's "Reactions").
_READERS_HEADING = re.compile(r"(?i)(?:[#*_\s]*(?:\d+\s+)?(?:(?:readers?['’]?|reader|most\s+(?:recommended|popular)|"
                              r"latest|top)\s+)?(?:comments|comments?\s*\(\d+\))[*_:\s]*|"
                              r"[#*_\s]*readers?['’]?\s+(?:reactions?|views|responses)[*_:\s]*|"
                              r"[#*_\s]*(?:have\s+your\s+say|join\s+the\s+(?:conversation|discussion)|"
                              r"what\s+(?:our\s+)?readers\s+(?:say|said|think))[*_:?!.\s]*)"
                              # (and the notes after it on its line: "**Comments (11)** · *Sorted by oldest*")
                              r"(?:[·•|]\s*[^\n]{0,80})?")


def readers_section(ctx: ArticleContext) -> tuple[int, int] | None:
    """The span of the article's readers' comments, from their heading (``_READERS_HEADING``)
    to its end: readers are not the outlet, their verdicts are nobody's statement (what they
    quote leaders as saying is still found as anywhere else). Looked for once an article."""
    if not ctx.readers:
        ctx.readers.append(next(((p.end, len(ctx.body)) for p in ctx.article.passages
                                 if p.kind == "heading" and _READERS_HEADING.fullmatch(ctx.body, p.start, p.end)), None))
    return ctx.readers[0]


_LIST_MARKER = re.compile(r"[-*•]\s+")


#: The first person singular outside quotes: a section in someone's own voice.
_FIRST_PERSON_SINGULAR = re.compile(r"(?<![\w-])(?:I|my|My|me|mine)(?![\w'’-])")


def signed_sections(ctx: ArticleContext) -> list[tuple[int, int, str]]:
    """The sections a person signs, as (start, end, speaker): a heading of its own that names a
    person and says what the person is ("**Dragana Lukić, researcher on Serbian foreign policy,
    Belgrade**": an experts' symposium, a panel's answers one by one; ``tables.label_name``) over
    paragraphs in the first person singular, up to the next heading. What such a section says
    in its own voice is that person's, not the outlet's: the registry's actor, else the name as
    written. (A heading over the outlet's account of someone, "**Vjosa Osmani, President of
    Kosovo — Grade: B+**" over "She answered within hours …", is in no one's first person.)
    Found once an article."""
    if ctx.signed is None:
        ctx.signed = []
        passages = ctx.article.passages
        for i, p in enumerate(passages):
            if p.kind != "heading":
                continue
            head = ctx.body[p.start:p.end].strip(" \t*_#")
            if "," not in head or re.search(r"[—–|]|\s-\s", head):
                continue  # (not a card about someone: "**Vjosa Osmani, President of Kosovo — Grade: B+**")
            start = ctx.body.index(head, p.start)
            span = label_name(head, start, ctx.reg)
            end = next((q.start for q in passages[i + 1:] if q.kind == "heading"), len(ctx.body))
            if span is None or end <= p.end or not _FIRST_PERSON_SINGULAR.search(ctx.masked, p.end, end):
                continue
            name = ctx.body[span[0]:span[1]]
            who = ctx.reg.resolve(name) or name
            if any(mt.actor == who for mt in ctx.mentions_in(p.end, end)) or \
                    re.search(r"(?<![\w-])" + re.escape(name.split()[-1]) + r"(?![\w-])", ctx.masked[p.end:end]):
                continue  # (the person named in the section: written about, "When I met Orbán …", not by)
            ctx.signed.append((p.end, end, who))
    return ctx.signed


def _authorial(ctx: ArticleContext, si: int, fixed: dict[str, int]) -> Statement:
    """The article's own statement of sentence ``si``, with its targets and stances fixed; in a
    section a person signs (``signed_sections``), that person's; after a person's label and a
    colon ("… Foreign Minister Retno Marsudi: Indonesia will never recognise …", ``_labelled_voice``),
    the words are that person's, told without quotation marks."""
    lo, hi = ctx.sents[si].start, ctx.sents[si].end
    if (marker := _LIST_MARKER.match(ctx.body, lo, hi)) is not None:
        lo = marker.end()  # a list's item: its text, not its bullet
    voice = next((who for a, b, who in signed_sections(ctx) if a <= lo < b), "author")
    if (labelled := _labelled_voice(ctx, lo, hi)) is not None:
        voice, lo = labelled
    return Statement(voice, "authorial", lo, hi, "", si, si, (lo, hi), (lo, hi),
                     paragraph=ctx.para_index(lo), fixed_targets=fixed)


#: What stands right before a label's name and title: the sentence's start (its emphasis), or a comma.
_LABEL_OPENS = re.compile(r"(?:[\s*_]*|.*,\s+)(?:(?:[A-Z][\w'’.-]*|of|the)\s+){0,4}", re.S)
#: The opening of a clause: a subject of a few words, then a finite verb ("Indonesia will never …", "We
#: are …", "The claim has …").
_CLAUSE_OPENS = re.compile(r"(?:[\w'’-]+\s+){1,5}?(?:will|would|shall|is|are|was|were|has|have|had|can|cannot|could|must|"
                           r"should|may|might|do|does|did|never|not)(?![\w'’-])")
#: A third person in the words after the label, who would be the person labelled: "his spokesman".
_THIRD_PERSON = re.compile(r"(?<![\w'’-])(?:[Hh]is|[Hh]er|[Hh]im|[Hh]e|[Ss]he)(?![\w'’-])")
#: A colon right after a person's name, then words that open with a capital: "Retno Marsudi: Indonesia …".
_LABEL_COLON = re.compile(r"[*_]*:[*_]*[ \t]+(?=[A-Z])")


def _labelled_voice(ctx: ArticleContext, lo: int, hi: int) -> tuple[str, int] | None:
    """The registered person whose name ends a sentence's label right before a colon ("After the
    security ministers met, Foreign Minister Retno Marsudi: Indonesia will never recognise …"),
    and where the words after it start; else None."""
    colon = ctx.masked.find(":", lo, hi)
    if colon < 0:
        return None
    x = next((c for c in reversed(ctx.cands_in(lo, colon)) if c.kind in ("mention", "name")), None)
    if x is None or not x.person or (m := _LABEL_COLON.match(ctx.masked, x.end)) is None or m.end() > hi or \
            not _LABEL_OPENS.fullmatch(ctx.masked, lo, x.start) or ctx.masked[m.end():hi].isupper() or \
            not _CLAUSE_OPENS.match(ctx.masked, m.end(), hi) or _THIRD_PERSON.search(ctx.masked, m.end(), hi):
        return None  # (a label of its own, after the sentence's start or a comma; not a headline's "It read OSMANI: …";
        # and words that make a clause, "Indonesia will never …", not a caption's "Egypt's foreign minister, left, …"
        # nor a note about the person, "Away in Washington that week… his spokesman issued no statement")
    who = resolve(ctx, x)
    return (who, m.end()) if who in ctx.reg.actors and ctx.reg.actors[who].kind == "person" else None


def _last_speaker_before(ctx: ArticleContext, pos: int) -> str | None:
    """The speaker of the last statement (not the author's) before ``pos``, in its paragraph or
    the one before."""
    pi = ctx.para_index(pos)
    for stmt in reversed(ctx.statements):
        if stmt.start < pos and stmt.speaker != "author" and pi - ctx.para_index(stmt.start) <= 1:
            return stmt.speaker
        if stmt.start < pos and pi - ctx.para_index(stmt.start) > 1:
            break
    return None


#: A copula that judges its subject: not in a relative clause ("Finland, which was neutral …")
#: nor a passive ("The border was closed in November").
_JUDGING_COPULA = re.compile(r"(?<![\w-])(?<!which )(?<!who )(?<!that )(?:" + _COPULA + r")\s+"
                             r"(?![a-z]+ed(?![\w-]))")


def _tells_a_time(ctx: ArticleContext, lo: int, hi: int) -> bool:
    """Whether a sentence states a date of its own (outside quotes): it tells when something
    happened."""
    return bool(ctx.timeline.dates_in(lo, hi))


#: What may open a sentence before its subject: a joiner ("And", "So", "But"), "Now,", "Instead,".
_SUBJECT_LEAD = re.compile(r"[\s*_]*(?:(?:And|So|But|Now|Instead|Meanwhile|Finally|First|Second|Third|Next|Above\s+all),?\s+)?")
#: A modal of obligation right after the subject: the author's demand ("Pristina should publish …").
_DEMAND = re.compile(r"\s+(?:should|must|ought\s+to|needs\s+to|need\s+to|has\s+to|have\s+to)\s+(?!be\s+(?:surprised|forgiven)\b)")


#: A header's field that holds a title: "Subject:", "Re:", "Title:", "Headline:" (a message's or a
#: question's subject line).
_TITLE_FIELD = re.compile(r"[ \t>*_]*(?:Subject|Re|RE|Title|Headline|Topic|Regarding)[ \t*_]*:")


#: An unnamed person as a reporting verb's subject: "A senior opposition MP ", "One Western diplomat ",
#: "Some critics " (the noun of one who speaks: ``vocabulary.UNNAMED_SPEAKER`` and a few of politics).
_UNNAMED_NOUNS = (v.UNNAMED_SPEAKER + r"|MPs?|lawmakers?|leaders?|critics?|analysts?|experts?|observers?|"
                  r"commentators?|deputies|deputy|senators?|members?")
#: (read from the sentence's start, ``fullmatch``: the subject of the sentence, not of a clause inside it,
#: "After a senior diplomat said …, Hungary's veto looked shameful")
_UNNAMED_PERSON_BEFORE = re.compile(r"[\s*_]*(?:[Aa]n?|[Oo]ne|[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo|[Tt]hree)\s+"
                                    r"(?:(?![\w'’-]+['’]s\s)[\w-]+\s+){0,3}?(?:" + _UNNAMED_NOUNS + r")"
                                    r"\s+(?:[a-z]+ly\s+|also\s+)?")
#: … or after its verb, inverted: "…, said a senior diplomat".
_UNNAMED_PERSON_AFTER = re.compile(r"\s+(?:an?|one|some|several)\s+(?:[\w-]+\s+){0,3}?(?:" + _UNNAMED_NOUNS + r")(?![\w-])")


#: A text named by whom it was sent to, as a reporting verb's subject: "A note to the Bulgarian
#: Foreign Ministry (, signed by …,) calls …", "An open letter to the Bulgarian people says …".
_TEXT_TO_SUBJECT = re.compile(r"[\s*_]*(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:" + v.ADDRESSED_TEXTS + r")s?\s+to\s+[^.;:“”\"¤]{1,80}")


def _past_dateline(ctx: ArticleContext, lo: int) -> int:
    """Where a sentence's words begin, past a wire's dateline ("SOFIA — ")."""
    return dateline.end() if (dateline := v.DATELINE.match(ctx.masked, lo)) is not None else lo


def authorial_statements(ctx: ArticleContext, covered: set[int]) -> list[Statement]:
    """Sentences of the article's own voice that take a stance toward a named actor, or give the
    author's opinion in the first person about one (``_OWN_OPINION``, toward the first actor
    named after its verb, even with no cue); in an opinion piece (``_OPINION_TITLE``) also a
    sentence the broad lexicon signs toward its first actor, and a demand of its subject
    ("Pristina should publish what it has bought": ``_DEMAND``); sentences in ``covered`` (those
    with a statement) are left out."""
    out = []
    piece = opinion_piece(ctx)
    sections = [] if piece else opinion_sections(ctx)
    readers = readers_section(ctx)
    for si, sent in enumerate(ctx.sents):
        if readers is not None and sent.start >= readers[0]:
            break  # (the readers' comments: not the outlet's voice)
        opinion = piece or any(a <= sent.start < b for a, b in sections)
        if si in covered or sent.passage_kind != "text" and not (sections and opinion) or \
                ctx.paras[ctx.para_index(sent.start)].start in ctx.questions:
            continue  # (a list's items are news told in brief, but in a section of the outlet's view its own)
        if ctx.body.startswith(">", ctx.paras[ctx.para_index(sent.start)].start):
            continue  # a blockquote: words quoted from a letter or a post, not the author's
        if ctx.relayed and any(a <= sent.start < b or a < sent.end <= b for a, b in ctx.relayed):
            continue  # a letter read out whole: its writer's words, not the author's
        lo, hi = sent.start, sent.end
        if _TITLE_FIELD.match(ctx.masked, lo, hi):
            continue  # "Subject: Threats by the Slovak Government to …": a header's title, no verdict of the author's
        if ctx.paras[ctx.para_index(lo)].start == lo and entry_label(ctx, lo, hi + 1) is not None:
            continue  # "1st Vučić's GREAT WORLD LEADER (X, …).": an entry's label titling someone's words, no verdict
        if 2 * ctx.masked.count(v.MASK, lo, hi) > hi - lo:
            continue  # a sentence that is mostly a quotation (a pull quote nobody is named for) is not the author's
        tg = targets_in(ctx, lo, hi, "author")
        own = _OWN_OPINION_COLUMN if opinion else _OWN_OPINION
        if not tg and not (opinion and own.match(ctx.masked, lo, hi)):
            continue  # no target
        if _OWN_QUESTION.match(ctx.masked, lo, hi):
            continue  # "We asked the president's office whether …": the outlet's question, no verdict
        if ctx.masked.find("?", lo, hi) >= 0 and _HYPOTHETICAL_QUESTION.search(ctx.masked, lo, hi):
            continue  # "Would Baku have evacuated if Tehran had …?": a question about what did not happen
        if ctx.masked.find("?", lo, hi) >= 0 and (v.asks_whether_said(ctx.masked, lo, hi) or
                                                  any(_asked_whether(ctx, vm, lo, hi) for vm in verbs_in(ctx, lo, hi, False))):
            continue  # "Wasn't it Vjosa who said Turkey dreams …?": whether someone said it, no verdict
        if (_COUNTERFACTUAL.match(ctx.masked, lo, hi) and "would" in ctx.masked[lo:hi] or
                _OPEN_CONDITIONAL.match(ctx.masked, lo, hi)) and \
                not any(abs(h.polarity) >= 2 for h in st.find_cues(ctx.masked[lo:hi])):  # (the author's words)
            continue  # "Had Erdoğan answered in kind, the president would have …": what did not happen
            # ("If Putin mentions the Nazis again, the apology may look thinner": what may happen)
            # (but "If Orbán had any shame, he would stop his shameful blackmail" is a verdict)
        frame = own.match(ctx.masked, lo, hi)
        about = [t for t in tg if t[1] >= frame.end()][:1] if frame else []
        if frame and not about and opinion:
            # "We find this charge reckless", "We welcome the retreat": about whom the statement
            # just told was by
            prev = _last_speaker_before(ctx, lo)
            about = [(prev, frame.end(), frame.end())] if prev else []
        if about:
            scores = stance_toward(ctx, lo, hi, about, None)
            if opinion and scores.get(about[0][0], 0) == 0:
                # what no cue signs, the author's verdict does (the broad lexicon's), when the
                # frame judges ("We consider X a serious error") or a copula's predicate does ("We
                # judge that Bamako's exit is the most damaging step"), not when it tells ("I
                # suspect Tusk knows the danger", "… is aware of the danger of war")
                if _VERDICT_FRAME.search(frame.group()):
                    scores = lexicon_fill(ctx, {about[0][0]: 0}, about, lo, hi, speaker="author")
                elif (cop := _PREDICATE_AFTER_COPULA.search(ctx.masked, frame.end(), hi)) is not None:
                    scores = {about[0][0]: st.lexicon_stance(ctx.body[cop.start("pred"):cop.end("pred")], [])}
            out.append(_authorial(ctx, si, {about[0][0]: scores.get(about[0][0], 0)}))
            continue
        # no cue to give one a stance (``find_cues`` finds none where ``has_cue`` finds none: one
        # scan for both), or it reports an act or a statement ("repeated the accusation"), it does
        # not judge; but in an opinion piece the author's words judge (the broad lexicon's)
        # (not an obligation in words the author quotes: '"Belgrade should mind its own sky", appears in no
        # record' is another's, whoever the author says it is)
        verdicts = [h for h in st.find_cues(ctx.body[lo:hi]) if st.is_verdict(h) and
                    not (st.is_obligation(h) and ctx.in_quote(lo + h.start))]
        if verdicts and not opinion and all(h.scope == "agent" for h in verdicts) and _tells_a_time(ctx, lo, hi) \
                and not _JUDGING_COPULA.search(ctx.masked, lo, hi):  # (not "Hungary's veto on Monday was an act of sabotage")
            continue  # "Vilnius complied with the demand on 3 September", "… last May, after Russia's
            # invasion of Ukraine": a news story's account of dated acts, not its verdict on them
        demand = _DEMAND.match(ctx.masked, tg[0][2]) if opinion and tg and \
            _SUBJECT_LEAD.fullmatch(ctx.masked, lo, tg[0][1]) else None
        if demand is not None and all(h.start == demand.start() - lo + len(demand.group()) - len(demand.group().lstrip())
                                      for h in verdicts):
            # "Pristina should publish what it has bought": the author's demand of its subject (the
            # obligation's cue, ``stance``, else the broad lexicon's sign, else none)
            scores = {t: s for t, s in stance_toward(ctx, lo, hi, tg[:1], None).items() if s}
            out.append(_authorial(ctx, si, scores or lexicon_fill(ctx, {tg[0][0]: 0}, tg[:1], lo, hi, speaker="author")))
            continue
        if not verdicts:
            if opinion and _EVALUATES.search(ctx.masked, lo, hi) and not any(ok for _m, ok in verb_matches(ctx, lo, hi, False)):
                lexical = {t: s for t, s in lexicon_fill(ctx, {tg[0][0]: 0}, tg, lo, hi, speaker="author").items() if s}
                if lexical:
                    out.append(_authorial(ctx, si, lexical))
            continue
        matches = verb_matches(ctx, lo, hi, False)
        if any(not ok for _m, ok in matches):
            continue  # speech that was not made, or was imagined: "did not say that …", "may argue that …"
        if any(ok and (_UNNAMED_PERSON_BEFORE.fullmatch(ctx.masked, lo, vm.start()) or
                       _UNNAMED_PERSON_AFTER.match(ctx.masked, vm.end()) or
                       _TEXT_TO_SUBJECT.match(ctx.masked, _past_dateline(ctx, lo), vm.start())) for vm, ok in matches):
            continue  # ("An Italian opposition leader said the policy “is appalling”", "…, said a senior diplomat",
            # "A note to the Bulgarian Foreign Ministry calls …": someone's words, unnamed, not the author's)
        scores = stance_toward(ctx, lo, hi, tg, None)
        fixed = {t: s for t, s in scores.items() if s != 0}
        if not fixed:
            continue
        out.append(_authorial(ctx, si, fixed))
    return out
