"""Stance of a statement toward each of its targets (−2 … +2), and the verbal event type.

Stance is not sentence sentiment. "I am proud to have worked with X" and "Y threatens his
neighbours" in one statement give X +2 and Y −2, where a sentiment score gives one number to
the whole text. The method is a small, documented cue lexicon applied with target-sensitive
scope:

1. The statement text is cut into clauses at sentence ends, semicolons, colons, dashes and
   contrastive conjunctions ("but", "while", "whereas", "instead of").
2. Every cue (``CUES``) found in a clause has a polarity (−2 … +2) and a *scope*:
   - ``agent``: the cue describes something the target does ("Turkey *threatens*",
     "Turkey's *violation*", "X *dreams of restoring* the Ottoman Empire"): it applies to the
     target named before it in the clause; a target named after it is the victim and is left
     out ("he can *intimidate* a major NATO country like Turkey": Turkey is not blamed);
   - ``object``: the cue is something done to the target ("*accused* Turkey", "*begged*
     Erdoğan to stop", "*proud* to have worked with X"): it applies to the target named after
     it in the clause, else before it;
   - ``any``: an evaluation of whoever the clause is about ("*shameful*", "*a great leader*").
   A cue with no target in its clause applies to the statement's *primary target* (the object
   of the reporting verb: "called Erdoğan …", "she said of Vučić"), when there is one.
3. Negation ("not", "no", "never", "n't", "without", "instead of", "rather than" in the three
   words before a cue) flips its polarity: "does not want stability" is hostile.
   A cue that reaches one conjunct of a coordination ("Sweden and Norway", "X, Y and Z")
   reaches all of them. A verdict after "X as" ("view X as a potential spy outpost",
   "described X as a reliable partner") reaches X as well.
4. A target's stance is the sum of its cues' polarities, clipped to −2 … +2; a target that no
   cue reaches is 0.

``vader_stance(text)`` is the baseline: the VADER compound score of the whole text mapped to
−2 … +2, the same number for every target. ``event_code(...)`` gives the CAMEO code of a
statement (accuse 112, criticise/denounce 111, praise 051, express intent to meet 036, make a
statement 010 …) and ``cameo_table()`` its name, PLOVER category and Goldstein score.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rhetoric.regexes import (
    WHITESPACE,
    at_word_start,
    letter_branches,
    letter_led,
    letter_led_alternation,
    split_alternatives,
)

#: Where the CAMEO table lives (columns cameo,name,plover,goldstein; cameo zero-padded).


@dataclass(frozen=True)
class Cue:
    pattern: str
    polarity: int
    scope: str  # 'agent' | 'object' | 'any'
    note: str = ""


# The cue lexicon. Patterns are matched case-insensitively on text folded to ASCII; keep
# them to general English of political reporting, not phrases of one article.
#: After "release" or "free": people held, not a text, figures or money ("release the two men",
#: "free the hostages"; not "release more details", "the next tranche", "free up exports").
_HELD = (r"(?! up\b)(?! (?:(?:all|more|the|its|their|a|an|any|further|new|next|full|some)\s+)*(?:\w+\s+)?"
         r"(?:details?|data|reports?|statements?|documents?|funds?|funding|tranches?|aid|money|information|figures|"
         r"results|findings|footage|videos?|transcripts?|records?|files?|exports?|grain|shipments?|assets|"
         r"budgets?|evidence|names|list|text|version|plans?)\b)")

#: What someone is asked to do that they are not doing: respect, keep or honour a rule or a promise,
#: comply, abide, reconsider, refrain, put aside ("urged Mongolia to keep their promises", "We urge our Polish
#: friends to put aside their emotions": a demand of the one asked, the codebook's −1).
_COMPLY = (r"respect|(?:keep|honou?r)\s+(?:their|its|his|her|your|the)\s+(?:\w+\s+)?(?:promises?|word|commitments?|"
           r"obligations?|agreements?|pledges?)|abide|comply|"
           r"reconsider|refrain|put\s+aside|think\s+(?:again|twice|things\s+over)|apologi[sz]e")
#: A cue's text that asks to comply: such a demand counts only against an actor named as the one
#: asked, not the speaker's own side ("Orbán asked Szijjártó to reconsider his decision to leave";
#: not "should learn to respect", "ought to refrain": an obligation on the subject before it).
_COMPLY_ASKED = re.compile(r"t(?<!learn\st)(?<!ought\st)o\s+(?:" + _COMPLY + r")$")

#: "should", "ought to", not the first person's "we should", "I ought to" (each word led by its first
#: letter, the look-behinds after it).
_OBLIGATION = r"(?:s(?<!\bwe\ss)(?<!\bi\ss)hould|o(?<!\bwe\so)(?<!\bi\so)ught\s+to)"
#: An obligation put on someone, before what they are to do: "should ", "ought to learn to ".
_OBLIGED = _OBLIGATION + r"\s+(?:(?:finally|first|now|immediately|also)\s+)?(?:learn\s+to\s+)?"

#: After a cue's first letter (``c``), that no first person's "was", "am" or "were" stands right before
#: it: "I was acting like a child" describes oneself (a cue must open with a letter, ``at_word_start``).
_NOT_SELF_AFTER_FIRST = "(?<!i was {c})(?<!i am {c})(?<!i'm {c})(?<!we were {c})(?<!we are {c})(?<!we're {c})"
#: Verbs that end or lower relations with another state ("severed ties with", "broke off relations with").
_ENDING_TIES = (r"end(?:s|ed|ing)?", r"sever(?:s|ed|ing)?", r"br(?:eak|eaks|oke|eaking)\s+off", r"cut(?:s|ting)?(?:\s+off)?",
                r"suspend(?:s|ed|ing)?", r"downgrad(?:e|es|ed|ing)")
#: After such a verb's first letter (``c``): not a call to do it ("rejected calls to sever ties"), nor
#: "end" as a noun ("in the end relations with …", "by year's end ties with …").
_NOT_A_CALL_AFTER_FIRST = ("(?<!calls to {c})(?<!call to {c})(?<!pressure to {c})(?<!demands to {c})(?<!the {c})"
                           "(?<!'s {c})(?<!’s {c})")
#: What a behaviour is likened to in reproach, after "behaving" or "acting": "like a spoilt child".
_LIKE_A_CHILD = (r"\s+like\s+(?:a\s+|an\s+|spoilt\s+|spoiled\s+|little\s+)*"
                 r"(?:child(?:ren)?|kids?|bab(?:y|ies)|bull(?:y|ies)|schoolboys?|teenagers?)\b")


CUES: list[Cue] = [
    # --- a reproach of what the subject failed to do ("Ghana could have undertaken exchanges with the
    # Burkinabe authorities", "Tirana should have consulted us first"; not "could have been killed", nor "we
    # should have"); "should have" spans only its two words, so that the act it names still counts against
    # its object ("the chancellor should have objected to the Palestinian president": both)
    Cue(_OBLIGATION + r"\s+have\s+(?=[\"“‘']?(?:\w+ly\s+(?:and\s+)?){0,3}(?!been\b|had\b)"
        r"[a-z]+(?:ed|en|ne|ght|ld|id|wn)\b)|"
        r"c(?<!\bwe\sc)(?<!\bi\sc)ould\s+have\s+(?:\w+ly\s+)?(?:consulted|talked|spoken|asked|informed|warned|engaged|"
        r"initiated|sought|called|discussed|raised|undertaken|contacted|reached\s+out|explained|clarified|verified|checked|"
        r"coordinated|notified|respected)\b(?!\s+(?:for\s+(?:much\s+|far\s+|a\s+lot\s+)?(?:more|worse)\b|"
        r"(?:much|far|a\s+lot)\s+(?:more|worse)(?=\s*(?:[,.;:!?]|than\b|in\b|from\b|$))))", -1, "agent",
        "a reproach of what the subject failed to do ('could have undertaken exchanges with …', 'should have consulted')"),
    # --- hostile: accusations and condemnations (something said about / done to the target)
    Cue(r"accus\w*", -1, "object", "accusation"),
    Cue(r"condemn\w*|denounc\w*|slamm?\w*|blast(?:ed|ing|s)?\b|lambast\w*", -1, "object", "condemnation"),
    Cue(r"criticis\w*|criticiz\w*", -1, "object", "criticism"),
    Cue(r"recall(?:s|ed|ing)?\s+(?:for\s+consultations?\s+)?(?:its|our|their|the)\s+(?!former\s)(?:\w+\s+){0,2}?ambassador(?!['’]s)",
        -1, "object", "a diplomatic reprisal told in words: recalling the ambassador"),
    Cue("(?:" + "|".join(w[0] + _NOT_A_CALL_AFTER_FIRST.format(c=w[0]) + w[1:] for w in _ENDING_TIES) + r")\s+(?:all\s+)?(?:(?:its|our|their|the)\s+)?"
        r"(?:diplomatic\s+|bilateral\s+)?(?:relations|ties)\s+with\b|"
        r"expel(?:s|led|ling)?\s+(?:the\s+|its\s+|their\s+|\w+['’]s\s+)?(?:\w+\s+)?(?:ambassador|envoy|diplomats)\b",
        -1, "object", "a diplomatic reprisal told in words: ending relations, expelling the envoy (not a call to do it "
        "others reject, 'rejected calls to sever ties with Moscow', nor 'the end', 'by year's end ties with')"),
    Cue(r"hold(?:s|ing)?\s+(?!(?:ourselves|themselves|myself|itself|himself|herself|yourselves?|each\s+other|"
        r"one\s+another)\b)(?:[\w'’-]+\s+){1,3}?accountable\b", -1, "object",
        "a demand that someone answer for what they did ('hold Iran accountable')"),
    Cue(r"(?:retribution|revenge|vengeance|reckoning)\s+(?:will|shall)\s+come|"
        r"(?:hour|day|time)\s+of\s+(?:retribution|revenge|vengeance)", -2, "any",
        "a vow of retribution (not 'a day of reckoning for Turkey's democracy')"),
    Cue(r"blam(?:e|ed|es|ing)\b", -1, "object"),
    Cue(r"(?:horrified|appalled|outraged|disgusted)\b", -2, "object", "outrage at"),
    Cue(r"(?:begg?(?:ed|ing|s)?|ask(?:ed|ing|s)?|call(?:ed|ing|s)? (?:on|upon))\b[^.;]{0,40}?\bto "
        r"(?:stop|(?:immediately |unconditionally )?(?:release|free)" + _HELD + r"|" + _COMPLY + r")\b", -1, "object",
        "begged/asked X to stop, called on X to release (the ones X holds) or to respect, keep or honour what X does not"),
    Cue(r"urg\w*[^.;]{0,40}?\bto (?:stop|halt|cease|end|(?:immediately |unconditionally )?(?:release|free)" + _HELD
        + r"|" + _COMPLY + r")\b", -1, "object"),
    # (one's own concern, not another's one shares or takes seriously: "shared Hungary's deep
    # concerns", "Poland and Hungary share serious concerns about migration")
    Cue("(?:" + "|".join(w[0] + "".join(f"(?<!{b} {w[0]})" for b in ("'s", "share", "shared", "shares", "sharing")) + w[1:]
                         for w in ("grave", "serious", "deep", "strong", "profound")) + r")\s+concerns?\b",
        -1, "any", "grave concern"),
    Cue(r"(?:concerned|worried|troubled|alarmed)\s+(?:about|by|at|over)\s+(?:what\s+(?:[\w'’-]+\s+){1,3}?(?:is|are|was|were|"
        r"has\s+been|have\s+been)\s+doing|the\s+(?:actions?|conduct|behaviou?r)\s+of)\b", -1, "object",
        "alarm at what another does ('we are very concerned about what they are doing'; not concern for a victim, "
        "'concerned about the situation in Ukraine')"),
    Cue(r"(?:responsibility\s+for\s+(?:the\s+|any\s+|all\s+|its\s+)?(?:consequences|escalation|what\s+(?:follows|happens|comes))|"
        r"consequences)\s+(?:(?!not\b|never\b)[\w-]+\s+){0,3}?(?:lies|will\s+lie|rests|will\s+rest)\s+"
        r"(?:squarely\s+|entirely\s+|solely\s+|fully\s+)?(?:with|on|upon)\b", -1, "object",
        "holding another to account for what may follow ('the responsibility for the consequences will lie squarely "
        "with Iran'; not 'does not lie with', nor a remit, 'responsibility for the mission rests with')"),
    Cue(r"call\w* for (?:an? |the )?(?:[a-z-]+ ){0,2}?(?:halt|cessation|withdrawal|unblocking|lifting|reopening|"
        r"retraction)\b|(?:necessity|need) (?:of|for) (?:unblocking|lifting|ending|halting|withdrawing|reopening)\b|"
        r"\bto (?:publicly |immediately |fully )?(?:retract|withdraw)\b", -1, "any",
        "a demand that someone stop or undo what they do ('called for an immediate halt', 'the necessity of "
        "unblocking the corridor', 'called on Lavrov to publicly retract')"),
    Cue(r"so-called\b", -1, "object", "delegitimising label"),
    Cue(r"(?:lives|is|sits|stays|resides)\s+(?:on|in)\s+our\s+(?:own\s+)?(?:territory|soil|land)\b",
        -1, "agent", "one other said to live on the speaker's land: a denial of its statehood ('she lives on our "
        "territory'; not 'we have lived on our land', 'allied soldiers are on our soil')"),
    Cue(r"protest(?:ed|ing|s)?\b|object(?:ed|s|ing)\s+(?:\w+ly\s+)?to\b", -1, "object"),
    Cue(r"warn(?:ed|ing|s)?\b", -1, "object"),
    Cue(r"sanction(?:ed|ing|s)?\b", -1, "object"),
    # --- hostile: evaluations of the target
    Cue(r"shameful|disgrace\w*|scandalous|outrageous|unacceptable|irresponsible|reckless", -2, "any"),
    Cue(r"(?:polic(?:y|ies)|decisions?|moves?|conduct|behaviou?r|treatment|direction|actions?|approach|response|"
        r"what\s+\w+\s+did)\b[^.;:]{0,60}?\s(?:is|was|are|were|been)\s+(?:\w+ly\s+)?(?:shocking|appalling|deplorable)\b",
        -1, "any", "an act or a policy called shocking ('the latest policy direction undertaken by the United States is "
        "shocking'; not a shocking event, 'the earthquake that hit Chile was shocking')"),
    Cue(r"hypocrit\w*|hypocris\w*", -2, "any", "hypocrisy"),
    # ("Lula was misinformed about the reasons for the war", "a misguided policy": judged wrong in what one
    # knows or thinks; "misled" is left out: "we were misled" tells of another's deceit)
    Cue(r"m" + _NOT_SELF_AFTER_FIRST.format(c="m") + r"isinformed|i" + _NOT_SELF_AFTER_FIRST.format(c="i") +
        r"ll-informed|m" + _NOT_SELF_AFTER_FIRST.format(c="m") + r"isguided", -1, "any",
        "judged wrong in what one knows (not the first person's 'we were misinformed')"),
    # ("I would have expected another reaction from Germany towards a partner like Switzerland": the
    # reaction given falls short, whoever it came from; a partner named in it is no praise)
    Cue(r"(?:would|should)\s+have\s+expected\s+(?:a\s+|an\s+)?(?:another|different|better|other|more\s+\w+)\s+\w+(?:\s+from)?",
        -1, "object", "a reproach of a reaction ('I would have expected another reaction from Germany')"),
    Cue(r"double standards?", -1, "any"),
    Cue(r"neo-?ottoman\w*", -2, "any", "neo-Ottoman ambitions"),
    Cue(r"\benemy\b|\bhostile\b|\bliars?\b|\blies\b|\blying\b|propaganda", -2, "any"),
    Cue(r"politically motivated|illegal\w*|unlawful|illegitimate", -1, "any"),
    Cue(r"bully\w*|bullies|blackmail\w*|aggress\w*|provocat\w*|provok\w*", -2, "agent"),
    # --- hostile: the target's own (bad) conduct
    Cue(r"violat\w*|breach\w*|flout\w*|trampl\w*", -2, "agent", "violation"),
    Cue(r"(?:regain\w*|recover\w*|com(?:e|es|ing)\s+to|return\w*\s+to)\s+(?:its|their|his|her|your)\s+"
        r"(?:senses|sanity|reason)\b", -1, "agent", "wanting someone to come to their senses: they have lost them"),
    Cue(r"(?:won't|will\s+not|will\s+no\s+longer|cannot|can't)\s+(?:\w+\s+)?"
        r"(?:tolerate|accept|put\s+up\s+with)\s+(?:this|that|such\s+\w+)(?:\s+(?:any\s*more|any\s+longer))?\b"
        r"(?!\s+(?:\w+\s+){0,2}(?:offer|proposal|invitation|plan|deal)\b)", -1, "any",
        "refusing to tolerate what another does ('Venezuela won't tolerate this anymore')"),
    Cue(r"\b(?:we|i)(?:'re|'m| are| am)?\s+(?:\w+\s+){0,2}?(?:not|never|won't|will\s+not|do\s+not|don't)\s+"
        r"(?:going\s+to\s+|be\s+)?(?:(?:withdraw|drop|give\s+up|abandon|suspend|halt|stop)(?:ing|ping)?\s+(?:the|our|this|its|"
        r"any)\s+(?:\w+\s+)?(?:lawsuit|case|complaint|claims?|charges|suit|action|veto|objections?|demands?|measures|"
        r"sanctions|ban|mining|operations?|production)\b|stop(?:ping)?\s+(?:mining|production|the\s+operation)\b|"
        r"back(?:ing)?\s+down\b|retreat(?:ing)?\b(?!\s+from\s+(?:our|the)\s+(?:support|commitment)))", -1, "any",
        "refusing to back down in a dispute, in the first person ('we are not withdrawing the lawsuit', 'we are "
        "not going to stop mining', 'we will not back down'; not 'we will not abandon Ukraine', 'stop buying gas')"),
    Cue(r"cross(?:ed|es|ing)? (?:a |the |all |every |our |any )?(?:red |moral )?lines?\b(?! of\b)", -1, "agent",
        "crossing a line ('has crossed the line', 'you have crossed a red line')"),
    Cue(r"intimidat\w*|threat\w*|coerc\w*", -2, "agent", "intimidation"),
    Cue(r"(?:is|are|was|were|be|been|remains?|remained|poses?|posed|posing|represents?|represented|constitutes?)"
        r" (?:an?|the) (?:\w+ )?(?:risk|danger|menace) to\b", -1, "agent", "X is / poses a risk to Y"),
    Cue(r"destabili[sz]\w*|undermin\w*|interfer\w*|meddl\w*", -2, "agent", "destabilisation"),
    Cue(r"(?:do|does|did|doing|done)\s+(?:the\s+)?bidding\s+of|at\s+the\s+(?:bidding|behest)\s+of", -2, "agent",
        "serving another power ('this was doing the bidding of external forces'; 'a puppet of', whose two sides "
        "a scope cannot tell apart, was tried and left out)"),
    Cue(r"dream\w* (?:again )?of (?:restoring|reviving|rebuilding|recreating|(?:an?|the) (?:new )?(?:\w+ )?empire)",
        -2, "agent", "imperial ambitions"),
    Cue(r"(?:restor|reviv)\w* the \w+ empire", -2, "agent", "imperial ambitions"),
    Cue(r"(?:further |continued )?a(?<![\w-]is a)(?<![\w-]are a)(?<![\w-]was a)(?<![\w-]were a)(?<![\w-]been a)rming(?: of)?\b|"
        r"\barm(?:s|ed)? (?:the\b|\w+ forces)", -1, "object",
        "arming (the other side): the armed side, named after the cue"),
    # ("The Americans are arming Albanians in Kosovo, as is Türkiye": the one doing it, the subject)
    Cue(r"(?:is|are|was|were|been) arming\b", -1, "agent", "arming (the other side): the one arming it, its subject"),
    Cue(r"human rights violations?|war crimes?|genocid\w*|ethnic cleansing", -2, "agent"),
    Cue(r"cover(?:ed|ing|s)?[- ]up|whitewash\w*|conceal\w*", -2, "agent", "cover-up"),
    Cue(r"alleg(?:ation|ations|ed|es|ing)\b", -1, "any", "allegation"),
    Cue(r"(?:demand\w*|call\w*\s+for|ask\w*\s+for|expect\w*|want\w*|insist\w*\s+on|seek\w*|sought|wait\w*\s+for|"
        r"look(?:s|ed|ing)?\s+for|search\w*\s+for)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?"
        r"(?<!joint )(?<!common )(?<!shared )(?:apology|apologies|retraction|explanation|answers|accountability|justice)"
        r"(?:\s+and\s+(?:an?\s+)?(?:apology|retraction|explanation|answers|accountability|justice))?\b"
        r"(?!\s+(?:together|jointly|with)\b)", -1, "any",
        "a demand for an apology, a retraction, an explanation, answers or justice: from the one who owes it"),
    Cue(r"demand(?:s|ed|ing)?\s+that\s+(?:[\w'’-]+\s+){1,4}?(?:stop|end|cease|halt|withdraw|pull|leave|release|return|"
        r"respect|apologi[sz]e|reverse|lift|abandon)\b", -1, "object",
        "a demand that someone stop, undo or respect something ('demanding that Venezuelan authorities respect …': "
        "what they do not do; not 'demanded that Ukraine receive …')"),
    Cue(r"apologi[sz]\w*|apolog(?:y|ies)\b", 1, "object", "apology: to the one apologised to"),
    # (not a right claimed, "the right to build its defence", which its own cue judges: each word led
    # by its first letter, the look-behind after it)
    Cue("(?:" + "|".join(w[0] + f"(?<!right to {w[0]})" + w[1:] for w in (
        r"build\w*(?:\s+up)?", r"moderni[sz]\w*", r"strengthen\w*", r"reinforc\w*", r"bolster\w*", r"upgrad\w*")) + r")\s+"
        r"(?:and\s+(?:build\w*|moderni[sz]\w*|strengthen\w*|reinforc\w*|upgrad\w*)\s+)?(?:the|our)\s+(?:\w+\s+)?"
        r"(?:military|army|armed\s+forces|defen[cs]es?|security\s+forces?)\b", 1, "object",
        "building up or modernising one's own forces ('the ongoing effort to build and modernize the military', 'to "
        "strengthen our army'): praise of the side that gains them; not another's build-up told by its rival ('Russia "
        "is modernising its army'); an act told, no verdict of the article's own"),
    # (not "pleasantly surprised by": each word led by its first letter, the look-behinds after it)
    # (nor "not surprised", the bad act expected; nor surprise at good news, "surprised at how quickly …")
    Cue("(?:" + "|".join(w[0] + "".join(f"(?<!{b} {w[0]})" for b in ("pleasantly", "happily", "positively", "agreeably",
                                                                      "not", "n't", "never", "hardly"))
                         + w[1:] for w in ("surprised", "astonished", "baffled", "bewildered", "puzzled", "perplexed",
                                           "dismayed", "annoyed", "irritated", "indignant", r"taken\s+aback",
                                           "shocked", "stunned", "scandali[sz]ed"))
        + r")\s+(?:by|at|that)\b(?!\s+(?:how|nothing|none|no\s+one|anything|the\s+(?:generosity|speed|warmth|kindness|support)))",
        -1, "object", "displeasure at what another did, a diplomat's surprise ('we are surprised by this measure')"),
    Cue(r"forgive\s+(?:us|me)\b|(?:we|i)\s+(?:\w+\s+)?(?:ask|beg)\s+(?:for\s+)?(?:your\s+|their\s+)?"
        r"(?:forgiveness|pardon)\b|(?:sorry|regretful|regret|regrets|regretted|regretting)\s+(?:that|for|about|if)\s+"
        r"(?:(?:my|our)\b|(?:we|i)\s|(?:his|her|their|its)\s+(?:own\s+)?(?:words|remarks|comments|statements?|"
        r"behaviou?r|actions?|conduct|tweets?|posts?|language|tone)\b)", 1, "any",
        "asking forgiveness, regret for one's own words or deeds: an apology to those wronged ('forgive us', "
        "'regretful that his words had offended Poland'; not 'we regret that Poland has chosen …', 'regretted that "
        "his Hungarian counterpart had sided with Moscow', 'Orbán will have to ask forgiveness')"),
    Cue(r"insult\w*|affront\w*|unfriendly|unbecoming", -1, "agent", "an insult, an unfriendly act: by the one named before"),
    Cue(r"(?:to|towards|against|between|among)\s+(?:a\s+|an\s+|two\s+|the\s+)?(?:friendly|allied|partner|fraternal|brotherly)\s+"
        r"(?:country|countries|state|states|nation|nations|people|peoples)|between\s+(?:strategic\s+|close\s+|old\s+)?"
        r"(?:partners|allies)\b", -1, "any",
        "a reproach that invokes the bond the act broke ('an insult to a friendly country', 'unbecoming between partners')"),
    Cue(r"(?:involve\w*|complicit\w*|complicity|hand|role|responsib\w*|behind|link\w*)\s+(?:\w+\s+){0,6}?"
        r"(?:in|for|of)?\s*(?:the\s+)?(?:\w+\s+){0,2}?(?:killings?|murders?|assassinations?|attacks?|"
        r"bombings?|shooting\s+down|downing|deaths?)\b", -2, "any", "involvement in a killing"),
    Cue(r"(?:shot\s+down|killed|murdered|assassinated|attacked|bombed|shelled|struck|targeted|hit|downed)"
        r"\s+by\b", -2, "object", "done by (the agent named after 'by')"),
    # ("Turkey should learn to respect the sovereignty of other nations": told to learn it, it has
    # not; not the first person's "we should respect …"; each word led by its first letter)
    Cue(_OBLIGED + r"respect\b", -1, "agent",
        "told to respect something: the one obliged ('Turkey should learn to respect …'; not the first person's 'we "
        "should respect', nor the one to be respected)"),
    Cue(r"(?:it\s+)?would\s+have\s+been\s+(?:much\s+|far\s+)?(?:better|wiser|preferable|more\s+(?:appropriate|"
        r"interesting|useful|constructive|sensible|helpful|responsible))\s+(?:for\s+\w+\s+)?to\b", -1, "any",
        "a reproach of what was not done ('it would have been more interesting to initiate a dialogue')"),
    Cue(r"(?:do|does|did)(?:\s+not|n['’]t)\s+(?:consider|find|think|deem|see)\s+it\s+(?:appropriate|useful|right|possible|"
        r"necessary|wise|opportune|helpful)\s+to\b(?!\s+(?:comment|speculate|respond|elaborate|answer|discuss|say|"
        r"reveal|disclose|go\s+into)\b)", -1, "any",
        "a refusal in the form of a judgement ('we don't consider it appropriate to hold consultations with …'; not a "
        "refusal to comment)"),
    Cue(r"belongs?\s+to\s+us\b|(?:is|are)\s+ours\b|(?:is|are)\s+(?:and\s+(?:always\s+)?(?:will\s+)?(?:remain|be)\s+)?"
        r"(?:an?\s+)?(?:inseparable|inalienable|integral)\s+part\s+of\s+(?:our|us)\b", -1, "any",
        "a claim to a disputed land ('this place belongs to us', 'Halayeb is ours'): against the other claimant"),
    Cue(_OBLIGED + r"(?:stop|cease|apologi[sz]e|withdraw|refrain|behave)\b", -1, "any",
        "told to stop or refrain ('Pristina ought to refrain …', 'every country should stop treating Kosovo as …')"),
    Cue(r"(?:it\s+is|it's)\s+(?:high\s+)?time\s+for\b|must\s+(?:(?:finally|first|now|immediately|also)\s+)?"
        r"(?:learn\s+to\s+)?(?:stop|end|cease|respect|apologi[sz]e|give\s+back|return|withdraw|pay|answer|stand\s+down|"
        r"refrain|behave)\b|admission\s+of\s+guilt|punishment\s+of|"
        r"(?:we\s+)?will\s+(?:remember|not\s+forget|never\s+forget)\b|no\s+place\s+between|enough\s+is\s+enough",
        -1, "any", "demand, warning"),
    Cue(r"(?:to|must|should)\s+[\"“‘']?(?:exercise|show|display)\s+(?:maximum\s+|utmost\s+|more\s+|greater\s+|the\s+utmost\s+)?"
        r"restraint\b", -1, "any",
        "a call for restraint: to the one said to lack it ('called on Turkey to exercise restraint'; not 'has shown restraint')"),
    Cue(r"(?:must|has\s+to|have\s+to|had\s+to|needs?\s+to|is\s+obliged\s+to)\s+(?:\w+ly\s+|now\s+|finally\s+|first\s+)?"
        r"(?:fulfil\w*|honou?r\w*|comply|abide|implement|live\s+up|present|provide|explain|clarify|account\s+for)\b",
        -1, "agent", "an obligation put on the subject ('it must immediately present tangible guarantees', 'had to fulfil "
        "its obligations')"),
    # (an obligation that says the one obliged is at fault: a prohibition, whatever it forbids, "Minister Siti
    # Nurbaya should not be in denial", or a duty to put something right, "The Malaysian government should
    # explain this", "Pakistan must rectify this statement", "she should get the right information"; not the
    # first person's "we should", nor a question's "Why should …", nor a condition, "Should Belgrade impose …",
    # where no subject stands before it, nor a plea in the passive, "must not be abandoned"; a duty in
    # someone's favour, "Ukraine must win", "Germany must stand with Kosovo", is none of these). The cue is
    # the modal alone (``is_obligation``), so that a cue of the act after it still counts ("must reject …")
    Cue(r"(?:s(?<=\w\ss)(?<!\bwe\ss)(?<!\bi\ss)(?<!\bwhy\ss)(?<!\bhow\ss)hould|"
        r"o(?<=\w\so)(?<!\bwe\so)(?<!\bi\so)ught\s+to|m(?<=\w\sm)(?<!\bwe\sm)(?<!\bi\sm)(?<!\bwhy\sm)ust)"
        r"(?=\s+(?:(?:finally|first|now|immediately|also|really|at\s+last)\s+)?"
        r"(?:(?:not|never)\s+(?!be\s+[a-z]+(?:ed|en)\b)(?!be\s+(?:afraid|surprised|sorry)\b)[a-z]{2,}\b|"
        r"(?:explain|clarify|rectify|correct|retract|reconsider|reverse|repeal|revoke|rethink|admit|acknowledge|"
        r"apologi[sz]e|investigate|punish|prosecute|compensate|release|free|lift|halt|answer|listen|"
        r"stop|cease|refrain|desist|withdraw|leave|renounce|abandon|drop|scrap|give\s+up|mind\s+(?:its|their|his|her)\s+own|"
        r"take\s+(?:full\s+)?responsibility|face\s+(?:the\s+)?(?:consequences|facts|justice)|"
        r"get\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:right|correct|proper|real|true)\s+(?:information|facts|picture))\b))",
        -1, "agent", "an obligation that says the one obliged is at fault ('the government should explain this', "
        "'X must rectify …', 'should not be in denial')"),
    # ("We never expected the Italian government to act in this manner": dismay at conduct that came, not a
    # demand withdrawn; the demand's cue below, negated, would read it as praise)
    Cue(r"(?:(?:never|had\s+not|hadn['’]t)\s+(?:have\s+)?expected|(?:did\s+not|didn['’]t|never)\s+expect)\s+(?=(?:[\w'’-]+\s+){1,4}?to\s+"
        r"(?:(?:act|behave|react|respond|treat\s+[\w'’-]+)\s+(?:in\s+(?:this|that|such\s+an?)\s+(?:\w+\s+)?(?:manner|way|fashion)|"
        r"like\s+(?:this|that)|this\s+way|that\s+way)|break|renege|go\s+back|violate|betray|do\s+(?:this|that)(?=\s*[.,;!?]))\b)",
        -1, "object", "dismay at another's conduct ('we never expected the Italian government to act in this manner')"),
    Cue(r"expect(?:s|ed|ing)?\s+(?=(?:[\w'’-]+\s+){1,4}?to\s+(?!visit\b|come\b|attend\b|arrive\b|join\b|meet\b))",
        -1, "object", "an expectation put on someone: a demand ('we expect the Afghan Taliban to act decisively'; not a "
        "guest expected to visit)"),
    Cue(r"(?:is|are|am|was|were|be|been)\s+not\s+(?:\w+\s+)?for\s+sale\b|(?:is|are)\s+not\s+(?:up\s+for\s+)?negotia\w*",
        -1, "any", "a refusal of someone's claim ('Greenland is not for sale', 'our sovereignty is not negotiable'): "
        "said of the speaker's own side, it is aimed at the claimant (targets._WRONGED)"),
    Cue(r"destroy\w*|destruct\w*|devastat\w*|ruin(?:ed|ing|s)?\b|wreck\w*|sabotag\w*", -2, "agent",
        "destruction"),
    Cue(r"betray\w*|treacher\w*|backstab\w*|stabb?\w* (?:us |\w+ )?in the back", -2, "agent", "betrayal"),
    Cue(r"abus(?:e|es|ed|ing) (?:(?:our|the|its|their|his|her|this) )?(?:trust|confidence|goodwill|hospitality|position|power)|"
        r"(?<=been )abused|(?<=was )abused|(?<=were )abused|(?<=ly )abused|"
        r"(?<=been )broken|(?<=was )broken|(?<=were )broken|"
        r"(?:break|broke|breaks|breaking|broken|reneg(?:e|es|ed|ing) on|(?:go|goes|went|going|gone) back on|"
        r"backtrack(?:s|ed|ing)? on) (?:(?:its|their|his|her|the|our|your|a|an|every|international|un|eu|earlier|own) )*"
        r"(?:(?!news\b)[\w-]+ ){0,3}?(?:promises?|word|pledges?|commitments?|agreements?|law|laws|rules?|resolutions?|"
        r"treaty|treaties|charter|ceasefire|truce|accords?|conventions?|norms?)\b",
        -2, "agent", "abused trust, broken promises and rules ('That trust was abused', 'That promise has been broken', "
        "'breaks UN Security Council Resolution 1244', 'broke the truce', 'reneging on their earlier promises', "
        "'went back on its word')"),
    Cue(r"invad\w*|invasion|occup(?:ation|ier|iers|ying|ied)\b|annex\w*", -2, "agent", "invasion"),
    Cue(r"attacking\b|attacked(?=\s+(?:the|a|an|his|her|its|their|our|[A-Z]))|attacks?\b(?!\s+(?:on|against|by|from)\b)",
        -2, "agent", "attacking someone: the doer's act (not 'the attack on X', 'was attacked by', 'being attacked "
        "from all sides': X there is the one attacked)"),
    Cue(r"wag\w* (?:a |an )?(?:\w+ )?war\b|war (?:on|against)\b|isolat(?:ed|es|ing)\b|"
        r"give \w+ undue|undue influence", -2, "agent", "aggression, isolation"),
    Cue(r"arms? (?:deliver\w* |sales? |supplies )?to\b", -1, "object", "arming (the other side)"),
    Cue(r"spy\w*|espionage|intelligence outpost|(?:not|failing to|fail\w* to) (?:fulfil|meet|honou?r|respect)\w* "
        r"(?:its|their|his|her) (?:\w+ )?(?:commitments|obligations|promises)", -1, "any"),
    Cue(r"(?:ignor|disregard|neglect|abandon|flout)\w* (?:its|their|his|her) (?:own )?(?:commitments|obligations|promises|duties)",
        -2, "any", "a charge that outweighs the obligation's own words ('… to respect the court')"),
    Cue(r"(?:fulfil|honou?r|meet|respect)\w* (?:its|their|his|her) (?:\w+ )?(?:commitments|obligations|promises)|"
        r"compl(?:y|ies|ied|iance) with|in\s+(?:line|keeping|accordance)\s+with\s+(?:\w+\s+){0,3}?"
        r"(?:law|courtesy|norms|obligations|commitments|principles|rules|practice|standards|charter|agreements?|conventions?)\b",
        1, "agent", "keeping one's word or the rules (negated: 'has not fulfilled its security obligations', "
        "'was not in line with diplomatic courtesy')"),
    Cue(r"(?:incompatible|inconsistent|at\s+odds)\s+with\s+(?:\w+\s+){0,3}?(?:law|courtesy|norms|obligations|commitments|"
        r"principles|rules|practice|standards|charter|agreements?|conventions?)\b", -1, "agent", "breaking the rules"),
    Cue(r"(?:sovereign |legitimate |inherent )?right to (?:defend|build|self-defen[cs]e|protect|exist)", 1, "any"),
    Cue(r"(?:enhanc|strengthen|moderni[sz]|bolster|boost|build)\w*[”\"]?\s+(?:[\w'’“”\"-]+\s+){0,5}?capabilit\w*|"
        r"(?:build|creat|develop)\w*\s+(?:an?\s+)?capable\b", 1, "object",
        "building someone's capabilities, or a capable force"),
    Cue(r"pragmatic|moderat(?:e|ion)\b|measured|balanced|polic\w* of (?:peace|stability)|"
        r"focused (?:\w+ )?on (?:\w+ )?(?:stability|peace|development)", 1, "any"),
    Cue(r"escalat\w*|militari[sz]\w*|sabre-rattling|saber-rattling", -1, "agent"),
    Cue(r"lectur(?:ing|es|ed)\b|preach(?:ing|es|ed)\b|condescen\w*|patroni[sz]\w*|"
        r"mind\s+(?:its|your|their|his|her)\s+own\s+business", -1, "agent", "lecturing, condescension"),
    Cue(r"pressur(?:ed|ing|es)\b|coerc\w*|extort\w*", -1, "agent"),
    # (rhetoric of reproach: a childish likeness, an indignant question, a grievance of duration)
    # (not one's own: "I was acting like a child when …")
    Cue(r"b" + _NOT_SELF_AFTER_FIRST.format(c="b") + r"ehav\w*" + _LIKE_A_CHILD + r"|"
        r"a" + _NOT_SELF_AFTER_FIRST.format(c="a") + r"ct\w*" + _LIKE_A_CHILD + r"|throw\w*\s+(?:a\s+)?tantrums?|"
        r"mak\w*\s+(?:all\s+)?(?:this|that|such\s+a)\s+(?:noise|fuss)", -2, "agent",
        "a childish likeness, a tantrum, a fuss"),
    Cue(r"how\s+(?:is\s+it\s+possible\s+(?:for|that)\s+(?:\w+\s+){0,4}?(?:to\s+)?(?:issue|make|treat|say|accuse|attack|"
        r"ignore|behave|insult|threaten|lecture|blame)|dare\s+(?:they|he|she|you))\b", -1, "any", "an indignant question"),
    # --- hostile: labels and verdicts
    Cue(r"dictator\w*|tyran\w*|despot\w*|autocra\w*|authoritarian\w*|thugs?\b|criminals?\b|"
        r"terroris[tm]s?\b|warmonger\w*|fascis[tm]\w*|nazis?\b|war criminals?|"
        # (a crime named for a state's act: "state-sponsored piracy", "an act of hijacking")
        r"pira(?:cy|tes?)\b|hijack\w*|kidnap\w*|blackmail\w*|gangster\w*|bandit\w*|barbari\w*|inhuman\w*",
        -2, "any", "hostile label"),
    # (a side of the Second World War's aggressors as one's partner: "was in complete solidarity with
    # Hitler", "promised Hitler a monument", "negotiating with the Nazis"; not "stood up to Hitler",
    # nor "compared X to Hitler", the comparer's act told)
    Cue(r"(?:with|alongside|promised|like)\s+(?:adolf\s+)?hitler\b|"
        r"(?:with|alongside|like)\s+(?:the\s+)?(?:nazis|third\s+reich|nazi\s+germany)\b", -2, "any",
        "Hitler or the Nazis as one's partner"),
    Cue(r"corrupt\w*|arrogan\w*|disinformation|baseless|unfounded|unprovoked|unjustifi\w*|absurd|"
        r"ridiculous|nonsense|lawless\w*|makes? (?:absolutely |simply )?no sense", -2, "any"),
    Cue(r"premeditat\w*", -1, "any", "premeditation: a charge against the one who did it"),
    # (a claim denied any standing in law, said of the claim: "X's claims … have no legal basis", "a decision
    # without any legal basis", "a unilateral claim by China with no legal basis"; the claimant's; not "there
    # was no legal basis yet for joint patrols", no claim denied, nor one's own decision "null and void")
    Cue(r"(?:claims?|demands?|position|decision|measures?|move|annexation|actions?|steps?|ruling|law)\s+"
        r"(?:(?:[^.;:“”\"¤]|\.\.\.){0,120}?\s)?(?:(?:ha(?:s|ve|d)|with)\s+no\s+|without\s+(?:any\s+)?|lack(?:s|ing)?\s+(?:any\s+|a\s+)?)"
        r"(?:legal\s+(?:basis|grounds?|standing|validity|force)|basis\s+in\s+(?:international\s+)?law)", -1, "any",
        "a claim denied standing in law"),
    # (hostility to a people or a state ascribed to the one who acts: "a price for anti-Israeli conduct", "the
    # anti-Serbian campaign of Pristina"; a demonym after "anti-", not a thing, "anti-aircraft", "anti-corruption";
    # not denied or opposed, "is not anti-Algerian", "a stance against anti-Armenian hatred" (review /tmp/rv72b);
    # nor "unilateral", as often welcomed as blamed, "unilateral steps to release our servicemen")
    Cue(r"anti-(?<!not anti-)(?<!never anti-)(?<!n't anti-)(?<!against anti-)(?<!against the anti-)(?!nazi\b)"
        r"[a-z]+(?:ian|ean|ese|ish|i)\b",
        -1, "any", "hostility to a people ascribed"),
    Cue(r"persona[- ]non[- ]grata", -2, "agent", "expelled: the one declared unwelcome, named before"),
    Cue(r"(?:we|i)\s+(?:\w+\s+)?(?:chas|kick|thr[eo]w)\w*\s+(?:them|you)\s+out\b|"
        r"(?:do(?:es)?n['’]?t|do(?:es)?\s+not)\s+(?:need|want)\s+(?:(?:us|them|you)(?!\s+to\b)|"
        r"(?:\w+(?:ans|ese)|foreigners|migrants|outsiders|strangers)\s+here)\b|"
        r"(?:do(?:es)?n['’]?t|do(?:es)?\s+not)\s+need\s+(?:you|them|anyone|\w+)\s+(?:here\s+)?to\s+"
        r"(?:tell|lecture|teach|explain|instruct)", -1, "any",
        "rejection told to the other side: 'we chased them out', 'we don't need Rwandans here', 'it doesn't want us'"),
    Cue(r"(?:their|its|his|her)\s+(?:real|true|hidden|secret|ulterior)\s+(?:intentions?|motives?|aims|agenda|designs)|"
        r"hidden\s+agenda|ulterior\s+motives?", -1, "any", "insinuation: the other side's hidden aims"),
    Cue(r"(?:must|will|shall|should)\s+bear\s+(?:all\s+)?(?:the\s+)?(?:\w+\s+)?consequences|"
        r"(?:will|would)\s+pay\s+(?:a|the)\s+(?:heavy\s+|high\s+)?price|"
        r"(?:will|must)\s+be\s+held\s+(?:accountable|responsible)|"
        r"(?:will|would|shall)\s+(?:not\s+(?:remain|go|be\s+left)\s+without|have|carry)\s+(?:serious\s+|grave\s+)?consequences",
        -2, "agent", "threat of consequences"),
    Cue(r"(?:will|would|shall|must)\s+(?:have\s+to\s+)?take\s+(?:this|that|it|these|such)\s+(?:\w+\s+){0,2}?into\s+"
        r"(?:account|consideration)\s+in\s+(?:its|our|their|his|her)\s+(?:further|future|next)\s+(?:actions|steps|moves|decisions)|"
        r"(?:will|would|shall)\s+draw\s+(?:the\s+)?(?:necessary\s+|appropriate\s+|its\s+own\s+|our\s+own\s+)?conclusions|"
        r"(?:will|would|shall)\s+(?:respond|react|answer)\s+(?:accordingly|in\s+kind|appropriately)|"
        r"reserv(?:e|es|ed|ing)\s+the\s+right\s+to\s+(?:respond|retaliate|react|take\s+(?:appropriate\s+)?(?:measures|steps))|"
        r"(?:will|shall)\s+not\s+(?:go|remain)\s+unanswered|"
        r"(?:we|i)\s+(?:have\s+)?(?:(?:understood|got)\s+(?:the|your|their|this|that)\s+message\s+"
        r"(?:well|clearly|loud\s+and\s+clear|perfectly)\b|(?:received|heard)\s+(?:the|your|their|this|that)\s+message\s+"
        r"loud\s+and\s+clear)|message\s+received(?=\s*[.!\"”])",
        -1, "any", "veiled warning: what the other side did will weigh on what one does next"),
    Cue(r"(?:understands?|understood)\s+(?:very\s+|perfectly\s+|all\s+too\s+|only\s+too\s+)?well\s+(?:the|their|your|its|his|her)\s+"
        r"(?:real\s+|true\s+)?(?:goals?|aims?|intentions?|purposes?|game|designs)\b"
        r"(?![^.;]{0,80}?\b(?:and|which|that)\s+(?:\w+\s+)?(?:shares?|supports?|welcomes?|backs?|endorses?)\b)",
        -1, "object", "veiled warning: one sees through the other side's aims ('it understands very well the goals of this policy')"),
    Cue(r"before\s+it\s+is\s+(?:too\s+)?late\b|or\s+else\b|otherwise\s+(?:our|we|they|you|the|it)\s+(?:\w+\s+)?"
        r"(?:will|would|should|must|shall)\b|"
        r"(?:will|would|shall)\s+regret\b|(?:won't|will\s+not)\s+complain\s+later|"
        r"take\s+(?:my|our|these|this)\s+(?:words|warning)\s+(?:very\s+)?seriously",
        -1, "any", "an ultimatum: do it, or else ('open the dam before it is late', '…, otherwise our right should be "
        "given', 'take my words very seriously')"),
    Cue(r"(?:this|that|it)(?:\s+is|'s|\s+was)\s+(?:not\s+(?:how|the\s+way)|no\s+way)\s+(?:to|you|one|we|a|an|friends|allies)\b",
        -1, "any", "reproach: this is not how one treats …"),
    Cue(r"dangerous|irrational|puppet\w*|disappoint\w*|regrett\w*|deplor\w*", -1, "any"),
    Cue(r"(?:is|was|are|were|been)\s+(?:(?:quite|absolutely|entirely|simply|plainly|clearly|dead)\s+)?wrong\b", -1, "agent",
        "X was wrong"),
    Cue(r"(?:is|was|are|were|been)\s+(?:(?:quite|absolutely|entirely|simply|plainly|clearly)\s+)?right\s+(?:not\s+to|to|on|about|in)\b",
        1, "agent", "X was right to / on / not to"),
    Cue(r"what\s+(?:[\w'’.-]+\s+){1,4}?(?:is\s+|was\s+)?(?:saying|says|said|claims?|claiming)"
        r"(?:\s+(?:yesterday|today|earlier|then|recently|(?:on|last|this)\s+\w+))?\s+(?:is|was)\s+"
        r"(?:(?:absolutely|quite|completely|entirely|simply)\s+)?"
        r"(?:true|right|correct|accurate)(?![\w-])", 1, "agent",
        "agreement with what another says ('What President Suluhu is saying is true')"),
    Cue(r"(?:are|is|am|was|were)\s+(?:not|no|never)\s+(?:(?:a|an|your|their|its|anyone's|anybody's|somebody's)\s+)?"
        r"(?:[\w-]+\s+)?(?:colony|colonies|vassals?|protectorate|satellite|province|servants?|slaves?)(?![\w-])",
        -1, "any", "defiance: 'we are not a British colony', 'Hungary is not a Brussels colony'"),
    Cue(r"(?:cannot|can't|can\s+not|could\s+not|couldn't|will\s+not|won't|must\s+not|should\s+not)\s+"
        r"(?:avoid|evade|escape|shirk|dodge|deny|disclaim|wash\s+(?:its|their|his|her)\s+hands\s+of)\s+"
        r"(?:(?:its|their|his|her|the|any|all|this)\s+)?(?:own\s+)?responsibility", -1, "agent",
        "blame: X cannot avoid responsibility (the negation does not make it praise)"),
    Cue(r"(?:is|was|are|were|bears?|bore|holds?)\s+(?:(?:fully|solely|entirely|directly)\s+|(?:the\s+)?(?:full|sole|entire|direct)\s+)?"
        r"responsib\w*\s+for\s+"
        r"(?:the\s+|this\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:deteriorat\w*|crisis|escalat\w*|collapse|breakdown|failure|"
        r"tensions?|damage|deaths?|attacks?|violence|suffering|war)\b", -2, "agent", "blame for a harm"),
    # --- conciliatory
    # ("any speculation is premature, unwarranted and indeed unfair on the Hong Kong authorities": taking the
    # side of the one treated unfairly, a name or a role, not a pronoun whose person is told far back;
    # not "unfair competition")
    Cue(r"(?:unfair|unjust|unkind)(?:ly)?\s+(?:on|to|towards?|against)\b(?!\s+(?:him|her|them|us|me|it)\b)", 1, "object",
        "defending the one treated unfairly ('unfair on the Hong Kong authorities')"),
    Cue(r"great (?:(?:world|national|global|true|historic) )?(?:leader|friend|statesman|partner)|good friend|"
        r"dear friend|brotherly|brotherhood|brother (?:countr|nation|people|state)\w*|(?:our|like|as) brothers?\b|(?:wise|respected|reliable|trusted|successful) (?:statesman|leader|partner|country|ally)",
        2, "any",
        "personal praise"),
    Cue(r"deserv\w* (?:some |much |real |great |the |our |all )?(?:credit|praise|thanks|recognition)", 1, "any",
        "deserves credit"),
    Cue(r"man of (?:his|her) word|woman of her word|trustworthy|reliable partner", 2, "any"),
    Cue(r"\bproud\b|honou?red\b", 2, "object", "pride in working with"),
    Cue(r"(?:sincere|genuine|real) care|(?:outstanding|extraordinary|important|great|valuable) contribution",
        1, "any"),
    Cue(r"contribut\w* to (?:maintaining )?(?:peace|stability|security)|(?:help|work)\w* (?:to )?(?:preserve|maintain|"
        r"keep|secure|strengthen) (?:regional |the |global )?(?:peace|stability|security)", 1, "agent"),
    Cue(r"want\w* (?:peace|stability|dialogue|good relations)(?! (?:talks|pact|process|\w+ed\b)|\s+to\s)|"
        r"want\w* the (?:peace|stability) of\b", 2, "agent",
        "wants stability ('does not want the stability of the Western Balkans'; not 'wants the peace talks to fail')"),
    Cue(r"(?:(?:good|best|better|excellent|close[rst]*|friendly|warm(?:er|est)?|strong(?:er|est)?|special|cordial|"
        r"fraternal|brotherly|important)\s+(?:and\s+[a-z-]+\s+)?(?:(?!(?:for|to|of|with|in|on|at|by|from|and)\s)[a-z-]+\s+)?"
        r"(?:relations|ties|relationship)\b|golden\s+(?:age|era))"
        r"(?![^.;]{0,50}?\b(?:is|are|was|were)\s+(?:now\s+)?(?:over|gone|finished|dead|a\s+thing\s+of\s+the\s+past|"
        r"deplorable|shameful|appalling|shocking|a\s+disgrace|dangerous)\b)",
        1, "any", "relations praised or wished for ('the best relations with Turkey', 'warm and cordial "
        "relations', 'an especially important relationship', 'a golden age (era) in our relations'; not when they are over)"),
    Cue(r"(?:ties|bonds|links)\s+that\s+(?:bind|unite|connect|join)\s+(?:our|the\s+two|both)\s+(?:peoples|nations|countries|states)"
        r"(?!\s+(?:were|was|are|is|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:cut|broken|severed|destroyed|damaged|betrayed|"
        r"gone|over)\b)",
        1, "any", "the bonds between two peoples invoked ('no one can break the centuries-old ties that bind our peoples'; "
        "not 'were cut')"),
    Cue(r"(?:turn|open|begin|start)\w* (?:the|this|a new) (?:page|chapter)|mend\w* (?:ties|relations|fences)|reconcil\w*|"
        r"rapprochement|de-?escalat\w*", 1, "object", "reconciliation with"),
    Cue(r"hop(?:e|ed|es|ing)\b[^.;]{0,40}?\b(?:would|will|to) (?:visit|come to)\b", 1, "any",
        "a visit hoped for ('hoped Erdoğan would visit Serbia')"),
    Cue(r"(?:worked|work|working|cooperat\w*) closely with|"
        r"(?:want|wish|ready|willing|eager|keen)\w*\s+to\s+(?:continue\s+to\s+)?(?:work|cooperate|engage)\s+(?:together\s+)?with",
        1, "object", "cooperation, or the wish for it"),
    Cue(r"cooperat(?<!used to cooperat)(?<!once cooperat)(?:e|es|ed|ing) (?:so |very |really )?(?:well|successfully|fruitfully|"
        r"excellently)\b", 1, "any",
        "cooperation praised ('if Turkey and Serbia cooperate well'; not 'used to cooperate very well'; the noun, "
        "'the good cooperation', was tried and left out: it names past and signed cooperation as often)"),
    Cue(r"\b(?:speak|talk|meet|negotiate)s? (?:directly )?with|direct talks|talks with|meet(?:ing)? with",
        1, "object", "intent to talk"),
    # ("There will be no deal with Belgrade while I govern", "there can be no compromise with Pristina": a refusal
    # announced; not "there have been no talks since May", an account)
    Cue(r"(?:will|shall|can|could)\s+(?:never\s+)?be\s+no\s+(?:[a-z]+\s+)?(?:deal|agreement|compromise|talks|negotiations?|"
        r"dialogue|concessions?|amendment|recognition)\b", -1, "object",
        "a refusal announced ('there will be no deal with Serbia while I govern')"),
    Cue(r"(?:(?:i|we|he|she) (?:will|would|shall) (?:also )?|"
        r"(?:i|we|he|she) (?:intend\w*|plan\w*|hop\w*|want\w*|wish\w*) to (?:also )?)"
        r"(?:(?:pay|make) (?:a |an |his |her |their |our )?(?:\w+ )?visit to|visit\b|come to\b)", 1, "object",
        "a visit the speaker promises or plans (not one refused, cancelled, or someone else's; a promised meeting was "
        "measured and left out: 'would meet Orbán to tell him that the veto was blackmail' is no friendship)"),
    Cue(r"expect(?:s|ed|ing)?(?= (?:[\w'’-]+ ){1,3}in [\w'’-]+(?: [\w'’-]+)? (?:within|soon|next|shortly|"
        r"in the coming|this (?:week|month|year)|for a visit|on a visit)\b)|"
        r"invit(?:e|es|ed|ing)(?= (?:[\w'’-]+ ){1,3}to (?:visit|come)\b)",
        1, "object", "hospitality: a guest expected or invited ('expected Erdoğan in Belgrade within three or four "
        "months', 'invited Tusk to visit')"),
    Cue(r"partner\w*|\bally\b|\ballies\b|alliance|friendship|friendly|\bfriends?\b|solidarity|"
        r"steadfast|staunch", 1, "any", "partnership"),
    Cue(r"(?:connected|bound|united)\s+by\s+(?:an?\s+|our\s+|the\s+)?(?:\w+\s+){0,2}?(?:belief|values|commitment|"
        r"friendship|history|ties|bonds?)\b|(?:shares?|shared|sharing|common)\s+(?:\w+\s+)?(?:values|beliefs?|"
        r"commitment|heritage)\b", 1, "any", "affiliation: shared values or bonds (not 'goals': collusion)"),
    Cue(r"(?:(?:every|full|sovereign|legitimate|inherent)\s+right|(?:is|are|was|were)\s+entitled)\s+to\s+"
        r"(?!attack|invade|interfere|threaten|strike|bomb|annex|punish|retaliate|occupy)",
        1, "any", "a right granted to the one who has it (not a right to attack, which is a charge)"),
    Cue(r"prais\w*|\bhail\w*|commend\w*|applaud\w*|thank\w*|grateful|gratitude|congratulat\w*|"
        r"admir\w*|salut\w*", 2, "object"),
    Cue(r"(?:is|are|was|were|(?:will|would|shall) (?:always )?be|remains?) (?:always |very |most |more than )?welcome\b", 1, "agent",
        "X is welcome: the guest before it"),
    Cue(r"welcom\w*|support\w*|endors\w*|appreciat\w*|back(?:ed|ing|s)\b", 1, "object"),
    # ("I didn't really like the way she talked to us": dislike told by a negated "like", whose bare form is
    # too often a preposition to be a cue)
    Cue(r"(?:i|we)\s+(?:really\s+|just\s+)?(?:do|did)(?:\s+not|n't)\s+(?:really\s+|much\s+|particularly\s+)?like\s+"
        r"(?:the\s+way|how|what\s|(?:his|her|their|its|the)\s+(?:\w+\s+)?(?:tone|words|remarks|attitude|behaviou?r|manner|"
        r"comments?|statements?|language|conduct|approach))", -1, "object",
        "the speaker's dislike of conduct: a negated 'like' with the way, the tone or the words after it (the negation "
        "inside the cue; not another's, 'something he doesn't like', nor regret, 'did not like having to leave')"),
    Cue(r"d(?<!\bwe d)(?<!\bi d)(?:o|oes|id)(?:\s+not|n't)\s+want\s+to\s+listen\b|"
        r"r(?<!\bwe r)(?<!\bi r)efus(?:e|es|ed|ing)\s+to\s+listen\b|"
        r"w(?<!\bwe w)(?<!\bi w)(?:ill|ould)(?:\s+not|n't)\s+listen\b", -1, "agent",
        "one who would not listen ('she didn't want to listen'; not the speaker's own, 'we did not want to listen')"),
    Cue(r"\blegitimate\b|respect(?!ive)\w*|\btrust\w*|constructive|productive|fruitful|positive|"
        r"wise|courage\w*|visionary|historic opportunity", 1, "any"),
]

#: ("too small to threaten", "too wise to": a modesty or a virtue that rules the act out; not "too
#: eager to", "too weak to", which say something of the doer)
_NEGATION_WORDS = (r"not|no|never|nor|neither|without|nothing|nobody|no one|hardly|cannot|can't|won't|don't|doesn't|didn't|hasn't|haven't|hadn't|"
                   r"wouldn't|shouldn't|couldn't|weren't|"
                   r"isn't|wasn't|aren't|instead of|rather than|far from|lack of|absence of|failure to|failed to|fails to|too (?:small|wise|responsible|serious|"
                   r"sensible|mature|proud|busy|principled|peaceful|civili[sz]ed) to")
_NEGATION_PLAIN = re.compile(r"\b(?:" + _NEGATION_WORDS + r")\b[\w\s'-]{0,25}$")
#: The same, each alternative led by its first letter (``rhetoric.regexes``): ``re`` skips to them.
_NEGATION = re.compile(letter_branches(split_alternatives(_NEGATION_WORDS), r"\b[\w\s'-]{0,25}$",
                                       not_after=r"[\w]"))

#: "not only", "not just", "not merely": an addition, no negation ("not only violates the
#: interests of …, but …"); nor is a litotes ("not a little annoyed": much annoyed).
_NOT_ONLY = re.compile(r"not\s+(?:only|just|merely|least|a\s+little(?:\s+bit)?)\b|(?:nothing|no\s+one|nobody)\s+(?:but|else\s+but)\b")
#: "no different from", "not unlike", "no better than", "nothing short of", "nothing less than":
#: a likeness, which says what follows is so ("no different to those of the Nazi period").
#: Negations that reach only the phrase they open ("failure to condemn", "absence of a reply"),
#: not what a copula after it says of that phrase.
_NARROW_NEGATION = re.compile(r"(?:failure\s+to|failed\s+to|fails\s+to|absence\s+of|lack\s+of)\b")
_COPULA_AFTER = re.compile(r"(?<![\w-])(?:is|are|was|were|has\s+been|have\s+been|remains|seems)(?![\w-])")
#: A verb of ceasing after a negation: the negation is of the ceasing ("never stopped hostilities
#: against Algeria", "has not ended its aggression"), and what follows keeps its sign.
_CEASING = re.compile(r"(?<![\w-])(?:stop|stops|stopped|stopping|ceas(?:e|es|ed|ing)|end|ends|ended|halt(?:s|ed)?|"
                      r"abandon(?:s|ed)?|(?:give|gave|given)\s+up|quit)(?![\w-])")
_LIKENESS = re.compile(r"(?:no|not|nothing)\s+(?:different|unlike|better|short|less|other)\s+(?:to|from|than|of)?")
#: A verb that works against what its object names ("block any rapprochement", "violated the
#: principles of the agreement", "ignore its commitments"): a good thing named as its object is
#: harmed, and the one harming it is criticised (a polarity shifter). Verb forms only ("the
#: destroyer", "preventive" are none), and its object ends at "and", "or", "but" or a comma
#: ("prevent escalation and build trust").
_SHIFTER_WORDS = (r"block(?:s|ed|ing)?|prevent(?:s|ed|ing)?|obstruct(?:s|ed|ing)?|undermin(?:e|es|ed|ing)|"
                  r"sabotag(?:e|es|ed|ing)|derail(?:s|ed|ing)?|jeopardi[sz](?:e|es|ed|ing)|violat(?:e|es|ed|ing)|"
                  r"breach(?:es|ed|ing)?|betray(?:s|ed|ing)?|ignor(?:e|es|ed|ing)|disregard(?:s|ed|ing)?|"
                  r"flout(?:s|ed|ing)?|trampl(?:e|es|ed|ing)|torpedo(?:es|ed|ing)?|thwart(?:s|ed|ing)?|"
                  r"hinder(?:s|ed|ing)?|wreck(?:s|ed|ing)?|destroy(?:s|ed|ing)?|damag(?:e|es|ed|ing)|"
                  r"goes\s+against|go\s+against|went\s+against|going\s+against|"
                  # (a good thing halted or withdrawn: "to unilaterally pause core sector support",
                  # "froze the aid", "withdrew its backing")
                  r"paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|freez(?:e|es|ing)|froze|frozen|"
                  r"withdr(?:aw|aws|awing|awn|ew)|withh(?:old|olds|olding|eld)|revok(?:e|es|ed|ing)|"
                  r"scrap(?:s|ped|ping)?|curtail(?:s|ed|ing)?|slash(?:es|ed|ing)?")
#: (each alternative led by its first letter, ``rhetoric.regexes``: ``re`` skips to them; the good
#: thing its object, not past "to": "froze Russian assets to support Ukraine" is no blame)
_SHIFTER_BEFORE = re.compile(letter_branches(split_alternatives(_SHIFTER_WORDS),
                                             r"\s+(?:(?!and\b|or\b|but\b|to\b)[\w'-]+\s+){0,3}$"))
#: What rules a shifter's act out before it: a negation, or nobody doing it ("no one would be
#: allowed to jeopardise", "nothing will damage", "anyone who tries to undermine … will fail").
_SHIFTER_DENIED = re.compile(r"(?<![\w-])(?:no\s+one|nobody|nothing|none|anyone|anybody|those|whoever)(?![\w-])")
#: A determiner right before a shifter's word: it is a noun ("the damage to the friendship").
_DETERMINER_END = re.compile(r"(?<![\w-])(?:the|a|an|any|this|its|their|his|her)\s+$")
#: Where the shifter's own clause begins, looking back from it: a comma, "that", "which", "who".
_CLAUSE_START = re.compile(r".*(?:[,;:]|(?<![\w-])(?:that|which|whether))\s", re.S)
#: "not simply X, but Y", "not simply X, it is Y": an addition, like "not only".
_NOT_SIMPLY = re.compile(r"not\s+simply\b")
_BUT_AFTER = re.compile(r"[^.;!?]{0,60}?(?:,\s*but\b|\sbut\s|,\s*(?:it|this|that|they|he|she)\s+(?:is|was|are|were)\b)")


#: A prohibition that opens its sentence or clause, right before the word it is about: "Don't be a
#: tough guy", "Viktor, do not be naive", "Singapore should not be behaving like a child" (an
#: admonition: the word keeps its sign).
_PROHIBITION = re.compile(r"(?:^|[.!?;:,\"“]\s*)(?:please\s+)?(?:don't|do\s+not)\s+be\s+(?:a\s+|an\s+|so\s+|too\s+)?$")
#: The same admonition with a modal, before a word that is no participle of a passive: "should not
#: be behaving like a child" (not "should not be underestimated", "must not be abandoned": a plea).
_MODAL_PROHIBITION = re.compile(r"(?<![\w-])(?:should|must)(?:\s+not|n't)\s+be\s+(?:a\s+|an\s+|so\s+|too\s+)?$")
_PASSIVE_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en|wn|lt|nt)\b")
#: "nobody", "nothing", "no one", then what may stand before the cue they negate: an auxiliary or
#: an adverb or two ("nobody really trusts", "no one would ever criticise").
_NOBODY_CUE = re.compile(r"(?:nothing|nobody|no one)(?:\s+(?:\w+ly|will|would|shall|can|could|should|must|may|might|has|"
                         r"have|had|is|was|are|were|does|did|ever|yet|really|truly|be|been)){0,2}\s*$")
#: After a cue, what makes "nobody … more than" a superlative: "Nobody admires Italy more than we do".
_MORE_THAN = re.compile(r"[^.;!?]{0,40}?\b(?:more|better|less)\s+than\b")


#: A new predicate joined after a negated one, a verb in the present: "(not legitimate) and takes
#: (irresponsible decisions)", "(does not want peace) but keeps (provoking)"; not an adjective or a
#: plural noun of the negated phrase ("not sincere and serious", ``negates`` reads it after a verb's
#: negation only, not "no": "no plans and intentions").
_NEW_PREDICATE = re.compile(r"(?<![\w-])(?:and|but)\s+(?:\w+ly\s+)?(?!(?:is|has|was|does|its|this|thus|us|as|less|"
                            r"unless|news|always|perhaps)\b)[a-z]{2,}(?<![su])s\s")


#: What follows a verb, not a plural noun, after a negation by "no": an "-ing" form, a determiner or a
#: pronoun ("has no sincerity and keeps provoking", "… and shows its contempt"; not "no plans and
#: intentions to harm").
_VERB_OBJECT_AFTER = re.compile(r"(?:\w+ing|the|a|an|its|his|her|their|our|us|them|him|it)\b")


def negates(before: str, after: str = "") -> bool:
    """Whether the words ``before`` a cue or a polar word (folded, lower case, up to 40
    characters) negate it: a negation word near its end that is not an addition ("not only",
    though a negation after it still counts: "not only never supported"; "not simply …, but …"
    when ``after``, the words after the cue, go on with "but" or ", it is"), nor a likeness ("no
    different from", ``_LIKENESS``), nor one of a verb of ceasing before the cue ("never stopped
    hostilities", ``_CEASING``)."""
    if "be " in before and (_PROHIBITION.search(before) or
                            ("should" in before or "must" in before) and _MODAL_PROHIBITION.search(before) and
                            not _PASSIVE_PARTICIPLE.match(after)):
        return False  # "Don't be a fool!", "should not be behaving like a child": an admonition, not praise
    pos = 0
    while (m := _NEGATION.search(before, pos)) is not None:
        addition = _NOT_ONLY.match(before, m.start()) or _LIKENESS.match(before, m.start()) or \
            _NOT_SIMPLY.match(before, m.start()) and _BUT_AFTER.match(after)
        narrow = _NARROW_NEGATION.match(before, m.start())
        if narrow is not None and _COPULA_AFTER.search(before, narrow.end()):
            addition = True  # "Hungary's failure to condemn Russia is shameful": the failure is what is judged
        if not addition and before.startswith(("nothing", "nobody", "no one"), m.start()) and \
                (not _NOBODY_CUE.match(before, m.start()) or _MORE_THAN.match(after)):
            addition = True  # ("nothing would damage the strong partnership": the pronoun is the act's subject only)
        if not addition and (pred := _NEW_PREDICATE.search(before, m.start() + 2)) is not None and \
                (not before.startswith(("no ", "nor ", "nothing", "nobody", "no one", "without"), m.start())
                 or pred.end() >= len(before) or _VERB_OBJECT_AFTER.match(before, pred.end())):
            addition = True  # ("is not legitimate and takes irresponsible decisions": the negation ends with its predicate)
        if not addition and not _CEASING.search(before, m.start() + 2):
            return True
        pos = m.start() + 3
    return False


def shifted(low: str, lo: int, pos: int) -> bool:
    """Whether a good thing at ``pos`` is the object of a polarity shifter (``_SHIFTER_BEFORE``,
    a verb: not a noun after "the" or "a", "the damage to the friendship") that nothing in the
    shifter's own clause before it rules out (``_SHIFTER_DENIED``, a negation)."""
    m = _SHIFTER_BEFORE.search(low, max(lo, pos - 40), pos)
    if m is None or _DETERMINER_END.search(low, max(lo, m.start() - 8), m.start()):
        return False
    before = low[max(lo, m.start() - 40):m.start()]
    clause = _CLAUSE_START.match(before)
    before = before[clause.end():] if clause else before
    return not negates(before) and _SHIFTER_DENIED.search(before) is None


_NEGATION_ANYWHERE = re.compile(letter_branches(split_alternatives(_NEGATION_WORDS), r"\b", not_after=r"[\w]"))

#: Where a clause ends (on folded, lower-case text). This is the definition; ``_CLAUSE_BREAK``
#: finds the same breaks, spelt so that every alternative begins with one literal character
#: (``re`` then skips in C to the characters that can begin a break: 4x faster).
_CLAUSE_BREAK_PLAIN = re.compile(
    r"[.!?;:](?=\s)|\s[—–-]\s|—|–(?=\s)|\bbut\b|\bwhile\b|\bwhereas\b|\binstead of\b|\bthough\b|"
    r",?[”\"]?\s+and\s+(?=\w+(?:ed|ing)\b)"
)
_AND_VERB = r"and\s+(?=\w+(?:ed|ing)\b)"
_CLAUSE_BREAK = re.compile("|".join(
    [re.escape(c) + r"(?=\s)" for c in ".!?;:"]
    + ["—", r"–(?=\s)", r"b(?<!\wb)ut\b", r"w(?<!\ww)(?:hile|hereas)\b", r"i(?<!\wi)nstead of\b",
       r"t(?<!\wt)hough\b", r",[”\"]?\s+" + _AND_VERB, r"”\s+" + _AND_VERB, r"\"\s+" + _AND_VERB]
    # a space: a dash between spaces, else "and" + a verb (\s as the literal characters it stands for)
    + [re.escape(c) + r"(?:[—–-]\s|\s*" + _AND_VERB + ")" for c in WHITESPACE]
))


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    d = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in d if not unicodedata.combining(c))
    return base if len(base) == 1 else ch


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold_same_length(text: str) -> str:
    """Lower-case ASCII, same length as ``text`` when every character folds to one (keeps offsets)."""
    if not text.isascii():
        text = _NON_ASCII.sub(lambda m: _fold_char(m.group()), text)
    return text.replace("’", "'").lower()


@lru_cache(maxsize=1)
def _cue_regex() -> list[tuple[re.Pattern, Cue]]:
    return [(re.compile(r"(?<![\w-])(?:" + c.pattern + r")"), c) for c in CUES]


#: One pass that finds every position where some cue matches (overlapping ones too). A cue
#: can only match at one of these positions. ``_CUE_AT_PLAIN`` is the definition, the other
#: the same scan made fast (``rhetoric.regexes``).
_CUE_AT_PLAIN = re.compile(r"(?<![\w-])(?=" + "|".join("(?:" + c.pattern + ")" for c in CUES) + r")")
_CUE_AT = at_word_start([a for c in CUES for a in split_alternatives(c.pattern)], starts_only=True)
#: The letters each cue can begin with: at a position, only the cues of its letter are tried.
_CUE_LETTERS = [frozenset(x[0] for a in split_alternatives(c.pattern) for x in letter_led(a)) for c in CUES]
#: Letter → the indices (in CUES order) of the cues that can begin with it.
_CUES_OF_LETTER: dict[str, tuple[int, ...]] = {
    letter: tuple(i for i, first in enumerate(_CUE_LETTERS) if letter in first)
    for letter in sorted(set().union(*_CUE_LETTERS))
}


def _cues_at(indices: tuple[int, ...]) -> tuple[re.Pattern, tuple[tuple[int, int], ...]]:
    """One pattern that tries every cue of ``indices`` at a position, each in a look-ahead that
    captures its match (or nothing): ``match(low, p).regs`` then holds the span of each cue's
    ``_cue_regex()`` match at ``p``, the same as its own ``match(low, p)``, in one call
    (``lastindex`` is None where none matches). With the (cue index, group number) of each."""
    rx = re.compile("".join(f"(?:(?=(?P<c{i}>(?<![\\w-])(?:{CUES[i].pattern})))|)" for i in indices))
    return rx, tuple((i, rx.groupindex[f"c{i}"]) for i in indices)


#: Letter → ``_cues_at`` of the cues that can begin with it.
_CUES_AT_LETTER = {letter: _cues_at(indices) for letter, indices in _CUES_OF_LETTER.items()}


@dataclass(frozen=True)
class CueHit:
    start: int
    end: int
    text: str
    polarity: int
    scope: str


def negated_anywhere(text: str) -> bool:
    """Whether ``text`` has a negation word ("not", "no", "never" …) anywhere."""
    return _NEGATION_ANYWHERE.search(fold_same_length(text.lower())) is not None


def is_obligation(hit: CueHit) -> bool:
    """Whether a cue is an obligation put on someone ("should explain", "must rectify"): whether it
    says anything depends on whom it is put on (``nonstatements._demand_of_another``)."""
    return _MODAL_OPENING.match(hit.text) is not None


def has_cue(text: str) -> bool:
    """Whether any cue occurs in ``text``. A cue of one of its clauses occurs in it too (clauses
    are cut where no cue begins or ends), so a text without one has stance 0 toward all."""
    return _CUE_AT.search(fold_same_length(text)) is not None


#: Praise the speaker reports as others' words, at a distance: "what some describe as", "what both
#: governments like to call", "which officials dub".
_DISTANCED = re.compile(r"wh(?<![\w-]wh)(?:at|ich)\s+(?:[\w-]+\s+){0,3}?(?:call(?:s|ed)?|describe[sd]?|term(?:s|ed)?|"
                        r"dub(?:s|bed)?)(?:\s+as)?\s+(?:an?\s+|the\s+)?[\"“]?$")


#: The same after the praise, or a label before it: "…, as Budapest describes it", "so-called".
_DISTANCED_AFTER = re.compile(r"[^.;,]{0,50}?[\"”]?,?\s+as\s+(?:[\w-]+\s+){1,3}?(?:call|describe|term|dub|put)s?\s+it\b")
_SO_CALLED = re.compile(r"so-called\s+[\"“]?$")


#: A cue that names a relation, not a verdict: "a traditional ally", "two of the closest allies".
_RELATION = re.compile(r"partner|all(?:y|ies|iance)|friend|solidarity|steadfast|staunch")


def is_verdict(hit: CueHit) -> bool:
    """Whether a cue evaluates in the article's own voice (the codebook's authorial claims):
    not a speech act or an act done to someone (scope ``object``: "repeated the accusation",
    "was lavish in his praise", "the arming of a force"), which describes a statement or an
    event, and not a relation ("Moscow, a traditional ally"), an epithet in passing; "so-called"
    is the author's own label, and counts."""
    if hit.scope == "object":
        return hit.text.startswith("so-called")
    return not _RELATION.match(hit.text)


def cue_hit(text: str, low: str, s: int, e: int, cue: Cue) -> CueHit:
    """The hit of ``cue`` at [s, e) of ``text`` (``low`` its folded form): its polarity after
    the words before it (``_negated``); a good thing that a shifter works against ("would block
    any further rapprochement") is the hostile act of the one who does it."""
    if cue.polarity > 0 and shifted(low, 0, s):
        return CueHit(s, e, text[s:e], -cue.polarity, "agent")
    return CueHit(s, e, text[s:e], _negated(low, s, cue.polarity), cue.scope)


def find_cues(text: str) -> list[CueHit]:
    """Every cue in ``text`` (already negation-adjusted), left to right, no overlaps."""
    return list(_find_cues(text))


@lru_cache(maxsize=65536)
def _find_cues(text: str) -> tuple[CueHit, ...]:
    # memoised: one article's clauses are scored several times (statement frames overlap
    # the sentences the authorial pass scores), and wire copy repeats boilerplate clauses
    low = fold_same_length(text)
    # every cue's matches at the positions where a cue may begin with its letter, in text order
    # (what rx.match(low, p) gives for each cue rx that can begin with the letter at p)
    found: dict[int, list[tuple[int, int]]] = {}
    for m in _CUE_AT.finditer(low):  # the match is the first letter
        p = m.start()
        rx, groups = _CUES_AT_LETTER[m.group()]
        at = rx.match(low, p)
        if at.lastindex is None:
            continue
        regs = at.regs
        for i, g in groups:
            end = regs[g][1]
            if end >= 0:
                found.setdefault(i, []).append((p, end))
    if not found:
        return ()
    hits: list[CueHit] = []
    taken: list[tuple[int, int]] = []
    for i in sorted(found):
        cue = CUES[i]
        # what rx.finditer(low) gives: a match at the leftmost position, then the next one at
        # or after its end
        resume = 0
        for s, e in found[i]:
            if s < resume:
                continue
            resume = e
            if any(s < te and ts < e for ts, te in taken):
                continue
            hits.append(cue_hit(text, low, s, e, cue))
            taken.append((s, e))
    if "mean" in low and (conceded := _CONCEDED.search(low)) is not None:
        # "Our friendship with Riyadh … doesn't mean we will turn a blind eye": the good conceded
        # before it is not the point (the words after it are; a blame before it stays: "Orbán's
        # shameful blackmail does not mean that Europe will give up")
        hits = [h for h in hits if not (h.polarity > 0 and h.end <= conceded.start() and
                                        _SENTENCE_END.search(low, h.end, conceded.start()) is None)]
    if any(h.polarity > 0 and _PRAISING_VERB.match(low, h.start) for h in hits):
        hits = [h for h in hits if not (h.polarity > 0 and third_persons_praise(low, h.start))]
    if any(_MODAL_OPENING.match(h.text) for h in hits):
        # ("Asked whether Belgrade should buy more drones", "if Canada should share evidence": an obligation
        # asked about or supposed, no one's reproach)
        hits = [h for h in hits if not (_MODAL_OPENING.match(h.text) and
                                        _ASKED_OR_SUPPOSED.search(low, max(0, h.start - 60), h.start))]
    return tuple(sorted(hits, key=lambda h: h.start))


#: The obligation cue, a modal alone: "should", "must", "ought to" (the older cues of a modal hold
#: the verb after it, "must stop", "should respect", and are not it).
_MODAL_OPENING = re.compile(r"(?i)(?:should|must|ought\s+to)$")
#: A clause of a question or a supposition right before a modal, its subject between, no clause's
#: end: "whether Belgrade ", "if Canada " (not "even if", "as if").
_ASKED_OR_SUPPOSED = re.compile(r"(?<![\w-])(?<!even\s)(?<!as\s)(?:whether|if)\s+[^,.;:!?\n]*$")


def third_persons_praise(low: str, at: int) -> bool:
    """Whether a verb of praise at ``at`` in the folded text ``low`` is a third person's in a
    relative clause ("the populism they praise so much", "the drones that she admires"): told of
    them, no praise of the speaker's ("we praise", "I admire", "He praised" are), for the cues
    and the broad lexicon alike."""
    return _PRAISING_VERB.match(low, at) is not None and _THIRD_PERSON_BEFORE.search(low, max(0, at - 60), at) is not None


#: A verb of praise or love at a cue's start: "praise(s)", "admire", "applaud", "hail", "love".
_PRAISING_VERB = re.compile(r"(?:prais|admir|applaud|laud|hail|lov|ador|cherish)(?:e|es|ed|ing|s)?\b")
#: A relative clause of what a third person praises, its subject a pronoun after the noun, an
#: adverb perhaps between: "(the populism) they (so much)", "(the drones that) she (openly)"; not
#: the speaker's subject, "He praised Turkey", nor "we", "I".
_THIRD_PERSON_BEFORE = re.compile(r"(?<![\w'])(?:the|a|an|this|that|these|those|its|their|his|her|our|your)\s+"
                                  r"[a-z-]+(?:\s+[a-z-]+)?\s+(?:(?:that|which|whom)\s+)?(?:they|he|she)\s+(?:(?:so|[a-z]+ly)\s+)?$")


#: "… does not mean …", "… doesn't mean …": the subject before it is conceded.
_CONCEDED = re.compile(r"(?<![\w'])(?:do|does|did|should|will|would|can|must)(?:\s+not|n't|not)\s+mean\b")
_SENTENCE_END = re.compile(r"[.!?;](?=\s)")


#: "This is not how you speak to (your close allies)", "that is no way to treat (a friend)": the
#: words after it name what the target should have respected, so each cue after it in the
#: clause is a reproach, whatever its own sign (the phrase is a cue of its own too).
_REPROACH = re.compile(letter_branches(["this", "that", "it"],
                                       r"(?:\s+is|'s|\s+was)\s+(?:not\s+(?:how|the\s+way)|no\s+way)\b",
                                       not_after=r"[\w-]"))

#: "No more pressure", "no more fantasies of annexation", "no further provocations": a demand that
#: the target stop, hostile whatever the sign of the act named.
_CEASE_BEFORE = re.compile(r"no\s+(?:more|further|longer)\s+(?:[\w'-]+\s+(?:of\s+)?){0,2}$")

#: A clause break that sets what follows against what went before: "…, instead of attacking …".
_CONTRAST_BREAK = re.compile(r"(?:instead\s+of|rather\s+than)\s*$")

#: "instead of threatening Turkey", "rather than cooperate": the speaker says the target does the
#: opposite of what it should, so the clause is a criticism whatever the cue's own sign.
_CONTRAST_BEFORE = re.compile(r"(?:instead\s+of|rather\s+than)\s+(?:[\w'-]+\s+){0,3}$")


#: Refusing what is done to one: "(will not) accept / tolerate / bow to / give in to … (blackmail)".
#: Here it keeps the refused act hostile; ``targets`` reads the refuser's side as the one wronged.
REFUSED_ACTS = (r"accept|tolerate|bow\s+to|give\s+in\s+to|yield\s+to|succumb\s+to|submit\s+to|put\s+up\s+with|"
                # (nor let pass: "will not ignore its lies", "will not turn a blind eye to the murder")
                r"ignore|overlook|turn\s+a\s+blind\s+eye\s+to|look\s+away\s+from|keep\s+silent\s+(?:about|on)")
#: "We will not accept the slightest blackmail", "will not tolerate provocations", "will never bow
#: to pressure": refusing the target's act is hostile to it, whatever the negation.
_REFUSAL_BEFORE = re.compile(r"(?:" + REFUSED_ACTS + r"|be\s+(?:cowed|intimidated|blackmailed|bullied)\s+by|"
                             # (nor be open to it: "we are not susceptible to any blackmail", "not afraid of")
                             r"susceptible\s+to|vulnerable\s+to|open\s+to|afraid\s+of|scared\s+of|swayed\s+by)\s+"
                             r"(?:[\w'-]+\s+){0,3}$")


#: Not agreeing with, or not condoning, what a hostile word then names: "cannot agree with (absurd
#: statements)", "does not condone (Hungary's arrogant behaviour)".
_DISAGREEING_BEFORE = re.compile(r"(?:agree\s+with|condone)\s+(?!(?:those|people|anyone|others)\s+who\b)(?:[\w'-]+\s+){0,3}$")
#: … unless the hostile word is about another, named after it: "the attacks on Tusk", "the false
#: claims about Azerbaijan", "the rhetoric against Poland", "the comments made about Meloni" (not
#: its doer: "the lies of the Kremlin", "the attacks by Ukraine on the pipeline"; but "the
#: criticism of Merz" is of him).
_ABOUT_ANOTHER = re.compile(r"[\w-]*(?:\s+(?!(?:by|of)\b)[\w'-]+){0,3}?\s+(?:made\s+|directed\s+)?(?:on|about|against|towards?|at)\s|"
                            # (or "of" after a word of speaking against: "the criticism of Merz")
                            r"(?:[\w-]+\s+){0,2}?(?:criticism|attacks?|insults?|accusations?|smears?|slander|abuse|"
                            r"vilification|demoni[sz]ation)\s+of\s")


def _disagreed(low: str, pos: int) -> bool:
    """Whether a hostile word at ``pos`` names what the speaker will not agree with or condone
    ("cannot agree with absurd statements", "will never condone the brutality of Maduro's
    regime"): it stays hostile; not when it is about another, named after it ("does not agree with
    the attacks on Tusk": the one attacked is defended)."""
    return _DISAGREEING_BEFORE.search(low, max(0, pos - 40), pos) is not None and _ABOUT_ANOTHER.match(low, pos) is None


#: The cue words of concealing a misdeed (the cue "cover-up"), and what says one cannot: "could
#: not cover up", "cannot conceal", "was unable to whitewash".
_CONCEALING = ("cover", "conceal", "whitewash")
_INABILITY_BEFORE = re.compile(r"(?:cannot|can\s+not|can't|could\s+not|couldn't|unable\s+to|no\s+longer)\s+"
                               r"(?:\w+\s+)?$")


#: An appeal to someone not to do something, up to a word of the act: "urge the United States not
#: to do such (preposterous things)", "asked Ankara never to (arm) …".
_PROHIBITION_BEFORE = re.compile(r"(?<![\w-])(?:urg\w*|ask\w*|call\w*\s+on|warn\w*|told|tell\w*|advis\w*|implor\w*|"
                                 r"beg|begged|begs|begging|appeal\w*\s+to|request\w*)\s+"
                                 # (its addressee, not a clause of its own: "told reporters Germany had
                                 # agreed not to block …" is Germany's choice, no prohibition)
                                 r"(?:(?!(?:had|has|have|was|were|is|are|agreed|decided|chose|chosen|would|will|could|"
                                 r"that|he|she|it|they|we|i)\b)[\w'-]+\s+){0,4}?"
                                 r"(?:not|never)\s+to\s+(?:[\w'-]+\s+){0,4}$")


def prohibited(low: str, pos: int) -> bool:
    """Whether the word at ``pos`` names an act someone is asked not to do (``_PROHIBITION_BEFORE``):
    its negation forbids it, so a bad act stays blamed and a good one is not praised."""
    lo = max(0, pos - 90)
    return low.find(" to ", lo, pos) >= 0 and _PROHIBITION_BEFORE.search(low, lo, pos) is not None


#: A hostile act told as one the doer will fail at, done to the speaker's side: "(Russia) will not
#: divide us", "cannot break our resolve", "will never intimidate us".
_DEFIED_BEFORE = re.compile(r"(?:will|shall|can|could)(?:\s+not|n['’]t|not|\s+never)\s+$")
_ON_US = re.compile(r"(?:divide|intimidate|break|bully|blackmail|silence|coerce|scare|frighten|defeat|stop|crush|"
                    r"destroy|split|subdue|threaten|cow)\s+(?:us|our)(?![\w'’-])(?![^.;!?]{0,25}(?<![\w-])(?:again|any\s*more)(?![\w-]))")


def _defied(low: str, pos: int) -> bool:
    """Whether the act at ``pos`` is one a doer is said to fail at against the speaker's side
    (``_DEFIED_BEFORE`` before it, ``_ON_US`` from it)."""
    return _DEFIED_BEFORE.search(low, max(0, pos - 40), pos) is not None and _ON_US.match(low, pos) is not None


def _negated(low: str, pos: int, polarity: int) -> int:
    """A cue's polarity after the words before it: flipped by a negation; negative after a
    contrast ("instead of", "rather than")."""
    before = low[max(0, pos - 40):pos]
    # "this is not how you speak to your close allies" (every match says "how" or "way": a
    # text without them before the cue is not searched)
    if (low.find("how", 0, pos) >= 0 or low.find("way", 0, pos) >= 0) and _REPROACH.search(low, 0, pos):
        return -abs(polarity)
    if not negates(before, low[pos:pos + 80]):
        return polarity
    if _CONTRAST_BEFORE.search(before) or _CEASE_BEFORE.search(before) or _REFUSAL_BEFORE.search(before):
        return -abs(polarity)
    if polarity < 0 and _disagreed(low, pos):
        return polarity  # "cannot agree with absurd statements": the words refused are the hostile ones
    if polarity < 0 and _defied(low, pos):
        return polarity  # "Russia will not divide us", "they cannot break us": defiance of the act, no praise
    if low.startswith(_CONCEALING, pos) and _INABILITY_BEFORE.search(before) or prohibited(low, pos):
        # "Riyadh could not cover up its mistake": the misdeed shows all the same; "urged Turkey
        # not to arm Kosovo": the act forbidden is blamed
        return -abs(polarity)
    return -polarity


#: The stop of an ellipsis that cuts words out of one sentence, the sentence going on in lower case:
#: "active there... have no legal basis" (read on the text as written, not folded).
_ELLIPSIS_IN_SENTENCE = re.compile(r"(?<=\.\.)\.\s+[a-z]")


@lru_cache(maxsize=16384)
def _clauses(text: str) -> list[tuple[int, int]]:
    cuts = [0]
    for m in _CLAUSE_BREAK.finditer(fold_same_length(text)):
        if m.group() == "." and _ELLIPSIS_IN_SENTENCE.match(text, m.start()):
            continue  # (not a clause's end: the words cut out leave one sentence)
        cuts.append(m.start())
        cuts.append(m.end())
    cuts.append(len(text))
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    return [(s, e) for s, e in spans if e > s]


#: A clause after a dash that opens with a noun phrase for an actor: an apposition ("— a NATO
#: member state …"; not "— a dangerous provocation", which sums up the act before it).
_DASH_APPOSITION = re.compile(r"\s*(?:an?|one\s+of\s+(?:the|its|our)|the)\s+(?:[\w'’-]+\s+){0,3}?(?:country|countries|"
                              r"state|states|member|members|ally|allies|partner|partners|leader|nation|government|"
                              r"neighbou?r|power|friend|democracy|republic|kingdom|people)(?![\w-])")


#: Between an act's word and its doer named after it, when none is named before: "blackmail from
#: (the Venezuelans)", "provocations by (Belgrade)".
_DOER_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?(?:from|by)\s+(?:the\s+)?")
#: Between an act's word and its object: "threaten (Turkey)", "interfere in (Kosovo)", "act
#: against (the Serbs)".
#: Between two objects of one act: "(Erdogan) and the brotherly people of (Turkey)", "(Kurti), and (Osmani)";
#: no verb of a second clause between them ("praised Erdogan and criticised Vučić").
_JOINED_OBJECT = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+(?:(?:the|its|his|her|their|our|all)\s+)?"
                            r"(?:(?:[a-z-]+\s+){0,2}(?:people|peoples|nation|citizens|government|leadership|"
                            r"authorities|institutions|army|soldiers)\s+of\s+(?:the\s+)?)?")
_OBJECT_GAP = re.compile(r"[\"”’']?\s+(?:(?:in|against|on|at|with|towards?|into)\s+)?(?:the\s+)?")
_VERB_AFTER_SUBJECT = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would|can|could|must|should|may|"
                                 r"might|did|does|do|says|said|\w+ed)\b")


def _described_by_apposition(text: str, low: str, cs: int, clause_mentions: list, mentions: list,
                             prev_cs: int = 0) -> list[str]:
    """"attacking Turkey — a NATO member state helping to preserve stability": a clause after a
    dash that opens with a noun phrase for an actor describes the actor named last before the
    dash; one for anything else ("— a dangerous provocation") sums up the clause before (from
    ``prev_cs``) and is about its subject, the first actor it names. The actors the phrase
    names only as modifiers of its noun ("a NATO member state") are not its subject. The actor
    described (in a list), or none."""
    if cs == 0 or low[max(0, cs - 3):cs].rstrip()[-1:] not in ("—", "–", "-"):
        return []
    am = _DASH_APPOSITION.match(low, cs) or _DASH_SUMMARY.match(low, cs)
    if am is None:
        return []
    if any(s > am.end() or not text[e:e + 2].startswith(" ") or not text[e + 1:e + 2].islower()
           or _VERB_AFTER_SUBJECT.match(low, e) for s, e, t in clause_mentions):
        return []  # ("— the EU is working …": a clause with its own subject)
    before = [t for s, e, t in mentions if e <= cs and s >= prev_cs]
    if am.re is _DASH_SUMMARY:  # "Turkey has sold drones to Kosovo — a dangerous provocation": the act's
        return before[:1]       # doer, the subject of the clause it sums up
    return before[-1:]


#: A noun phrase after a dash that sums up the clause before it ("— a dangerous provocation",
#: "— a story of profit and hypocrisy"): about that clause's subject.
_DASH_SUMMARY = re.compile(r"\s*(?:an?|the)\s")


#: What joins two conjuncts: "X and Y", "X, Y and Z", "X or Y", "X as well as Y", "X and the Y".
_CONJ = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|along with|together with)\s+)"
                   r"(?:(?:both|the|its|their)\s+)?$|\s*(?:/|&)\s*$")


#: Before an actor that receives an act rather than doing it: "(weapons) to Kurti's regime",
#: "(entry) into the Mexican embassy", "(a campaign) against Kosovo" (searched in the 40
#: characters before the mention, on folded lower-case text).
_PATIENT_WORDS = r"to|into|against|towards?|at|on|upon"
_PATIENT_TAIL = r"\s+(?:the\s+)?(?:(?!(?:in|at|from|of|near)\s)[\w'’-]+\s+){0,2}$"
_PATIENT_BEFORE_PLAIN = re.compile(r"(?<![\w-])(?:" + _PATIENT_WORDS + ")" + _PATIENT_TAIL)
#: The same, each alternative led by its first letter (``rhetoric.regexes``): ``re`` skips to them.
_PATIENT_BEFORE = re.compile(letter_branches(split_alternatives(_PATIENT_WORDS), _PATIENT_TAIL,
                                             not_after=r"[\w-]"))


#: Before the receiver of an act, for the choice of a target (``receives_act``): the words of
#: movement against something only, a little further back ("entry into the premises of the
#: Mexican embassy"). Not "to", "at" or "on", which in that choice also lead to an addressee ("a
#: message to Denmark"); ``_PATIENT_BEFORE`` with them decided which cue an actor receives.
#: Measured with ``_PATIENT_BEFORE`` instead: balkans target -1, disputes stance -1.
_RECEIVER_BEFORE = re.compile(r"(?<![\w-])(?:(?:into|against|upon|towards?)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}|"
                              # (the victim of a killing or a silencing: "the order to kill Khashoggi",
                              # "action to silence Mr. Khashoggi", "the murder of …")
                              r"(?:kill|murder|silence|assassinate|abduct|torture|execute)\s+(?:mr\.?\s+|ms\.?\s+|mrs\.?\s+)?|"
                              r"(?:killing|murder|assassination|abduction|torture|execution|silencing)\s+of\s+(?:mr\.?\s+|ms\.?\s+)?)$")


#: From an evaluative word to the complement of a noun of membership or partnership: "important
#: members of (NATO)", "crucial partners of the (United States)", "an important partner for
#: (Serbia)", "a good friend to (Hungary)": the verdict is on those who are members or partners,
#: not on the complement ("the hypocrisy of Serbia" is Serbia's, and stays).
_OF_COMPLEMENT = re.compile(r"(?:[\w'-]+\s+){0,2}?(?:members?|partners?|all(?:y|ies)|friends?|neighbou?rs?)"
                            r"[\"”’']?\s+(?:of|for|to)\s+(?:the\s+)?")  # (a “true friend” of: after its quote too)
#: The same with "for"/"to": the relation is toward the complement too ("Germany remains a
#: reliable partner for (Poland)": friendly to Poland as well as praise of Germany).
_FOR_COMPLEMENT = re.compile(r"(?:[\w'-]+\s+){0,2}?(?:partners?|all(?:y|ies)|friends?)[\"”’']?\s+(?:for|to)\s+(?:the\s+)?")


#: Between the subject of a copula and the verdict on it: "(Erdogan) is a great world (leader)",
#: "(Turkey) remains one of our most reliable (partners)".
_COPULA_BEFORE = re.compile(r"\s+(?:is|was|are|were|remains?|has\s+been|have\s+been)\s+"
                            r"(?:(?:a|an|the|one\s+of|our|their|his|her|its|truly|really|very|most|so)\s+)*"
                            r"(?:[\w'-]+\s+){0,3}(?:(?:and|or)\s+(?:[a-z-]+\s+){1,2})?")  # ("… and closest ally")


def receives_act(before: str) -> bool:
    """Do the (folded, lower-case) words ``before`` a mention make it the receiver of an act?"""
    # (the pattern is entered at every character: looked for only where one of its words is)
    return any(w in before for w in _RECEIVER_WORDS) and _RECEIVER_BEFORE.search(before) is not None


#: A word each branch of ``_RECEIVER_BEFORE`` needs.
_RECEIVER_WORDS = ("into", "against", "upon", "toward", "kill", "murder", "silenc", "assassin", "abduct",
                   "tortur", "execut")


def _patient(low: str, cs: int, s: int) -> bool:
    """Is the mention at ``s`` (clause from ``cs``) the receiver of an act (``_PATIENT_BEFORE``)?"""
    return _PATIENT_BEFORE.search(low, max(cs, s - 40), s) is not None


#: Between an object and the verdict on it: "(view) X as a potential …", "(described) X as …".
_AS_PREDICATE = re.compile(r"\s+as\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}")


def _coordinated(text: str, mentions: list[tuple[int, int, str]], who: list[str]) -> list[str]:
    """A cue that reaches one conjunct of a coordination reaches all of them ("working with
    Sweden and Norway", "Russia and China threaten …")."""
    if not who or len(mentions) < 2:
        return who
    out = list(who)
    for i, (_s, _e, t) in enumerate(mentions):
        if t not in who:
            continue
        j = i  # forward
        while j + 1 < len(mentions) and _CONJ.fullmatch(text[mentions[j][1]:mentions[j + 1][0]] + ""):
            j += 1
            if mentions[j][2] not in out:
                out.append(mentions[j][2])
        j = i  # backward
        while j > 0 and _CONJ.fullmatch(text[mentions[j - 1][1]:mentions[j][0]]):
            j -= 1
            if mentions[j][2] not in out:
                out.append(mentions[j][2])
    return out


def _harm_after(low: str, pos: int, mentions: list[tuple[int, int, str]], end: int) -> bool:
    """Is what a cue of support or praise at ``pos`` takes as its object a harm: a negative word
    of the polarity lexicon within the next five words, before any actor is named ("backed the
    illegal annexation", "supported the imposed colonial reality")?"""
    from rhetoric.extract.polarity import polar_words

    stop = min([end] + [s for s, e, t in mentions if s >= pos])
    words = _NEXT_WORDS.match(low, pos, stop)
    if words is None or _ENDING.search(words.group()):  # "supported an end to the occupation"
        return False
    return any(w < 0 for _s, _e, w in polar_words(words.group()))


#: Cues of support, whose object may be a harm: "supported", "backed", "endorsed", "welcomed".
_SUPPORT = re.compile(r"support|back|endors|welcom")
#: Up to five words after a cue (what it takes as its object).
_NEXT_WORDS = re.compile(r"(?:\W+[\w'-]+){1,5}")
#: Words that make a harm after them the thing ended: "an end to", "stopping", "against".
_ENDING = re.compile(r"\b(?:end|ending|ends|halt\w*|stop\w*|against|fight\w*|prevent\w*|curb\w*|counter\w*)\b")


#: An appeal to someone, followed by what they are asked to do: "call on X to", "urge X to",
#: "expect X to", "hope that X will", "hope X will", "ask that". What follows is the act asked
#: for, not an evaluation of X: "We call on Hungary to respect the agreement" is no praise.
#: The speaker's own wish is not an appeal ("wished to turn the page", "hope that we …").
_APPEAL_VERBS = (r"call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|expect(?:s|ed|ing)?|"
                 r"hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?|invit(?:e|es|ed|ing)|demand(?:s|ed|ing)?|"
                 r"request(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|implor(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to|"
                 # (but "insisted that Serbia was too small …" asserts: an appeal with a modal only)
                 r"want(?:s|ed)?|insist(?:s|ed|ing)?(?=\s+that\s+(?:[\w'’-]+[\s,]+){1,6}?(?:must|should|shall|be)\s)|"
                 # a requirement: "It is essential that any activity … be conducted in proper coordination"
                 r"(?:essential|necessary|imperative|vital|crucial)(?=\s+that\s)")
_APPEAL_REST = (r"\s+(?:that\s+(?!(?:we|i|our|my)\b)|(?!to\s)(?:[\w'’-]+[\s,]+){1,8}?"
                r"(?:to|will|would|shall|should|can|could)\s)")
_APPEAL_PLAIN = re.compile(r"\b(?:" + _APPEAL_VERBS + ")" + _APPEAL_REST)
_APPEAL = at_word_start(split_alternatives(_APPEAL_VERBS), _APPEAL_REST, not_after=r"[\w]")


#: A reservation that follows a clause: "…, but not one-sided", "…, but not blackmail".
_BUT_NOT = re.compile(r"\s*but\s+not\s+((?:[\w'-]+\s+){0,3}[\w'-]+)")


#: What a reservation rules out, besides the lexicon's negative words: "but not one-sided", "but
#: not at any price", "but not under pressure".
_RESERVATION = re.compile(r"\b(?:one-sided|unilateral\w*|any\s+price|any\s+cost|pressure|threats?|ultimatums?|"
                          r"blackmail|conditions?)\b")


def _reservation_after(low: str, end: int) -> bool:
    """Whether "but not" after a clause rules out something bad ("welcome, but not one-sided",
    "but not blackmail"): a negative word of the polarity lexicon or of ``_RESERVATION`` in its
    next four words. "But not the only one", "but not everything is settled" are no reproach."""
    from rhetoric.extract.polarity import polar_words

    m = _BUT_NOT.match(low, end)
    return m is not None and (_RESERVATION.search(m.group(1)) is not None
                              or any(w < 0 for _, _, w in polar_words(m.group(1))))


def appeal_before(low: str, cs: int, pos: int) -> bool:
    """Is ``pos`` in the part of its clause (from ``cs``) that says what an appeal asks for
    (``_APPEAL``)? Positive words there are the act asked for, not praise of the addressee. A
    noun is no appeal: "Demand for help was high", "the request of …" (a word that opens the
    clause, or one followed by "for" or "of")."""
    m = _APPEAL.search(low, cs, pos)
    if m is None:
        return False
    opens = not low[cs:m.start()].strip(" \"“'‘(")
    return not opens and not re.match(r"\s*(?:for|of)\b", low[m.start() + len(m.group(0).split()[0]):])


#: After a good word, the rest of its noun phrase and a verb of harm it is the subject of: "(support)
#: for North Korea harms", "(cooperation) with Moscow threatens", "(aid) undermines".
_HARMS_AFTER = re.compile(r"(?:\s+(?:for|of|to|with|from|between|by)\s+(?:(?!and\s|or\s|but\s)[\w'-]+\s+){0,3}?|\s+)"
                          r"(?:harms|harmed|threatens|threatened|endangers|endangered|undermines|undermined|damages|"
                          r"damaged|jeopardi[sz]es|jeopardi[sz]ed|violates|violated)(?![\w-])")
#: Between a condemnation and a good named in what it condemns: its object's words, no verb, no
#: clause, no preposition but "of" ("condemns (the signing of the comprehensive strategic) partnership",
#: "rejected (the so-called) peace plan"; not "condemned the attack and thanked …", "condemned the deal in
#: a statement of solidarity with …").
_CONDEMNED_THING = re.compile(r"\s+(?:the|a|an|its|their|this|that|these|those)\s+"
                              r"(?:(?!(?:and|or|but|while|then|to|in|with|at|on|by|from|for|as|after|before|during|"
                              r"over|about|through)\s)[a-z'-]+\s+){0,6}?")


#: A refusal's cue whose act after it is refused: "don't consider it appropriate to".
_REFUSED_ACT = re.compile(r"(?:consider|find|think|deem|see)\s+it\s+\w+\s+to$")
#: What a condemnation's object is when it is a harm done to someone, up to its victim: " of the umpteenth
#: verbal attack against ", " the insults against ", " any threats to " (no doer named before the harm).
_ATTACK_ON = re.compile(r"\s+(?:of\s+)?(?:(?:the|a|an|this|these|those|any|all|such)\s+)?(?:[a-z-]+\s+){0,3}?"
                        r"(?:attacks?|insults?|threats?|aggression|assaults?|smears?|slurs?|abuse|harassment|"
                        r"intimidation|violence|provocations?)\s+(?:on|against|upon|targeting|towards?|to)\s")


def stance_toward(
    text: str,
    targets: dict[str, list[tuple[int, int]]],
    primary: str | None = None,
    names: list[tuple[int, int]] = (),
    own: frozenset[str] = frozenset(),
    camp: frozenset[str] = frozenset(),
) -> dict[str, int]:
    """Stance (−2 … +2) toward each target of a statement.

    ``text`` is the statement (quote with its attribution, or the reported clause);
    ``targets`` maps each target id to the offsets of its mentions in ``text`` (pronouns
    already resolved by the caller may be included); ``primary`` is the target the reporting
    verb addresses ("accused X", "called X", "said of X"), which receives cues that have no
    target of their own in their clause. A cue of an act ("interference", "violation") or a
    verdict goes to the doer, not to the actor the act is done to ("the decision of the Turkish
    authorities to deliver weapons to Kurti's regime represents malign interference": Turkey);
    the receiver gets the cue one step milder, as the codebook codes it (Kosovo −1). A word of
    relation inside one of the ``names`` (spans of actors' names: "the alliance" for NATO) is a
    word of a name, not an evaluation; a label inside a name ("Khalistani terrorists") is the
    speaker's own word, and counts. An act whose doer is one of ``own`` (the speaker's side) is
    the speaker's conduct toward the actor after it: the stance toward that actor. ``camp`` (the
    actors of the speaker's state) are asked as friends: no demand to comply counts against them.
    """
    score = {t: 0 for t in targets}
    if not targets:
        return score
    low = fold_same_length(text.lower())
    mentions = sorted((s, e, t) for t, spans in targets.items() for s, e in spans)
    prev_cs = 0
    for cs, ce in _clauses(text):
        hits = find_cues(text[cs:ce])
        if not hits:
            prev_cs = cs
            continue  # a clause without a cue gives no stance: what follows is for its cues
        # "Dialogue is always welcome, but not one-sided": praise with a reservation after it
        # is a reproach (the other side is what the reservation rules out)
        reserved = _reservation_after(low, ce)
        clause_mentions = [(s, e, t) for s, e, t in mentions if cs <= s < ce]
        described = _described_by_apposition(text, low, cs, clause_mentions, mentions, prev_cs)
        # "X should …, instead of constantly attacking …": the clause after the contrast is X's act
        after_contrast = _CONTRAST_BREAK.search(low, max(0, cs - 16), cs) is not None
        contrasted = [m for m in mentions if prev_cs <= m[0] < cs] if after_contrast else []
        prev_cs = cs
        if described:
            clause_mentions = []
        patients = {(s, t) for s, e, t in clause_mentions if _patient(low, cs, s)}
        doers = [m for m in clause_mentions if (m[0], m[2]) not in patients] or clause_mentions
        # "That trust has been betrayed": the good named as what a harm was done to is no praise
        # (the good right before the passive: its subject)
        harmed = {at for h in hits if h.polarity < 0 and (at := _passive_before(low, cs, h.start + cs)) is not None}
        # "condemns the signing of the strategic partnership agreement between …": a good named in the
        # object of a condemnation is what is condemned, no praise (no verb between: ``_CONDEMNED_THING``)
        condemned = [h.end + cs for h in hits if h.polarity < 0 and h.scope == "object"]
        # ("We don't consider it appropriate to hold talks with Bamako": the good act refused is no praise)
        refused = [h.end + cs for h in hits if h.polarity < 0 and _REFUSED_ACT.search(h.text)]
        for hit in hits:
            hs, he = hit.start + cs, hit.end + cs
            if refused and hit.polarity > 0 and any(r <= hs for r in refused):
                continue
            if harmed and hit.polarity > 0 and any(low[he:a].isspace() for a in harmed):
                continue
            if condemned and hit.polarity > 0 and any(c <= hs and _CONDEMNED_THING.fullmatch(low, c, hs) for c in condemned):
                continue
            if hit.polarity > 0 and _HARMS_AFTER.match(low, he):
                continue  # ("Russia's military support for North Korea harms …": the good is what harms, no praise)
            if hit.polarity < 0 and hit.scope == "object" and _ATTACK_ON.match(low, he) is not None:
                continue  # ("condemnation of the umpteenth verbal attack against the President": the one attacked is
                # no one condemned; the attacker, unnamed here, is (but "condemn Russia's attack on …" names it)
            failed_by = None
            if after_contrast and hit.start <= 24 and not low[cs:hs].strip(" ,").count(" ") > 2 and \
                    (hit.polarity > 0 or _CONTRAST_BEFORE.search(low, max(0, hs - 40), hs)):  # (or flipped already)
                # "instead of cooperating closely with NATO, Vučić is …": the good act the clause after
                # the contrast opens with is what the target does not do (``_negated``'s contrast):
                # the one who fails to do it is blamed, the one it would be done with is not (the
                # doer before the contrast, else the subject after the comma that ends the act)
                hit = CueHit(hit.start, hit.end, hit.text, -abs(hit.polarity), hit.scope)
                failed_by = [t for s, e, t in contrasted[:1]] or \
                    [t for s, e, t in clause_mentions if s > he and _AFTER_COMMA.search(low, he, s)][:1]
            if hit.scope == "object" and hit.polarity > 0 and _SUPPORT.match(low, hs) and \
                    _harm_after(low, he, clause_mentions, ce):
                # "supported the imposed colonial reality": backing a harm is the backer's fault
                hit = CueHit(hit.start, hit.end, hit.text, -hit.polarity, "agent")
            if names and _RELATION.match(hit.text.lower()) and any(s <= hs and he <= e for s, e in names):
                continue
            if hit.polarity > 0 and _RELATION.match(hit.text.lower()) and _blamed_relation(low, hs):
                hit = CueHit(hit.start, hit.end, hit.text, -1, hit.scope)  # "an unreliable partner", "a bad ally"
            if hit.polarity > 0 and appeal_before(low, cs, hs):
                continue  # "we call on X to respect …": the act asked for
            if hit.polarity < 0 and _COMPLY_ASKED.search(hit.text.lower()) and \
                    not any(t not in own and t not in camp and s < he for s, e, t in clause_mentions if hs <= s):
                continue  # (a demand to comply counts only against an actor asked: not "urged the judges to respect …")
            if hit.polarity > 0 and (low.find("wh", max(cs, hs - 48), hs) >= 0 and _DISTANCED.search(low, max(cs, hs - 48), hs)
                                     or _SO_CALLED.search(low, max(cs, hs - 12), hs)
                                     or low.find(" as ", he, he + 60) >= 0 and _DISTANCED_AFTER.match(low, he)):
                continue  # "what some describe as a “golden age”": others' praise, held at a distance
            if hit.polarity > 0 and reserved:
                hit = CueHit(hit.start, hit.end, hit.text, -1, hit.scope)
            inside = [t for s, e, t in clause_mentions if s <= hs < e or s < he <= e or hs <= s and e <= he]
            before = [t for s, e, t in clause_mentions if e <= hs]
            if inside:
                who = inside[-1:]
            elif hit.scope == "agent":  # the doer before the cue, not the one the act is done to
                # (its doer named right after it, "blackmail from the Venezuelans", "provocations by
                # Belgrade", first: not the subject that refuses it, "Poland is not susceptible to …")
                who = [t for s, e, t in clause_mentions if s >= he and _DOER_AFTER.fullmatch(low, he, s)][:1] or \
                    ([t for s, e, t in doers if e <= hs] or before)[-1:] or [t for s, e, t in contrasted[:1]]
                if who and (who[0] in own or who[0] in camp) and _MODAL_OPENING.match(hit.text):
                    continue  # ("Poland must protect its own borders first": a duty of one's own side, a plan)
                if who and who[0] in own:  # the speaker's side does it: toward whom is the stance
                    # ("Serbia was too small to threaten Turkey": de-escalation toward Turkey), the
                    # object right after the act's word, not any actor later in the clause
                    who = [t for s, e, t in clause_mentions if t not in own and
                           _OBJECT_GAP.fullmatch(low, he, s)][:1] or who
            elif hit.scope == "object":  # the target right after the cue, else the doer before
                # (not past an object owned by one no target names: "shocked by the court's disregard for
                # decades of Kenyan administration" is about the court, not Kenya; "the Kremlin's" is a target)
                owned = _UNNAMED_OWNER.match(low, he)
                near_after = [(s, e, t) for s, e, t in clause_mentions if he <= s <= he + 40] \
                    if owned is None or any(he <= s < owned.end() for s, e, t in clause_mentions) else []
                who = [t for s, e, t in near_after[:1]] or before[-1:]
                last_end = near_after[0][1] if near_after else -1
                for s, e, t in clause_mentions:
                    # (and those joined to it: "Thank you, President Erdogan and the brotherly people of Turkey")
                    if s >= last_end >= 0:
                        if not _JOINED_OBJECT.fullmatch(low, last_end, s):
                            break
                        who += [t] if t not in who else []
                        last_end = e
            elif (stimulus := _stimulus(low, hit, hs, he, clause_mentions)) is not None:
                # a feeling and what caused it: "Mauritius is extremely disappointed with the stance
                # taken by the UK", "we are dismayed by Budapest": toward the cause, not who feels it
                who = [stimulus]
            else:  # any: the doer nearest to the cue in the clause, not the complement of its noun
                heads = [m for m in doers if not (m[0] >= he and _OF_COMPLEMENT.fullmatch(low, hs, m[0]))]
                subject = [t for s, e, t in heads if e <= hs and _COPULA_BEFORE.fullmatch(low, e, hs)]
                near = sorted(((hs - e if e <= hs else s - he), t) for s, e, t in (heads or doers))
                who = subject[-1:] or ([near[0][1]] if near else [])
                if who and who[0] in own and hit.polarity < 0 and not subject:
                    # a verdict next to the speaker's own side is about the other one in the clause
                    # ("It is unacceptable for France to be a playing field for Algerian services")
                    who = [t for _, t in near if t not in own][:1] or who
                if hit.polarity > 0:  # (a partner's praise is friendly to the other; "a bad partner for X" is not hostile to X)
                    who += [t for s, e, t in doers if s >= he and t not in who and _FOR_COMPLEMENT.fullmatch(low, hs, s)]
            if described:
                who = described
            if failed_by:
                who = failed_by
            if not who and primary in score and not (hit.scope == "agent" and _RESPECT_END.search(hit.text.lower()) and
                                                     any(t == primary and s >= he for s, e, t in clause_mentions)):
                # (not the one to be respected, named after an obligation to respect with no one
                # obliged named before it: "Every neighbour should respect the decisions of Niger")
                who = [primary]
            elif not who and primary is None and not clause_mentions and hit.polarity < 0 and hit.scope == "agent" \
                    and _passive_before(low, cs, hs) is not None and \
                    len(others := [t for t in targets if t not in own]) == 1:
                # a harm in the passive with no doer named ("This trust has been betrayed"): done
                # by the only other actor the statement names
                who = others
            if hit.scope != "agent":  # "view X as a potential spy outpost": the verdict is X's
                who = who + [t for s, e, t in clause_mentions
                             if e <= hs and t not in who and _AS_PREDICATE.fullmatch(text[e:hs])]
            if not failed_by:  # ("with Poland, Orbán is": a clause's subject after a comma, no list)
                who = _coordinated(text, mentions, who)
            for t in who:
                score[t] += hit.polarity
            if who and not inside and hit.scope != "object":
                # the codebook: an act done to a target is one step milder for it than for the doer
                milder = hit.polarity - (hit.polarity > 0) + (hit.polarity < 0)
                for t in dict.fromkeys(t for s, t in sorted(patients)
                                       if t not in who and (hit.scope == "any" or s < hs)):
                    score[t] += milder
    return {t: max(-2, min(2, v)) for t, v in score.items()}


#: A cue that ends in an obligation to respect: what follows it is what is to be respected.
_RESPECT_END = re.compile(r"respect$")
#: Participles of a feeling about someone's act, whose cause may follow: "disappointed with",
#: "appalled by", "dismayed at", "outraged over".
_FEELINGS = frozenset("""disappointed dismayed appalled angered outraged saddened frustrated offended irritated
annoyed disgusted infuriated incensed alarmed shocked stunned""".split())
#: After such a participle, the preposition before its cause.
_STIMULUS_AFTER = re.compile(r"\s+(?:with|by|at|over)\s")
#: Between the preposition and the cause's name: no negation ("by the French position, not by
#: Armenia") and no new clause (", which he blamed on Ankara").
_NOT_THE_CAUSE = re.compile(r"(?:\bnot\b|n't\b|,\s*(?:which|who|that|and|but)\b)")
#: A name used as a modifier of the noun after it, after an article ("the Cyprus talks"): the
#: cause is that noun (not "the line Warsaw took").
_ARTICLE_BEFORE = re.compile(r"(?:the|a|an)\s+$")
_MODIFIER_AFTER = re.compile(r"\s+(?!(?:and|or|to|for|in|on|over|with|by|at|of|which|that|who|is|are|was|were|has|have|had|"
                             r"will|would|not)\b)[a-z]")


def _stimulus(low: str, hit, hs: int, he: int, clause_mentions: list) -> str | None:
    """The target that caused a feeling an ``any`` cue names (``_FEELINGS``): the first target of
    the clause within 40 characters after the participle and its preposition ("disappointed with
    the stance taken by the UK"), when nothing negates it or opens a clause between them and it
    is not a modifier ("the Cyprus talks"); else None."""
    if hit.scope != "any" or low[hs:he] not in _FEELINGS or (m := _STIMULUS_AFTER.match(low, he)) is None:
        return None
    first = next(((s, e, t) for s, e, t in clause_mentions if m.end() <= s <= he + 40), None)
    if first is None or _NOT_THE_CAUSE.search(low, m.end(), first[0]) or \
            _ARTICLE_BEFORE.search(low, m.end(), first[0]) and _MODIFIER_AFTER.match(low, first[1]):
        return None
    return first[2]


#: An object owned by one named only by a common noun, right after a cue: "(shocked by) the court's",
#: "(condemned) the regime's".
_UNNAMED_OWNER = re.compile(r"\s*(?:by|at|over|with|of)?\s*(?:the|a|an|this|that)\s+[a-z][a-z-]*['’]s\s")
#: A comma right before a point, the words after it a new clause's subject: "…, he is".
_AFTER_COMMA = re.compile(r",\s*[\"“‘']?\s*$")
#: The words of a passive before a cue: "has been (betrayed)", "was (violated)", "is being (undermined)".
_PASSIVE_WORDS = frozenset({"been", "is", "are", "was", "were", "being"})


def _passive_before(low: str, lo: int, pos: int) -> int | None:
    """Where the passive right before ``pos`` begins ("has been", "was", "is being", an adverb
    between: "was brutally"), not before ``lo``; None when the cue at ``pos`` is no passive
    participle. (String steps: no pattern scans the text.)"""
    words = low[max(lo, pos - 24):pos].split()
    if words and words[-1].endswith("ly"):
        words.pop()
    if not words or words[-1] not in _PASSIVE_WORDS or low[pos - 1:pos] != " ":
        return None
    at = low.rfind(words[-1], lo, pos)
    if words[-1] in ("been", "being") and len(words) > 1 and words[-2] in ("has", "have", "had", "is", "are", "was", "were"):
        at = low.rfind(words[-2], lo, at)
    return at if at >= lo and (at == 0 or not low[at - 1].isalnum()) else None


def _blamed_relation(low: str, pos: int) -> bool:
    """Whether the word right before a relation noun at ``pos`` reproaches the relation ("an
    unreliable partner", "a bad ally", "a false friend", ``_RELATION_REPROACH``), not the plight
    of the partner ("a threatened ally", "a frightened partner")."""
    m = _WORD_BEFORE.search(low, max(0, pos - 30), pos)
    return m is not None and m.group(1) in _RELATION_REPROACH


_WORD_BEFORE = re.compile(r"([a-z][a-z'-]*)\s+$")
#: What makes a partner, an ally or a friend a reproach.
_RELATION_REPROACH = frozenset("unreliable untrustworthy bad false fickle disloyal treacherous poor lousy terrible "
                               "awful dubious faithless duplicitous unfaithful fair-weather so-called "
                               "hostile unfriendly difficult problematic".split())


#: What may stand before the first word of a sentence, a quote or a clause after a colon.
_OPENERS = frozenset(".!?:;\"“‘'(—–")


def _in_name(text: str, pos: int) -> bool:
    """Is the word at ``pos`` part of a name: capitalised where a sentence does not begin
    ("the United States", "Justice and Development Party", "Great Britain")? A name is
    not an evaluation, whatever its words mean."""
    if not text[pos].isupper():
        return False
    before = text[:pos].rstrip()
    return bool(before) and before[-1] not in _OPENERS


#: Ending a conflict that is no one's own ("ending hostilities", "an end to the fighting"), whose
#: bad word then counts as good; not "to end its aggression", nor a demand ("X must end the war").
_ENDING_CONFLICT_BEFORE = re.compile(r"(?<![\w-])(?:ending|an\s+end\s+to)\s+(?:the\s+|all\s+|this\s+)?(?:[a-z-]+\s+)?$")
#: An end of a conflict denied or lost: "killing any hope of an end to …", "the opposite of ending …".
_ENDING_DENIED = re.compile(r"(?<![\w-])(?:hopes?\s+of|opposite\s+of|instead\s+of|rather\s+than|prevent\w*|block\w*|"
                            r"obstruct\w*|sabotag\w*|undermin\w*|never|not|no|\w+n['’]t)\s+(?:\w+\s+){0,3}?"
                            r"(?:ending|an\s+end\s+to)")
_CONFLICT = re.compile(r"(?:hostilities|fighting|conflict|war|violence|tensions?|dispute|crisis|stand-?off|bloodshed)(?![\w-])")


def lexicon_stance(text: str, spans: list[tuple[int, int]], broad: bool = True) -> int:
    """The stance toward a target that no cue reaches, from the broad polarity lexicon
    (``rhetoric.extract.polarity``): the polar words of the clauses that name the target
    (``spans``, offsets in ``text``), each flipped by a negation before it and counted for the
    target when it is the one named nearest in its clause; when the text does not name the
    target (a target known from the context), every polar word of the text; never the words
    of a name or of the target's own mention ("intelligence services"). The sign of the
    sum of the words' weights (``polarity`` module doc) is the stance. A question counts as a
    negative word: in a statement it is a challenge. −1, 0 or +1."""
    from rhetoric.extract.polarity import polar_words

    low = fold_same_length(text)
    total = 0.0
    for cs, ce in _clauses(text):
        inside = [(s, e) for s, e in spans if cs <= s < ce]
        if spans and not inside:
            continue
        for s, e, weight in polar_words(low[cs:ce], broad):
            s, e = s + cs, e + cs
            if _in_name(text, s) or any(a <= s < b for a, b in spans):
                continue  # a name, or the words that name the target ("Algerian intelligence")
            if any(h.start + cs < e and s < h.end + cs for h in find_cues(text[cs:ce])):
                continue
            if weight > 0 and (appeal_before(low, cs, s) or _APPEAL_PLAIN.match(low, s) or third_persons_praise(low, s)):
                continue  # "we hope that X will maintain respect …": the act asked for ("vital that …": the asking);
                # "the drones they praise so much": their praise, not the speaker's
            if weight < 0 and _ENDING_CONFLICT_BEFORE.search(low, max(0, s - 30), s) and _CONFLICT.match(low, s) and \
                    not negates(low[max(0, s - 40):s]) and not _ENDING_DENIED.search(low, max(0, s - 60), s):
                weight = abs(weight)  # ("a promising path to ending hostilities": the end of a conflict is good)
            elif prohibited(low, s):
                weight = -abs(weight)
            elif negates(low[max(0, s - 40):s], low[s:s + 80]):
                # (what one refuses to tolerate stays bad: "does not tolerate this ruthless action")
                # (and an act defied stays bad: "Russia will not divide us")
                weight = -abs(weight) if _REFUSAL_BEFORE.search(low, max(0, s - 40), s) or \
                    weight < 0 and (_defied(low, s) or _disagreed(low, s)) else -weight
            total += weight
        question = text[cs:ce].rstrip(" ”\"’'").endswith("?") or text[ce:ce + 1] == "?"
        if question and (not spans or inside):
            total -= 1  # a question in a statement is a challenge: "By what right does X …?"
    return (total > 0) - (total < 0)


# --- baseline: sentence sentiment ------------------------------------------------------------

@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def vader_compound(text: str) -> float:
    return _vader().polarity_scores(text)["compound"]


def compound_to_stance(compound: float) -> int:
    """VADER compound (−1 … 1) to −2 … +2: ±0.05 is neutral, beyond ±0.5 is strong."""
    if compound >= 0.5:
        return 2
    if compound >= 0.05:
        return 1
    if compound <= -0.5:
        return -2
    if compound <= -0.05:
        return -1
    return 0


def vader_stance(text: str) -> int:
    """The baseline: VADER sentiment of the whole text as a stance, the same for every target."""
    return compound_to_stance(vader_compound(text))


# --- CAMEO event types -----------------------------------------------------------------------

#: Used only when src/rhetoric/data/cameo.csv is missing; the file is the reference.
@lru_cache(maxsize=1)
def cameo_table() -> dict[str, dict]:
    """CAMEO code (as written in the codebook's table) → {name, plover, goldstein}.

    Read with the csv module: the same values as ``rhetoric.annotations.load_cameo_table`` (a
    test compares them), without importing pandas and pandera into the extraction."""
    import csv

    from rhetoric.paths import CAMEO_PATH

    with open(CAMEO_PATH, encoding="utf-8", newline="") as fh:
        return {r["cameo"]: {"name": r["name"], "plover": r["plover"], "goldstein": float(r["goldstein"])}
                for r in csv.DictReader(fh)}


#: Reporting verb (stem) → CAMEO code, for verbs that name the event themselves.
VERB_CAMEO: list[tuple[re.Pattern, str]] = [
    (re.compile(r"^accus"), "112"),
    (re.compile(r"^(?:charg|alleg|blam)"), "112"),
    (re.compile(r"^(?:condemn|criticiz|criticis|denounc|slam|blast|lambast|decr)"), "111"),
    (re.compile(r"^(?:prais|hail|commend|thank|applaud|congratulat)"), "051"),
    (re.compile(r"^(?:urg|appeal|ask|beg|call(?:ed|ing|s)? (?:on|for))"), "020"),
    (re.compile(r"^(?:demand)"), "100"),
    (re.compile(r"^(?:threat)"), "130"),
    (re.compile(r"^(?:reject|den[yi]|refus|dismiss)"), "120"),
]

_INTENT_TO_MEET_PLAIN = re.compile(
    r"\b(?:would|will|to|plans? to|intends? to|wants? to)\s+(?:\w+\s+){0,2}"
    r"(?:speak|talk|meet|negotiate|hold talks|call)\b|\bdirect talks\b|\bseek talks\b", re.I)
_ACCUSE_CONTENT_PLAIN = re.compile(r"violat|breach|accus|guilty|responsib|illegal|crime", re.I)
#: The same two, led by their first letters (case variants spelt out): ``re`` skips to them.
_INTENT_TO_MEET = at_word_start(split_alternatives(_INTENT_TO_MEET_PLAIN.pattern), ignorecase=True,
                                not_after=r"[\w]")
_ACCUSE_CONTENT = letter_led_alternation(split_alternatives(_ACCUSE_CONTENT_PLAIN.pattern), ignorecase=True)


def event_code(verb: str, text: str, stance: int) -> str:
    """CAMEO code of a statement toward one target: the reporting verb if it names the event
    (accuse, condemn, praise, urge …), else its content: an intent to talk or meet (036), an
    accusation of wrongdoing (112), criticism (111), praise (051), else a statement (010)."""
    v = (verb or "").lower()
    for rx, code in VERB_CAMEO:
        if rx.search(v):
            if code in ("111", "112", "120", "130") and stance > 0:
                break  # "condemned X, praising Y": the verb addresses someone else
            if code == "051" and stance < 0:
                break
            return code
    if stance > 0 and _INTENT_TO_MEET.search(text):
        return "036"
    if stance >= 2:
        return "051"
    if stance > 0:
        return "051"
    if stance < 0:
        return "112" if _ACCUSE_CONTENT.search(text) else "111"
    if _INTENT_TO_MEET.search(text):
        return "036"
    return "010"


def cameo_info(code: str) -> dict:
    return cameo_table().get(code, {"name": "", "plover": "", "goldstein": None})
