"""The words and patterns of attribution in English news text: reporting verbs and their
lemmas, speech nouns, roles and titles, personal names, pronouns, and the clause markers the
attribution rules look for (``rhetoric.extract.attribution``, ``rhetoric.extract.reported``).

The fast spellings below each keep their plain definition (``…_PLAIN``) beside them, and
tests/test_regexes.py checks that the two match alike: each alternative begins with a literal
character, so that ``re`` skips in C to the characters that can begin a match.
"""

from __future__ import annotations

import re

from rhetoric.corpus import AUTHOR_FIELD_LABEL
from rhetoric.regexes import WHITESPACE, at_word_start, letter_branches, letter_led_alternation, split_alternatives

MASK = "¤"  # stands in for quoted text when looking for attributions (same length)

# --- vocabulary ------------------------------------------------------------------------------

#: What "call" convenes, not says: "called an extraordinary press conference", "called early elections".
_CONVENED = (r"\s+(?:an?|snap|early|fresh|new|emergency)\s+(?:[\w-]+\s+){0,2}?(?:press\s+conference|"
             r"news\s+conference|meeting|summit|elections?|referendum|vote|session|strike|ceasefire|truce|halt)\b"
             r"(?!\s+(?:an?|the|[\w-]+ly)\s|\s*[“\"])")  # not "called the strike a violation", "a vote “a farce”"
#: Common irregular past tenses (an alternation, lower case): with "-ed", what tells a clause's
#: verb is in the past (``attribution``'s attribution lines, ``date_patterns.FUTURE_AFTER_OPENING``).
COMMON_PAST = ("said|says|told|went|met|left|took|gave|made|saw|came|won|lost|kept|held|sent|stood|ran|spoke|wrote|"
               "began|brought|thought|felt|found|got|heard|knew|led|paid|put|set")

REPORTING_VERBS = {
    # lemma: forms
    "say": "said|says|say|saying",
    "state": "stated|stating|states(?= that)",
    # (not "add to" a thing, which increases it: "was adding to “the striking power of our army”", "added to the
    # tensions"; the quotation may lie past the end of the window searched, ``\Z``; but "added to reporters",
    # "added to his morning statement" speak)
    "add": r"(?:added|adds|adding)(?!\s+to\s+(?:[“\"‘]|\Z|tensions?\b|fears?\b|(?:the|a|an|its|his|her|their|our|this|that|these|those)\s+"
           r"(?:[a-z-]+\s+){0,2}?(?:tensions?|fears?|pressure|power|strength|capabilit\w*|numbers?|costs?|burden|problems?|"
           r"confusion|uncertainty|arsenal|fleet|forces?|stocks?|list|pile|toll|risks?|danger)\b))",
    "write": "wrote|writes|writing|written",
    # (an old style's emphatic "did": "did write upon the platform called X:", "did further say", "did declare that";
    # not "did not say", which tells of no words; each its own lemma, keys of more than a word)
    "did say": r"did(?:\s+(?:further|also|then|likewise|solemnly))?\s+(?:say|write|tell|add|state|reply|make\s+answer)(?![\w-])",
    "did declare": r"did(?:\s+(?:further|also|then|likewise|solemnly))?\s+(?:declare|proclaim|announce)(?![\w-])",
    "did warn": r"did(?:\s+(?:further|also|then|likewise|solemnly))?\s+warn(?![\w-])",
    "did praise": r"did(?:\s+(?:further|also|then|likewise|solemnly))?\s+praise(?![\w-])",
    "did condemn": r"did(?:\s+(?:further|also|then|likewise|solemnly))?\s+(?:condemn|accuse)(?![\w-])",
    # (one who publishes words that follow: "published on the social network X the following:", "published on X:";
    # not "published a report on Monday: …")
    # (a key of more than a word: no "went on to publish" is added, ``_GOES_ON_TO``)
    "publish words": r"(?:published|publishes)(?=(?:\s+(?:on|in)\s+[^.\n:“\"]{1,40}?)?(?:\s+the\s+following\b|\s*:))",
    "emphasize": "emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing",
    "note": "noted|notes|noting|note",
    "declare": "declared|declares|declaring",
    "charge": r"charged|charging|charges(?= (?:[A-Z]\w*|him|her|them|the \w+) (?:[\w'’-]+ ){0,3}?with\b)",  # ("charges Macron with using …": not "the charges")
    "announce": "announced|announces|announcing",
    "tell": "told|tells|telling",
    "claim": "claimed|claims|claiming|claim",
    "argue": "argued|argues|arguing|argue",
    "insist": "(?:insisted|insists|insisting)(?! on)",
    "warn": "warned|warns|warning",
    "stress": "stressed|stresses|stressing",
    "assert": "asserted|asserts|asserting",
    "explain": "explained|explains|explaining",
    "accuse": "accused|accuses|accusing|accuse",
    # (not "called an extraordinary press conference", "called early elections": convened)
    "call": r"called(?!" + _CONVENED + r")|calls(?!" + _CONVENED + r")|calling(?!" + _CONVENED + r")",
    "urge": "urged|urges|urging|urge",
    "condemn": "condemned|condemns|condemning|condemn",
    "criticize": "critici[sz]ed|critici[sz]es|critici[sz]ing|critici[sz]e",
    "praise": "praised|praises|praising",
    "describe": "described|describes|describing",
    "characterize": "characteri[sz]ed|characteri[sz]es|characteri[sz]ing",
    "denounce": "denounced|denounces|denouncing|denounce",
    "reject": "rejected|rejects|rejecting",
    "deny": "denied|denies|denying",
    "demand": "demanded|demands|demanding",
    "vow": "vowed|vows|vowing",
    "pledge": "pledged|pledges|pledging",
    "promise": "promised|promises|promising",
    "threaten": "threatened|threatens|threatening",
    "tweet": "tweeted|tweets|tweeting",
    "reply": "replied|replies|replying",
    "respond": "responded|responds|responding",
    "answer": "answered|answers(?= [A-Z]| in| with| that| by| on)",
    "remark": "remarked",
    "acknowledge": "acknowledged|acknowledges|acknowledging",
    "admit": "admitted|admits|admitting",
    "confirm": "confirmed|confirms|confirming",
    "hail": "hailed|hails|hailing",
    "reiterate": "reiterated|reiterates|reiterating",
    "allege": "alleged|alleges|alleging",
    "counter": "countered|counters",
    "maintain": "(?:maintained|maintains|maintaining)(?= that)",
    "blame": "blamed|blames|blaming",
    "slam": "slammed|slams|slamming",
    "protest": "protested|protesting|(?<=to )protest",
    "object": "objected|objects(?= to)|objecting(?= to)",
    "complain": "complained|complains|complaining",
    "appeal": "appealed|appealing",
    "ask": "asked|asks|asking",
    "beg": "begged|begs|begging",
    "thank": "thanked|thanking",
    "report": "reported",
    "frame": "framed|frames|framing",
    "dismiss": "dismissed|dismisses|dismissing",
    "predict": "predicted|predicts",
    "caution": "cautioned|cautions",
    "observe": "observed|observes",
    "suggest": "suggested|suggests|suggesting",
    "view": "views|viewed|view",
    "see": "saw|sees|seeing",  # "saw the delivery as a test of …" (only with "as": NOT_SPEECH_AFTER)
    "regard": "regards|regarded|regarding",
    "reaffirm": "reaffirmed|reaffirms|reaffirming",
    "indicate": "indicated|indicates|indicating",
    "highlight": "highlighted|highlights|highlighting",
    "defend": "defended|defends|defending",
    "lash out": "lashed out|lashes out|lashing out",
    # more verbs of attribution in wire, feature and opinion writing
    "credit": "credited|credits|crediting",
    # (not a source cited: "Xinhua, citing a senior NATO official" tells whose words follow, not a statement)
    # (nor a reason given: "closed its airspace, citing security concerns")
    "cite": "(?:cited|cites|citing)(?! (?:an?|one|two|three|several|unnamed|anonymous|senior|sources?)(?![\\w-]))"
            "(?! (?!the |his |her |their |its |our )[a-z])",
    "speak": "spoke (?:of|about)|speaks (?:of|about)|speaking (?:of|about)",
    "recall": "recalled|recalls|recalling",
    # (someone reminded, by name, pronoun or role: not "the veto reminded many in Brussels")
    "remind": r"(?:reminded|reminds|reminding)(?= (?:[A-Z]|that |him |her |them |us |the \w+ that|(?:readers|reporters|journalists|viewers|listeners|lawmakers|delegates|diplomats)\b))",
    "lament": "lamented|laments|lamenting",
    "mock": "mocked|mocks|mocking",
    # (verbal abuse and flattery: "Milei insulted Lula during the campaign")
    "insult": "insulted|insults|insulting",
    "taunt": "taunted|taunts|taunting",
    "berate": "berated|berates|berating",
    "disparage": "disparaged|disparages|disparaging",
    "belittle": "belittled|belittles|belittling",
    "flatter": "flattered|flatters|flattering",
    "ridicule": "ridiculed|ridicules|ridiculing",
    "blast": "blasted|blasts|blasting",
    "hit out": "hit out|hits out|hitting out",
    "hit back": "hit back|hits back|hitting back|fired back|fires back|firing back|shot back|shoots back",
    "rebuke": "rebuked|rebukes|rebuking",
    "chide": "chided|chides|chiding",
    "scold": "scolded|scolds|scolding",
    "lambast": "lambasted|lambastes|lambasting",
    "decry": "decried|decries|decrying",
    "deplore": "deplored|deplores|deploring",
    "regret": "regretted|regrets",
    "apologize": "apologi[sz]ed|apologi[sz]es|apologi[sz]ing",
    "concede": "conceded|concedes|conceding",
    "conclude": "concluded|concludes",
    "contend": "contended|contends|contending",
    "proclaim": "proclaimed|proclaims|proclaiming",
    "assure": "assured|assures|assuring",
    "reassure": "reassured|reassures|reassuring",
    "swear": "swore|swears",
    "plead": "pleaded|pleads|pleading",
    "recommend": "recommended|recommends",
    "advise": "advised(?! by)|advises|advising",
    "propose": "proposed|proposes|proposing",
    "refute": "refuted|refutes|refuting",
    "rebut": "rebutted|rebuts",
    "downplay": "downplayed|downplays|downplaying|played down|plays down|playing down",
    "brush off": "brushed off|brushes off|brushing off|brushed aside|brushes aside|shrugged off|shrugs off",
    "justify": "justified|justifies|justifying",
    "clarify": "clarified|clarifies",
    "point out": "pointed out|points out|pointing out",
    "underline": "underlined|underlines|underlining",
    "underscore": "underscored|underscores|underscoring",
    "comment": "commented|comments(?= on| that)",
    "retort": "retorted|retorts",
    "boast": "boasted|boasts|boasting",
    "quip": "quipped|quips",
    "joke": "joked|jokes",
    "congratulate": "congratulated|congratulates|congratulating",
    "applaud": "applauded|applauds|applauding",
    "commend": "commended|commends|commending",
    "laud": "lauded|lauds|lauding",
    "express": "expressed|expresses|expressing",
    "voice": "voiced|voices(?= concern| support| regret| hope| anger| frustration)",
    "echo": "echoed|echoes|echoing",
    "question": "questioned|questions(?= whether| why| how| the)",
    "warn off": "warned off",
    # translated copy's verbs ("Vučić assessed that …", "reminded that …", "pointed to the fact
    # that …", a regional portal's English), only before what was said
    # ("assessed the visit as highly valuable"; not "assessed damages … as the report came out")
    "assess": r"assessed(?=\s+that\s|\s+(?:[\w'’-]+\s+){1,5}?as\s+(?!(?:the|a|an|it|he|she|they|we|this|that)\s))|"
              r"assesses(?=\s+that\s|\s+(?:[\w'’-]+\s+){1,5}?as\s+(?!(?:the|a|an|it|he|she|they|we|this|that)\s))",
    "estimate": r"estimated(?=\s+that\s)|estimates(?=\s+that\s)",
    "judge": r"judged(?=\s+that\s)|judges(?=\s+that\s)",
    "specify": r"specified(?=\s+that\s)|specifies(?=\s+that\s)",
    "convey": r"conveyed(?=(?:\s+[\w'’-]+){0,3}?\s+that\s)|conveys(?=(?:\s+[\w'’-]+){0,3}?\s+that\s)",
    "point to the fact": r"pointed\s+to\s+the\s+fact(?=\s+that\s)|points\s+to\s+the\s+fact(?=\s+that\s)",
    # "posted that …", "posts on X that …" (without "that", "posted" is a quote's verb only:
    # QUOTE_ONLY_VERBS; "posted troops", "posted a loss" are no speech)
    "post": r"posted(?=(?:\s+on\s+[\w.]+(?:\s+[\w.]+)?)?\s+that\s)|posts(?=(?:\s+on\s+[\w.]+(?:\s+[\w.]+)?)?\s+that\s)",
}
#: A verb's infinitive after a phrase that goes on with what was said: "went on to praise
#: Erdoğan as …", "was quick to condemn …", "hastened to reassure …" (a fixed-width look-behind
#: each; not any "to praise", which may be what someone failed or refused to do, nor "rushed to
#: defend", which is as often done with arms).
_GOES_ON_TO = ("on to ", "quick to ", "hastened to ")
for _lemma, _forms in list(REPORTING_VERBS.items()):
    if _lemma.isalpha() and not re.search(r"(?<![\w|])" + _lemma + r"(?![\w(])", _forms):
        REPORTING_VERBS[_lemma] = _forms + "".join(f"|(?<={lead}){_lemma}" for lead in _GOES_ON_TO)

#: Verbs that report speech only when the sentence carries a quotation ("welcomed the
#: containers, celebrating the shipment as a step toward "modernizing"").
QUOTE_ONLY_VERBS = {
    "welcome": "welcomed|welcomes|welcoming",
    "celebrate": "celebrated|celebrates|celebrating",
    "label": "labell?ed|labels|labell?ing",
    "dub": "dubbed|dubs|dubbing",
    "brand": "branded|brands|branding",
    "term": "termed|terms",
    "portray": "portrayed|portrays|portraying",
    "present": "presented|presents|presenting",
    "seek": "sought",
    # "“…,” the minister went on, “…”": a continuation, only next to a quote
    "go on": "went on|goes on|going on",
    "continue": "continued|continues",
    # "“…,” the statement began", "“…,” she concluded", "Its note read: “…”"
    "begin": "began|begins",
    "conclude": "concluded|concludes",
    "end": "ended|ends",
    "read": "read|reads",
    "post": "posted|posts",
    # a tabloid's or a sketch's verbs of manner, next to a quote: "“…,” Orbán fumed", "raged
    # Vučić", "she thundered", "he snapped", "gushed the minister"
    "fume": "fumed|fumes|fuming",
    "rage": "raged|rages",
    "thunder": "thundered|thunders",
    "rant": "ranted|rants",
    "snap": "snapped|snaps",
    "gush": "gushed|gushes",
    "seethe": "seethed|seethes|seething",
    "bristle": "bristled|bristles",
    "scoff": "scoffed|scoffs",
    "sneer": "sneered|sneers",
    # words of mourning and of honour, the quotation right after the verb: "Scholz mourned “a partner
    # who …”", "saluted “a man of courage”" (not "in mourning", nor "saluted as the band played “…”":
    # ``QUOTE_RIGHT_AFTER``)
    "mourn": "mourned|mourns",
    "salute": "saluted|salutes",
    "eulogise": "eulogi[sz]ed|eulogi[sz]es",
    # "Vučić spoke to Erdoğan “as a great leader …”": the words spoken to someone named, the quotation
    # right after the name (not "spoke to reporters …, which X called “…”")
    "speak to": r"spoke\s+to|speaks\s+to",
}
_FORM_TO_LEMMA: dict[str, str] = {}
#: What must follow some quote-only verbs for them to report the quote (read on the whole text, past
#: the window a rule searches): the quotation itself ("mourned “…”"), or the one spoken to and then
#: the quotation ("spoke to Erdoğan “…”").
QUOTE_RIGHT_AFTER = {
    "mourn": re.compile(r"\s+[“\"¤]"), "salute": re.compile(r"\s+[“\"¤]"), "eulogise": re.compile(r"\s+[“\"¤]"),
    "speak to": re.compile(r"\s+[A-ZÀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-Ž][\w'’.-]*){0,3}\s+[“\"¤]"),
}


def verb_regex(table: dict[str, str], plain: bool = False) -> re.Pattern:
    """Any form of the verbs, as a whole word. ``plain``: the definition; else the same matches
    found several times faster (``rhetoric.regexes.at_word_start``)."""
    if plain:
        return re.compile(r"(?<![\w-])(?:" + "|".join(table.values()) + r")(?![\w-])")
    return at_word_start([a for forms in table.values() for a in split_alternatives(forms)], r"(?![\w-])")


SPEECH = verb_regex(REPORTING_VERBS)
SPEECH_Q = verb_regex({**REPORTING_VERBS, **QUOTE_ONLY_VERBS})
_LEMMA_RX = [(lemma, re.compile(r"^(?:" + forms + r")$", re.I)) for lemma, forms in {**REPORTING_VERBS, **QUOTE_ONLY_VERBS}.items()]


def lemma_of(form: str) -> str:
    key = form.lower()
    if key not in _FORM_TO_LEMMA:
        _FORM_TO_LEMMA[key] = next((lem for lem, rx in _LEMMA_RX if rx.match(key)), key)
    return _FORM_TO_LEMMA[key]


#: Words that lead to a noun phrase, not to words said: an article, a possessive, a preposition.
_LEADS_TO_A_NOUN = (r"(?:the|an?|his|her|its|their|our|to|of|for|in|on|at|by|with|from|into|over|about|amid|against|"
                    r"so-called)")
#: Verbs that need more than a subject to report speech.
#: (a possessive object only with a quote after it, "called his remarks “…”"; with an evaluative
#: word, ``clauses._calls_it_something``: "called their decision a betrayal"; not "called his
#: counterpart", "called their bluff")
CALL_OK = re.compile(r"^\s+(?:on|for|it|them|him|her(?!\s+[a-z])|her\s+(?:an?\s)|this|that|these|those|the\b|a\b|an\b|"
                     r"[A-Z“\"]|(?:his|her|their|our)\s+[^.;:!?“\"]{1,80}[“\"]|"
                     # (an object with no article, as abstracts and headlines write: "calls delivery to
                     # Kurti's government “pouring oil on the fire”"; not when an article or a preposition
                     # leads to the quote: "called members to the “Pit”", "calls envoys home amid “concerns”")
                     r"[a-z][\w'’-]*(?:\s+(?!" + _LEADS_TO_A_NOUN + r"\s+[“\"])[^\s.;:!?“\"]+){0,5}\s+[“\"])")
NOT_SPEECH_AFTER = {
    # "called Higgins to the podium", "called the ambassador in": summoned, not said
    # ("Tusk called Orbán.": a call with nothing said after its object; not "called Orbán out")
    "call": re.compile(r"^\s+(?:[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4}|him|her|them)(?:\s+"
                       r"(?:to\s+the|back|in|up|off|away)\b|\s*[;.])"),
    "claim": re.compile(r"^\s+(?:the|a|its|their|his|her)\s+(?:right|title|lives?|victory|seat|credit|responsibility)\b", re.I),
    "note": re.compile(r"^\s*[,.;]", re.I),
    "maintain": re.compile(r"^\s+(?:a|an|the|its|their|his|her|close|strong|good)\b", re.I),
    "report": re.compile(r"^\s+(?!that\b)", re.I),
    "present": re.compile(r"^\s+(?!.*[“\"])", re.I),
    "view": re.compile(r"^(?![^.;]{0,80}\bas\b)"),
    "see": re.compile(r"^(?!\s+(?:[\w'’-]+\s+){1,6}?as\s+(?:an?|the|part|proof|evidence|sign)\b)"),
    "regard": re.compile(r"^(?![^.;]{0,80}\bas\b)"),
    "defend": re.compile(r"^\s+(?:its|their|his|her)\s+(?:companies|citizens|borders?|interests|territory|country)\b"),
    "deny": re.compile(r"^(?!\s+(?:that|having|any|all|the\s+(?:allegations?|accusations?|claims?|reports?|charges?)|"
                       r"allegations?|accusations?|claims?|reports?|charges?|involvement|responsibility|wrongdoing)\b)"),
    "recall": re.compile(r"^\s+(?:its|their|his|her|the|all|some)?\s*(?:[\w-]+\s+){0,2}(?:envoys?|ambassadors?|"
                         r"diplomats?|troops|forces|delegations?|staff|consul|charg[eé]|products?|vehicles)\b", re.I),
    "declare": re.compile(r"^\s+(?:its\s+|their\s+)?(?:independence|war|a state|martial|victory|bankruptcy|an? emergency)", re.I),
    # "asked Ankara for comment", "asked the presidency for an interview", "asked Tokyo to comment":
    # a journalist's request, nobody's statement (not "asked Brussels for patience", nor a
    # politician's demand, "asked Budapest for clarification", "asked Orbán for a response")
    "ask": re.compile(r"^\s+(?:[\w'’.-]+\s+){1,6}?(?:for\s+(?:an?\s+|any\s+|further\s+)?(?:comments?|interviews?)\b|"
                      r"to\s+comment\b)", re.I),
}

PASSIVE_BEFORE_PLAIN = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being|so|widely|often|commonly|usually)\s+(?:also\s+)?|so-|"
    r"[Ww]hat\s+(?:some|many|others)\s+)$")
PASSIVE_BEFORE = re.compile(
    letter_branches(["is", "are", "was", "were", "be", "been", "being", "so", "widely", "often",
                     "commonly", "usually"], r"\s+(?:also\s+)?$", not_after=r"[\w]")
    + "|" + letter_branches(["so-", r"[Ww]hat\s+(?:some|many|others)\s+"], "$", not_after=None))
AUX = r"(?:has|have|had|been|all|both|jointly|was|were|is|are|will|would|could|can|did|does|do|may|might|must|should|then|also|later|again|once|further|repeatedly|publicly|openly|personally|quickly|previously|earlier|already|just|separately|privately|reportedly|now|still|finally|instead|not|never|\w+ly)"
#: The nouns that make an organisation an unnamed speaker: "a NATO official", "EU diplomats".
UNNAMED_SPEAKER = (r"officials?|diplomats?|spokes(?:wo)?man|spokesperson|sources?|representatives?|envoy|aides?|"
                   r"advisers?|advisors?|negotiators?")
#: What may stand between a subject and its verb: an unnamed speaker's noun ("A NATO official
#: … praised"), a time adverbial (``TIME_BEFORE_VERB``), an appositive (", a director of …,"),
#: a relative clause's pronoun ("Osmani, who said", "Djuric, who on Wednesday accused"), a place
#: or time ("said in Požega on Thursday"), auxiliaries and adverbs.
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: A time adverbial between a subject and its verb, as wire copy writes it: "Greece on Thursday
#: accused", "Tusk late on Friday said", "the ministry last week said", "Ankara earlier this
#: month said", "Belgrade on 9 October said".
TIME_BEFORE_VERB = (r"(?:\s+(?:late|early|earlier|later)(?=\s))?(?:\s+(?:on|of))?\s+(?:" + _WEEKDAY + r"(?:\s+(?:night|evening|morning|"
                    # ("Its statement of 18 November 2017 said": a text's day, its year too)
                    r"afternoon))?|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|[A-Z][a-z]+\s+\d{1,2}(?![\d,])|yesterday|today|overnight|"
                    r"(?:last|this|earlier\s+this)\s+(?:week|month|year|night|morning|evening|weekend|" + _WEEKDAY + r")|"
                    # "Đurić on the same day condemned", "Osmani the following evening accused",
                    # telegraphic "Osmani same day accused"
                    # ("His post on X the same Wednesday called")
                    r"(?:that(?:\s+same)?|(?:the\s+)?(?:same|following|next|previous))\s+(?:day|night|morning|evening|afternoon|week|"
                    + _WEEKDAY + r"(?:\s+(?:morning|afternoon|evening|night))?)|"
                    # "Orbán the day before had accused", "Tusk a day earlier had said", "two days later"
                    r"the\s+day\s+(?:before|after)|(?:a|one|two|three|\d)\s+(?:days?|weeks?)\s+(?:earlier|later))")
#: An occasion of speaking, named after "at" or "during" between a subject and its verb.
_OCCASION_NOUNS = (r"(?:press\s+conference|news\s+conference|briefing|rally|summit|meeting|session|ceremony|forum|"
                   r"conference|interview|service|gathering|event|debate|hearing|dinner|reception)(?![\w-])")
#: The platforms words are posted on, by name: "on X", "on Telegram", "on Truth Social".
PLATFORM_NAMES = r"(?:X|Twitter|Facebook|Instagram|Telegram|TikTok|Truth\s+Social)"
#: The opening of a heading that names an occasion of someone's words by its noun, then "by" or
#: "from" and the one who spoke: "Press conference by ", "A post by ", "Given a post by " (a test
#: scenario's step word first). Read by ``resolve`` (the voice under it) and ``anchoring`` (its day).
OCCASION_BY = (r"(?:[A-Z][a-z]+[ \t]+(?=[a-z]))?(?:(?:[Aa]n?|[Tt]he|[Aa]nother)[ \t]+)?(?:[a-z]+[ \t]+)?"
               r"(?i:press\s+conference|news\s+conference|interview|speech|address|remarks|statement|post|tweet|"
               r"letter|briefing|message|video|broadcast)s?[ \t]+(?:by|from)[ \t]+")
#: Languages a text is rendered in, lower case: "Telegrafi's English", "Serbian:" over the original.
LANGUAGE_NAMES = frozenset("""
english french german serbian albanian turkish russian arabic spanish italian polish czech slovak
hungarian ukrainian chinese japanese greek croatian bosnian macedonian montenegrin portuguese dutch
danish swedish norwegian finnish romanian bulgarian slovenian persian hebrew hindi urdu korean
""".split())
#: An occasion of speaking named anywhere: "a press conference", "the interview".
OCCASION_WORD = re.compile(r"(?i)(?<![\w-])" + _OCCASION_NOUNS)
#: The nouns of occasions, to build other patterns with (``resolve._AFTER_PART_NAME``).
OCCASION_NOUNS = _OCCASION_NOUNS
#: An occasion named between a subject and its verb, up to the verb: "at the EU summit ", "at a rally in Gdańsk ".
#: The occasion itself, with its place or time: "at the EU summit", "at a rally in Gdańsk".
_OCCASION_PHRASE = (r"(?:at|during|in)\s+(?:(?:an?|the|his|her|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?" + _OCCASION_NOUNS +
                    r"(?:\s+(?:in|on|at)\s+[^,;:“”\"¤]{1,30}?)?")
#: Texts written to someone: "a note to …", "an open letter to …".
ADDRESSED_TEXTS = "letter|note|message|appeal|petition|memo|memorandum|cable|telegram|plea|ultimatum|demarche|démarche"
#: A text and "to" before the one it is written to: "A note to (the Bulgarian Foreign Ministry)", "an
#: open letter to (the Bulgarian people)": the addressee, not the writer (not "told", "said to").
TEXT_TO_BEFORE = re.compile(letter_branches(split_alternatives(ADDRESSED_TEXTS), r"s?\s+to\s+(?:the\s+)?$",
                                            ignorecase=True, not_after=r"[\w-]"))
OCCASION_GAP = re.compile(r"(?<![\w-])" + _OCCASION_PHRASE + r"\s*$")
GAP_SUBJ_VERB = re.compile(
    r"^(?:\*\*|__|\*|_)?"  # (the close of a name in bold: "**TIMERMAN** said …")
    r"(?:\s+(?:" + UNNAMED_SPEAKER + r")(?![\w-]))?"
    r"(?:\s+\(\d{4}[a-z]?(?:,\s*[^()\n]{1,20})?\))?"  # (an author-date citation: "Vučić (2025a) wrote")
    # (a term defined for the name: "Aleksandar Vučić (hereafter “the President”) posted")
    r"(?:\s+\((?:(?:here(?:after|inafter)|henceforth)[\s,]+)?(?:(?:called|referred\s+to\s+as)\s+)?[“\"][^”\"\n()]{1,40}[”\"]\),?)?"
    r"(?:" + TIME_BEFORE_VERB + r")?"
    # (", the former foreign minister, who was attending the conference,": an appositive and a
    # relative clause after it)
    # (", during a visit to Belgrade (Oct. 11, 2024),": an aside may hold a parenthesis with commas)
    # (or two or three: "**Jimmy Morales**, Guatemala's president, in a televised statement the next
    # day, Thursday 21 April, called …")
    r"(?:\s*,(?:(?:[^,;:“”\"¤()]|\([^()]{1,40}\)){1,90},){1,3}(?:\s+(?:who|which)\s[^,;:“”\"¤]{1,60},)?|"
    r"\s+[a-z]+\s+(?:on|in|at)\s+[^,;:“”\"¤]{1,30}(?:,\s*\d{4})?,?|"
    # "The Ministry of Commerce in Beijing said": the place the subject is in, a name the registry lacks
    # (``clauses._finite_subject`` takes no name inside a phrase so: "travelling with Mitsotakis in Crete said")
    r"(?P<place>\s+(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})|"
    # "Vučić at an extraordinary press conference warned": the occasion, in telegraphic copy
    r"\s+" + _OCCASION_PHRASE + r"|"
    # "Osmani on X said", "Kurti on Facebook wrote": the channel, in telegraphic copy
    r"\s+(?:on|via)\s+(?:" + PLATFORM_NAMES + r"|YouTube|(?:state\s+)?(?:television|TV|radio)|"
    # (a broadcaster named: "Hun Sen on TVK just now says", "Martínez on Guatemalan TV says", "Kasit on Thai PBS called")
    r"(?:[A-Z][\w'’&.-]*\s+){0,2}(?:[A-Z]{2,5}|TV|television|radio)(?:\s+[A-Z][\w'’&.-]*)?(?![\w'’&.-]))"
    r"(?:" + TIME_BEFORE_VERB + r"|\s+just\s+now|\s+live)?)?"
    r"(?:\s*,?\s+(?:who|which)(?:" + TIME_BEFORE_VERB + r"|\s+(?:on|in|at|last|earlier|this)\s+[\w-]+(?:\s+[\w-]+)?)?)?"
    r"(?:\s+" + AUX + r"){0,3}"
    # "Orbán was quoted as saying": the subject of the passive is the speaker
    r"(?:\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:quoted|reported|heard)\s+as)?\s*$")
#: The body a person speaks for, right after the name: "(Gregor Gysi) of the Left", "(Tony
#: Perkins) of the Family Research Council" (``clauses._finite_subject``; not after an office, "The
#: Prime Minister of the Netherlands", whose holder it does not name).
BODY_AFTER_NAME = re.compile(r"\s+of\s+the\s+[A-Z][\w'’&.-]*(?:\s+(?:(?:for|of|and)\s+(?:the\s+)?)?[A-Z][\w'’&.-]*)*")
#: "he", "she", "they", "it" and the possessives "his", "her", "their", as whole words.
PRONOUNS = at_word_start(["[Hh]e", "[Ss]he", "[Tt]hey", "[Ii]t", "[Hh]is", "[Hh]er", "[Tt]heir"], r"(?![\w-])")
POSSESSIVES = {"his", "her", "their"}
_ROLE_NOUNS = (r"(?:president|prime minister|premier|minister|chancellor|"
               r"foreign minister|defen[cs]e minister|general|commander|spokes(?:wo)?man|spokesperson|ministry|"
               r"government|leader|official|ambassador|envoy|(?:high\s+)?commissioner|secretary|mayor|senator|company|party|king|"
               r"pope|chief|head|governor|prosecutor|manufacturer|alliance|bloc|organisation|organization|"
               r"diplomat|top diplomat|embassy|office|presidency|statement|communiqu[eé]|readout|declaration|post|tweet|"
               r"letter|version|translation)")
#: The nouns that make a role's noun an adjective before them: "the official view", "the general
#: public", "the chief reason" (no one who speaks).
_NOUNS_AFTER_ADJECTIVE = (r"(?:view|line|position|version|account|figures?|data|visit|reason|response|reaction|stance|"
                          r"policy|residence|website|language|name|title|results?|count|public|assembly|election|"
                          r"story|narrative|record|channels?|explanation|ceremony|trip|business|aim|goal|concern|"
                          r"problem|question|issue|message|tone|figure|estimate|toll|tally|opening|launch)")
#: (a word of how the role is held may come first: "the acting Hungarian prime minister")
_ROLE_WORDS = r"((?:(?:acting|interim|caretaker|incumbent)\s+)?(?:[A-Z][a-z]+\s+)?" + _ROLE_NOUNS + r"(?:-elect)?)(?![\w-])" + \
    r"(?!(?:(?<=official)|(?<=general)|(?<=chief))\s+" + _NOUNS_AFTER_ADJECTIVE + r"(?![\w-]))"
#: The domains an office may be named by, after "of" or "for" ("the minister of defence", "the
#: Minister for Foreign Affairs"), each with the word it takes before a role's noun ("defence
#: minister", "foreign minister"): the one list ``mentions`` reads the phrases with and ``roles``
#: spells the registry's offices with.
OFFICE_DOMAINS = {"defence": "defence", "defense": "defense", "foreign affairs": "foreign", "interior": "interior",
                  "state and foreign affairs": "foreign",  # (Portugal's "Minister of State and Foreign Affairs")
                  "home affairs": "interior", "finance": "finance", "justice": "justice", "trade": "trade",
                  "health": "health", "energy": "energy", "economy": "economy", "agriculture": "agriculture",
                  "education": "education"}
#: An office named by what it is of, after a role's word: "the minister of defence", "the Minister
#: of Foreign Affairs", "the ministry of the interior" (``mentions``: read as "defence minister",
#: "foreign minister", "interior ministry", the order the registry's roles and their synonyms use).
_DOMAIN_WORDS = "(?i:" + "|".join(d.replace(" ", r"\s+") for d in sorted(OFFICE_DOMAINS, key=len, reverse=True)) + ")"
OFFICE_DOMAIN = re.compile(r"\s+(?i:of|for)\s+(?:(?i:the)\s+)?(?P<domain>" + _DOMAIN_WORDS + r")(?![\w-])")
#: The same after its role's word, to find the domain's words before names are read ("Foreign
#: Affairs" is no person's name): "Minister of Foreign Affairs", "ministry of the interior".
OFFICE_PHRASE = re.compile(letter_branches(["[Mm]inister", "[Mm]inistry", "[Ss]ecretary"],
                                           r"(?=\s+(?i:of|for)\s+(?:(?i:the)\s+)?" + _DOMAIN_WORDS + r"(?![\w-]))"))
#: "its foreign ministry", "his office", "their government": a role owned by whom the pronoun
#: refers to (the first word is the pronoun). The plain pattern is the definition.
ROLE_OF_PLAIN = re.compile(r"(?<![\w-])(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?i:(?:[a-z]+\s+)?" + _ROLE_NOUNS + r")(?![\w-])")
ROLE_OF = re.compile(letter_branches(["[Ii]ts", "[Tt]heir", "[Hh]is", "[Hh]er"],
                                     r"\s+(?i:(?:[a-z]+\s+)?" + _ROLE_NOUNS + r")(?![\w-])", not_after=r"[\w-]"))
#: What follows a state's or an organisation's name and "'s" when it names one of its people or
#: bodies: "Serbia's president", "Turkey's Defence Ministry" (a word before the role at most).
ROLE_AFTER_POSSESSIVE = re.compile(r"(?i:(?:[a-z]+\s+)?" + _ROLE_NOUNS + r")(?![\w-])")
#: "the president", "the Foreign Ministry" (group 1: the role), case-insensitive. The plain
#: pattern is the definition; ``ROLE`` is the same, led by [Tt] so that ``re`` skips in C to
#: the t's (re.I lets "t" match nothing else). "the same", "the said", "the aforesaid", "the
#: aforementioned" before the role point back to its holder told before ("AND the said President
#: did declare …", a proclamation's, a deed's).
_SAME_ROLE = r"(?:(?:same|said|aforesaid|aforementioned|above-?mentioned)\s+)?"
ROLE_PLAIN = re.compile(r"(?<![\w-])(?:the|The)\s+" + _SAME_ROLE + _ROLE_WORDS, re.I)
ROLE = re.compile(r"[Tt](?<![\w-].)(?i:he\s+" + _SAME_ROLE + _ROLE_WORDS + ")")
#: Where a reported clause ends and another may begin.
#: ("and restrained." at the end of a sentence is an adjective coordinated with the one before:
#: "called the action professional and restrained").
CLAUSE_CUT_PLAIN = re.compile(r"\s+(?:but|while|whereas)\s+|;\s*|,?\s+and\s+(?=(?:\w+ly\s+)?\w+(?:ed|ing)\b(?![.!?,;:]))|[“\"]")
_AND_VERB = r"and\s+(?=(?:\w+ly\s+)?\w+(?:ed|ing)\b(?![.!?,;:]))"
CLAUSE_CUT = re.compile("|".join(
    [re.escape(c) + r"\s*(?:but|while|whereas)\s+" for c in WHITESPACE] + [r";\s*", r",\s+" + _AND_VERB]
    + [re.escape(c) + r"\s*" + _AND_VERB for c in WHITESPACE] + ["“", '"']))
#: A possessive before a noun of acts or things, the subject of the verb: "(the North)'s provocations",
#: "(Russia)'s missiles", "(Serbia)'s decisions" (not "'s office", "'s spokesman", "'s statement": those speak).
ACTS_OWNED = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?(?:provocations?|actions|acts|moves|behaviou?r|conduct|policies|decisions?|"
                         r"balloons|drones|missiles|rockets|shells|attacks|strikes|sanctions|tariffs|weapons|deeds|"
                         r"threats|tests|launches|incursions|violations)(?![\w-])")


def acts_owned_subject(masked: str, subj) -> bool:
    """Whether a verb's subject candidate is the owner of acts or things, not a speaker ("the
    North's provocations threatened …", ``ACTS_OWNED``)."""
    return subj.kind in ("mention", "name") and ACTS_OWNED.match(masked, subj.end) is not None
#: Verbs that report speech as a participle only next to another statement ("…" and
#: reaffirming …; reaffirmed X, while acknowledging …), not after any event ("planned a
#: briefing, highlighting …").
WEAK_VERBS = {"highlight", "indicate", "reaffirm", "acknowledge", "note", "suggest", "view", "see", "regard",
         "describe", "frame", "defend", "confirm", "reiterate", "observe", "respond", "report"}
#: "objections from the EU", "pressure from Brussels": speech or pressure by the actor named.
_NOUN_FROM_WORDS = (r"objections?|criticism|condemnation|protests?|warnings?|calls|pressure|demands?|complaints?|"
                    r"praise|appeals?|threats?|accusations?")
NOUN_FROM = re.compile(r"(?<![\w-])(?:" + _NOUN_FROM_WORDS + r")\s+from\s+(?:both\s+)?", re.I)
#: Every position where NOUN_FROM matches (found once per article, fast: rhetoric.regexes).
NOUN_FROM_AT = at_word_start(split_alternatives(_NOUN_FROM_WORDS), r"\s+from\s", starts_only=True,
                              ignorecase=True)
#: Where the reported content starts after a verb and its object (dates before it date the act).
_CONTENT_WORDS = (r"that|would|will|could|should|must|might|may|can|had|has|have|is|are|was|were|to|of|for|"
                  r"over|because|as|if|whether|after|before|since|amid|which|who")
CONTENT_START_PLAIN = re.compile(r"(?<![\w-])(?:" + _CONTENT_WORDS + r")(?![\w-])|[,;:¤“”\"]")
CONTENT_START = re.compile(letter_branches(split_alternatives(_CONTENT_WORDS), r"(?![\w-])")
                            + "|" + "|".join(map(re.escape, ',;:¤“”"')))
ACCORDING_PLAIN = re.compile(r"(?<![\w-])[Aa]ccording to\s+")
ACCORDING = re.compile(r"[Aa](?<![\w-].)ccording to\s+")
#: After the name "according to" leads to, a norm of that body's: "according to NATO standards", "according
#: to EU rules" (the way something is done, not a source of words).
NORM_AFTER_NAME = re.compile(r"(?:['’]s)?\s+(?:(?!(?:the|a|an|this|that|its|his|her|their)\s)[a-z]+\s+)?(?:standards?|rules|norms|principles|guidelines|requirements|"
                             r"procedures|criteria|protocols?|specifications|doctrine|timetable|schedule|plans?|"
                             r"regulations|law|treaty|charter|mandate)(?![\w-])")
_SPEECH_NOUN_WORDS = (r"assertion|claim|statement|remarks?|comments?|words|message|warning|accusations?|charge|"
                      r"reply|response|post|tweet|argument|insistence|view|verdict|description|appeal|"
                      r"thanks|questions?|answers?|promises?|pledge|plea|invitation|threats?|letter|speech|declaration|"
                      r"sentence|phrase|praise|portrayal|characteri[sz]ation|instructions?|advice|demands?|rebuke|retort|findings?|"
                      r"allegations?|complaints?|vow|lecture|address|line")
#: Asking or writing to someone, as an outlet does before a reply ("We asked …", "wrote to …":
#: ``attribution._ASKED_WHOM``, ``reported._OWN_QUESTION``).
ASKING = r"asked|wrote\s+to|emailed|contacted"
#: Words an outlet carried, up to the word before their source: "carried a charge from",
#: "published remarks by", "aired an interview with" (``attribution.colon_before``, the source's
#: pronoun in ``resolve``).
CARRIED_WORDS = (r"(?:carried|carries|ran|runs|published|publishes|reproduced|aired|airs|relayed|broadcast|printed)"
                 r"\s+(?:[\w'’-]+\s+){0,3}?(?:charges?|messages?|statements?|posts?|remarks|words|comments?|"
                 r"interviews?|repl(?:y|ies)|letters?|appeals?|warnings?)\s+(?:by|from|of|with)")
#: (the one a description casts, before the quote: "her praise of the Turkish president as “…”")
#: (a colon right after the noun too: "Osmani's remarks: “…”", "his thanks: “…”"; not a comma
#: right after it, which ends an opening phrase: "Asked about Peskov's threats, Valtonen was …")
#: (or a colon after the words are passed on: "Kurti's post of that day, quoted in full (p. 11): “…”")
#: The words in brackets right after a speech noun, its occasion and day at most between: "Vučić's
#: interview with TV Pink in December 2022 (“…”)", "Kurti's post of 16 July 2023 (“…”)" ("interview"
#: is a speech noun only so, not in "Fidan's interview was “long, dull and evasive”").
_BRACKETED_WORDS_AFTER = (r"(?:\s+(?:(?:at|in|on|to|with|before|of|from)\s+|the\s+(?:same|following|next|previous)\s+)"
                          r"[^:;.¤“”\"\n()]{1,50}?)?\s*\((?=[“\"¤]|\Z)")
_SPEECH_NOUN_AFTER = (r"(?:\s+(?:that|was|were|,)|"
                      # (the noun's time or occasion before its "that": "her accusation on Thursday 13 March that
                      # …", "Zakharova's warning, in a statement issued on Sunday, that …")
                      r"\s+(?:on|in|at|during|last|earlier|later)\s+[^:;.,¤“”\"\n]{1,40}?\s+that(?![\w-])|"
                      r",\s+(?:on|in|at|during|last|earlier|later)\s+[^:;.,¤“”\"\n]{1,50}?,\s+that(?![\w-])|"
                      # (the words in apposition, a place or an occasion at most before them: "the entry for
                      # Mattarella's lecture at the University of Marseille, “…”")
                      r"(?:\s+(?:at|in|on|to|before)\s+[^:;.,¤“”\"\n]{1,50}?)?,\s*(?=[“\"¤]|\Z)|"
                      # (or in brackets after it: ``_BRACKETED_WORDS_AFTER``)
                      + _BRACKETED_WORDS_AFTER + r"|"
                      r"\s+of\s+[^:;.,¤“”\"\n]{1,60}?\s+as(?:\s+(?:an?|the))?(?=\s*(?:[“\"¤]|\Z))|(?:\s+(?:aloud|out|in\s+full))?\s*:|(?:\s+(?:of|from|on)\s+[^:;.,¤“”\"\n]{1,30}?){1,2}\s*:|"
                      # ("post of last Wednesday, which said the delivery “…”")
                      r"\s+(?:of|from|on)\s+[^:;.,¤“”\"\n]{1,30}?,\s+which\s+(?:said|says|read|reads|stated|states)(?![\w-])|"
                      # ("his response, which shows the applicant's habitual tact:": a relative clause on the text, then its words)
                      r",\s+which\s+[^:;.¤“”\"\n]{1,60}:|"
                      r"(?:\s+(?:of|from|on)\s+[^:;.¤“”\"\n]{1,30}?)?,?\s+(?:as\s+)?"
                      r"(?:quoted|printed|reproduced|cited|translated|rendered)(?![\w-])[^:;¤“”\"\n]{0,40}:)")
SPEECH_NOUN_PLAIN = re.compile(r"(?:(?:" + _SPEECH_NOUN_WORDS + r")" + _SPEECH_NOUN_AFTER + r"|interviews?" + _BRACKETED_WORDS_AFTER + r")",
                               re.I)
SPEECH_NOUN = letter_led_alternation([w + _SPEECH_NOUN_AFTER for w in split_alternatives(_SPEECH_NOUN_WORDS)] +
                                     [r"interviews?" + _BRACKETED_WORDS_AFTER], ignorecase=True)
#: A word of the first person: words that have one are their own speaker's ("and that China “will
#: safeguard our sovereignty”": the envoy's, whoever reports them), and no narration (``transcript``).
FIRST_PERSON = re.compile(r"(?<![\w'’-])(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e|[Oo]urselves|[Mm]yself)(?![\w'’-])")
#: An item's or a cue's head in bold with no colon in it: "**Remark A**", "**PROJ 9 GO**" (before a dash,
#: ``attribution._ITEM_HEAD_DASH``, ``transcript._DIRECTION``).
BOLD_HEAD = r"(?:\*\*|__)[^*_:\n]{1,30}(?:\*\*|__)"
#: "… to" and "… and" (with an adverb) at the end of the text before a verb; "that", ";" or ":"
#: where a clause opens; what ends a subject's clause ("; — which who").
TO_BEFORE_PLAIN = re.compile(r"\bto\s+$")
TO_BEFORE = re.compile(r"t(?<!\wt)o\s+$")
#: A note's marker: "[6]", "[^6]", "⁶" (the note's number in ``n`` or ``sup``).
NOTE_MARKER = r"\[\^?(?P<n>\d{1,3})\]|(?P<sup>[¹²³⁴-⁹⁰]{1,3})"
#: (an aside naming a source may stand after it: "met Ulutaş and, according to Beta, asked …")
_SOURCE_ASIDE = (r"(?:,\s*(?:(?:according\s+to|citing|per|as\s+\w+\s+reported)\s[^,;:.]{1,40}|"
                 r"in\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:own\s+)?words),\s*)?")  # (", in the army's words,")
#: (and an adverb of manner or of time: "and publicly said", "and afterwards said", "and then wrote")
_AND_ADVERB = r"(?:(?:\w+ly|afterwards?|then|later|also|again|soon)\s+)?$"
#: "and" before a verb of speech, perhaps an aside of whose words and an adverb between: "and ",
#: "and, in the army's words, ", "and then " (at the end of the text searched).
AND_TAIL = r"and\s*" + _SOURCE_ASIDE + r"(?<=\s)" + _AND_ADVERB
AND_BEFORE_PLAIN = re.compile(r"\b" + AND_TAIL)
AND_BEFORE = re.compile(r"a(?<!\wa)" + AND_TAIL[1:])  # (the same, led by its first letter: ``re`` skips to the a's)
#: (not "that evening", "that same day": a time, no clause)
_THAT_TIME = r"(?!(?:same\s+)?(?:day|morning|afternoon|evening|night|week|weekend|month|year|time)\b)"
CLAUSE_OPEN_PLAIN = re.compile(r"\bthat\s+" + _THAT_TIME + r"|;\s*|:\s+")
CLAUSE_OPEN = re.compile(r"t(?<!\wt)hat\s+" + _THAT_TIME + r"|;\s*|:\s+")
SUBJECT_CUT_PLAIN = re.compile(r"[;—–]|\s-\s|\b(?:which|who|whom|whose)\b")
SUBJECT_CUT = re.compile("|".join([";", "—", "–"] + [re.escape(c) + r"-\s" for c in WHITESPACE]
                                   + [r"w(?<!\ww)(?:hich|ho|hom|hose)\b"]))
THAT_PLAIN = re.compile(r"\bthat\b")
THAT = re.compile(r"t(?<!\wt)hat\b")
#: "he", "him", "his", "she", "her" as whole words (a pronoun inside a quote).
PERSONAL_PLAIN = re.compile(r"(?<![\w-])(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er)(?![\w-])")
PERSONAL = at_word_start(["[Hh]e", "[Hh]im", "[Hh]is", "[Ss]he", "[Hh]er"], r"(?![\w-])")
TITLE_WORDS = {
    "president", "prime", "minister", "foreign", "defence", "defense", "interior", "finance",
    "economy", "trade", "health", "justice", "deputy", "vice", "chancellor", "mr", "mrs", "ms",
    "dr", "general", "major", "lieutenant", "colonel", "admiral", "commander", "secretary",
    "senator", "spokesman", "spokeswoman", "spokesperson", "ambassador", "premier", "king",
    "queen", "pope", "mayor", "governor", "envoy", "chief", "head", "former", "acting", "state",
    "opposition", "leader", "official", "sir", "lord", "lady", "professor", "prof", "judge",
    "economist", "analyst", "mr.", "mrs.", "ms.", "dr.", "european", "commissioner",
    "agriculture", "energy", "labour", "labor", "national", "security", "adviser", "advisor",
    "staff", "director", "representative", "negotiator", "aide",
    # (members of a parliament: "A Tanzanian MP, Mussa Azzan Zungu,"; not "bishop", a surname too)
    "mp", "mps", "mep", "lawmaker", "legislator", "congressman", "congresswoman",
    # (who presides over a parliament or a committee: "The Senate speaker, Ignazio La Russa,")
    "speaker", "chairman", "chairwoman", "chairperson",
    # (honorifics of other languages before a first name or a surname: "Doña Laura", "Sheikh Tamim")
    "doña", "señora", "señor", "sheikh", "herr", "frau", "madame", "monsieur",
    # (military ranks shortened: "Gen. Milan Mojsilović", "Maj. Gen. Özkan Ulutaş")
    "gen.", "maj.", "col.", "lt.", "capt.", "adm.", "brig.", "cmdr.",
}
#: A dateline at the start of a paragraph: a wire's "BELGRADE, Oct 8 (dev-wire) – ", "NEW DELHI - ",
#: "OTTAWA/NEW DELHI, Sept 21 (Reuters) — " (group "when": the day, when given), or a liveblog's
#: "Addis Ababa — ", "Rio de Janeiro, evening — " (a place in title case before a dash).
DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+)*)(?:,\s*(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"
    r"(?:\s*\([^)\n]{1,40}\))?\s*[-–—]+\s+"
    r"|[A-Z][a-zà-ÿ'’.-]+(?:[ /-](?:de |da |do |del |la |el |al )?[A-Z][a-zà-ÿ'’.-]+){0,3}"
    r"(?:,\s*(?:[a-z]+\s?){1,3})?\s+[—–]\s+(?=[A-Z“\"‘'])")
#: A label's time (and place) before a dash, then who speaks: "**Today, Downing Street — CAMERON:**",
#: "**June 2012, G20 in Los Cabos — CAMERON** to Kirchner:", "3 Jan 2013 — KIRCHNER" (a digit or a
#: word of time before the dash; not "**Ukraine aid — TUSK:**").
WHEN_BEFORE_DASH = re.compile(r"[\s>*_-]*(?=[^\n*_—–]{0,60}?(?:\d|(?i:today|yesterday|tonight|earlier|same\s+(?:day|week|month)|"
                              r"this\s+(?:week|month|morning|evening)|last\s+(?:week|month)|"
                              r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|"
                              r"august|september|october|november|december)(?![\w-])))"
                              r"[^\n*_—–:]{2,60}?\s[—–]\s+(?=\S)")
#: A list item's or paragraph's label in bold that is a dateline, a place before its date and time:
#: "- **BELGRADE, Wed 8 Oct, 17:14.** Severe gale …", "**Pristina, 8 October, night:**".
DATELINE_LABEL = re.compile(r"\s*(?:>\s*)?(?:[-*•]\s+)?(?P<open>\*\*|__)(?P<place>[A-ZÀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-Ž][\w'’.-]*){0,2}),"
                            r"\s+(?P<date>[^*_\n]{3,40}?)[.:]?(?:\s*[—–])?(?P=open)[.:—–]?\s")
#: Words after a quote that point back to it: "those words", "that sentence", "the accusation".
#: Nouns for what was said, that point back to a quote ("those words", "Tusk's verdict").
BACK_NOUNS = (r"words|lines|remarks?|sentences?|comments?|message|post|accusation|statement|claims?|warning|appeal|"
              r"charge|verdict|line|tweet|answer|reply|response")
REFERS_BACK = re.compile(r"(?i)(?<![\w-])(?:th(?:ose|ese|at|is)|the|his|her)\s+(?:" + BACK_NOUNS + r")(?![\w-])")
#: The same nouns anywhere ("That was Tusk's verdict", "the words of the minister").
BACK_NOUN = re.compile(r"(?i)(?<![\w-])(?:" + BACK_NOUNS + r")(?![\w-])")
#: Lower-case words that may stand in a title before a name ("EU foreign policy spokesperson
#: Anitta Hipper", "the bloc's top diplomat"), besides TITLE_WORDS.
LEAD_WORDS = {
    "the", "of", "and", "for", "policy", "affairs", "top", "senior", "external", "deputy", "vice", "chief",
    "general", "diplomat", "spokesperson", "spokesman", "spokeswoman", "director", "head", "executive", "press",
    "secretary", "minister", "foreign", "defence", "defense", "interior", "president", "prime", "government",
    "ministry", "office", "official", "officials", "leader", "opposition", "party", "former", "acting", "state",
}
#: A list item's number or letter: "4.", "2)", "b)", "(b)", "(2)", "[2]", "#2".
LIST_NUMBER = r"(?:\d{1,3}[.)]|\(?[a-z]\)|\(\d{1,3}\)|\[\d{1,3}\]|#\d{1,3})"
#: A catalogue's or a card's number before a name, a sign perhaps after it: a sticker album's "141 ★ ", a
#: museum's "No. 31 ", "#12 " (not a day's, "9 October", "12 Tue"; ``CATALOGUE_LINE``: ``cards.labelled_signature``,
#: ``resolve.card_above``, ``resolve._HEADING_CODE``).
AFTER_CATALOGUE_NUMBER = (r"[ \t]+(?:[^\w\s*_]{1,2}[ \t]+)?(?!(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
                          r"july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|"
                          r"tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
                          r"\.?(?![\w'’-]))(?=[A-ZÀ-Ž])")
CATALOGUE_NUMBER = r"(?:No\.?[ \t]*|#)?\d{1,4}" + AFTER_CATALOGUE_NUMBER
#: Such a number opening a heading's or a card's line, in bold or not: "**141 ★ ", "## No. 31 ".
CATALOGUE_LINE = re.compile(r"[ \t#]*(?:\*\*|__)?[ \t]*" + CATALOGUE_NUMBER)
#: A bullet journal's signifiers and a list's marks that open a line: "○" an event, "–" a note,
#: "·" a task, "×" done, ">" migrated, "!" important.
JOURNAL_MARKS = "○●◦–·×•>!-"
#: A list item's mark: a bullet or its number ("- ", "* ", "• ", "3. ").
LIST_MARK = r"(?:[-*•+]|" + LIST_NUMBER + r")"
#: The nouns of a text someone owns, which a role candidate may be ("the post says", "Later in the
#: post:"): a text, not a person.
TEXT_NOUNS = frozenset("post tweet statement message video letter speech interview remarks comment comments "
                       "communique communiqué readout note version translation".split())


def text_noun(c) -> bool:
    """Whether candidate ``c`` is a role that names a text, not a person: "the post", "the statement"."""
    words = (c.text or "").lower().split()
    return c.kind == "role" and bool(words) and words[-1] in TEXT_NOUNS


STOP_CAPS = {
    "dear", "hello", "hi", "hey", "thanks",  # (a letter's or a chat's greeting: "Dear Mira, yesterday …", "Hi Mila, thanks …")
    "to",  # (a note's "To Serbian journalists in Ankara:")
    "the", "in", "on", "at", "yet", "but", "and", "however", "meanwhile", "according", "after",
    "before", "last", "this", "that", "these", "those", "speaking", "writing", "earlier", "later",
    "asked", "when", "while", "despite", "for", "with", "as", "by", "from", "since", "until",
    "during", "under", "following", "instead", "its", "his", "her", "their", "our", "a", "an",
    "we", "i", "it", "they", "he", "she", "there", "then", "still", "also", "both", "neither",
    "nor", "or", "so", "if", "although", "though", "because", "now", "today", "yesterday",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "in a", "on the", "what", "how", "why", "who", "where", "which", "whose",
    "whom", "all", "your", "my",
    "same", "another",  # (a record's "Same FA, same day.", "Same sender": the one before, no name)
    "some", "many", "most", "several", "no", "not", "every", "each", "one", "two", "three",
    "first", "second", "third", "new", "mid",
    # (prepositions that open a sentence before a name: "Unlike Piotr Nowak, the ambassador …")
    "unlike", "like", "besides", "beyond", "against", "without", "except", "towards", "toward", "about",
}
CAPITAL = "[A-ZÀ-ÖØ-ÞČĆŠŽĐĞİŞŁŃŚŹŻŐŰ]"
_NAME_TOKEN = r"(?:" + CAPITAL + r"[\w'’.-]*[\w])"
#: (the words of a name on one line, or wrapped onto the next: never across a blank line, "**Held:**
#: …, Main Hall" over "Mr Nowak recalled …")
_NAME_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_NAME_REST = (r"[\w'’.-]*[\w](?:" + _NAME_GAP + r"(?:(?:de|da|van|von|der|al|bin|el|la|le|di|del|dos)" + _NAME_GAP + r")?"
              # (an Arabic article or patronymic joined by a hyphen: "Saad al-Hadithi", "Hadi al-Amiri")
              + r"(?:(?:al|el|ad|ar|as|ash|at|az|an|abu|ibn|bin)-)?" + _NAME_TOKEN + r")*")
#: Runs of capitalised words. The plain pattern is the definition; ``NAME`` is the same with the
#: word-start test after the capital, so that ``re`` skips in C to the capitals.
NAME_PLAIN = re.compile(r"(?<![\w-])" + CAPITAL + _NAME_REST)
NAME = re.compile(CAPITAL + r"(?<![\w-].)" + _NAME_REST)
FEMALE_TITLE = re.compile(r"\b(?:Mrs|Ms|Madam|Queen|Lady|Baroness)\.?\s+$")
MALE_TITLE = re.compile(r"\b(?:Mr|Sir|King|Lord)\.?\s+$")
#: A role's noun of one gender right before a name, as a title or in apposition: "spokeswoman Maria
#: Zakharova", "the ministry's spokeswoman, Maria Zakharova,", "Congressman Joe Wilson" (not "chairman",
#: which women hold too).
FEMALE_NOUN_BEFORE = letter_led_alternation(
    ["spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "policewoman", "countrywoman",
     "duchess", "princess", "countess", "empress", "actress"], r",?\s+$", ignorecase=True)
MALE_NOUN_BEFORE = letter_led_alternation(
    ["spokesman", "congressman", "businessman", "councilman", "policeman", "countryman", "duke", "prince", "count",
     "emperor"], r",?\s+$", ignorecase=True)


#: Between a reporting verb and the named subject of a reporting verb that opens its content:
#: "reported that ", "said ", "told reporters that " ("Ashby reported that Vučić praised …"): the
#: words of that subject, which the first only relays (``reported``, ``resolve.relays``).
RELAYED_SUBJECT_GAP = re.compile(r"(?:\s+(?:reporters|journalists|the\s+(?:team|meeting|desk|press)|us|me|them))?"
                                 r",?\s+(?:that\s+)?")


#: A record's field on a line of its own, after a list's dash at most, its label in ``label``:
#: "- author: Pravind Jugnauth", "**Speaker:** …", "point in time: 25 February 2019" (a knowledge
#: base's item, a catalogue's record, a structured timeline).
RECORD_FIELD = re.compile(r"[ \t>]*(?:[-*•][ \t]+)?(?:\*\*|__|\*|_)?(?P<label>[A-Za-z][A-Za-z ]{0,30}?)[ \t]*"
                          r"(?:\*\*|__|\*|_)?:(?:\*\*|__|\*|_)?[ \t]+(?=\S)")
#: A capitalised record field's label of one to three words, a line's opening: "*Producer:*",
#: "*Last run:*", "**Vintage:**" (what ``resolve._person_field`` and ``anchoring._record_date_field``
#: read as a record of someone's words, whatever its label).
FIELD_LABEL = re.compile(r"[ \t>]*(?:[-*•][ \t]+)?(?:\*\*|__|\*|_)?(?P<label>[A-Z][a-z]+(?:[ \t][A-Za-z]+){0,2})[ \t]*:"
                         r"(?:\*\*|__|\*|_)?[ \t]+(?=\S)")
#: The labels of a record's field that names whose words the record holds (``corpus.AUTHOR_FIELD_LABEL``).
AUTHOR_FIELD = re.compile(AUTHOR_FIELD_LABEL)
#: The labels of a record's field that tells when its words were said or its event happened:
#: "point in time", "date", "when", "held" (not a reference's "publication date", "retrieved").
WHEN_FIELD = re.compile(r"(?i)(?:point\s+in\s+time|date|time|when|said\s+on|spoken\s+on|made\s+on|held|took\s+place)")


#: An entry's label in italics or bold that opens its paragraph, then perhaps a note in brackets
#: (``attribution.entry_label``'s speaker, ``resolve._entry_label_person``'s "he"):
#: "*S3 — Japarov, televised address, 19 September 2022* (national day of mourning). ".
ENTRY_LABEL = re.compile(r"[ \t>]*(?P<em>\*\*|\*|__|_)(?P<label>[^*_\n“”\":]{3,120}?)\.?(?P=em)"
                         r"(?:\s*\([^()\n“”\"]{1,80}\))?\s*\.?\s*")
#: After the name in an entry's label: a comma and the occasion or the day.
ENTRY_AFTER_NAME = re.compile(r"[ \t]*,\s*\S")
#: An entry's code before the name in its label: "S3 — ", "2. ", "(b) ", "Item 4: ".
ENTRY_CODE = re.compile(r"\s*(?:(?:[A-Z][a-z]*\s?)?\d{1,3}[a-z]?[.)]?|\([a-z0-9]{1,3}\))\s*(?:[—–:.-]\s*)?")


#: The nouns of a text or an occasion that "the same …" refers back to, in a lead, a note or
#: brackets: "Same interview:", "(same statement)", "Same release:", "Ibid." aside. One list for
#: every rule that reads them (``attribution._SAME_WORDS_LEAD``, ``_SAME_SOURCE_LEAD``, ``SAME_SOURCE_NOTE``,
#: ``_SAME_SOURCE``; not a text of several voices, "the same transcript", "hearing", "podcast").
#: A pattern's alternation, to be used with ``\s+`` or ``[ \t]+`` taken as one space.
SAME_TEXT_NOUNS = (r"interview|post|speech|statement|remarks|briefing|reply|answer|letter|broadcast|thread|tweet|"
                   r"message|clip|video|reading|sound|recording|soundbite|audio|footage|(?:press\s+|news\s+)?conference|"
                   r"(?:press\s+)?release|communiqu[ée]|readout|declaration|note|address|programme|session|debate|"
                   r"article|reel|source|occasion|email|op-ed|column")


#: A note that only says the words come from the same source as those above: "Same interview.", "Same
#: tweet.", "Ibid." (the nouns of ``SAME_TEXT_NOUNS``; ``attribution.note_under_numbered``,
#: ``attribution.blockquote``'s signature, ``context``'s bare sayings).
SAME_SOURCE_NOTE = re.compile(r"(?i)(?:(?:the[ \t]+)?same[ \t]+(?:" + SAME_TEXT_NOUNS.replace(r"\s", r"[ \t]") +
                              r")|ibid\.?|idem|id\.)[ \t]*[.,;]?")


#: The verbs that name something in the speaker's own words, after "what he" or "which she": "by
#: what he called “…”", "what she described as “…”" (``reported._WHAT_CALLED``, ``resolve._NAMED_BY_IT``).
NAMING_VERBS = r"called|calls|described\s+as|describes\s+as|termed|terms|dubbed|labell?ed|branded"


#: What stands between a verb and the subject of its reported clause: "said (that) (the) …".
REPORTED_SUBJECT_GAP = re.compile(r"[ \t]+(?:that[ \t]+)?(?:the[ \t]+)?")


#: The auxiliary and subject a question puts before its verb: "did Kosovo ", "will Orbán ", and a
#: cleft question's "Wasn't it Vjosa who " (``reported._asked_whether``, ``attribution.verb_before``).
ASKED_AUXILIARY_BEFORE = re.compile(r"(?<![\w-])(?:(?i:did|does|do|will|would|can|could|should|has|have)(?:n['’]t)?|"
                                    # (or a cleft question's, "Wasn't it Vjosa who said …?", "Was it Kurti who …?")
                                    r"(?i:was|is|were)(?:n['’]t)?(?=\s+it\s))\s+(?:[\w'’-]+\s+){1,4}$")
#: An answer right after such a question that says the words were said: "Yes, …", "Indeed", "It was.",
#: "He did write that", "She said it to Europa Press on Monday" (the question then reports them; not "He did
#: not", "It was not", "It was a fabrication").
CONFIRMED_AFTER = re.compile(r"[\s*_]*(?:Yes\b|Indeed\b|Correct\b|It\s+was\b(?!\s+(?:not|never|n['’]t|no|a\s+(?:fake|lie|"
                             r"fabrication|hoax|misquote|myth)))|(?:He|She|They)\s+(?:did\b(?!\s+(?:not|never))|"
                             r"said\s+(?:it|so|that)\b|wrote\s+(?:it|so|that)\b))")
#: The question's mark that closes a verb's clause, no stop between (a quotation, masked, may stand there):
#: 'said Cambodia "deliberately rammed" their ship?', "did Kosovo say?".
_ASKED_MARK_AFTER = re.compile(r"[^.!;:\n—–]{0,160}?\?")
#: A question that takes the saying as given, asking why, when, where or how: "Why did Hun Manet say …?".
_PRESUPPOSED_BEFORE = re.compile(r"(?i)(?<![\w-])(?:why|when|where|how)\s+(?:[\w'’-]+\s+){0,2}$")


#: A question that opens with an auxiliary, its subject and a verb of speech in its bare form: "Didn't
#: Scholz call the speech unacceptable …?", "Did Vučić really say …?", "Has Kurti ever described …?"
#: (whether someone said it: ``asks_whether_said``).
_ASKED_BARE_SPEECH = re.compile(r"[\s*_\"“]*(?:(?:[Dd]id|[Dd]oes|[Hh]as|[Hh]ave)(?:n['’]t)?)\s+(?:[\w'’.-]+\s+){1,4}?"
                                r"(?:(?:really|ever|actually|not|never|also)\s+)?"
                                r"(?:say|said|call|called|describe|described|write|written|wrote|tell|told|claim|claimed|"
                                r"accuse|accused|label|labelled|brand|branded|promise|promised|post|posted|tweet|tweeted)(?![\w'’-])")


def asks_whether_said(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence ``text[lo:hi]`` is a question that opens asking whether someone said
    something ("Didn't Scholz call the speech unacceptable on the Friday?", ``_ASKED_BARE_SPEECH``):
    no verdict of its writer's, whatever the answer after it."""
    return text[lo:hi].rstrip(" \t\n*_\"”’)").endswith("?") and _ASKED_BARE_SPEECH.match(text, lo, hi) is not None


def asked_whether_said(text: str, lo: int, verb_start: int, verb_end: int, hi: int) -> bool:
    """Whether the verb of speech at ``text[verb_start:verb_end]`` (its sentence from ``lo`` to ``hi``)
    is asked about, not told: an auxiliary and its subject before it ("did Kosovo ", "Wasn't it Vjosa
    who "), the question's mark after it, no answer right after that says it was said
    (``CONFIRMED_AFTER``), and no "why", "when", "where" or "how" taking the saying as given."""
    mark = _ASKED_MARK_AFTER.match(text, verb_end, hi) if "?" in text[verb_end:hi] else None
    if mark is None or CONFIRMED_AFTER.match(text, mark.end()):
        return False
    aux = ASKED_AUXILIARY_BEFORE.search(text, max(lo, verb_start - 60), verb_start)
    return aux is not None and not _PRESUPPOSED_BEFORE.search(text, max(lo, aux.start() - 30), aux.start())
