"""What looks like a statement but is not one, by the codebook, decided after a statement's
stance is known (the attribution rules already leave out absences, refusals and imagined
speech: ``rhetoric.extract.clauses``).

``is_fact``: reported speech that takes no stance is an attributed fact ("the ministry said the
chief of staff had held a call", "he said the delivery came early"), and a reporting verb with
nothing reported after it ("Frederiksen answered in a statement on Sunday.") says only that
someone spoke. A paragraph headed as a summary ("HEADLINES.") repeats what is told below.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rhetoric.actors import fold
from rhetoric.extract import stance as st
from rhetoric.extract import vocabulary as v
from rhetoric.extract.clauses import says_nothing
from rhetoric.extract.roles import all_demonyms
from rhetoric.extract.targets import CLAUSE_PRONOUN, own_side

if TYPE_CHECKING:
    from rhetoric.extract.context import ArticleContext
    from rhetoric.extract.model import Statement


#: A paragraph that opens as a summary of what follows ("**HEADLINES.**", "Top stories:", "At a
#: glance —"): the outlet's own heading of items told in full below ("In brief" heads items of
#: their own, not a summary of others).
_SUMMARY_LABEL = re.compile(r"[*_\s]*(?:the\s+)?(?:headlines|top\s+stories|at\s+a\s+glance|summary|key\s+points)"
                            r"\s*(?:[*_]*\s*[:.—–-]|[:.—–-]\s*[*_]*)", re.I)


def in_summary(ctx: ArticleContext, stmt: Statement) -> bool:
    """Whether a statement stands in a paragraph headed as a summary ("HEADLINES. Turkey's
    president says …"): what it tells is told in full, and attributed, below."""
    p = ctx.paras[ctx.para_index(stmt.start)]
    return _SUMMARY_LABEL.match(ctx.body, p.start, p.end) is not None


def _appeal_to_another(ctx: ArticleContext, stmt: Statement) -> bool:
    """Whether the reported words call on another actor to act ("calling on Turkey to …", "urged
    Brussels to …", "appealed to Ankara to …"): an actor not of the speaker's own side named
    between the appeal's verb and its "to". (Expecting, hoping, inviting or asking someone to
    attend is a plan, no appeal.)"""
    after = stmt.verb_pos + len(stmt.verb) if stmt.verb_pos is not None and stmt.verb else stmt.start
    own = {stmt.speaker, ctx.reg.state_of(stmt.speaker)}
    for m in _CALL_ON.finditer(ctx.masked, max(after, stmt.start), stmt.end):
        if any(mt.actor not in own and ctx.reg.state_of(mt.actor) not in own for mt in ctx.mentions_in(m.start(), m.end())):
            return True
    return False


#: An appeal to someone to act: "calling on X to", "urged X to", "appealed to X to", "pressed X to".
_CALL_ON = re.compile(r"(?i)(?<![\w-])(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to|"
                      r"implor(?:e|es|ed|ing)|press(?:es|ed|ing)?)\s+(?:[\w'’-]+[\s,]+){1,8}?to\s")


#: A modal of obligation in a reported clause: "must stop", "should withdraw", and in the past only
#: a passive one, "had to be coordinated" (not "Orbán had to leave early": what happened).
_OBLIGATION = re.compile(r"(?i)(?<![\w-])(?:(?:must|has\s+to|have\s+to|should|ought\s+to|needs?\s+to)\s+(?:\w+ly\s+)?"
                         r"(?:be\s+)?[a-z]+|(?:had|needed)\s+to\s+be\s+[a-z]+(?:ed|en))(?![\w-])")


#: An obligation put impersonally, its subject in the clause after it: "it is essential that (any
#: activity in Kosovo's airspace be coordinated …)", "it was vital that", "it is imperative that".
_IMPERSONAL_OBLIGATION = re.compile(r"(?i)(?<![\w-])it\s+(?:is|was|would\s+be)\s+(?:\w+ly\s+)?(?:essential|important|vital|"
                                    r"necessary|crucial|imperative|indispensable)\s+(?:that|for)(?![\w-])")


def _demand_of_another(ctx: ArticleContext, stmt: Statement) -> bool:
    """Whether the reported words demand something of another actor: a modal of obligation
    after the reporting verb, in a clause that names an actor not of the speaker's side ("said
    that any activity in Kosovo's airspace had to be coordinated with KFOR", "that Belgrade must
    withdraw"), or an obligation put impersonally before such a clause ("that it is essential that
    any activity in Kosovo's airspace be conducted …"); a demand of one's own side ("said Serbia
    must protect its people") is a plan."""
    after = stmt.verb_pos + len(stmt.verb) if stmt.verb_pos is not None and stmt.verb else stmt.start
    own = own_side(ctx, stmt.speaker)
    if (imp := _IMPERSONAL_OBLIGATION.search(ctx.masked, max(after, stmt.start), stmt.end)) is not None and \
            any(mt.actor not in own and ctx.reg.state_of(mt.actor) not in own
                for mt in ctx.mentions_in(imp.end(), stmt.end)):
        return True  # ("told RFE that it is essential that any activity in Kosovo's airspace be coordinated")
    m = _OBLIGATION.search(ctx.masked, max(after, stmt.start), stmt.end)
    if m is None:
        return False
    # (or a person of another side the clause's subject pronoun stands for: "He said she should
    # keep quiet", ``targets.object_pronoun_targets``)
    pronoun = stmt.primary if CLAUSE_PRONOUN.match(ctx.masked, after) else None
    return any(a not in own and ctx.reg.state_of(a) not in own
               for a in [mt.actor for mt in ctx.mentions_in(max(after, stmt.start), m.start())] + [pronoun] if a)


#: An intent to talk to, meet or receive someone, said of the speaker's own side: "would talk to
#: Erdoğan", "will meet Tusk again", "plans to call Orbán", "would visit Belgrade" (whether such words
#: are a statement; ``stance.event_code`` codes them 036 with a pattern of its own).
_INTENT_TOWARD = re.compile(r"(?i)(?<![\w-])(?:would|will|shall|plans?\s+to|planned\s+to|intends?\s+to|intended\s+to|"
                             r"wants?\s+to|wanted\s+to|hopes?\s+to|hoped\s+to)\s+(?:\w+ly\s+|also\s+|soon\s+)?"
                             r"(?:speak|talk|meet|call|visit|receive|host|invite)(?:\s+(?:to|with))?\s+")


def _intent_toward_another(ctx: ArticleContext, stmt: Statement) -> bool:
    """Whether the reported words tell an intent to talk to or meet another actor, the one named
    right after the verb ("said that he would talk to Erdoğan", "said he would meet Erdoğan
    again"): a statement of intent toward that actor (CAMEO 036), not an attributed fact."""
    after = stmt.verb_pos + len(stmt.verb) if stmt.verb_pos is not None and stmt.verb else stmt.start
    own = own_side(ctx, stmt.speaker)
    for m in _INTENT_TOWARD.finditer(ctx.masked, max(after, stmt.start), stmt.end):
        first = next(iter(ctx.mentions_in(m.end(), stmt.end)), None)
        if first is not None and not ctx.masked[m.end():first.start].strip(" ,").replace("the", "").strip() and \
                first.actor not in own and ctx.reg.state_of(first.actor) not in own and \
                not _MODIFIES_NOUN.match(ctx.masked, first.end):
            return True  # (not "would meet EU deadlines", "host the NATO summit", "receive Ukraine's wounded")
    return False


#: After a name, a noun it modifies or possesses that is a thing or an event, not people who can be
#: met: "EU deadlines", "NATO summit", "Ukraine's wounded", "Haiti's refugees" (not "Orbán tonight",
#: "China's negotiators", "Hamas negotiators").
_MODIFIES_NOUN = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:deadlines?|targets?|summit|standards?|demands?|requirements?|"
                            r"rules?|conditions?|criteria|goals?|obligations?|expectations?|terms|benchmarks?|"
                            r"quotas?|commitments?|conference|games|forum|wounded|refugees|migrants|citizens|"
                            r"aid|funds?|funding|budget|plan|report|elections?)\b")


def says_something(ctx: ArticleContext, lo: int, hi: int) -> bool:
    """Whether a sentence of an answer or a document names an actor or carries a stance word
    (a cue, or a word of VADER's lexicon): one without either is no statement (``is_fact``)."""
    text = ctx.body[lo:hi]
    return bool(ctx.mentions_in(lo, hi)) or st.has_cue(text) or st.lexicon_stance(text, [], broad=False) != 0


#: A sentence that says the words just reported were not said: "He did not say that.", "He has
#: not.", "Those were our words, not his.", "Its statement of 30 April does not use that word."
#: (not "He did not name any country": what the words left out)
_DENIAL = re.compile(r"[\s*_]*(?:No\s+such\s+[a-z]+\s+(?:is|was)\s+on\s+(?:the\s+)?record\s*[,;]?(?:\s+and)?\s+)?"
                     r"(?:(?:He|She|They|It)\s+(?:did|does|has|have|had)\s+not"
                     r"(?:\s+(?:say|said)\s+(?:that|so|this|those\s+words|it)|\s+(?:use|used)\s+(?:that|those|the)\s+words?)?\s*[.!]|"
                     r"(?:Those|These)\s+were\s+our\s+words|That\s+was\s+our\s+(?:word|phrase|paraphrase)|"
                     r"(?:Its|His|Her|Their)\s+(?:statement|speech|post|remarks|letter|address)\b[^.!?\n]{0,40}?\s+"
                     r"(?:does|did)\s+not\s+(?:use|contain|include)\s+(?:that|those|the)\s+(?:word|words|phrase)|"
                     # (a checker's finding, "The panel found no such words …", "There is no such statement.",
                     # "He said nothing of the kind.", "Nobody said this.": it ends its sentence or goes on to where
                     # it looked; not "There is no such statement in the president's veto message")
                     r"(?:The\s+[\w-]+|We|I)\s+(?:\w+\s+)?found\s+no\s+(?:such|record\s+of\s+(?:those|these|such|the))\s+"
                     r"(?:words?|statements?|quotes?|quotations?|remarks?|posts?)(?:[.!]|\s+(?:in|on|at)\s+(?:the\s+)?"
                     r"(?:packet|record|archive|transcript|recording|video|file|sources?|evidence)\b|"
                     r"\s+(?:in\s+any\s+of|anywhere)\b)|"
                     r"There\s+(?:is|was)\s+no\s+such\s+(?:statement|quote|quotation|remark|post)(?:\s+on\s+(?:the\s+)?record)?[.!;]|"
                     r"(?:He|She|They)\s+said\s+nothing\s+of\s+the\s+(?:kind|sort)[.!]|"
                     # ("He never typed it.", "No such sentence exists;", "Vice President JD Vance did not say that.",
                     # "No such call is on the record and Erdoğan never said those words.")
                     r"(?:He|She|They)\s+never\s+(?:typed|said|wrote|posted|tweeted|uttered)\s+(?:it|that|this|those\s+words)[.!]|"
                     r"No\s+such\s+(?:sentence|quote|quotation|line|words?|statement|post)\s+exists?[.!;]|"
                     r"(?P<named>(?:[A-Z][\w'’.-]*\s+){1,4})(?:(?:did|has|had)\s+not\s+(?:say|said)|never\s+(?:said|typed|wrote|posted|uttered))"
                     r"\s+(?:that|so|this|those\s+words|it)[.!]|"
                     r"(?:Nobody|No\s+one)\s+(?:ever\s+)?said\s+(?:this|that|it|so)[.!])")


#: A denial with nothing after its auxiliary: "He has not.", "She did not."
_BARE_DENIAL = re.compile(r"(?:He|She|They|It)\s+(?:did|does|has|have|had)\s+not\s*[.!]")
#: What tells that a text said the words, before them in their sentence: "A leading article on
#: Thursday said …", "Our report quoted …", "a forum post saying …", "Do not report that …", "the story
#: that he called …".
_TEXT_REPORTED = re.compile(r"(?i)(?<![\w-])(?:(?:article|report|analysis|story|caption|headline|leader|editorial|column|"
                            r"piece|item|profile|review|post|tweet|rumou?r|media|outlets?|newspapers?|paper|channels?|"
                            r"video|account|agency|agencies|press|tabloids?|broadcasters?|websites?|sites?)s?\b"
                            r"[^.;:!?\n]{0,60}?\b(?:said|says|saying|claimed|claiming|quoted|quoting|reported|reporting|"
                            r"described|suggested|wrote|writes|ran|carried|alleged)|(?:do\s+not|don['’]t|never)\s+(?:report|repeat)|"
                            # (a story told of someone's words: "Do not repeat the story that Vučić called …")
                            r"(?:stor(?:y|ies)|rumou?rs?|myths?|tales?)\s+that)\b")


#: After a person named in a statement, words of that person's it tells: "(Kurti) had promised",
#: "(Kurti) said", "(Kurti) of calling".
_ANOTHERS_WORDS = re.compile(r"\s+(?:had\s+|has\s+)?(?:promised|said|says|called|claimed|told|vowed|pledged|"
                             r"threatened|wrote|admits|admitted|concedes|conceded|agrees|agreed|confessed|"
                             r"of\s+(?:calling|saying|promising|threatening))(?![\w-])")


def _tells_anothers_words(ctx: ArticleContext, stmt: Statement) -> bool:
    """Whether the statement tells the words of a person other than its speaker ("Vučić accused Kurti
    of calling the Serbs …"): a denial after it may be of those words."""
    return any(mt.actor != stmt.speaker and _ANOTHERS_WORDS.match(ctx.body, mt.end)  # (inside the quote too: "“Even Boluarte admits …”")
               for mt in ctx.mentions_in(stmt.start, stmt.end))  # (a person or a body: "the Commission had promised")


def denied_after(ctx: ArticleContext, stmt: Statement) -> bool:
    """Whether the sentence right after a statement's, in its paragraph, says its words were not
    said: a correction's "… quoted Mironov as saying “Estonia will pay for this.” He did not say
    that." (the words withdrawn are no statement; the ones the correction gives next are); or a
    checker's finding, "The panel found no such words in the packet", also when the splitter left it in
    the statement's sentence; not when the statement tells another's words the denial may be of."""
    nxt = stmt.sent_hi + 1
    # (or a sentence the splitter left joined to the statement's, behind emphasis: "… that Thursday.
    # *The panel found no such words …*")
    denial, stop, end = None, stmt.start, ctx.sents[stmt.sent_hi].end
    while denial is None and (stop := ctx.masked.find(". ", stop + 1, end)) >= 0:
        denial = _DENIAL.match(ctx.masked, stop + 2, end + 1)
    if denial is None:
        if nxt >= len(ctx.sents) or ctx.para_index(ctx.sents[nxt].start) != ctx.para_index(stmt.start):
            return False
        denial = _DENIAL.match(ctx.masked, ctx.sents[nxt].start, ctx.sents[nxt].end + 1)
    if denial is not None and denial.group("named") and \
            stmt.speaker not in {mt.actor for mt in ctx.mentions_in(denial.start("named"), denial.end("named"))}:
        return False  # ("Kishida did not say that." after Moon's words: of another's)
    if denial is None or _tells_anothers_words(ctx, stmt):
        return False  # (nor when the words denied may be another's the statement tells of: "Vučić claimed
        # that Kurti had promised …. He said nothing of the kind.")
    # (a bare "He has not." denies the words only after a text's report of them: "A leading article
    # said Mr Ansip had “apologised to Russia”. He has not."; after "Merz pledged … by the summer."
    # it says the pledge was not kept)
    return not _BARE_DENIAL.fullmatch(denial.group().strip(" *_")) or \
        _TEXT_REPORTED.search(ctx.masked, ctx.sents[stmt.sent_lo].start, max(stmt.start, ctx.sents[stmt.sent_lo].start)) is not None


def is_fact(ctx: ArticleContext, stmt: Statement) -> bool:
    """An attributed fact is no statement (the codebook): reported speech (no quotation) that
    takes no stance toward anyone, with no evaluative word, by a neutral verb ("the ministry said
    the chief of staff had held a call", "he said the delivery came early"). Nor is a
    summary's line (``in_summary``)."""
    if in_summary(ctx, stmt) or denied_after(ctx, stmt):
        return True
    answer = stmt.channel in ("interview", "document") and not stmt.verb  # a sentence of an answer or a document
    if stmt.quote_inner and _REFUSAL.match(ctx.body, stmt.quote_inner[0]) and \
            not st.has_cue(ctx.body[slice(*stmt.quote_inner)]) and \
            st.lexicon_stance(ctx.body[slice(*stmt.quote_inner)], [], broad=False) == 0:
        return True  # "I won't make any assumptions about …": a refusal to comment says nothing
    if stmt.quote_inner and is_self_description(ctx, stmt):
        return True
    if stmt.quote_inner and _passive_account(ctx, stmt):
        return True
    if _OWN_WORDS_MISREAD.search(ctx.body, stmt.start, stmt.end) and \
            not any(mt.actor != stmt.speaker for mt in ctx.mentions_in(stmt.start, stmt.end)):
        return True  # "claimed that his comments had been misunderstood": about his own words, no one else
    if (stmt.kind != "reported" and not answer) or stmt.nominal_target is not None:
        return False
    if answer:
        return not (any(s != 0 for s in stmt.fact_scores.values()) or says_something(ctx, stmt.start, stmt.end))
    if stmt.verb_pos is not None and stmt.verb_pos < stmt.end and \
            says_nothing(ctx, stmt.verb_pos + len(stmt.verb), stmt.end):
        return True  # "answered in a statement on Sunday": when and how, but nothing said
    if stmt.verb_pos is not None and _ONLY_THAT.match(ctx.masked, stmt.verb_pos + len(stmt.verb)) and \
            not any(st.is_verdict(h) for h in st.find_cues(ctx.body[stmt.start:stmt.end])):
        return True  # "The ministry said only that the two men had discussed …": an account, withheld
        # (unless what it says judges: "said only that he disagreed with Orbán")
    if any(s != 0 for s in stmt.fact_scores.values()):
        return False
    text = ctx.body[stmt.start:stmt.end]
    # (an obligation's cue alone says something only when put on another, ``_demand_of_another``: "Tusk said
    # that Poland must protect its own borders first" is a plan, told as a fact)
    if st.has_cue(text) and (not (hits := st.find_cues(text)) or not all(st.is_obligation(h) for h in hits)) or \
            st.lexicon_stance(text, [], broad=False) != 0:
        return False
    if _judging_predicate(ctx, stmt.start, text):
        return False  # "said Orbán was a traitor": a name for someone is a judgement, not a fact
    if _appeal_to_another(ctx, stmt):
        return False  # "said he was calling on his Turkish colleagues to talk": an appeal, not a fact
    if _intent_toward_another(ctx, stmt):
        return False  # "said that he would talk to Erdoğan": an intent toward another, not a fact
    if _demand_of_another(ctx, stmt):
        return False  # "said that any activity in Kosovo's airspace had to be coordinated with KFOR": a demand
    if _CONTRAST.search(ctx.body, max(ctx.sents[stmt.sent_lo].start, stmt.start - 80), stmt.end):
        return False  # "Instead of cooperating with NATO, she said, he was …": a reproach, not a fact
    return v.lemma_of(stmt.verb) in _NEUTRAL_VERBS if stmt.verb else True


#: What the one reported on does instead of what they should ("instead of cooperating", "rather
#: than talking to its partners"): a reproach, whatever the words around it; not a choice of
#: place or time ("in Warsaw rather than in Brussels", "instead of Ukraine").
_CONTRAST = re.compile(r"(?<![\w-])(?:[Ii]nstead\s+of|[Rr]ather\s+than)\s+(?:\w+ly\s+)?[a-z]+ing(?![\w-])")

#: A predicate noun: "was a traitor", "is the aggressor" (not "had been delayed").
_PREDICATE_NOUN = re.compile(r"(?<![\w-])(?:is|was|are|were|been|be)\s+(?:an?|the)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z-]+)(?![\w-])")


def _judging_predicate(ctx: ArticleContext, start: int, text: str) -> bool:
    """Whether a reported clause calls an actor something the broad lexicon rates ("said Orbán
    was a traitor", "that Budapest was the aggressor"; not "the talks were a failure"): then it
    judges, whatever its verb."""
    from rhetoric.extract.polarity import word_weight

    return any(word_weight(m.group("noun")) and ctx.mentions_in(start, start + m.start())
               for m in _PREDICATE_NOUN.finditer(st.fold_same_length(text)))


#: A sentence in which the speaker says what it is: "We are a democratic polity …", "I am a
#: patient man" (a copula and a noun phrase: not "We are demonstrating …", "We are not …").
_SELF_COPULA = re.compile(r"[\s“\"]*(?:We\s+are|We['’]re|I\s+am|I['’]m|We\s+remain|I\s+remain|"
                          r"We\s+have\s+always\s+been|I\s+have\s+always\s+been)\s+(?:a|an|the|one\s+of)\s")


#: The speaker's own act or feeling told in the first person: "I defended the interests of the
#: nation", "We acted lawfully to protect our people", "Delighted to inaugurate the road today".
_OTHER_PRONOUN = re.compile(r"(?<![\w'’-])(?:him|her|them|he|she|they|his|their|it|its|this|that|those|these)(?![\w'’-])", re.I)
_OWN_FEELING = re.compile(r"[\s“\"]*(?:Delighted|Proud|Honoured|Honored|Happy|Pleased|Glad|Thrilled)\s+to\s")
_SELF_ACT = re.compile(r"[\s“\"]*(?:I|We)\s+(?:have\s+|had\s+)?(?:\w+ly\s+)?(?!(?:said|told|warned|asked|called|"
                       r"urged|accused|blamed|condemned|criticised|criticized|hoped|expected|wanted|wished)\b)[a-z]{3,}ed\s|" + _OWN_FEELING.pattern)


#: A pledge of one's own conduct: "We will always defend …", "Canada will always stand up for …".
_SELF_PLEDGE = re.compile(r"[\s“\"]*(?P<who>We|I|[A-Z][\w'’-]+)\s+(?:will|shall)\s+(?:always|continue\s+to)\s")


#: A quote that opens with a thing's passive past: "The contract was signed last December with
#: Baykar", "The drones were delivered on Wednesday" (an account of what was done, told by no one).
_PASSIVE_ACCOUNT = re.compile(r"[\s“\"]*(?:The|A|An|This|That|These|Those|Its|Their)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|ne|wn|ght)(?![\w-])")


def _passive_account(ctx: ArticleContext, stmt: Statement) -> bool:
    """A quote of one sentence that tells in the passive what was done to a thing ("The contract
    was signed last December with Baykar, the parent company of …"), with no word of the first or
    the second person, no cue and no word of VADER's lexicon: an attributed fact, no statement."""
    lo, hi = stmt.quote_inner
    text = ctx.body[lo:hi]
    if not (account := _PASSIVE_ACCOUNT.match(text)) or ctx.sent_index(lo) != ctx.sent_index(max(lo, hi - 1)) or \
            v.FIRST_PERSON.search(text) or re.search(r"(?<![\w'’-])[Yy]ou(?:r|rs)?(?![\w'’-])", text):
        return False
    subject = text[:account.end()]
    if ctx.mentions_in(lo, lo + account.end()) or any(fold(w.lower()) in all_demonyms() for w in re.findall(r"[A-ZÀ-Ž][\w-]+", subject)):
        return False  # ("The Kenyan flag was pulled down …": a people's or a state's thing, what is done to it told
        # as a charge; not "The letter was delivered to the South Korean embassy")
    return not st.has_cue(text) and st.lexicon_stance(text, [], broad=False) == 0 and not st.negated_anywhere(text)


def is_self_description(ctx: ArticleContext, stmt: Statement) -> bool:
    """A quote of one sentence in which the speaker only describes itself, naming no one and
    with no cue ("We are a democratic polity with a strong commitment to rule of law") has no
    target other than the speaker: the codebook does not count it as a statement. One with a
    cue is one ("We are in no position to threaten anyone": de-escalation toward the other)."""
    lo, hi = stmt.quote_inner
    text = ctx.body[lo:hi]
    if stmt.nominal_target is not None or stmt.primary is not None:
        return False
    pledge = _SELF_PLEDGE.match(text)
    if pledge:
        # "Canada will always stand up for human rights in Canada and around the world": a pledge
        # of its own conduct, naming none but its own side, judging no one
        own = own_side(ctx, stmt.speaker)
        first = next(iter(ctx.mentions_in(lo, lo + pledge.end("who"))), None)
        if pledge.group("who") not in ("We", "I") and (first is None or (ctx.reg.state_of(first.actor) not in own
                                                                        and first.actor not in own)):
            return False  # ("He will always be welcome in our country": about another)
        return all(ctx.reg.state_of(mt.actor) in own or mt.actor in own for mt in ctx.mentions_in(lo, hi)) and \
            not any(h.polarity < 0 for h in st.find_cues(st.fold_same_length(text.lower())))
    if not (_SELF_COPULA.match(text) or _SELF_ACT.match(text) and not _OTHER_PRONOUN.search(text)):
        return False  # (not "I repeatedly invited him to talk", "We vetoed it": an act on another)
    if ctx.sent_index(lo) != ctx.sent_index(max(lo, hi - 1)) or ctx.mentions_in(lo, hi):
        return False
    if _OWN_FEELING.match(text):  # ("Proud to open the new bridge": the feeling is the speaker's own)
        return not any(h.polarity < 0 for h in st.find_cues(st.fold_same_length(text.lower())))
    return not st.has_cue(text) and not st.negated_anywhere(text)


#: The speaker's own words said to be misread: "his comments had been misunderstood", "my words
#: were taken out of context" (a self-description: the codebook counts no statement).
_OWN_WORDS_MISREAD = re.compile(r"(?<![\w-])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:own\s+)?(?:words|comments|remarks|"
                                r"statements?|posts?|message)\s+(?:had\s+been|have\s+been|has\s+been|were|was|are|is)\s+"
                                r"(?:\w+ly\s+)?(?:misunderstood|misinterpreted|misread|misquoted|twisted|"
                                r"taken\s+out\s+of\s+context)(?![\w-])|"
                                # (or he himself: "he later said he had misspoken", "that she had been misquoted")
                                r"(?<![\w-])(?:[Hh]e|[Ss]he|I|[Ww]e|[Tt]hey)\s+(?:had\s+|has\s+|have\s+)?(?:simply\s+)?"
                                r"(?:misspoke|misspoken|been\s+(?:misquoted|misunderstood|misinterpreted|misread))(?![\w-])")


#: A quote that opens by declining to comment or speculate: "I won't make any assumptions about",
#: "We will not comment on", "I do not want to speculate", "I have no comments to offer"; or the
#: quote's whole words: "No comment."
_REFUSAL = re.compile(r"\s*(?:No\s+(?:further\s+)?comments?(?:\s+(?:at\s+this\s+(?:time|stage|point)|for\s+now))?[.!,]?(?=[\"”’])|"
                      r"(?:(?:Well|Look|No|Sorry),?\s+)?(?:I|We)(?:\s+(?:won['’]t|will\s+not|do\s+not|don['’]t|cannot|can['’]t|"
                      r"would\s+not|wouldn['’]t)\s+(?:want\s+to\s+)?(?:make\s+any\s+assumptions?|speculate|comment|"
                      r"go\s+into|get\s+into|prejudge)"
                      # ("I'm just not going to say anything about intelligence matters")
                      r"|(?:\s+am|\s+are|['’]m|['’]re)\s+(?:(?:just|simply)\s+)?not\s+going\s+to\s+"
                      r"(?:say\s+anything|comment|speculate|discuss|talk\s+about|go\s+into|get\s+into)"
                      # ("I have no comments to offer on this post at this time", "We have no further comment")
                      r"|\s+(?:have|had)\s+no\s+(?:further\s+|other\s+)?comments?(?:\s+to\s+(?:offer|make))?(?=[\s.,;!\"”’]|$))\b)")


#: "said only that", "would say only that": the speaker gave an account and no more.
_ONLY_THAT = re.compile(r"\s+only\s+that\s")  # (not "said simply that": emphatic)


#: Verbs that report without evaluating: what follows them must carry the stance.
_NEUTRAL_VERBS = {"say", "tell", "add", "write", "state", "announce", "report", "note", "explain", "confirm",
                  "post", "according to", "indicate", "observe", "remark", "inform", "clarify", "point out",
                  "comment", "reply", "respond", "recall", "predict", "suggest", "answer", "did say", "did declare",
                  "publish words"}
