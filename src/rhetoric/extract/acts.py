"""Who did an act that a statement names only by a noun: "calls *the delivery* …",
"described *the speech* as …", "*these actions* were erroneous".

A verdict on an act is a verdict on its doer (the codebook: the act's agent is the target, the
one it is done to is not). The noun points back to where the article told the act: the last
sentence before it that names the act by the same noun or by its verb ("Turkey delivered …",
"Milei's speech", "Spain withdrew its ambassador"). The doer there is

- the possessor of the noun ("Milei's speech", "Turkey's delivery"), or the demonym before it
  ("the Turkish delivery");
- the actor after "by" ("the delivery by Turkey");
- for a transfer of goods, the state whose demonym qualifies them ("the delivery of
  Turkish-made drones to Kosovo", "the sale of Turkish drones"), when no "by" names who moved
  them;
- else the subject of the verb: the actor named last before it in its clause, not after a
  preposition ("drones delivered *to Kosovo*", "*in Quito*" are the receiver and the place);
  a noun that opens its clause has no such subject ("Kurti wrote that *the delivery* …": the
  sentence that told the act is further back), a noun after a verb has ("Russia launched *the
  attack*").

``demonym_doer`` reads a demonym anywhere in a verb's object ("called the Turkish drone delivery
to Kosovo …"), and ``receivers_after`` the receiver after the noun, for ``targets.select_targets``.

Generic nouns ("the move", "this step") name no act of their own and are left to the other
target rules. ``ACT_FORMS`` is the table of nouns and the words that tell the same act.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rhetoric.actors import fold
from rhetoric.extract import vocabulary as v
from rhetoric.extract.resolve import after_preposition, is_person
from rhetoric.extract.roles import roles_of
from rhetoric.regexes import longest_first

if TYPE_CHECKING:
    from rhetoric.extract.context import ArticleContext

#: act noun (as written after "the", "this", "these") -> the words that tell the same act
ACT_FORMS: dict[str, str] = {
    "delivery": r"deliver\w*|receipt", "deliveries": r"deliver\w*|receipt",
    "speech": r"speech\w*|spoke|speak\w*|told|address(?:ed|ing)?", "remarks": r"remark\w*|comment\w*|said|says|told|words",
    "comments": r"comment\w*|remark\w*|said|says|words", "words": r"words|said|says|remark\w*|comment\w*",
    "statement": r"statement\w*|said|says", "statements": r"statement\w*|said|says",
    "withdrawal": r"withdr[ae]w\w*", "recall": r"recall\w*", "expulsion": r"expel\w*|expuls\w*",
    "raid": r"raid\w*|storm\w*", "entry": r"ent(?:er|ered|ering|ry)\b|storm\w*|raid\w*",
    "arrest": r"arrest\w*", "decision": r"decid\w*|decision\w*", "sale": r"sold|sell(?:s|ing)?|sales?",
    "attack": r"attack\w*", "actions": r"raid\w*|storm\w*|ent(?:er|ered|ering|ry)\b|act(?:ed|ion\w*)\b",
    "visit": r"visit\w*", "deployment": r"deploy\w*", "shipment": r"ship(?:ped|ping|ment\w*)\b",
    "purchase": r"purchas\w*|bought|buy\w*", "accusation": r"accus\w*|statement", "accusations": r"accus\w*|statement",
    "allegation": r"alleg\w*|statement", "allegations": r"alleg\w*|statement", "threat": r"threat\w*", "threats": r"threat\w*",
    "remark": r"remark\w*|comment\w*|said|says|told|words", "comment": r"comment\w*|remark\w*|said|says|words",
    "claim": r"claim\w*|said|says", "claims": r"claim\w*|said|says",
    "charge": r"charg\w*|accus\w*", "veto": r"veto(?:es|ed|ing)?", "blockade": r"blockad\w*|block(?:s|ed|ing)?", "outburst": r"outburst\w*|said|says|wrote", "insult": r"insult\w*|said|says|wrote",
    "insults": r"insult\w*|said|says|wrote",
    "arrival": r"arriv\w*", "supply": r"suppl(?:y|ied|ies|ying)", "supplies": r"suppl(?:y|ied|ies|ying)",
    # (harm done to a person: "condemned the execution", "Sharmahd's killing" is said of the one who
    # killed, the codebook's agent, not of the victim)
    "killing": r"kill(?:s|ed|ing)?|execut\w*|murder\w*", "execution": r"execut\w*|hang(?:ed|ing)|hanged|kill(?:s|ed|ing)?",
    "murder": r"murder\w*|kill(?:s|ed|ing)?", "detention": r"detain\w*|detention|arrest\w*|jail\w*|imprison\w*",
    "imprisonment": r"imprison\w*|jail\w*|detain\w*|sentenc\w*", "jailing": r"jail\w*|imprison\w*|sentenc\w*",
    "abduction": r"abduct\w*|kidnap\w*|seiz\w*", "kidnapping": r"kidnap\w*|abduct\w*|seiz\w*",
    # (words posted or written: "called the post a performance" is said of the one who posted it)
    "post": r"post(?:s|ed)?|wrote|written|tweet\w*", "posts": r"post(?:s|ed)?|wrote|written|tweet\w*",
    "tweet": r"tweet\w*|post(?:s|ed)?|wrote|written", "message": r"message\w*|post(?:s|ed)?|wrote|written",
    "language": r"said|says|wrote|written|told|words|language", "rhetoric": r"said|says|wrote|told|rhetoric",
}
#: The nouns of harm done to a person (``ACT_FORMS``): whose possessor is the victim ("Sharmahd's
#: killing"), not the doer as "Milei's speech" is.
HARM_NOUNS = ("killing", "execution", "murder", "detention", "imprisonment", "jailing", "abduction", "kidnapping", "arrest")
_FORMS = {noun: re.compile(r"(?<![\w-])(?:" + forms + r")(?![\w-])", re.I) for noun, forms in ACT_FORMS.items()}

#: "the delivery", "these actions", "his remarks": the article or pointer, up to two words, the noun
ACT_OBJECT = re.compile(r"\s*(?:the|this|that|these|those|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?P<noun>"
                        + "|".join(longest_first(ACT_FORMS)) + r")(?![\w-])", re.I)
#: A person's harm after a verb, its victim in the possessive: "(condemned) Sharmahd's killing",
#: "(denounced) Mr Smith's brutal arrest" (``ACT_OBJECT`` asks for a determiner).
VICTIM_OBJECT = re.compile(r"\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?:[A-ZÀ-Ž][\w.-]*\s+){0,2}[A-ZÀ-Ž][\w-]*['’]s\s+(?:[\w-]+\s+)?"
                           r"(?P<noun>" + "|".join(HARM_NOUNS) + r")(?![\w-])")
#: A transfer's noun and verb: what is delivered, shipped or sold comes from someone.
_TRANSFER_WORDS = r"deliver\w*|shipment\w*|shipped|sale\w*|sold|arriv\w*|suppl(?:y|ied|ies|ying)"
_TRANSFER = re.compile(r"(?i)" + _TRANSFER_WORDS)
#: After a transfer's noun, the demonym of what it moves: "(delivery) of Turkish-made (drones)",
#: "(sale) of the Turkish (drones)".
_OF_MADE = re.compile(r"\s+of\s+(?:the\s+|\d+\s+|(?:several|some|hundreds|thousands)\s+(?:of\s+)?)?"
                      r"(?:(?:first|new|latest|last|remaining|further)\s+)?(?P<dem>[A-Z][a-z]+)"
                      r"(?:-(?:made|built|manufactured)|\s+[A-Za-z])")
#: A preposition before an act's noun and its determiner: "(ruled) on the sale", "about the delivery".
_AFTER_PREPOSITION = re.compile(r"(?<![\w-])(?:on|about|over|of|for|with|after|before|since|despite|regarding|"
                                r"against|into|from|at|in)\s+(?:the|this|that|these|those|its|their|his|her)\s+"
                                r"(?:[\w-]+\s+)?$", re.I)
#: A passive right before an act's verb: "was recalled", "had been expelled".
_PASSIVE_ACT = re.compile(r"(?<![\w-])(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", re.I)
#: A determiner right before an act's noun: the noun, not the verb ("hide the delivery").
_NOUN_DETERMINER = re.compile(r"(?<![\w-])(?:the|a|an|this|that|these|those|its|their|his|her|our)\s+(?:[\w-]+\s+){0,2}$", re.I)
#: A verb that does the act its noun object names: "Russia launched the attack", "Poland completed
#: the delivery", "Spain carried out the expulsion".
_PERFORMING = re.compile(r"(?<![\w-])(?:launch|carr(?:y|ied|ies|ying)\s+out|conduct|complet|made|make|mak|order|led|lead|"
                         r"mount|press\w*\s+ahead\s+with|sign\w*\s+off\s+on|went\s+through\s+with|"
                         r"approv|beg[ai]n|start|stag|finali[sz]|execut|authori[sz]|sign|perform|undert[ao]o?k|"
                         r"went\s+ahead\s+with|go(?:es|ing)?\s+ahead\s+with|proceed\w*\s+with|push\w*\s+through|"
                         r"speed\w*\s+up|sped\s+up|brought\s+forward|bring\w*\s+forward|announc)\w*"
                         r"(?:\s+(?:\w+ly|also|then|now))?\s+$", re.I)
#: A transfer received: "(Kosovo) took delivery (of …)", "has taken delivery", "received the delivery".
_TAKE_DELIVERY = re.compile(r"(?<![\w-])(?:took|take|takes|taking|taken|receiv(?:ed|es|ing)|accept(?:ed|s|ing))\s+"
                            r"(?:(?:the|a|its|their|first)\s+)?(?:\w+\s+)?$", re.I)
_POSSESSOR_GAP = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}$")
#: "by" and its agent after an act ("the delivery by Turkey", "delivered … by Ankara"); not the
#: maker of the goods, "delivered loitering munitions made by Baykar" (the goods' maker moved nothing).
_BY_AFTER = re.compile(r"\s+(?:(?!(?:made|built|produced|manufactured|designed|developed|owned|operated)\s)[\w-]+\s+){0,3}?"
                       r"by\s+(?:the\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(r"[;:,—–]\s|\s(?:and|but|while|whereas|which|who|after|before|when)\s", re.I)


#: nouns for something said: its doer is the speaker of the statement reported last before
SPEECH_NOUNS = frozenset({"speech", "remarks", "comments", "words", "statement", "statements", "accusation",
                          "accusations", "allegation", "allegations", "threat", "threats", "remark", "comment",
                          "claim", "claims", "charge", "outburst", "insult", "insults", "post", "posts", "tweet",
                          "message", "language", "rhetoric"})


def act_doer(ctx: ArticleContext, noun: str, pos: int, exclude: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The doer of the act named by ``noun`` at ``pos`` (module doc), from the sentences
    before it; None when no sentence tells it or its doer is one of ``exclude``. Something
    said ("the remarks", "the allegations") and told nowhere by its noun or verb is the last
    statement's before it (within eight sentences) by a speaker outside ``exclude`` and its
    states: the other side's words, which the speaker answers."""
    rx = _FORMS.get(noun.lower())
    if rx is None:
        return None
    si = ctx.sent_index(pos)
    for k in range(si, _look_back(ctx, si, pos), -1):
        s = ctx.sents[k]
        hi = min(s.end, pos) if k == si else s.end
        for m in reversed(list(rx.finditer(ctx.masked, s.start, hi))):
            # the verb of a statement told there ("“…,” he said"): its speaker; but in the sentence
            # of the noun, the speaker's own verb ("Tusk said the claim was …") tells nothing
            said = next((st.speaker for st in ctx.statements if st.verb_pos == m.start()), None) \
                if noun.lower() in SPEECH_NOUNS else None
            if said is not None and k == si and _same_side(ctx, said, exclude):
                continue
            doer = said if said in ctx.reg.actors else _doer_at(ctx, s.start, m.start(), m.end(), s.end)
            if doer is not None:
                return None if _same_side(ctx, doer, exclude) else doer
    if noun.lower() in SPEECH_NOUNS:
        said = [st for st in ctx.statements if st.end <= pos and st.sent_lo >= si - 8 and st.speaker != "author"
                and st.speaker in ctx.reg.actors and not _same_side(ctx, st.speaker, exclude)]
        last = max(said, key=lambda st: st.start, default=None)
        if last is not None:
            return last.speaker
    return None


#: Every act's noun or verb but what is said: what a generic noun ("this move") may point back to.
_ANY_ACT = re.compile(r"(?<![\w-])(?:" + "|".join(sorted({f for n, f in ACT_FORMS.items() if n not in SPEECH_NOUNS}))
                      + r")(?![\w-])", re.I)
#: Generic nouns of an act that say nothing of which act: "this move", "this step", "these actions".
GENERIC_ACTS = frozenset({"move", "step", "action", "actions", "decision"})


def last_act_doer(ctx: ArticleContext, pos: int, exclude: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The doer of the act told last before ``pos`` (within eight sentences, by any act's noun or
    verb): what a generic noun points back to ("Kosovo took delivery of Turkish drones … “I
    strongly condemn this unilateral move”": Turkey); None when no such act is told or one of
    ``exclude`` (the speaker's side) did it."""
    si = ctx.sent_index(pos)
    for k in range(si, _look_back(ctx, si, pos), -1):
        s = ctx.sents[k]
        hi = min(s.end, pos) if k == si else s.end
        # (the sentences before as written: an act told inside a quote, "“The decision of the
        # Turkish authorities to deliver …”", is told all the same)
        for m in reversed(list(_ANY_ACT.finditer(ctx.masked if k == si else ctx.body, s.start, hi))):
            doer = _doer_at(ctx, s.start, m.start(), m.end(), s.end)
            if doer is not None and _same_side(ctx, doer, exclude) and \
                    _UNREAL_BEFORE.search(ctx.body, s.start, m.start()) is not None:
                continue  # ("Serbia will have to take this move into consideration in its further actions": not done)
            if doer is not None:  # (the speaker's side's own act told last: "this step" is its own, no target)
                return None if _same_side(ctx, doer, exclude) else doer
    return None


#: Before an act's word, what says it is not done yet: "further", "future", "any", or a modal
#: earlier in the sentence ("will have to take … into consideration in its further actions").
_UNREAL_BEFORE = re.compile(r"(?i)(?<![\w-])(?:(?:further|future|next|possible|potential|any)\s+$|"
                            r"(?:will|would|shall|could|might|may|must|should)\s[^.;:!?]*$)")


def _look_back(ctx: ArticleContext, si: int, pos: int) -> int:
    """Where a look back for an act stops (exclusive): eight sentences before sentence ``si``, or
    as far as the 800 characters before ``pos`` reach (a transcript's short questions and answers:
    "Nothing?", "Not that I'm aware of.")."""
    k = max(-1, si - 8)
    while k >= 0 and ctx.sents[k].end > pos - 800:
        k -= 1
    return k


def _same_side(ctx: ArticleContext, actor: str, side) -> bool:
    return actor in side or ctx.reg.state_of(actor) in side


#: An act's noun that opens its clause ("wrote that the delivery …", "said the delivery …"): no
#: verb before it in the clause whose subject did it (not "Russia launched the attack").
_DETERMINER_BEFORE = re.compile(r"(?:(?<![\w-])(?:that|believes?|believed|thinks?|thought)|[,;:—–(]|^)"
                                r"\s*(?:the|a|an|this|these|those)\s+$", re.I)  # (reporting verbs: _REACTION_BEFORE)


#: A verb right before an act's noun: a reporting or reacting verb ("condemned the attack",
#: "welcomed the decision") says what someone made of the act, not who did it.
_REACTION_FORMS = longest_first(f for lem, forms in v.REPORTING_VERBS.items() if lem != "claim"  # ("claimed the attack": did it)
                                for f in forms.split("|") if f.isalpha())
_REACTION_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(_REACTION_FORMS) + r")\s+(?:the|a|an|this|these|those)\s+$", re.I)


def _subject_before(ctx: ArticleContext, sent_lo: int, start: int) -> bool:
    """Whether an actor is named in the clause before ``start``, not after a preposition: the
    subject of the verb whose object the noun is ("Poland completed the delivery")."""
    clause_lo = sent_lo
    for cm in _CLAUSE_BREAK.finditer(ctx.masked, sent_lo, start):
        clause_lo = cm.end()
    return any(not after_preposition(ctx, mt) for mt in ctx.mentions_in(clause_lo, start))


def _doer_at(ctx: ArticleContext, sent_lo: int, start: int, end: int, sent_hi: int) -> str | None:
    if ctx.body[start:end].lower() == "receipt":
        # "Kosovo's receipt of Turkish Skydagger drones": its owner received them; who moved them
        # is the state whose demonym they bear
        of = _OF_MADE.match(ctx.body, end, sent_hi)
        return roles_of(ctx.reg).demonym_of.get(of.group("dem").lower()) if of is not None else None
    before = ctx.mentions_in(max(sent_lo, start - 60), start)
    for mt in reversed(before):  # "Milei's speech", "the Turkish delivery"
        gap = ctx.body[mt.end:start]
        if _POSSESSOR_GAP.fullmatch(gap) or (mt.demonym and re.fullmatch(r"\s+(?:[\w-]+\s+){0,1}", gap)):
            return mt.actor
        break
    for mt in ctx.mentions_in(end, min(sent_hi, end + 40)):  # "the delivery by Turkey"
        if _BY_AFTER.fullmatch(ctx.body[end:mt.start]):
            return mt.actor
        break
    # "Kosovo took delivery of Turkish drones": the subject received them; who moved them is the
    # state whose demonym they bear, else the one they came from or by
    received = _TAKE_DELIVERY.search(ctx.masked, max(sent_lo, start - 20), start) is not None
    if _TRANSFER.fullmatch(ctx.body, start, end) and (of := _OF_MADE.match(ctx.body, end, sent_hi)) is not None and \
            not re.search(r"(?<![\w-])by\s", ctx.body[of.end():min(sent_hi, of.end() + 80)]) and \
            (received or not _subject_before(ctx, sent_lo, start)):
        # "the delivery of Turkish-made drones to Kosovo", "the sale of Turkish drones": the state
        # the goods come from (when no "by" names who moved them, and no subject of its clause
        # did: "Poland completed the delivery of German-made tanks" is Poland's)
        state = roles_of(ctx.reg).demonym_of.get(of.group("dem").lower())
        if state is not None:
            return state
    if received:
        return None  # (the subject of "took delivery" did not move the goods)
    noun = _NOUN_DETERMINER.search(ctx.masked, max(sent_lo, start - 30), start)
    if noun is not None and (state := _demonym_in(ctx, noun.start(), start)) is not None:
        return state  # "the German tank delivery": the state its demonym names
    performed = noun is not None and _PERFORMING.search(ctx.masked, max(sent_lo, noun.start() - 40), noun.start())
    if not performed and _AFTER_PREPOSITION.search(ctx.masked, max(sent_lo, start - 24), start):
        return None  # "No UN body has ruled on the sale": a noun after a preposition has no subject that did it
        # (but "pressed ahead with the sale", "signed off on the sale": the verb's subject did)
    if not ctx.body.startswith("ing", end - 3) and _PASSIVE_ACT.search(ctx.masked, max(sent_lo, start - 24), start):
        # "Ambassador Mickevičienė was recalled": the subject of a passive is the one it was done
        # to; goods moved came from the state whose demonym they bear ("the Turkish drones that
        # were delivered to Pristina")
        return _goods_state(ctx, sent_lo, start) if _TRANSFER.fullmatch(ctx.body, start, end) else None
    if noun is not None and not performed:
        return None  # "Kurti did not hide the delivery": the subject of a verb that does not do the act did not do it
    if ctx.body.startswith(("arriv", "Arriv"), start):
        # what arrived did not send itself ("the drones … arrived"); a person who arrived came
        mt = next(iter(reversed(ctx.mentions_in(sent_lo, start))), None)
        if mt is not None and is_person(ctx, mt.actor) and not after_preposition(ctx, mt):
            return mt.actor
        # (goods that arrived came from the state whose demonym they bear: "Turkish-made drones
        # arrived in Pristina")
        return _goods_state(ctx, sent_lo, start)
    det = _DETERMINER_BEFORE.search(ctx.masked, max(sent_lo, start - 16), start) or \
        _REACTION_BEFORE.search(ctx.masked, max(sent_lo, start - 30), start)
    if det is not None:
        return None  # "Kurti wrote that the delivery …", "Tusk condemned the attack": no verb whose subject did it
    clause_lo = sent_lo
    for cm in _CLAUSE_BREAK.finditer(ctx.masked, sent_lo, start):
        clause_lo = cm.end()
    for mt in reversed(ctx.mentions_in(clause_lo, start)):  # the subject: "Spain withdrew"
        if not after_preposition(ctx, mt):
            return mt.actor
    return None


#: A relative clause in the passive before a verb: "that was ", "which have been ".
_RELATIVE_PASSIVE = re.compile(r"(?<![\w-])(?:that|which)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$")
#: The last four words before a point: the noun phrase a relative clause follows.
_LAST_WORDS = re.compile(r"(?:\S+\s+){0,4}$")


#: Act nouns whose "of" names the one who did the act ("the decision of the Turkish authorities",
#: "the remarks of the president"), not what it was done to ("the recall of the ambassador").
_AGENT_OF = frozenset({"decision", "speech", "remarks", "comments", "words", "statement", "statements", "actions",
                       "visit", "accusation", "accusations", "allegation", "allegations", "threat", "threats", "remark",
                       "comment", "claim", "claims", "charge", "outburst", "insult", "insults", "veto"})
#: What may open a statement's words before its subject: a field's label ("**Claim:** ").
_LABEL_FIRST = re.compile(r"[\s*_>#•-]*(?:[A-Z][A-Za-z ]{0,20}:[*_]*\s+)?")
_OF_AGENT = re.compile(r"\s+of\s+(?:the\s+)?$")
_DEMONSTRATIVE = re.compile(r"(?i)\s*(?:the|this|that|these|those)\s")


def subject_act_doer(ctx: ArticleContext, lo: int, hi: int, exclude: frozenset[str] | set[str],
                     named: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The doer of the act a statement's words open with as their subject ("**Claim:** The
    delivery is “…”", "The decision of the Turkish authorities to deliver …, Đurić wrote,
    “represents …”"): the actor after an agent's "of", else the doer the article told before
    (``act_doer``); None when there is no such subject, its doer is one of ``exclude``, or the
    statement names an actor (``named``) that is not a receiver inside the subject ("to deliver
    weapons to Kosovo")."""
    if hi <= lo:
        return None
    at = _LABEL_FIRST.match(ctx.masked, lo, hi).end()
    am = ACT_OBJECT.match(ctx.masked, at, hi)
    if am is None or am.start("noun") - at > 40 or am.group("noun").lower() in SPEECH_NOUNS or \
            not _DEMONSTRATIVE.match(ctx.masked, am.start(), hi):
        return None  # ("Its first statement condemned …", "The Mexican statement went on": the speaker's own)
    noun = am.group("noun").lower()
    if named:
        end = min([i for i in (ctx.masked.find(c, am.end(), hi) for c in ",\"“") if i >= 0] or [hi])
        receivers = {mt.actor for mt in ctx.mentions_in(am.end(), end)
                     if _TO_RECEIVER.search(ctx.masked, max(am.end(), mt.start - 12), mt.start)}
        if named - receivers:
            return None
    after = next(iter(ctx.mentions_in(am.end(), min(hi, am.end() + 40))), None)
    if noun in _AGENT_OF and after is not None and _OF_AGENT.fullmatch(ctx.masked, am.end(), after.start):
        return None if _same_side(ctx, after.actor, exclude) else after.actor
    return act_doer(ctx, noun, am.start("noun"), exclude)


def _goods_state(ctx: ArticleContext, sent_lo: int, start: int) -> str | None:
    """The state whose demonym the goods bear that arrived or were moved, in the clause before
    the verb at ``start`` ("Turkish-made drones arrived", "the Turkish drones that were
    delivered"); None when an actor is named with them ("German tanks bought by Poland")."""
    clause_lo = max([sent_lo] + [cm.end() for cm in _CLAUSE_BREAK.finditer(ctx.masked, sent_lo, start)])
    if (rel := _RELATIVE_PASSIVE.search(ctx.masked, max(clause_lo, start - 40), start)) is not None:
        # ("Poland was angry about the Russian grain that was shipped": the goods before "that")
        clause_lo = _LAST_WORDS.search(ctx.masked, clause_lo, rel.start()).start()
    named = ctx.mentions_in(clause_lo, start)
    if any(not mt.demonym for mt in named):
        return None
    if named:
        return named[-1].actor  # ("the Turkish drones": a demonym the registry reads)
    demonym_of = roles_of(ctx.reg).demonym_of
    return next((state for word in ctx.masked[clause_lo:start].split()
                 if (state := demonym_of.get(fold(word.split("-")[0]))) is not None), None)


def demonym_doer(ctx: ArticleContext, am: re.Match, exclude: set[str]) -> str | None:
    """The state a demonym names inside an act's noun phrase (``am``, an ``ACT_OBJECT`` match:
    "the Turkish drone delivery"), not one of ``exclude``; else None."""
    return _demonym_in(ctx, am.start(), am.start("noun"), exclude)


def _demonym_in(ctx: ArticleContext, lo: int, hi: int, exclude: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The first state a demonym names among the words of [lo, hi) after its first (the
    determiner: "the Turkish drone"), not one of ``exclude``; else None."""
    demonym_of = roles_of(ctx.reg).demonym_of
    for word in ctx.masked[lo:hi].split()[1:]:
        state = demonym_of.get(fold(word.strip("-")))
        if state is not None and state not in exclude:
            return state
    return None


#: Before the one an act is done to, right after the act's noun: "(delivery) to Kosovo".
_TO_RECEIVER = re.compile(r"\s+(?:to|into|against|for)\s+(?:the\s+)?$")


#: Before the one a transfer goes to, in its clause: "sent a second battery … to (Poland)",
#: "the delivery of Turkish drones to (Kosovo)", "The shipment to (Poland)".
#: (or the one armed: "the continued arming of (Kosovo)")
_TRANSFER_TO = re.compile(r"(?i)(?<![\w-])(?:(?:" + _TRANSFER_WORDS + r"|ships?|sen[dt]s?|sending|transfer\w*)(?![\w-])"
                          r"[^.;:!?\"“”]{0,60}?\s(?:to|into)|(?:re)?arming\s+of)\s+(?:the\s+)?$")


def receives_transfer(ctx: ArticleContext, pos: int) -> bool:
    """Is the actor named at ``pos`` the one a transfer goes to, by the words before it in its
    clause ("the delivery of drones to Kosovo", "sent a battery of air-defence systems to Poland")?"""
    lo = max(ctx.sents[ctx.sent_index(pos)].start, pos - 90)
    return _TRANSFER_TO.search(ctx.masked, lo, pos) is not None


def transfer_to_before(text: str, lo: int, pos: int) -> bool:
    """Whether the words of ``text`` in [lo, pos) end as a transfer's toward the one named at
    ``pos`` ("sell drones to both Serbia and (Kosovo)", "supply Bayraktars to (Pristina)"): as
    ``receives_transfer`` asks of the article's text, for goods only and on any text (the words of
    a quote)."""
    return _GOODS_TO.search(text, max(lo, pos - 90), pos) is not None


#: Before the one goods go to, in any words: "sell drones to both Serbia and (Kosovo)", "supply
#: Bayraktars to (Pristina)" (not "sent letters to (the King)": a message is no transfer of goods).
_GOODS_TO = re.compile(r"(?i)(?<![\w-])(?:deliver\w*|shipment\w*|shipped|sale\w*|sold|sell(?:s|ing)?|"
                       r"suppl(?:y|ied|ies|ying))(?![\w-])"
                       # (not an idea sold, a message delivered: "sell the idea of peace to Kyiv")
                       r"(?!\s+(?:(?:the|this|that|its|our|their|his|her|a|an)\s+)?(?:idea|message|plan|story|vision|"
                       r"policy|concept|narrative|case|argument|deal|reform|agenda|speech|verdict|ultimatum|blow|promise)s?\b)"
                       r"[^.;:!?\"“”]{0,60}?\s(?:to|into)\s+(?:(?:the|both)\s+)?"
                       r"(?:[A-Z][\w'’-]*\s+(?:and|or)\s+)?$")


#: Goods a state sends: "Turkish drones", "Turkish-made Skydagger drones".
_GOODS = (r"(?:drones?|weapons?|arms|missiles?|rockets?|aircraft|jets?|tanks?|munitions?|ammunition|UAVs?|"
          r"howitzers?|artillery)")
#: A demonym before goods, a word or two between: "Turkish(-made Skydagger) drones".
_DEMONYM_GOODS = re.compile(r"(?<![\w-])(?P<demonym>[A-Z][a-zà-ž]+)(?:-(?:made|built|supplied|manufactured))?\s+"
                            r"(?:[\w-]+\s+){0,2}?" + _GOODS + r"(?![\w-])")
#: Words that tell goods moved from one side to another.
_MOVED = re.compile(r"(?i)(?<![\w-])(?:deliver\w*|sen[dt]|sending|ship\w*|arriv\w*|land(?:s|ed|ing)?|unloaded|"
                    r"sold|sell\w*|sales?|suppl\w*|bought|buy\w*|purchas\w*|order\w*|contract\w*|containers?|"
                    r"transfer\w*|acqui\w*)(?![\w-])")


def goods_origins(ctx: ArticleContext) -> dict[str, frozenset[str]]:
    """The states the article names as where goods come from ("Turkish-made Skydagger drones"),
    each with the states its sentences name after the goods, where they may go ("… were unloaded
    at Pristina airport"): the side that words about a transfer naming no doer are about, for a
    speaker of neither (``context_target``)."""
    found = getattr(ctx, "_goods_origins", None)
    if found is None:
        demonym_of = roles_of(ctx.reg).demonym_of
        origins: dict[str, set[str]] = {}
        for m in _DEMONYM_GOODS.finditer(ctx.masked):
            if (state := demonym_of.get(fold(m.group("demonym").lower()))) is None:
                continue
            sent = ctx.sents[ctx.sent_index(m.start())] if ctx.sents else None
            if sent is None or _MOVED.search(ctx.masked, sent.start, sent.end) is None:
                continue  # (goods told as moved: not "flies Russian fighter jets")
            beside = {mt.actor for mt in ctx.mentions_in(m.end(), sent.end)}
            origins.setdefault(state, set()).update(beside - {state})
        found = {state: frozenset(beside) for state, beside in origins.items()}
        ctx._goods_origins = found
    return found


def receivers_after(ctx: ArticleContext, pos: int) -> set[str]:
    """The actors named as the receiver right after an act's noun ending at ``pos`` ("to Kosovo")."""
    return {mt.actor for mt in ctx.mentions_in(pos, pos + 40) if _TO_RECEIVER.fullmatch(ctx.masked, pos, mt.start)}
