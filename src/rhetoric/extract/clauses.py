"""Clause structure around a reporting verb: its subject (the speaker candidate), whether it
reports speech at all, where its clause ends, where the clause of a subject begins, whom a
contact verb addresses, and what a verb is coordinated with.

All of it reads ``ctx.masked`` (the body with quotes masked), so quoted words never count as
clause structure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rhetoric.corpus import ends_a_sentence
from rhetoric.extract import vocabulary as v
from rhetoric.extract.mentions import Cand
from rhetoric.extract.model import Statement
from rhetoric.regexes import at_word_start, split_alternatives

if TYPE_CHECKING:
    from rhetoric.extract.context import ArticleContext

#: "his statement that", "Osmani's remarks:" — a speech noun up to two words after ``pos``.
_SPEECH_NOUN_AHEAD = re.compile(r"\s*(?:[\w-]+\s+){0,2}?" + v.SPEECH_NOUN_PLAIN.pattern, re.I)
#: "X phoned Y …", "contacted Y …", "met Y …": a contact verb right before a mention.
ADDRESS_VERB = re.compile(
    r"(?<![\w-])(?:contact(?:ed|s|ing)?|(?:tele)?phon(?:ed|es|ing)|rang|call(?:ed|s|ing)|summon(?:ed|s|ing)?|"
    r"approach(?:ed|es|ing)?|wr(?:ote|ites|iting)\s+(?:a\s+letter\s+)?to|sen(?:t|ds|ding)\s+a\s+letter\s+to|"
    r"met|meets|meeting|visit(?:ed|s|ing)?|"
    # (and one asked or urged to speak, who has said nothing yet: "asked Moscow the same day to say whether …")
    r"ask(?:ed|s|ing)?|urg(?:ed|es|ing)|call(?:ed|s|ing)\s+(?:up)?on|invit(?:ed|es|ing)|press(?:ed|es|ing)|challeng(?:ed|es|ing))\s+(?:with\s+)?(?:the\s+|his\s+|her\s+|its\s+|their\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+|counterpart\s+){0,4}$")
_POSSESSIVE_S = re.compile(r"['’]s\b")
#: Between a possessor and the verb its noun is the subject of: "'s defense of the deal ", "'s post on
#: X the same Wednesday ", and the
#: apostrophe alone after a name that ends in "s" ("Mr Peters' office ").
_POSSESSIVE_GAP = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,5}?(?:(?:the\s+)?(?:same|following|next|previous)\s+[\w-]+\s+(?:[a-z]+\s+)?)?$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|with|by|in|at|from|against|to|on|among)\s+(?:the\s+|a\s+|an\s+)?$")
_HAS_BEFORE = re.compile(r"(?:has|have|had)\s+(?:also\s+)?$")
#: Words right before a verb form that make it no statement: a determiner ("a warning that",
#: "his claims": a noun); a negation or refusal ("did not say", "declined to comment", "never
#: publicly responded", "has yet to respond": an absence); a modal of the unreal ("would have
#: said": imagined). Checked on the last words before the verb, without a regular expression.
_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
                "your", "such", "no", "any", "every", "each"}
_NEGATIONS = {"not", "never", "n't", "declined", "refused", "failed", "unwilling", "reluctant", "yet", "declining",
              "refusing", "longer", "without"}
_MODALS = {"would", "could", "might", "may", "should", "must", "ought"}  # "should say plainly": not said
#: A verb inside an indirect question is asked about, not reported: "did not say whether he
#: blamed", "it is unclear whether Tusk will condemn", "asked if she had criticised".
_INDIRECT_QUESTION = re.compile(r"(?:\bwhether|\b(?:asked|asking|wonder\w*|unclear|know|knows|say|said)\s+if)"
                                r"\s+(?:[\w'’-]+\s+){1,5}$", re.I)
_SKIPPABLE = {"also", "even", "once", "publicly", "officially", "directly", "explicitly", "immediately", "to", "have",
              "yet", "still", "ever"}
#: A sentence that imagines speech instead of reporting it: "Had Ankara answered, …", "If X had
#: said …", "Were X to call …" (matched at the sentence's start); "X would have said …" (right
#: before the verb).
_HYPOTHETICAL_START = re.compile(r"(?:" + v.LIST_MARK + r"[ \t]+)?"  # (a list item's too: "- If Ankara had answered …")
                                 r"(?:(?:Had|Were|Should)\s+(?!(?:it|there)\b)\S+|(?:If|Even\s+if|Unless)\b[^.;]*\bhad\b)")
_SAID_OF = re.compile(r"\s+(?:of|about|to)\s")


def speech_noun_after(ctx: ArticleContext, pos: int) -> bool:
    return bool(_SPEECH_NOUN_AHEAD.match(ctx.masked[pos:pos + 80]))


#: A subordinate clause that opens a sentence, up to its comma, after an introductory phrase at
#: most: "(At the end of June,) after two brothers died in police raids, (the ministry …)"; or a
#: participle's phrase that opens it: "Receiving President Jeenbekov in Astana on 25 December,
#: (President Nazarbayev …)".
_LEADING_SUBORDINATE = re.compile(r"\s*(?:(?:[^,;]{0,40},\s*)?(?:[Aa]fter|[Ww]hen|[Aa]s|[Bb]ecause|[Ss]ince|[Aa]lthough|"
                                  r"[Tt]hough|[Ww]hile|[Bb]efore|[Oo]nce|[Ii]f|[Uu]ntil|[Dd]espite)|"
                                  r"[A-Z][a-z]{2,}ing|"
                                  # (a past participle's phrase: "Interviewed by Le Monde while in France,")
                                  r"(?!United\s)[A-Z][a-z]{2,}ed(?=\s+(?:by|about|over|on|at|in|after|of|for|with|"
                                  r"whether|if|during)\s))\s[^,;]{1,160},\s*")


#: A bold or italic lead that heads a paragraph and ends with its stop: "**Beijing escalates.** ",
#: a reference annual's run-in heading "*Serbian reaction.* ".
BOLD_LEAD = re.compile(r"(?P<mark>\*\*|__|\*|_)[^*_\n]{1,80}?(?:[.:](?P=mark)|(?P=mark)[.:])\s+")


def clause_subject_start(ctx: ArticleContext, lo: int, pos: int) -> int | None:
    """Start of the first candidate of the clause that contains ``pos``, past a subordinate
    clause that opens the sentence ("After two Azerbaijani brothers died …, the ministry
    canceled …, citing": the ministry)."""
    seg = ctx.masked[lo:pos]
    cut = lo
    for m in v.CLAUSE_OPEN.finditer(seg):
        cut = lo + m.end()
    reported = cut > lo  # (a clause after "that", ";" or ":")
    lead = BOLD_LEAD.match(ctx.masked, cut, pos) if ctx.masked.startswith(("*", "_"), cut) else None
    if lead is not None:  # "**Beijing escalates.** On Thursday Sun Weidong … and demanded": a heading's words
        cut = lead.end()
    sub = _LEADING_SUBORDINATE.match(ctx.masked, cut, pos) or _SOURCE_OPENING.match(ctx.masked, cut, pos)
    opening = cut + len(ctx.masked[cut:pos]) - len(ctx.masked[cut:pos].lstrip())  # (the clause's first word)
    if sub is not None and ctx.cands_in(sub.end(), pos) and not any(c.start == opening for c in ctx.cands_in(cut, pos)):
        cut = sub.end()  # (not "Beijing condemned …, called Washington a bully": a name, no participle)
    from rhetoric.extract.resolve import after_preposition  # (resolve imports this module)

    cands = ctx.cands_in(cut, pos)
    makers = set()
    for i, x in enumerate(cands):
        later = any(y.kind in ("mention", "name", "pronoun", "role") for y in cands[i + 1:])
        if x.kind in ("mention", "name", "role") and _OPENING_PLACE.match(ctx.masked, x.end) and \
                after_preposition(ctx, x) and later:
            continue  # "In Washington, Donald Trump took the other side, saying …": Trump
        if x.kind in ("mention", "name", "role") and later and cands[i + 1].kind in ("pronoun", "mention", "name") and \
                not ctx.masked[x.end:cands[i + 1].start].strip() and \
                not v.text_noun(x) and after_preposition(ctx, x):
            continue  # "Of the Commission he said …, before adding": he, not the one he spoke of
        if x.kind in ("mention", "name", "role") and reported and "by " in ctx.masked[max(0, x.start - 8):x.start] and \
                not _PARTICIPLE_AFTER.match(ctx.masked, x.end) and \
                (maker := _MAKER_BEFORE.search(ctx.masked, max(0, x.start - 50), x.start)) is not None and \
                (maker.group("noun") or "").lower() not in _SPOKEN_THINGS:
            makers.add(i)  # "… that the grain made by Hungary had reached Gdańsk, describing": a thing's maker
            continue
        if x.kind in ("mention", "name", "role") and after_preposition(ctx, x) and _PARTICIPLE_AFTER.match(ctx.masked, x.end) \
                and not _BY_BEFORE.search(ctx.masked, max(0, x.start - 6), x.start) \
                and not any(y.kind in ("mention", "name", "pronoun", "role") for j, y in enumerate(cands[:i]) if j not in makers):
            return None  # ("Beijing warned its citizens about travel to Canada, saying …": not Canada)
        if x.kind in ("mention", "name", "pronoun", "role"):
            return x.start
        if x.kind == "poss" and speech_noun_after(ctx, x.end):
            return x.start
    return None


#: A source of the report that opens the clause: "According to the state agency APS, he conveyed
#: …", "As reported by Xinhua, the minister …": the subject comes after it.
_SOURCE_OPENING = re.compile(r"\s*(?:[Aa]ccording\s+to|[Aa]s\s+(?:reported|quoted|cited)\s+by|[Cc]iting|[Pp]er)\s"
                             r"[^,;:“”\"¤]{1,60},\s*")
#: A person's text or channel as a subject, an aside between it and its verb: "'s Facebook page,
#: filmed in Győr on Wednesday, " (after "A video on Orbán"), "'s post, deleted an hour later, ".
_OWNED_TEXT_ASIDE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:post|page|account|channel|feed|profile|blog|website|site|"
                               r"statement|video|message|letter|tweet|broadcast|interview|speech)"
                               r"(?:\s*,[^,;:¤“”\"]{1,80}){1,2},\s*$")
#: The texts a person is told as having made, in those leads ("post", "letter", "op-ed").
_AUTHORED_TEXTS = r"post|statement|video|message|letter|tweet|broadcast|interview|speech|address|communiqu[eé]|note|article|column|op-ed"
#: The same owned text as the antecedent of a relative clause whose verb speaks: "Albin Kurti's
#: Facebook post of the Wednesday, which spoke of …", "Tusk's letter, which said …" (the owner's words).
_OWNED_TEXT_WHICH = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:" + _AUTHORED_TEXTS + r")"
                               r"(?:\s+(?:of|on|from)\s+[^,;:¤“”\"]{1,40}?)?,?\s+which\s+(?:[a-z]+ly\s+|also\s+)?$")
#: A text told by its author after "by" or "of", then a relative clause whose verb speaks: "a post
#: on X by (Marko Đurić) on the evening of 8 October, which said …", "the post of Foreign Minister
#: (Marko Đurić) on the evening of 8 October 2025, which ended: …".
_TEXT_BY_BEFORE = re.compile(r"(?<![\w-])(?:" + _AUTHORED_TEXTS + r"|declaration)(?:\s+on\s+[A-Z][\w]*)?\s+(?:by|of)\s+(?:the\s+)?"
                             r"(?:(?:[A-Z][a-z]+|[a-z]+\s+minister)\s+){0,3}$")  # (its office first: "of Foreign Minister ")
#: (a clause of time may stand between, "the statement of the ministry on 13 July, after it summoned the
#: ambassador, which called …")
_TEXT_BY_WHICH = re.compile(r"(?:\s+(?:on|of|in|at|from|late|early)\s+[^,;:¤“”\"]{1,40}?)?"
                            r"(?:,\s+(?:after|before|when|once|as\s+soon\s+as)\s+[^,;:¤“”\"]{1,60})?,?\s+(?:which|that)\s+(?:[a-z]+ly\s+|also\s+)?")
#: A relative "which" right before the verb: its antecedent is a thing, never a person.
_WHICH_GAP = re.compile(r",?\s+which\s+(?:[a-z]+ly\s+|also\s+)?")
#: The maker of a thing in a reported clause, after its participle: "(that the grain) made by Hungary",
#: "(drones) built by Baykar": part of a noun's phrase, not the clause's subject (not in a clause of
#: its own, "A letter sent by Tusk to Orbán, calling …": Tusk's).
_MAKER_BEFORE = re.compile(r"(?:(?P<noun>[\w-]+)\s+)?(?:made|built|produced|manufactured|supplied|owned|run|operated|"
                           r"designed|developed|sold|delivered|sent|funded|financed|ordered|bought)\s+by\s+(?:the\s+)?$")
#: Words whose maker is their speaker ("the remarks made by the President", "a letter sent by Tusk"):
#: ``_MAKER_BEFORE`` does not apply.
_SPOKEN_THINGS = v.TEXT_NOUNS | {"letters", "messages", "notes", "posts", "statements", "claims", "claim", "threats",
                                 "threat", "promise", "promises", "pledge", "pledges", "accusation", "accusations",
                                 "appeal", "offer", "offers", "proposal", "proposals", "invitation", "request",
                                 "answer", "reply", "warning"}
#: The agent of a passive, who is the participle's subject: "announced by Rubio, calling …".
_BY_BEFORE = re.compile(r"(?<![\w-])by\s+(?:the\s+)?$")
#: A participle right after a candidate and its comma: "… travel to Canada, saying".
_PARTICIPLE_AFTER = re.compile(r"\s*,\s+[a-z]+ing\b")
#: What closes an opening adjunct of place or time after its object: a comma and the clause
#: ("In Washington, Donald Trump …"), a few words in lower case at most before it ("With Morrison
#: beside her, Ardern …", "With Tusk at his side, …").
_OPENING_PLACE = re.compile(r"(?:\s+[a-z]+){0,3}\s*,\s")


_BUT_BEFORE = re.compile(r"(?<![\w-])but\s+(?:then\s+|also\s+)?$")


def _headline_coordination(ctx: ArticleContext, sent_lo: int, vstart: int, vend: int) -> bool:
    """A headline's verbs joined by a comma alone ("Vučić softens tone, says Serbia too small to
    threaten Turkey", "Vučić appalled by Turkey, says Serbia “understood the message well”"):
    the verb after the comma has the subject of the first; not an inverted attribution, where a
    name ends the clause after the verb ("…, says Vučić.", "…, says Serbia's foreign minister")."""
    if ctx.masked[max(sent_lo, vstart - 2):vstart] != ", ":
        return False
    first = next(iter(ctx.cands_in(sent_lo, vstart)), None)
    if first is None or first.kind not in ("mention", "name") or not first.person or \
            ctx.masked[sent_lo:first.start].strip(" *_#>-") or v.MASK in ctx.masked[sent_lo:vstart]:
        return False
    sent = ctx.sents[ctx.sent_index(vstart)]
    end = sent.end
    if ends_a_sentence(sent.text.strip(" *_|")):
        return False  # (prose: "Orbán is isolated, says Tusk as EU leaders meet." is Tusk's)
    nxt = next(iter(ctx.cands_in(vend, end)), None)
    # (the clause goes on after the one named next: "says Serbia too small …", "says Serbia “…”")
    return nxt is not None and nxt.kind in ("mention", "name") and re.fullmatch(r"\s+(?:the\s+)?", ctx.masked[vend:nxt.start]) \
        is not None and _INVERTED_TAIL.match(ctx.masked, nxt.end, end) is None


#: Between an inverted verb and its subject: a determiner, a possessive, a title's words.
_INVERTED_GAP = re.compile(r"[ \t]+(?:the[ \t]+|[A-Z][\w'’-]*['’]s[ \t]+)?(?:[A-Za-z][\w-]*[ \t]+){0,3}")
#: What ends an inverted attribution's subject: its clause's end, a relative.
_INVERTED_END = re.compile(r"[ \t]*(?:[,;.!?)]|$)")
#: A finite verb right after its subject, perhaps after an adverb: " summoned", " summons", " then
#: called" (``_comma_coordination``); not "is", "was", "has", which a description follows.
_VERB_AFTER_SUBJECT = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?(?P<verb>(?!(?:is|was|has|does|its|his|as|this|us|yes)[ \t])"
                                 r"[a-z]+(?:ed|s))[ \t]")


def _comma_coordination(ctx: ArticleContext, sent_lo: int, vstart: int, vend: int) -> Cand | None:
    """The subject of a verb in a list of verbs joined by commas, that of the list's first verb:
    "The same day the ministry summoned Lithuania's envoy, called the restrictions “…” and warned:
    …", "Senegal's foreign ministry summons the ambassador, calls it propaganda and …"; None when
    no finite verb follows a candidate of the sentence before the comma, or the words between hold
    a quotation, a colon or a semicolon (another clause); nor an inverted attribution, the verb's
    subject after it (", recalled Guyana's foreign minister Hugh Todd, who …"), nor a list inside
    the clause another verb reports ("Tarriela said the coast guard shadowed …, called …": the coast
    guard is no subject of the sentence)."""
    m = ctx.masked
    if m[max(sent_lo, vstart - 2):vstart] != ", ":
        return None
    after = next((x for x in ctx.cands_in(vend, min(len(m), vend + 80)) if x.person and x.kind in ("mention", "name")), None)
    if after is not None and _INVERTED_GAP.fullmatch(m, vend, after.start) and _INVERTED_END.match(m, after.end):
        return None
    comma = vstart - 2
    for y in ctx.cands_in(sent_lo, comma):
        fv = _VERB_AFTER_SUBJECT.match(m, y.end, comma)
        if fv is None:
            continue
        if v.SPEECH_Q.search(m, sent_lo, y.start) is not None:
            return None
        between = m[fv.end():comma]
        if v.MASK in between or any(c in between for c in ";:\"“”"):
            return None
        decided, x = _finite_subject(ctx, ctx.cands_in(sent_lo, fv.start("verb")), fv.start("verb"))
        # (a pronoun's list is left to the rules that resolve it in its context: "He condemned …,
        # called …" in a transcript's turn)
        return x if decided and x is not None and x.kind != "pronoun" else None
    return None


#: What follows the subject of an inverted reporting verb: the clause's end, its owner's noun
#: ("says Serbia's foreign minister"), a time or a place ("says Vučić on Thursday"), a clause or
#: a phrase that is about the speaker ("says Tusk as leaders meet", "says Tusk amid row", "says
#: Tusk who …", "says Tusk ahead of talks").
_INVERTED_TAIL = re.compile(r"(?:['’]s\s+[\w\s'’-]{0,40}?)?\s*(?:[,;.!?)]|$|\s+(?:on|in|at|to|after|during|before|speaking|"
                            r"as|amid|ahead|following|while|when|who|whose|despite|over|with|from|for|and|but|"
                            r"because|since|until|upon|via)\s)")


#: A comma alone between a name and its verb: the end of an apposition.
_BARE_COMMA = re.compile(r"(?:\*\*|__)?,\s*")
#: A description in lower case, then a comma, right before a name: "the vice-president, (Amado Boudou)",
#: "its foreign minister, (Marko Đurić)".
_DESCRIPTION_BEFORE_NAME = re.compile(r"(?<![\w-])(?:the|its|his|her|their|[Aa]n?|[A-Z][\w'’]*['’]s)\s+(?:[\w-]+\s+){0,3}?"
                                      r"(?:[a-z][\w-]*|MPs?|MEPs?)\s*,\s*(?:\*\*|__)?$|"
                                      # (an office with its state, then the honorific: "the Minister for Foreign
                                      # Affairs of Pakistan, Mr. (Shah Mahmood Qureshi)")
                                      r"(?<![\w-])the\s+(?:[\w-]+\s+){1,5}?of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
                                      r"\s*,\s*(?:(?:Mr|Ms|Mrs|Dr|Sir|Dame)\.?\s+)?(?:\*\*|__)?$")


#: A preposition that makes the name after it what a noun is about: "The passage about Belgrade"
#: (not "on", too often an adverb's or a verb's: "Later on Tusk told …", "further on Merz").
_ABOUT_WORDS = (" about", " regarding", " concerning")  # (what ``_ABOUT_BEFORE`` ends with: tested first)
_ABOUT_BEFORE = re.compile(r"(?<![\w-])(?!(?:later|earlier|then|and|but|so|also|went|carried|going|brought|"
                           r"talked|spoke|said|asked|wrote)\s)[a-z]+\s+(?:about|regarding|concerning)\s+(?:the\s+)?$")


#: A person's age and home town in apposition, as a police log or a local paper gives them:
#: ", 42, of Belgrade, ", ", of Pristina, " (before an office in apposition too), up to the home
#: town itself: ", 42, of ".
_AGE_AND_HOME = re.compile(r"(?:,\s*(?:\d{1,3}|of\s+(?:the\s+)?[A-ZÀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-Ž][\w'’.-]*){0,3}))*"
                           r"(?:,\s*of\s+(?:the\s+)?|,\s*)")
#: A participle right before a name: "Speaking to ", "Meeting ", "After meeting " (the name its object).
#: (not a noun in "-ing", "On Thursday evening", "In a building", "at the meeting": "Meeting Tusk" opening a
#: sentence is a participle)
_PARTICIPLE_BEFORE = re.compile(r"(?<![\w-])(?!(?:[Mm]orning|[Ee]vening|[Dd]uring|[Nn]othing|[Ss]omething|[Aa]nything|"
                                r"meeting|building|ruling|following|[Ss]pring|[Kk]ing|[Tt]hing|[Ww]edding|"
                                r"[Aa]ccording|briefing|hearing|sitting)\s)[A-Za-z]+ing\s+(?:to\s+|with\s+)?$")
#: Between a subject and the place it is in: "(the diplomat) in (Bishkek)", "(Tusk) at (Brussels)".
_PLACE_OF_SUBJECT = re.compile(r"\s+(?:in|at|from)\s+(?:the\s+)?")


#: A platform between a subject and its verb: "(Osmani) on X (said)" (``vocabulary.GAP_SUBJ_VERB``).
_PLATFORM_GAP = re.compile(r"\s+(?:on|via)\s+")
#: A focus adverb between a pronoun and its verb: "He even said", "she first told".
_FOCUS_GAP = re.compile(r"\s+(?:even|first|only|once|soon|immediately|merely|simply)\s+")


#: A text and the participle that sends it to someone, before that one's name: "the note handed to
#: the ambassador", "a letter sent to Prime Minister", "the message addressed to" (the one it went
#: to is no subject of the verb after it, "… expressed “…”").
_TEXT_SENT_TO = re.compile(r"(?:note|letter|message|statement|d[ée]marche|communiqu[ée]|memo(?:randum)?|cable|request)\s+"
                           r"(?:handed|sent|delivered|addressed|passed|given|read|forwarded|submitted)(?:\s+(?:out|over|on))?\s+"
                           r"to\s+(?:(?:the|[A-Z][\w.'’-]*)\s+){0,4}$")


def _finite_subject(ctx: ArticleContext, left: list[Cand], vstart: int) -> tuple[bool, Cand | None]:
    """The candidate right before a finite verb: (decided, candidate). Outlets, objects of
    prepositions and candidates inside an appositive right before the verb are passed over
    ("A NATO official, speaking to Radio Free Europe …, praised": NATO), and so is the place the
    one before it is in ("A senior Western diplomat in Bishkek said": the diplomat)."""
    from rhetoric.extract.resolve import after_preposition  # (resolve imports this module)

    m = ctx.masked
    if "who" in m[max(0, vstart - 30):vstart]:
        for y in reversed(left[-4:]):
            if y.kind in ("mention", "name") and y.person and DESCRIBED_THEN_WHO.fullmatch(m, y.end, vstart) and \
                    _CLEFT_BEFORE.search(m, max(0, y.start - 30), y.start):
                return True, y  # ("It was Vytautas Landsbergis, the foreign minister's grandfather, who told": him)
    place_end = None  # (the end of a place passed over: the gap of the one in it runs from there)
    for k, x in reversed(list(enumerate(left))):
        gap = m[x.end:vstart] if place_end is None else m[place_end:vstart]
        place_end = None
        if x.kind == "poss":
            continue
        if x.kind in ("mention", "name", "role") and m.find(" to ", max(0, x.start - 40), x.start) >= 0 and \
                _TEXT_SENT_TO.search(m, max(0, x.start - 90), x.start):
            return True, None  # ("The letter sent to Prime Minister Modi expressed “…”": the text's, not the one it went to)
        if x.kind == "pronoun" and _FOCUS_GAP.fullmatch(gap):
            return True, x  # ("He even said …", "She first told …": a pronoun's focus adverb before its verb; a
            # name's is not read so, "Fans of Orbán even say": the name may be inside the subject)
        if k and x.kind == "mention" and not x.person and v.GAP_SUBJ_VERB.match(gap) and \
                left[k - 1].kind in ("mention", "name", "role") and not left[k - 1].channel and \
                _PLACE_OF_SUBJECT.fullmatch(m, left[k - 1].end, x.start) and \
                (left[k - 1].person or getattr(ctx.reg.actors.get(left[k - 1].ref), "kind", "state") != "state"):
            # ("A senior Western diplomat in Bishkek said": the place the one before it is in; that
            # one goes through the checks below, "A source close to Orbán in Budapest said": no one)
            place_end = x.end
            continue
        if (m.endswith(", not ", 0, x.start) or m.endswith(", not the ", 0, x.start)) and \
                _CLEFT_BEFORE.search(m, max(0, x.start - 70), x.start):
            continue  # ("It was Osmani, not Ankara, who praised …": the one set against the speaker)
        if _CONTRAST_THEN_WHO.fullmatch(gap) and x.kind in ("mention", "name", "role") and not x.channel and \
                _CLEFT_BEFORE.search(m, max(0, x.start - 30), x.start):
            return True, x
        if x.kind in ("mention", "name", "role") and not x.channel and v.GAP_SUBJ_VERB.match(gap) and \
                object_relative_before(m, 0, x.start) is not None and not _CLAIMED_THING.match(m, vstart) and \
                not _VERB_WITHOUT_COMPLEMENT.match(m, vstart):
            return True, x  # ("the group, which Diop calls a terrorist group": the relative clause's own subject)
        if x.kind in ("mention", "name") and not x.channel and _TEXT_BY_WHICH.fullmatch(gap) and \
                _TEXT_BY_BEFORE.search(m, max(0, x.start - 60), x.start):
            return True, x  # ("a post on X by Marko Đurić on the evening of 8 October, which said …": his)
        if (x.person or x.kind == "role" and (x.text or "x").split()[-1].lower() in v.TITLE_WORDS) and _WHICH_GAP.fullmatch(gap):
            # ("the statement of the ministry on 13 July, after it summoned the ambassador, which called …": not
            # the ambassador, whom "which" cannot be; the text's author, past the clause between)
            owner = next((y for y in reversed(left[:k]) if y.kind in ("mention", "name") and not y.channel and
                          _TEXT_BY_WHICH.fullmatch(m, y.end, vstart) and _TEXT_BY_BEFORE.search(m, max(0, y.start - 60), y.start)),
                         None)
            if owner is not None:
                return True, owner
            continue
        if _IN_RELATIVE.search(m, max(0, x.start - 120), x.start) or \
                ("who" in m[max(0, x.start - 90):x.start] and _IN_BARE_RELATIVE.search(m, max(0, x.start - 90), x.start)):
            continue  # "Barrot, who called the Algerian decision unjustifiable, insisted": Barrot
        if "who" in gap and _BARE_RELATIVE_GAP.fullmatch(gap) and x.kind in ("mention", "name", "role") and \
                not x.channel and not after_preposition(ctx, x) and not _UNNAMED_HEAD.search(m, max(0, x.start - 60), x.start):
            return True, x  # "The same president who had attacked Ankara told reporters": the president
        if x.kind == "mention" and after_preposition(ctx, x) and \
                v.OCCASION_GAP.search(m, max(0, x.start - 40), vstart):
            continue  # ("Tusk at the EU summit accused", "at a rally in Gdańsk": a name inside the occasion)
        if k and not x.person and x.kind in ("mention", "role") and v.GAP_SUBJ_VERB.match(gap) and \
                (y := next((y for y in reversed(left[:k]) if y.kind in ("mention", "name") and y.person), None)) and \
                (home := _AGE_AND_HOME.fullmatch(m, y.end, x.start)) is not None and home.group().strip(", ") and \
                not after_preposition(ctx, y) and not _PARTICIPLE_BEFORE.search(m, max(0, y.start - 30), y.start):
            # (not one spoken to: "In a note to Szijjártó, 47, of Budapest, Warsaw said", "Speaking to Tusk, 67, …")
            # ("Marko Đurić, 42, of Belgrade, the foreign minister, posted": the person, not the home
            # town nor the office in apposition)
            return True, y
        if x.kind in ("mention", "name") and x.person and _BARE_COMMA.fullmatch(gap) and \
                _DESCRIPTION_BEFORE_NAME.search(m, max(0, x.start - 70), x.start) and not after_preposition(ctx, x):
            return True, x  # "That night the vice-president, Amado Boudou, called it …": the name apposed to its subject
        if x.kind in ("mention", "name") and x.person and (body := v.BODY_AFTER_NAME.match(gap)) is not None and \
                v.GAP_SUBJ_VERB.match(gap[body.end():]):
            return True, x  # "Gregor Gysi of the Left called …": the person, speaking for the body
        if (gap_m := v.GAP_SUBJ_VERB.match(gap)) is not None:
            if x.kind in ("mention", "name") and _POSSESSIVE_S.match(ctx.body[x.end:x.end + 3]):
                break
            if gap_m.group("place") and after_preposition(ctx, x):
                return True, None  # ("Journalists travelling with Mitsotakis in Crete said": no subject named)
            if m[max(0, x.start - 16):x.start].rstrip().removesuffix(" the").endswith(_ABOUT_WORDS) and \
                    _ABOUT_BEFORE.search(m, max(0, x.start - 30), x.start):
                return True, None  # ("The passage about Belgrade continues: “…”": what the subject is about, not the subject)
            member = _member_before(ctx, left, x)
            if member is not None:
                return True, member
            if x.kind == "mention" and not x.person and not x.channel and \
                    m.endswith(_OFFICIAL_PREPOSITIONS, max(0, x.start - 12), x.start) and \
                    _OFFICIAL_OF.search(m, max(0, x.start - 60), x.start):
                return True, x  # "An official of the North Atlantic Treaty Organization stated": NATO speaks
            if _UNNAMED_HEAD.search(m, max(0, x.start - 60), x.start):
                return True, None  # "a source close to Orbán said": someone unnamed, not Orbán
            if v.TEXT_TO_BEFORE.search(m, max(0, x.start - 40), x.start):
                return True, None  # ("A note to the Bulgarian Foreign Ministry calls …": the one written to)
            if x.channel:
                if _outlet_speaks(ctx, x, vstart):
                    return True, x  # "The weekly Vreme wrote that …": an outlet's own voice (a press review)
                continue
            if _PLATFORM_GAP.match(gap) and after_preposition(ctx, x):
                return True, None  # ("Accounts close to Hajiyev on Telegram said", "A video of Hajiyev on
                # Telegram said": the one named is no subject, the platform notwithstanding)
            if k and (y := left[k - 1]).kind in ("mention", "name") and y.person and \
                    _PLATFORM_GAP.fullmatch(m, y.end, x.start):
                return True, y  # ("Kasit on Thai PBS called …": the broadcaster he spoke on, not the speaker; "Vučić
                # on Kurti said …" is his too)
            return True, x
        # a possessive subject: "Osmani's defense of the deal emphasized"
        if _POSSESSIVE_GAP.match(gap) and (gap.startswith(("'s", "’s")) or m.startswith("s", x.end - 1)) and \
                x.kind in ("mention", "name", "role") and \
                not re.search(r"[,;:¤“”\"]", gap) and not v.AND_BEFORE.search(gap) and not OTHERS_OF.match(gap) \
                and not _BUT_BEFORE.search(gap):
            # (not "Orbán's critics said": the critics are others, unnamed)
            # (not "appalled by Hungary's behaviour and called …", "welcomed the Commission's decision
            # but warned …": a verb coordinated with one before)
            return True, x
        if x.kind in ("mention", "name") and x.person and _OWNED_TEXT_WHICH.fullmatch(gap):
            return True, x  # ("Albin Kurti's Facebook post of the Wednesday, which spoke of …": his)
        if x.kind in ("mention", "name") and x.person and _OWNED_TEXT_ASIDE.match(gap) and \
                not v.AND_BEFORE.search(gap) and not _BUT_BEFORE.search(gap):
            return True, x  # ("A video on Orbán's Facebook page, filmed in Győr on Wednesday, called …": his)
        if not x.channel and x.person and x.kind in ("mention", "name") and _inside_commas(m, x, vstart) \
                and _after_title(m, x):
            return True, x  # "The government spokeswoman, Pilar Alegría, told": the name in apposition
        if not x.channel and x.kind == "mention" and not x.person and _inside_commas(m, x, vstart) and \
                body_described_before(m, max(0, x.start - 60), x.start):
            return True, x  # ("Nexperia's parent, Wingtech, said", "The parent company, Wingtech, said": the body named)
        if x.channel or _inside_commas(m, x, vstart):
            continue
        break
    return False, None


#: The nouns of a body's description before its name in apposition (``body_described_before``).
_BODY_NOUNS = frozenset("company parent owner firm group ministry regulator agency operator manufacturer maker carrier body "
                        "party union bloc alliance organisation organization government supplier subsidiary distributor "
                        "court watchdog contractor builder developer bank executive service".split())
#: Such a description up to its noun: "Nexperia's", "The", "its", at most two words, then the noun.
_BODY_DESCRIPTION = re.compile(r"(?<![\w'’.-])(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w'’.-]*['’]s)\s+(?:[a-z][\w'’-]*\s+){0,2}"
                               r"[a-z]+\s*$")


def body_described_before(m: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of a body's description that ends right before ``hi`` with its comma (and the name's
    article), no earlier than ``lo``: "Nexperia's parent, ", "The parent company, ", "its owner, ",
    "The EU's executive body, the " (a body's noun last, ``_BODY_NOUNS``); else None."""
    head = m[lo:hi].rstrip()
    if head.endswith((" the", " The")):
        head = head[:-4].rstrip()  # (the name with its article: "The EU's executive body, the European Commission,")
    if not head.endswith(","):
        return None
    words = head[:-1].split()
    if not words or words[-1].lower() not in _BODY_NOUNS:
        return None  # (the noun first: most subjects have no description before them)
    d = _BODY_DESCRIPTION.search(m, lo, lo + len(head) - 1)
    return (d.start(), hi) if d is not None else None


#: The lower-case words an institution's name may hold between its capitalised ones ("Center for
#: Security Studies"); and what joins a person to it: " of the ", " at the ", " from the ".
_NAME_JOINERS = frozenset({"for", "of", "and", "on", "in", "&"})
_MEMBER_OF = re.compile(r",?\s+(?:of|at|from|with)\s+(?:the\s+)?$|"
                        # (or a description apposed to the person: "Silvio Báez, the auxiliary bishop of Managua,")
                        r"\s*,\s*(?:the|an?)\s+(?:[a-z][\w-]*\s+){1,4}(?:(?:of|at|from|for|in)\s+(?:the\s+)?)?$")


def _member_before(ctx: ArticleContext, left: list[Cand], x: Cand) -> Cand | None:
    """The person named before the institution whose name ends in ``x``, right before a verb:
    "Mentor Vrajolli of the Kosovo Center for Security Studies told" is Vrajolli, not "Studies"
    nor Kosovo. None when ``x`` is a person of the registry, a name that is not the last word of a
    longer one, or no person is named right before the name."""
    if x.kind not in ("mention", "name") or x.kind == "mention" and x.person:
        return None
    from rhetoric.extract.resolve import after_preposition  # (resolve imports this module)

    m = ctx.masked
    person_ends = {y.end for y in left if y.person and y.kind in ("mention", "name")}
    lo = x.start  # back over the words of the name before x ("Kosovo Center for Security ")
    while lo > 0 and m[lo - 1] == " ":
        word_lo = m.rfind(" ", 0, lo - 1) + 1
        word = m[word_lo:lo - 1]
        if not word or not (word[0].isupper() or word in _NAME_JOINERS) or word_lo - 1 in person_ends:
            break  # (nor back over "of" to a person: "Christodoulides of Cyprus")
        lo = word_lo
    if x.kind == "name" and lo == x.start:
        return None  # ("Mentor Vrajolli of the Kosovo Center, Jelena Ilić told": a name of its own)
    for y in reversed([y for y in left if y.end <= lo]):
        if y.kind in ("mention", "name") and y.person and (member := _MEMBER_OF.fullmatch(m, y.end, lo)) is not None \
                and not (member.group().lstrip().startswith(",") and (after_preposition(ctx, y) or not m.startswith(",", x.end))):
            # (an apposed description closes with its comma: "Báez, the auxiliary bishop of Managua, who …")
            return y  # (not the object of an opening phrase: "After talks with Orbán, the delegation from Poland said")
        break
    return None


#: An unnamed person described by whom they are near: "a source close to", "an aide to",
#: "a person familiar with", "officials in … office of": the actor after it is not the subject.
_UNNAMED_HEADS = (r"sources?|aides?|officials?|person|people|someone|advis[eo]rs?|insiders?|associates?|"
                  r"confidants?|critics|supporters|opponents|allies|witnesses|residents|many|some|most|others")
_UNNAMED_TAIL = (r"\s+(?:close\s+to|familiar\s+with|to|around|near|inside|in|of)\s+"
                 r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")
_UNNAMED_HEAD_PLAIN = re.compile(r"(?<![\w-])(?:" + _UNNAMED_HEADS + ")" + _UNNAMED_TAIL, re.I)
_UNNAMED_HEAD = at_word_start(split_alternatives(_UNNAMED_HEADS), _UNNAMED_TAIL, ignorecase=True)


#: An unnamed official of a body named after it, who speaks for it: "An official of the North Atlantic
#: Treaty Organization stated", "a spokesman for the Commission said" (not "a source close to").
_OFFICIAL_OF = re.compile(r"(?<![\w-])(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:(?:senior|top|unnamed|anonymous)\s+)?"
                          r"(?:officials?|representatives?|spokes(?:person|man|woman)|diplomats?)\s+"
                          r"(?:of|from|at|for)\s+(?:the\s+)?$")


#: What ends the text before a body an unnamed official is of (``_OFFICIAL_OF``), tried first.
_OFFICIAL_PREPOSITIONS = ("of ", "of the ", "from ", "from the ", "at ", "at the ", "for ", "for the ")


#: People of someone who are not that someone: "Orbán's critics", "Hungary's neighbours".
OTHERS_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:critics|supporters|opponents|rivals|enemies|allies|friends|"
                        r"neighbou?rs|voters|detractors|admirers|followers)(?![\w-])")


def _outlet_speaks(ctx: ArticleContext, x: Cand, vstart: int) -> bool:
    """Whether an outlet right before a reporting verb speaks in its own voice: a media actor of
    the registry, not the object of a preposition or of "told" ("told Halk TV", "on Pink TV"),
    and not relaying others ("Xinhua reported that …", "Xinhua said the ministry had condemned
    …": what it reports has a speaker of its own)."""
    from rhetoric.extract.resolve import after_preposition

    actor = ctx.reg.actors.get(x.ref) if x.kind == "mention" and x.ref else None
    if actor is None or actor.kind != "media" or after_preposition(ctx, x):
        return False
    if ctx.masked.startswith("report", vstart):
        return False
    after = vstart
    while after < len(ctx.masked) and (ctx.masked[after].isalpha() or ctx.masked[after] in "-'’"):
        after += 1  # past the verb itself
    end = min(ctx.sents[ctx.sent_index(vstart)].end, after + 120)  # in its own sentence
    return v.SPEECH.search(ctx.masked, after, end) is None


#: An object relative clause open before "called", its subject and auxiliaries in it: "(a step)
#: which Bamako ", "whom the minister had ".
_RELATIVE_OBJECT_BEFORE_CALL = re.compile(r"[,\s](?:which|whom)\s+[^,;:.!?¤“”\"\n]{1,60}\s$")
#: A verb with a particle or a comma right after it, no words of its own: "(the meeting,) which
#: Macron called for", "whom Biden called by no name", "which the EU announced, Lukashenko said,".
_VERB_WITHOUT_COMPLEMENT = re.compile(r"[a-z]+(?:\s+(?:for|by|off|up|out)\b|\s*,)")
#: A claim to a thing, not words: "(the line,) which the Somali government had claimed since 2014"
#: (a claim of words goes on with "that" or a quotation: "which Baku claims is …" is read).
_CLAIMED_THING = re.compile(r"claim(?:s|ed)?(?!\s+(?:that\b|was\b|is\b|were\b|are\b|had\b|has\b|would\b|[“\"¤]))")
#: Prepositions before a relative pronoun: "on which", "at which" tell the time or the occasion of
#: the words, not what they are about.
_PREPOSITIONS = frozenset({"on", "at", "in", "of", "by", "to", "for", "from", "with", "during", "after", "before",
                           "under", "through", "upon", "into", "about", "over", "since", "until", "against"})
#: The word before a relative pronoun, at the end of the text before it.
_WORD_AT_END = re.compile(r"[\w'’-]+$")


def object_relative_before(masked: str, lo: int, pos: int) -> int | None:
    """Where an object relative pronoun stands right before ``pos`` (a subject's start, perhaps
    after "the"): ", which ", " whom ", "(the drills,) which (Diop has called …)"; not after a
    preposition ("the day on which the ministry said"), nor before ``lo``; else None."""
    head = masked[max(lo, pos - 40):pos].rstrip(" \t")
    if head.endswith((" the", "\tthe")):
        head = head[:-3].rstrip(" \t")
    if not head.endswith(("which", "whom")) or head[-6:-5].isalnum():
        return None
    at = pos - (len(masked[max(lo, pos - 40):pos]) - len(head)) - len(head[-5:] if head.endswith("which") else head[-4:])
    before = masked[max(lo, at - 30):at]
    if before.rstrip(" \t").endswith(","):
        return at
    word = _WORD_AT_END.search(before.rstrip(" \t"))
    return None if word is None or word.group().lower() in _PREPOSITIONS or not before.endswith((" ", "\t")) else at


#: Inside a relative clause that began after the last comma: ", who yesterday called the …".
_IN_RELATIVE = re.compile(r",\s*(?:who|which)\s(?:[^,;:“”\"¤.!?\n]|\.(?!\s))*$")  # (not across a sentence end)
#: … or one of a person without a comma: "the same president who had attacked Ankara"; and
#: what stands between that person and the main verb.
_IN_BARE_RELATIVE = re.compile(r"(?<=\w)\s+who\s(?:[^,;:“”\"¤.!?\n]|\.(?!\s))*$")
_BARE_RELATIVE_GAP = re.compile(r"\s+who\s+[^,;:“”\"¤]{1,80}?\s")
#: A cleft's opening before its speaker: "It was ", "It is the " (not "The decision angered Tusk,
#: not Orbán, who …": there "who" is Orbán).
_CLEFT_BEFORE = re.compile(r"(?<![\w-])[Ii]t\s+(?:was|is|['’]s)\s+(?:[\w'’.-]+,?\s+){0,5}$")
#: A cleft's speaker set against another before its relative: "It was Osmani, not Ankara, who".
_CONTRAST_THEN_WHO = re.compile(r",\s+not\s+[^,;:“”\"¤]{1,40},\s+who\s+(?:(?:[a-z]+ly|also|first|then|later|had|has)\s+)*")
#: A cleft's speaker described before its relative: "It was Vytautas Landsbergis, the foreign
#: minister's grandfather, who told": the description names others, the speaker is the name.
DESCRIBED_THEN_WHO = re.compile(r",\s+(?:the|an?|his|her|its|their)\s[^,;:“”\"¤]{1,60},\s+who\s+"
                                 r"(?:(?:[a-z]+ly|also|first|then|later|had|has)\s+)*")


#: What may follow a title before the comma of its apposition: the body or place it serves
#: ("ambassador to the United Nations", "minister of foreign affairs").
_TITLE_OF = re.compile(r"\s+(?:to|of|at|for|in)\s+(?:the\s+)?(?:[A-Za-z][\w'’.-]*\s+){0,3}?[A-Za-z][\w'’.-]*$")


def _after_title(m: str, x: Cand) -> bool:
    """Whether ``x`` follows a title and a comma: "The government spokeswoman, Pilar Alegría",
    "the US ambassador to the United Nations, Nikki Haley"."""
    before = m[max(0, x.start - 80):x.start].rstrip()
    if not before.endswith(","):
        return False
    head = before[:-1]
    for _ in range(3):  # ("the ambassador of the United States to the European Union, …")
        words = head.split()
        if words and words[-1].lower().strip("'’") in v.TITLE_WORDS | v.LEAD_WORDS:
            return True
        served = _TITLE_OF.search(head)
        if served is None:
            return False
        head = head[:served.start()]
    return False


#: Auxiliaries and adverbs between an aside's closing comma and its verb: "…, had (also) asked".
_AUXILIARIES = frozenset("had has have was is were would will also then later again".split())


def _strip_auxiliaries(seg: str) -> str:
    """``seg`` without the auxiliaries and adverbs at its end (``_AUXILIARIES``)."""
    while True:
        head, _, last = seg.rpartition(" ")
        if not head or last not in _AUXILIARIES:
            return seg
        seg = head.rstrip()


def _inside_commas(m: str, x: Cand, vstart: int) -> bool:
    """Whether ``x`` lies in a comma-delimited aside that ends right before the verb."""
    seg = _strip_auxiliaries(m[max(0, vstart - 120):vstart].rstrip())  # "…, Stephen Miller, had asked"
    if not seg.endswith(","):
        return False
    # (a parenthesis's commas are not the aside's: "Erdoğan, during a visit (Oct. 11, 2024), had")
    open_ = re.sub(r"\([^()]*\)", lambda p: " " * len(p.group()), seg).rfind(",", 0, len(seg) - 1)
    base = max(0, vstart - 120)
    return open_ >= 0 and base + open_ < x.start and not re.search(r"[;:¤“”\"]", seg[open_:])


#: A causative verb whose object then does what follows ("prompting X to accuse", "which led Y
#: to warn", "forced Z to admit"): the object is the speaker; not a verb of asking or urging
#: ("urged X to condemn": nothing was said yet).
_CAUSED = re.compile(r"(?<![\w-])(?:prompt(?:ed|ing|s)?|l(?:ed|eading|eads)|caus(?:ed|ing|es)|forc(?:ed|ing|es)|"
                     r"provok(?:ed|ing|es)|spurr(?:ed|ing)|spurs?|dr(?:ove|iving|ives)|"
                     r"mov(?:ed|ing)|compell(?:ed|ing))\s+(?!to\b)")
#: … but not a cause still to come or still at work ("could prompt Merz to denounce", "is
#: prompting X to …"): nothing said yet.
_NOT_YET = re.compile(r"(?<![\w-])(?:could|would|may|might|will|can|shall|is|are|am|be|been)\s+$")
#: Between a causative verb and its object: nothing, "the", or a first object and its
#: infinitive before "and" ("prompting X to accuse Y and Z to …").
_CAUSED_GAP = re.compile(r"(?:the\s+)?|[^;:.¤]*\sand\s+(?:the\s+)?")


def _caused(ctx: ArticleContext, sent_lo: int, x: Cand) -> bool:
    """Whether ``x`` is the object of a causative verb before it (``_CAUSED``)."""
    last = next(reversed(list(_CAUSED.finditer(ctx.masked, sent_lo, x.start))), None)
    return last is not None and _CAUSED_GAP.fullmatch(ctx.masked, last.end(), x.start) is not None and \
        not _NOT_YET.search(ctx.masked, max(sent_lo, last.start() - 12), last.start())


#: Nothing but "to" between a candidate and the verb after it.
_TO_RIGHT_BEFORE = re.compile(r"\s+to\s+")


def _infinitive_subject(ctx: ArticleContext, left: list[Cand], vstart: int, sent_lo: int) -> Cand | None:
    """"X was quick to condemn", "X phoned Y to protest": the subject of the clause before "to"."""
    cut = sent_lo
    for mm in v.CLAUSE_OPEN.finditer(ctx.masked[sent_lo:vstart]):
        cut = sent_lo + mm.end()
    for x in reversed([c for c in left if c.start >= cut]):
        nxt = ctx.masked[x.end:x.end + 6]
        if _TO_RIGHT_BEFORE.fullmatch(ctx.masked, x.end, vstart) and x.kind != "poss" and _caused(ctx, sent_lo, x):
            return x  # "…, prompting Serbia's president to accuse Ankara": made to speak, and spoke
        if x.kind == "poss" or re.match(r"\s+to\b|['’]s\b", nxt) or \
                _PREPOSITION_BEFORE.search(ctx.masked[max(sent_lo, x.start - 14):x.start]):
            continue
        # "X phoned Y on Wednesday to protest": Y is whom X addressed, not the speaker
        if ADDRESS_VERB.search(ctx.masked[max(sent_lo, x.start - 60):x.start]):
            continue
        return x
    return None


#: "quoted Tusk as saying", "cited the minister as saying": whom an outlet quotes.
_QUOTED_AS = re.compile(r"(?<![\w-])(?:quoted|quotes|quoting|cited|cites|citing)\s+(?P<who>[^,;:¤]{1,60}?)\s+as\s+$")


#: … or "had him saying", "has the minister saying": whom an outlet's report has speak.
_HAD_SAYING = re.compile(r"(?<![\w-])(?:had|has)\s+(?P<who>[^,;:¤]{1,60}?)\s+$")
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def quoted_as(ctx: ArticleContext, vstart: int, lo: int) -> Cand | None:
    """"Xinhua quoted Tusk as saying", "The Herald had him saying": the one quoted speaks, not the
    outlet (the candidate between "quoted" and "as", or "had" and "saying", right before the verb at
    ``vstart``), else None."""
    if "as" in ctx.masked[max(lo, vstart - 4):vstart]:
        m = _QUOTED_AS.search(ctx.masked, max(lo, vstart - 90), vstart)
    elif ctx.masked.startswith("saying", vstart):  # ("The Buenos Aires Herald had him saying “…”")
        m = _HAD_SAYING.search(ctx.masked, max(lo, vstart - 70), vstart)
    else:
        return None
    if m is None:
        return None
    who = m.group("who").lower()
    if who in _OBJECT_PRONOUNS:  # "RTS quoted him as saying": he speaks (a subject pronoun for him)
        return Cand(m.start("who"), m.end("who"), "pronoun", None, _OBJECT_PRONOUNS[who], person=who != "them")
    x = next((x for x in ctx.cands_in(m.start("who"), m.end("who")) if x.kind in ("mention", "name", "role")), None)
    if x is not None and (_UNNAMED_HEAD.search(ctx.masked, m.start("who"), x.start) or
                          re.search(r"(?i)\b(?:for|of)\s+(?:the\s+)?$", ctx.masked[m.start("who"):x.start])):
        return None  # "quoted an aide to Lin Jian", "a spokesman for X's ministry": someone unnamed
    return x


#: Adjuncts that may open a clause before its subject, and belong to a statement's words with
#: it: "In a statement on Monday it called …", "At a press conference the president called …".
OPENING_ADJUNCT = re.compile(r"\s*(?:(?:In|On|At|By|Within|Later|Earlier|Then|And|But|The\s+(?:next|following|same)\s+\w+|"
                             r"That\s+(?:day|morning|afternoon|evening|night)|(?:An?|One|Two|Three|Hours|Days)\s+(?:\w+\s+)?"
                             r"(?:later|earlier))\b[^,;:“”\"¤]{0,50}?,?\s+)?")


#: A word of a title before a name: capitalised ("US", "Secretary", "Lithuania's"), or a lower-case
#: word of a title ("foreign", "minister", "of", "the").
_TITLE_WORD = re.compile(r"[A-Z][\w'’.-]*|[a-z]+")
_DAY_OR_MONTH = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                           r"August|September|October|November|December|Yesterday|Today|Tonight")


def title_start(ctx: ArticleContext, lo: int, name_start: int) -> int:
    """Where the title before a name begins ("US Secretary of State Antony Blinken", "Lithuania's
    President Gitanas Nausėda", "the foreign minister, Marko Đurić"): the run of title words
    right before it, from ``lo`` at most, not opening on "of" or "and"; ``name_start`` when
    there is none."""
    seg = ctx.masked[max(lo, name_start - 80):name_start]
    base = name_start - len(seg)
    start, end = name_start, len(seg.rstrip())
    while end > 0:  # the words before the name, last first (string steps: no pattern scans the text)
        s = max(seg.rfind(" ", 0, end), seg.rfind("\n", 0, end)) + 1
        token = seg[s:end]
        if not _TITLE_WORD.fullmatch(token) or token.islower() and token not in v.TITLE_WORDS and token not in v.LEAD_WORDS \
                or not token.islower() and (token.lower() in v.STOP_CAPS and token != "The" or _DAY_OR_MONTH.match(token)):
            break  # (not "On", "Yesterday", "Monday", "October": the clause's adjuncts)
        start = base + s
        end = len(seg[:s].rstrip())
    while start < name_start and re.match(r"(?:of|and|for)\s", ctx.masked[start:name_start]):
        start = ctx.masked.index(" ", start) + 1
    return start


#: A title and a comma before a name that a comma closes: "Italy's interior minister, " (the name
#: apposed to the title is the verb's subject).
_APPOSED_NAME = re.compile(r"[^,;:“”\"¤]{3,60},\s*")


def apposed_title_start(ctx: ArticleContext, lo: int, subj: Cand, verb_start: int) -> int | None:
    """Where the title a name is apposed to begins, when the name between commas is the verb's
    subject ("Italy's interior minister, Matteo Piantedosi, called …"); else None."""
    if subj.kind not in ("mention", "name") or not re.fullmatch(r",\s*", ctx.masked[subj.end:verb_start]) or \
            _APPOSED_NAME.fullmatch(ctx.masked, lo, subj.start) is None:
        return None
    comma = ctx.masked.rfind(",", lo, subj.start)
    start = title_start(ctx, lo, comma)
    if start == comma and (described := _DESCRIPTION_BEFORE_NAME.search(ctx.masked, max(lo, subj.start - 40), subj.start)):
        start = described.start()  # ("the vice-president, Amado Boudou, called": a description no title word opens)
    elif start == comma and (body := body_described_before(ctx.masked, max(lo, subj.start - 60), subj.start)) is not None:
        start = body[0]  # ("The parent company, Cosco, said": the body's description)
    return start


#: A noun phrase, then a comma: the subject of a clause a parenthetical attribution splits ("The
#: incident, he wrote, “…”", "Hungary, he said, was blocking …").
_SUBJECT_BEFORE_ASIDE = re.compile(r"\s*(?:[\w'’.-]+\s+){0,5}[\w'’.-]+,\s*")
#: The comma that closes the aside, after the verb and a few words of it ("told reporters", "wrote on X").
_ASIDE_CLOSE = re.compile(r"(?:\s+[\w'’.-]+){0,3},")


def aside_subject_start(ctx: ArticleContext, lo: int, subj_start: int, verb_end: int) -> int | None:
    """Where the clause a parenthetical attribution ("…, he said, …") splits begins: the
    sentence's start, when a short noun phrase and a comma stand before the attribution's
    subject and a comma follows its verb; else None."""
    if _ASIDE_CLOSE.match(ctx.masked, verb_end) is None or _SUBJECT_BEFORE_ASIDE.fullmatch(ctx.masked, lo, subj_start) is None:
        return None
    return lo + len(ctx.masked[lo:subj_start]) - len(ctx.masked[lo:subj_start].lstrip(" *_\"“"))


#: An aside between a subject and its verb that belongs to the statement's words with the
#: subject: "Retailleau, speaking on CNews, called …", "Tusk, visiting Kyiv, said …", "Zakharova,
#: Russia's foreign ministry spokeswoman, called …".
SUBJECT_ASIDE = re.compile(r",\s*(?:(?!(?:who|which|whose|whom)\s)[a-z]|[A-ZÀ-Ž][\w.-]*['’]s\s)[^,;:“”\"¤]{1,60},\s*")


def subject_aside(masked: str, subj_end: int, verb_start: int) -> bool:
    """Whether an aside (``SUBJECT_ASIDE``, not a relative clause) is all that stands between a
    subject ending at ``subj_end`` and its verb."""
    return masked.startswith(",", subj_end) and SUBJECT_ASIDE.fullmatch(masked, subj_end, verb_start) is not None


#: A comma right before a participle, no other break on the way: ", calling X a coward".
PARTICIPLE_AFTER_CLAUSE = re.compile(r"[^;:“”\"¤]{0,120},\s*")


def statement_words_start(ctx: ArticleContext, lo: int, subj: Cand, verb_start: int, verb_end: int, start: int) -> int:
    """Where a statement's words begin, given ``start`` (its subject's or its verb's): the clause a
    parenthetical attribution splits ("Hungary, he said, was …": ``aside_subject_start``), else the
    title before a name that starts it ("US Secretary of State Antony Blinken called …":
    ``title_start``), else the title a name is apposed to ("Italy's interior minister, Matteo
    Piantedosi, called …": ``apposed_title_start``); ``start`` when none of them is there. A
    participle after its clause's comma ("Milei went further in an interview on Monday night,
    calling Sánchez a coward") says what that clause's subject did: the statement is the clause
    with it (when, where, to whom), from its subject on."""
    if not lo <= subj.start or subj.end > verb_start:
        return start
    if start == verb_start and ctx.masked[verb_start:verb_end].endswith("ing") and \
            (subj.kind in ("mention", "name") or subj.kind == "pronoun" and not ctx.masked[lo:subj.start].strip(" *_\"“")) \
            and PARTICIPLE_AFTER_CLAUSE.fullmatch(ctx.masked, subj.end, verb_start):
        # (or a pronoun that opens the sentence: "He spent the week attacking Brussels, calling …")
        start = subj.start
    aside = aside_subject_start(ctx, lo, subj.start, verb_end)
    if aside is not None:
        return aside
    if start == subj.start and subj.kind in ("mention", "name"):
        return title_start(ctx, lo, subj.start)
    apposed = apposed_title_start(ctx, lo, subj, verb_start)
    return apposed if apposed is not None else start


#: A reported clause between a reporting verb and a verb coordinated with it: "… that … , and".
_THAT_AHEAD_OF_VERB = re.compile(r"(?:\s+[\w'’:.-]+){0,6}?\s+that\s|"  # (a time in it: "posted on X at 17:14 that")
                                 # (or "said" and a clause without "that": "said the sculptures …")
                                 r"(?<=said)\s+(?:the|his|her|their|its)\s")


#: An occasion for speaking the reported clause tells in the past perfect, whose doer a participle
#: after it goes on with ("Szijjártó said that Sikorski had walked out, saying …"; not "Tusk said
#: that Orbán had lied to EU leaders, adding: …", Tusk's).
_ACT_TOLD_IN_PLUPERFECT = re.compile(r"(?<![\w-])had\s+(?:\w+ly\s+)?(?:called|phoned|rung|spoken|appeared|gone\s+on|"
                                     r"walked\s+out|offered|told|said|written|posted|replied|answered|addressed|met|"
                                     r"visited|held|given|taken\s+the\s+floor)(?![\w-])")
#: Participles that go on with the speaker's own speech (not "calling", "accusing", which may
#: tell what the reported clause's subject did).
_GOING_ON_PARTICIPLE = re.compile(r"(?i)(?:add|say|writ|not|stress|insist|argu|explain|conclud|continu|describ|stat|"
                                  r"declar|reiterat|repeat|recall|underlin|emphasi[sz])ing")


#: A quotation right after a verb, or a colon before one: "… and said: “…”".
_QUOTE_NEXT = re.compile(r"\s*[:,]?\s*[¤“\"]")


def subject_of(ctx: ArticleContext, vstart: int, vend: int, sent_lo: int) -> Cand | None:
    """The speaker candidate of a reporting verb at [vstart, vend)."""
    form = ctx.masked[vstart:vend]
    quoted = quoted_as(ctx, vstart, sent_lo)
    if quoted is not None:
        return quoted
    to_before = v.TO_BEFORE.search(ctx.masked[sent_lo:vstart]) is not None
    non_finite = (form.lower().endswith("ing") and not progressive(ctx, vstart)) or to_before
    left = ctx.cands_in(sent_lo, vstart)
    if not non_finite:
        decided, x = _finite_subject(ctx, left, vstart)
        if decided:
            return x
        if (listed := _comma_coordination(ctx, sent_lo, vstart, vend)) is not None:
            return listed
        # "His assertion that", handled by the caller via speech nouns
        if not v.AND_BEFORE.search(ctx.masked[sent_lo:vstart]) and not _BUT_BEFORE.search(ctx.masked, sent_lo, vstart) \
                and not _headline_coordination(ctx, sent_lo, vstart, vend):
            return None
    if to_before:
        return _infinitive_subject(ctx, left, vstart, sent_lo)
    if not non_finite or _GOING_ON_PARTICIPLE.fullmatch(form):
        # "Tusk told reporters that Orbán was a traitor, and added: …": a verb coordinated with a
        # reporting verb before it has that verb's subject, not the reported clause's; so has a
        # participle that goes on speaking ("Trump announced that Nigeria would be designated …,
        # writing: …", "Tusk said that Orbán had lied, adding: …")
        # (a verb that reports speech next to a quote too: "Vučić posted on X at 17:14 that he was
        # “…”, and wrote that …")
        earlier = [m for m in v.SPEECH_Q.finditer(ctx.masked, sent_lo, vstart)
                   if _THAT_AHEAD_OF_VERB.match(ctx.masked, m.end(), vstart)]
        if earlier and non_finite and _ACT_TOLD_IN_PLUPERFECT.search(ctx.masked, earlier[0].end(), vstart):
            earlier = []  # ("Rubio said that Maduro had appeared on state TV, saying …": Maduro's words)
        if earlier:
            return subject_of(ctx, earlier[0].start(), earlier[0].end(), sent_lo)
    if not non_finite and v.AND_BEFORE.search(ctx.masked[sent_lo:vstart]) and _QUOTE_NEXT.match(ctx.masked, vend):
        # ("Meeting Rahmon …, Japarov called them “…” and said: “…”": the subject of the verb of speech
        # it is coordinated with, not the first name of the sentence)
        prior = list(v.SPEECH_Q.finditer(ctx.masked, sent_lo, vstart))
        if prior:
            decided, x = _finite_subject(ctx, ctx.cands_in(sent_lo, prior[-1].start()), prior[-1].start())
            if decided and x is not None and x.start != clause_subject_start(ctx, sent_lo, vstart):
                return x
    # participle, or coordinated verb: the subject of the clause
    if non_finite and (coordinated := _coordinated_subject(ctx, left, sent_lo, vstart)) is not None:
        return coordinated
    start = clause_subject_start(ctx, sent_lo, vstart)
    if start is not None:
        for i, x in enumerate(left):
            if x.start == start:
                if x.kind in ("mention", "name") and _POSSESSIVE_S.match(ctx.body[x.end:x.end + 3]) \
                        and not speech_noun_after(ctx, x.end + 2):
                    # "Serbia's president, Aleksandar Vučić, struck …, after accusing": the person
                    # in apposition to the possessive's noun
                    nxt = left[i + 1] if i + 1 < len(left) else None
                    if nxt is not None and nxt.person and re.fullmatch(r"['’]s\s+[\w\s-]{1,40},\s*",
                                                                       ctx.masked[x.end:nxt.start]):
                        return nxt
                    return None
                nxt = left[i + 1] if i + 1 < len(left) else None
                if x.kind == "mention" and not x.person and nxt is not None and nxt.kind == "role" and \
                        i + 2 < len(left) and left[i + 2].person and left[i + 2].kind in ("mention", "name") and \
                        not ctx.masked[x.end:nxt.start].strip() and not ctx.masked[nxt.end:left[i + 2].start].strip():
                    return left[i + 2]  # "US Secretary of State Marco Rubio said …, describing": the person
                if x.kind == "mention" and not x.person and nxt is not None and nxt.person and \
                        _TITLE_GAP.fullmatch(ctx.masked, x.end, nxt.start):
                    return nxt  # "President of Türkiye Erdoğan …, and announced": the person the title names
                if x.kind == "role" and nxt is not None and nxt.person and nxt.kind in ("mention", "name") and \
                        not ctx.masked[x.end:nxt.start].strip():
                    return nxt  # "Foreign Minister Marko Đurić followed …, calling": the name after its title
                return x
    return None


#: A clause coordinated with the one before, up to its subject: "…, and the foreign minister, Sikorski,
#: called …", "…; but Tusk wrote …".
#: A person's title in capitals before the name: "Foreign Minister ", "Secretary of State ".
_TITLE_WORDS_BEFORE = re.compile(r"(?:(?:[A-Z][\w'’.-]*|of|the|for)\s+){0,4}")
_COORDINATION = re.compile(r"(?:,\s+(?:and|but)|;)\s+(?:then\s+|later\s+)?")


def _coordinated_subject(ctx: ArticleContext, left: list, sent_lo: int, vstart: int) -> Cand | None:
    """The subject of the last clause coordinated before a participle at ``vstart`` ("The
    president condemned the veto, and the foreign minister, Sikorski, called it “…”, adding that
    “…”": Sikorski), else None: a participle goes on with the clause it follows."""
    cut = None
    for m in _COORDINATION.finditer(ctx.masked, sent_lo, vstart):
        cut = m
    if cut is None:
        return None
    after = [x for x in left if x.start >= cut.end()]
    if not after or not _TITLE_WORDS_BEFORE.fullmatch(ctx.masked, cut.end(), after[0].start) or \
            after[0].kind not in ("mention", "name", "role", "pronoun"):
        return None  # (the subject right after the conjunction, its title before it: "and Foreign Minister Sikorski")
    x = after[0]
    # (the name apposed to the subject, "the foreign minister, Sikorski,", or after its title,
    # "Foreign Minister Radosław Sikorski")
    apposed = after[1] if len(after) > 1 and after[1].kind in ("mention", "name") and after[1].person and \
        re.fullmatch(r"\s*,\s*" if x.person else r"\s*,\s*|\s+", ctx.masked[x.end:after[1].start]) else None
    end = apposed.end if apposed is not None else x.end
    # (a comma before the verb only after a name apposed: not "Germany, Sweden, and Italy, praised")
    gap = re.match(r"\s*,\s+(?:also\s+|then\s+|later\s+)?" if apposed is not None else r"\s+(?:also\s+|then\s+|later\s+)?",
                   ctx.masked[end:vstart])
    if gap is None:
        return None
    verb = end + gap.end()
    if not (re.match(r"[a-z]+ed\b", ctx.masked[verb:verb + 30]) or v.SPEECH.matcher.match(ctx.masked, verb)):
        return None
    return apposed or x


#: Between a state in a title and the name after it: spaces, or more of the title ("President
#: of Türkiye Erdoğan", "Prime Minister of Serbia Đuro Macut").
_TITLE_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:[A-Z][\w'’.-]*|" + "|".join(map(re.escape, sorted(v.TITLE_WORDS))) + r")\s+){0,3}")


_BE_BEFORE = re.compile(r"(?<![\w-])(?:was|were|is|are|am|been|be)\s+(?:\w+ly\s+|still\s+|also\s+)?$", re.I)


def progressive(ctx: ArticleContext, vstart: int) -> bool:
    """Whether an -ing verb at ``vstart`` is a progressive form ("he was describing"): finite."""
    return bool(_BE_BEFORE.search(ctx.masked[max(0, vstart - 25):vstart]))


def inverted_subject(ctx: ArticleContext, vend: int, hi: int) -> Cand | None:
    """``said Vučić`` / ``said the minister``: the candidate right after the verb."""
    for x in ctx.cands_in(vend, hi):
        if not ctx.masked[vend:x.start].strip() and x.kind in ("mention", "name", "role"):
            return x
        break
    return None


#: What follows a reporting verb that says nothing was said: "said nothing", "wrote not a word".
_NOTHING_AFTER = re.compile(r"\s+(?:(?:absolutely|almost|next\s+to)\s+)?(?:nothing|NOTHING|not\s+a\s+(?:single\s+)?word)"
                            r"(?=\s*(?:[.,;:)—–]|$|(?:at\s+all|about|on|of|regarding|more|further|else|publicly|"
                            r"in\s+public|so\s+far|yet|since|to\s+(?:reporters|journalists|the\s+press))(?![\w-])))")


def verb_matches(ctx: ArticleContext, lo: int, hi: int, with_quote: bool) -> list[tuple[re.Match, bool]]:
    """Reporting verbs in [lo, hi), each with whether it reports the speech of a subject
    (False for passives and impersonal uses: "are described as", "what some call").
    ``with_quote``: the verbs that report speech only next to a quotation count too."""
    rx = v.SPEECH_Q if with_quote else v.SPEECH
    out = []
    for m in rx.finditer(ctx.masked, lo, hi):
        lem = v.lemma_of(m.group())
        if lem in v.QUOTE_RIGHT_AFTER and not v.QUOTE_RIGHT_AFTER[lem].match(ctx.masked, m.end()):
            continue  # ("Poland is in mourning", "spoke to reporters after …, which X called “…”": no report)
        before = ctx.masked[max(lo, m.start() - 30):m.start()]
        blocked = _blocked_by(before)
        if blocked == "noun":
            continue  # "a warning that", "his claims": a noun, not a verb
        asked = ("hether" in before or "if " in before) and \
            _INDIRECT_QUESTION.search(ctx.masked, max(lo, m.start() - 60), m.start())
        silent = _NOTHING_AFTER.match(ctx.masked, m.end())  # "has said nothing at all": an absence
        # ("no recording in which the President says …", "Nowhere did Vučić say …": speech denied)
        window = ctx.masked[max(lo, m.start() - 120):m.start()]
        denied = ("no" in window or "No" in window) and _DENIED_SPEECH.search(window)
        if blocked or hypothetical(ctx, m.start()) or asked or silent or denied:
            out.append((m, False))  # an absence or an imagined statement: nobody's statement
            continue
        if v.PASSIVE_BEFORE.search(before) and lem != "say" and not m.group().endswith("ing"):
            # "is accused of", "so-called", "what some call": not speech of a subject here
            if not _HAS_BEFORE.search(before):
                out.append((m, False))
                continue
        after = ctx.masked[m.end():m.end() + 60]
        if lem == "call" and not v.CALL_OK.match(after) and not _calls_it_something(ctx, m.end()) and \
                not (_RELATIVE_OBJECT_BEFORE_CALL.search(ctx.masked, max(lo, m.start() - 70), m.start()) and
                     not _VERB_WITHOUT_COMPLEMENT.match(ctx.masked, m.start())):
            continue  # (but "a step which Bamako called regrettable": the relative pronoun is what is called so)
        if lem in v.NOT_SPEECH_AFTER and v.NOT_SPEECH_AFTER[lem].match(after):
            continue
        out.append((m, True))
    return out


#: "called his/her/their/our <object> …": what follows, up to the clause's end.
_POSSESSIVE_OBJECT = re.compile(r"\s+(?:his|her|their|our)\s+[^.;:!?]{1,100}")


def _calls_it_something(ctx: ArticleContext, pos: int) -> bool:
    """'called his counterpart's veto shameful', 'called their decision irresponsible': a
    possessive object with an evaluative word after it (a cue or a word the broad lexicon
    rates) is called something; 'called his counterpart on Monday to discuss …' is a call."""
    m = _POSSESSIVE_OBJECT.match(ctx.masked, pos)
    if m is None:
        return False
    from rhetoric.extract import stance as st
    from rhetoric.extract.polarity import polar_words

    text = ctx.body[m.start():m.end()]
    return st.has_cue(text) or bool(polar_words(st.fold_same_length(text), broad=False))


_CONTRACTIONS = frozenset("he's she's it's that's what's there's who's here's where's let's one's".split())


#: Speech denied before its subject: a text or an occasion said not to exist, then a relative clause
#: ("no recording in which (the President) ", "not a single post where "), or "Nowhere did (X) "; no
#: comma between (not "Nowhere did Gabon's lawyers produce an original, Sands said").
_DENIED_SPEECH = re.compile(r"[Nn](?<![\w-][Nn])o(?:t\s+(?:a\s+single|one|any)\s+|\s+)(?:[\w-]+\s+){0,2}?(?:recording|video|post|"
                            r"tweet|statement|speech|interview|record|evidence|transcript|clip|footage|document|letter|occasion)s?"
                            r"\s+(?:in\s+which|on\s+which|where|when|that)\s+[^,.;:!?“”\"¤\n]{1,60}$|"
                            r"[Nn](?<![\w-][Nn])owhere\s+(?:did|does|do|has|had|have)\s+[^,.;:!?“”\"¤\n]{1,60}$")


def _blocked_by(before: str) -> str | None:
    """"noun", "absence", "unreal" or None: what the words right before a verb form make of it
    (``_DETERMINERS``, ``_NEGATIONS``, ``_MODALS``)."""
    cased = before.replace("’", "'").replace("n't", " n't").split()[-4:]
    words = [w.lower() for w in cased]
    if not words:
        return None
    if words[-1] in _DETERMINERS or (words[-1].endswith("'s") and len(words[-1]) > 2 and
                                     (cased[-1][0].isupper() or words[-1] not in _CONTRACTIONS)):
        # "his claims", "Orbán's posts on Facebook that …", "the spokesperson's note read": a noun
        # after a possessive (not "he's", "it's": a verb's contraction)
        return "noun"
    if ("obody" in before or "one" in before) and _NOBODY_SUBJECT.search(before):
        return "absence"  # ("nobody in Ankara has asked them to", "no one from Warsaw replied")
    for w, c in zip(reversed(words), reversed(cased)):
        if w in _NEGATIONS:
            return "absence"
        if w in _MODALS and c != "May":  # "on 8 May accused": the month
            return "unreal"
        if w not in _SKIPPABLE and not w.endswith("ly"):
            return None
    return None


#: A subject that is nobody, perhaps of a place, right before a verb: "nobody in Ankara has",
#: "No one from the ministry", "none of them".
_NOBODY_SUBJECT = re.compile(r"(?<![\w-])(?:[Nn]obody|[Nn]o\s+one|[Nn]one(?:\s+of\s+(?:them|us|the\s+\w+))?)"
                             r"(?:\s+(?:in|from|at|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
                             r"(?:\s+(?:has|have|had|was|is|were|are|did|does|will))?(?:\s+(?:\w+ly|yet|ever|even))?\s*$")


#: The first "had" (or the inverted verb) of an opening condition: where its clause may end.
_HAD = re.compile(r"(?<![\w-])(?:had|Had|Were|Should)(?![\w-])")
#: After an opening condition's comma, a subject and its verb of speech between commas: "
#: Christodoulides said,", " the UN envoy said,", " Orbán claimed," (an aside: the sentence reports).
_SPEECH_IN_MAIN_CLAUSE = re.compile(r"[ \t]+(?:the\s+)?(?:[A-ZÀ-Ž][\w'’.-]*|[a-z]+)(?:[ \t]+[\w'’.-]+){0,3}?[ \t]+"
                                    r"(?:said|says|argued|argues|claimed|claims|insisted|insists|added|adds|told\s+\w+|"
                                    r"wrote|writes|replied|replies|shot\s+back|countered|warned|noted|observed)"
                                    r"(?:[ \t]+[^,;:.!?“”\"]{1,60})?[ \t]*,")  # (and where, to whom, when: "told RMF FM on Friday,")
#: Where a clause that can open with an inversion begins inside a sentence: after a colon, a
#: semicolon or a dash ("The evidence is thin: had Turkey answered in kind, we would know …").
_CLAUSE_OPENER = re.compile(r"[:;—–]\s+")
#: The same inversion in lower case, with its subject: "had Turkey answered", "were we to …".
_HYPOTHETICAL_CLAUSE = re.compile(r"(?:had|were)\s+(?:[A-Z][\w'’-]*|we|they|he|she|I)\s")
_SHOULD_CLAUSE = re.compile(r"should\s+(?:[A-Z][\w'’-]*|we|they|he|she|I)\s")


def hypothetical(ctx: ArticleContext, pos: int) -> bool:
    """Whether the sentence, or the clause after a colon, semicolon or dash, at ``pos``
    imagines speech (``_HYPOTHETICAL_START``, a list item's too); a condition ends at its comma when
    a speaker's aside follows it ("If …, Orbán argued, “…”", ``_SPEECH_IN_MAIN_CLAUSE``)."""
    si = ctx.sent_index(pos)
    if si not in ctx.hypothetical:
        sent = ctx.sents[si]
        opening = _HYPOTHETICAL_START.match(ctx.masked, sent.start, sent.end)
        flags = [(sent.start, bool(opening))]
        # (the condition ends at its first comma past its "had" or its inverted verb; a verb of speech
        # after it with its own subject, "If Ankara had answered the proposal, Christodoulides said,
        # “we would …”", reports)
        had = _HAD.search(ctx.masked, sent.start, opening.end()) if opening is not None else None
        if had is not None and (comma := ctx.masked.find(",", had.end(), sent.end)) >= 0 and \
                _SPEECH_IN_MAIN_CLAUSE.match(ctx.masked, comma + 1, sent.end):
            flags.append((comma + 1, False))
        flags += [(m.end(), bool(_HYPOTHETICAL_START.match(ctx.masked, m.end(), sent.end) or
                                 _HYPOTHETICAL_CLAUSE.match(ctx.masked, m.end(), sent.end) or
                                 # "should X …, Y would …" imagines; "should X …, Y will …" warns
                                 _SHOULD_CLAUSE.match(ctx.masked, m.end(), sent.end) and
                                 "would" in ctx.masked[m.end():sent.end]))
                  for m in _CLAUSE_OPENER.finditer(ctx.masked, sent.start, sent.end)]
        ctx.hypothetical[si] = sorted(flags)
    flag = False
    for a, imagined in ctx.hypothetical[si]:
        if a > pos:
            break
        flag = imagined
    return flag


def verbs_in(ctx: ArticleContext, lo: int, hi: int, with_quote: bool) -> list[re.Match]:
    """The reporting verbs of [lo, hi) that report the speech of a subject."""
    return [m for m, ok in verb_matches(ctx, lo, hi, with_quote) if ok]


_THAT_NEXT = re.compile(r"(?:also\s+)?that\s+(?!(?:was|is|were|are|did|does|do|had|has|have|would|will|could|can|"
                        r"seems?|seemed|means?|meant|changed|made|came)\b)")  # not "but that was before …"
#: A list of what something is described as, whose element before "and" is a participle:
#: "as hegemonic, captured by the past" (then "and obsessed with …").
_PARTICIPLE_LIST = re.compile(r"\bas\s[^;:¤]*,\s+[a-z]+(?:ed|en)\s+(?:by|with|in|from|to|of|on)\s[^,;:¤]*$")


#: A negation in a clause, before its "but": "not X but Y" may be one clause.
NOT_IN_CLAUSE = re.compile(r"(?<![\w-])(?:not|never|no)(?![\w-])|n['’]t(?![\w-])")
#: What begins a clause of its own after "but": a subject and a finite verb ("but he said", "but
#: Serbia has"), not a noun phrase ("but respect for human rights").
CLAUSE_AFTER_BUT = re.compile(r"(?:[Ii]|we|he|she|it|they|you|this|that|there|(?:the\s+)?[A-Z][\w'’-]+|the\s+[a-z]+)"
                              r"\s+(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|should|must|"
                              r"may|might|did|does|do|[a-z]+ed|[a-z]+s)(?![\w-])")


def _not_but(ctx: ArticleContext, lo: int, m: re.Match) -> bool:
    """Whether a "but" that would end a clause pairs with a "not" before it in the same clause
    and goes on with no clause of its own: "what Kosovo needs is not drones but respect", "not
    drones, but respect"."""
    if not m.group().rstrip().endswith("but"):
        return False
    cut = m.start() - 1 if ctx.masked[m.start() - 1:m.start()] == "," else m.start()  # (its own comma: "not A, but B")
    start = max(lo, ctx.masked.rfind(",", lo, cut) + 1)
    return NOT_IN_CLAUSE.search(ctx.masked, start, m.start()) is not None and \
        CLAUSE_AFTER_BUT.match(ctx.masked, m.end()) is None


def _verb_next(ctx: ArticleContext, end: int) -> bool:
    """Whether a verb of speaking follows right after one space at ``end``."""
    if ctx.masked[end:end + 1] != " ":
        return False
    verb = next(v.SPEECH.finditer(ctx.masked, end + 1, end + 30), None)
    return verb is not None and verb.start() == end + 1


def _verb_after(ctx: ArticleContext, end: int) -> int | None:
    """Where the verb of speaking right after one space at ``end`` ends, else None."""
    if ctx.masked[end:end + 1] != " ":
        return None
    verb = next(v.SPEECH.finditer(ctx.masked, end + 1, end + 30), None)
    return verb.end() if verb is not None and verb.start() == end + 1 else None


#: "and" right before a subject: ", and Orbán …", " and the minister …".
_AND_BEFORE = re.compile(r"[\s,]+and\s+(?:the\s+)?$")


def _reported_contrast(ctx: ArticleContext, lo: int, cut: re.Match, hi: int) -> bool:
    """Whether a "while"/"whereas" at ``cut`` goes on with the content of a "that" clause, telling no
    one's speech of its own: "told the cabinet that the deal had weakened the South's readiness while
    the North's provocations threatened the public" (not "…, while Tusk insisted that …")."""
    if cut.group().strip() not in ("while", "whereas") or not v.THAT.search(ctx.masked, lo, cut.start()):
        return False
    nxt = v.CLAUSE_CUT.search(ctx.masked, cut.end(), hi)
    for said in v.SPEECH.finditer(ctx.masked, cut.end(), nxt.start() if nxt else hi):
        subj = subject_of(ctx, said.start(), said.end(), cut.end())
        if subj is None or not v.acts_owned_subject(ctx.masked, subj):
            return False  # (a speech of someone's: "while Tusk insisted")
    return True


def clause_end(ctx: ArticleContext, lo: int, hi: int) -> int:
    """Where the reported clause that starts at ``lo`` ends (before "but", ";", ", and …ed"),
    but for a second complement of the same verb: "said that X was precious but that Y was not"."""
    m = v.CLAUSE_CUT.search(ctx.masked, lo, hi)
    while m is not None and (m.group().rstrip().endswith("but") and _THAT_NEXT.match(ctx.masked, m.end())
                             and v.THAT.search(ctx.masked, lo, m.start())
                             or _PARTICIPLE_LIST.search(ctx.masked, lo, m.start()) and m.group().strip() == "and"
                             or _not_but(ctx, lo, m) or _reported_contrast(ctx, lo, m, hi)):
        # (nor "as hegemonic, captured by the past and obsessed with …": a list of participles; nor
        # "needs not kamikaze drones but respect for human rights": one clause, "not X but Y")
        m = v.CLAUSE_CUT.search(ctx.masked, m.end(), hi)
    end = m.start() if m else hi
    for c in ctx.cands_in(lo, end):
        # "Tusk condemned the veto and Orbán rejected the criticism": another subject's clause
        if c.kind in ("mention", "name", "role") and \
                (joint := _AND_BEFORE.search(ctx.masked, max(lo, c.start - 6), c.start)) is not None and _verb_next(ctx, c.end):
            end = joint.start()
            break
        # ("Milei insulted Lula during the campaign, Lula asked for an apology, and …": clauses in a row)
        # (not a parenthetical "…, Tusk said, …")
        if c.kind in ("mention", "name") and ctx.masked[max(lo, c.start - 2):c.start] == ", " and \
                (verb := _verb_after(ctx, c.end)) is not None and ctx.masked[verb:verb + 1] != ",":
            end = c.start - 2
            break
    while end > lo and ctx.body[end - 1] in ".!?,; ”\"":
        end -= 1
    return end


def zone_start(ctx: ArticleContext, lo: int, subj_start: int) -> int:
    """Where the clause of a subject starts, for dates: after a dash, semicolon or relative
    pronoun ("the arrest — a move Serbia condemned"); not after the second of two dashes round an
    aside ("On Tuesday 4 March – yesterday – Attaf told": the clause opens before the first)."""
    cuts = [lo] + [lo + mm.end() for mm in v.SUBJECT_CUT.finditer(ctx.masked[lo:subj_start])]
    if len(cuts) == 3 and ctx.masked[cuts[-1] - 1] in _ASIDE_DASHES and ctx.masked[cuts[-2] - 1] in _ASIDE_DASHES and \
            not _OTHER_VERB.search(ctx.masked, cuts[0], cuts[1]) and not _JOINED_AFTER_ASIDE.match(ctx.masked, cuts[2]):
        # (a time told before the aside, no clause of its own: not "Guinea closed its border on 12 September
        # – the third closure in a decade – and Bio said …")
        return cuts[-3]
    return cuts[-1]


#: The dashes that open and close an aside.
_ASIDE_DASHES = ("—", "–")
#: A clause joined after an aside's closing dash: "– and Bio said".
_JOINED_AFTER_ASIDE = re.compile(r"\s*(?:and|but|while|as)\s")


#: A relative clause right after a subject, with or without its comma: " who had seen …", ", which …".
_WHO_AFTER = re.compile(r"\s*,?\s*(?:who|which)\s")
#: … whose own verb is the verb read: two words at most before it, or an auxiliary right before it
#: ("who in January had said", "who yesterday called").
_OWN_VERB_OF_RELATIVE = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}|[^.;:!?]*\b(?:had|has|have|was|were|would|will|did|also)\s+")


#: Where a clause joined to the one before begins: ", and", ", while", "; ".
_SPEECH_JOINED = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")
#: The verb of a clause before it that tells something else: a past tense ("The envoys left on the
#: Tuesday, and on the Wednesday Tiani said …": the Tuesday is the leaving's).
_OTHER_VERB = re.compile(r"(?<![\w'’-])(?:[a-z]{2,}ed|was|were|had|" + v.COMMON_PAST + r")(?![\w'’-])")


def before_verb_zone(ctx: ArticleContext, lo: int, subj_end: int, vstart: int, upto: int | None = None) -> list[tuple[int, int]]:
    """The span from a subject's clause start ``lo`` to its verb at ``vstart`` that can date the
    verb, without a relative clause after the subject ("The same president who had seen an
    Ottoman revival on Wednesday evening told reporters …": that time is the relative clause's own
    act's), which ends at its closing comma or at the verb; ``upto``: where the span ends (the
    verb's start by default)."""
    upto = vstart if upto is None else upto
    # (the second of two clauses of speech: "Greer said on the first day that …, and Shu answered
    # on the third day that …": Shu's span starts after the "and", not at the time after the first
    # verb; what opens the sentence before the first clause's verb comes last, "On Friday 25
    # January Loke calls …, and Khaw posts: …"; so with a first clause of another verb, "The
    # envoys left on the Tuesday, and on the Wednesday Tiani said …")
    head = []
    joined = list(_SPEECH_JOINED.finditer(ctx.masked, lo, subj_end))
    if joined and ((first := v.SPEECH.search(ctx.masked, lo, joined[-1].start())) is not None or
                   (first := _OTHER_VERB.search(ctx.masked, lo, joined[-1].start())) is not None):
        head, lo = [(lo, first.start())], joined[-1].end()
    rel = _WHO_AFTER.match(ctx.masked, subj_end, vstart) if subj_end <= vstart else None
    if rel is None or _OWN_VERB_OF_RELATIVE.fullmatch(ctx.masked, rel.end(), vstart):
        return [(lo, upto)] + head  # (not when the verb is the relative clause's own: "Aliyev, who in January had said")
    close = ctx.masked.find(",", rel.end(), vstart)
    return [(lo, subj_end)] + ([(close, upto)] if close > 0 else []) + head


#: A finite auxiliary or copula: where a reported clause without "that" has its verb.
_FINITE_VERB = re.compile(r"(?<![\w-])(?:had|has|have|is|are|was|were|would|will|could|should|must|might|may|can)"
                          r"(?![\w-])")


_SUBORDINATOR = re.compile(r"(?<![\w-])(?:as|after|while|when|before|since|because|once|until|if|though|although)"
                           r"(?![\w-])")


#: "that" that points to a time told before ("that afternoon", "that same day"), not a clause.
_THAT_TIME = re.compile(r"that\s+(?:same\s+|very\s+)?(?:morning|afternoon|evening|night|day|week|weekend|month|year|"
                        r"spring|summer|autumn|fall|winter|time)\b")


def adjunct_end(ctx: ArticleContext, vend: int, end: int) -> int:
    """Where the words after a reporting verb that can date it end: before "that" (within 60
    characters), else before the reported content ("criticized Germany on Monday for …",
    "accused Ankara last week of …", "said on Saturday that …"); never after ``end``."""
    window = ctx.masked[vend:min(end, vend + 60)]
    after_that = v.THAT.search(window)
    while after_that is not None and _THAT_TIME.match(window, after_that.start()):
        after_that = v.THAT.search(window, after_that.end())  # "wrote that afternoon that …": a time
    if after_that:
        # (but a clause without "that" ends the adjuncts where its verb comes: "said the contract
        # had been signed in December and that …": December is the signing's, not the saying's)
        finite = _FINITE_VERB.search(ctx.masked, vend, vend + after_that.start())
        if finite is not None and _SUBORDINATOR.search(ctx.masked, vend, finite.start()):
            finite = None  # "said, as he was arriving on Thursday, that …": the verb of an adverbial clause
        return finite.start() if finite else vend + after_that.start()
    cut = v.CONTENT_START.search(ctx.masked, vend, end)
    if cut is not None and cut.group() == "to" and (named := _TO_A_NAME.match(ctx.masked, cut.start(), end)):
        # ("apologised to Naftali Bennett yesterday for …": to whom, then when; not "asked Orbán to resign")
        cut = v.CONTENT_START.search(ctx.masked, named.end(), end)
    stop = cut.start() if cut else end
    opened = ctx.masked.rfind("(", vend, stop)
    if opened >= 0 and ctx.masked.find(")", opened, stop) < 0:
        # ("warned in an interview with Pink (Dec. 20, 2022) that …": not inside the parenthesis)
        closed = ctx.masked.find(")", stop, end)
        stop = closed + 1 if 0 <= closed - stop <= 40 else stop
    return stop


#: "to" and a name after a verb: to whom it was said ("to Naftali Bennett "), not an infinitive.
_TO_A_NAME = re.compile(r"to\s+(?:[A-Z][\w'’.-]*\s+){1,4}")


def said_of(ctx: ArticleContext, lo: int, hi: int) -> bool:
    """'… said of X', 'said about X', 'said to X' right at ``lo``."""
    return bool(_SAID_OF.match(ctx.masked[lo:hi]))


#: Nothing but where, when and how after a verb: "in a statement on Sunday", "with studied regret".
_CIRCUMSTANCE = re.compile(r"\s*(?:in|on|at|with|during|after|via)\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+|their\s+)?"
                           r"(?:[\w-]+\s*){1,4}[.,]?\s*")


def says_nothing(ctx: ArticleContext, lo: int, hi: int) -> bool:
    """Whether all that follows a reporting verb is circumstances, without an actor or a
    clause ("in a statement on Sunday", "with studied regret")."""
    text = ctx.masked[lo:hi]
    if ctx.mentions_in(lo, hi) or re.search(r"(?i)\b(?:that|to|of|about|for|as|against|over)\b|[“”\"¤]", text):
        return False
    pos = 0
    while pos < len(text):
        m = _CIRCUMSTANCE.match(text, pos)
        if m is None or m.end() == pos:
            return not text[pos:].strip(" .,")
        pos = m.end()
    return True


def addressee(ctx: ArticleContext, lo: int, vstart: int, speaker: str) -> str | None:
    """Whom a statement is addressed to: "contacted X to protest", "phoned X to complain",
    "summoned X to demand": the actor between a contact verb and "to" + the reporting verb.
    The addressee is a target of the statement even when it is neutral toward them."""
    if not v.TO_BEFORE.search(ctx.masked[lo:vstart]):
        return None
    mentions = ctx.mentions_in(lo, vstart)
    if not mentions:
        return None
    mt = mentions[-1]
    if not re.fullmatch(r"(?:\s+(?:on|last|this|earlier|later)(?:\s+\w+){1,2}?)?,?\s+to\s+", ctx.masked[mt.end:vstart]):
        return None
    if mt.actor != speaker and ADDRESS_VERB.search(ctx.masked[max(lo, mt.start - 60):mt.start]):
        return mt.actor
    return None


def _strip_quotes(ctx: ArticleContext, a: int, b: int) -> str:
    return re.sub(r"[“\"][¤\n]*[”\"]?|¤+", "", ctx.masked[a:b]).replace("”", "")


def coordinated(ctx: ArticleContext, pos: int, claimed) -> Statement | None:
    """The statement a verb is coordinated with ("…" and reaffirming / , while acknowledging);
    ``claimed``: (start, end, statement) of the statements of its sentence."""
    best = None
    for _, b, stmt in claimed:
        if b <= pos and re.fullmatch(r"[\s,.”\"]*(?:and\s+|,\s*|while\s+)?(?:\w+ly\s+)?", _strip_quotes(ctx, b, pos)):
            best = stmt
    return best


#: A lead that names only a topic, told by a relative clause of its own: "And, on the threat she had
#: accused him of:", "On the remarks that Attaf made about us:" (its verb is the clause's, no speaking
#: of the words after the colon; the voice before goes on).
_RELATIVE_SUBJECT = r"(?:he|she|they|we|I|[A-ZÀ-Ž][\w'’-]+)\s+(?:had\s+|has\s+|have\s+)?[a-z]+"
_STRANDED = r"(?:of|about|for|with|to|on)"
TOPIC_WITH_RELATIVE = re.compile(r"[\s*_]*(?:(?:And|But|Then),?\s+)?(?:[Oo]n|[Aa]bout|[Aa]s\s+for|[Rr]egarding|[Cc]oncerning)\s+"
                                 r"(?:the|his|her|their|its|that|this|those)\s+"
                                 r"(?!(?:same\s+|first\s+|next\s+|last\s+)?(?:day|morning|afternoon|evening|night|week|occasion)\b)"
                                 r"(?:[a-z-]+\s+){1,3}?(?:(?:that|which)\s+" + _RELATIVE_SUBJECT +
                                 r"(?:\s+(?:him|her|them|us|me|it))?(?:\s+" + _STRANDED + r"(?:\s+(?:him|her|them|us|me|it))?)?|"
                                 # (or a clause with no "that": its preposition left at its end, "the threat she had accused him of")
                                 + _RELATIVE_SUBJECT + r"(?:\s+(?:him|her|them|us|me|it|[A-ZÀ-Ž][\w'’-]+))?\s+" + _STRANDED +
                                 r")[\s*_]*:\s*")
