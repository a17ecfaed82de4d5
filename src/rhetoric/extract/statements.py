"""Who says what about whom: rule-based attribution of statements in news text.

``extract_article(article, registry)`` returns one dict per (statement, target);
``extract_corpus(corpus_dir, registry, progress=True)`` streams a corpus into a DataFrame.

How a statement is found (general English news conventions, no statistical model):

1. **Quotes.** Every quotation mark (straight ``"`` or curly ``“ ”``) of the article text is
   classified as opening or closing from its context (space before and a letter after opens;
   a letter or punctuation before and a space or punctuation after closes), falling back on
   the glyph. Marks are paired within a paragraph; a paragraph that ends inside a quote and
   is followed by a paragraph opening with a quotation mark continues the quote (the
   multi-paragraph convention). A quote that is never closed (or a close with no opening)
   is still extracted, up to an attribution (", she said") or the end of the paragraph, and
   flagged ``unbalanced quote``.
2. **Attribution of a quote**, first rule that applies:
   after the quote (``"…," Vučić said`` / ``said Vučić`` / ``she added``); before it with a
   reporting verb (``Kurti emphasized that "…"``, ``he called Erdoğan "a great leader"``,
   ``calling them "shameful"``) or a speech noun (``His assertion that "…"``); a colon
   (``Vučić: "…"``, ``Orbán told reporters: "…"``); ``according to X``; and last, a quote that
   is a sentence of its own right after another quote continues that speaker's statement.
   A quote with none of these (a scare quote, a name: ``known as "Skydagger"``) is not a
   statement.
3. **Reported speech.** A sentence without a quote statement whose reporting verb
   (``accused``, ``said``, ``urged``, ``condemned``, ``characterized … as`` …) has a
   subject that is a speaker, or that says ``according to X``, is a reported statement; its
   span is the text from the reporting verb to the end of the sentence.
4. **Speakers.** The subject of the reporting verb: an actor of the registry (longest alias),
   a personal name not in the registry (kept as written, without titles), a pronoun
   (he/she/they: the first person named in the previous sentence, else the last speaker,
   consistent with the pronoun's gender once known, also from his/her elsewhere in the
   article: "Rama thanked Meloni for her support"), or a role ("the president", "the
   minister": the latest actor whose role says so). For a participle or infinitive
   (``…, accusing Turkey``; ``was quick to condemn``) it is the subject of the clause.
5. **Targets.** The actors named in the statement (in the quote and in the reporting clause
   after the verb: ``accused Turkey``, ``she said of Vučić``), not the speaker; in a quote,
   "he/him/his" is the last person named before it other than the speaker; "his statements"
   after the verb names the person last mentioned; "its/their X" is the subject of its clause and
   "this policy/facility/move" the actor named just before; "his Turkish counterpart" the
   person of that state with the speaker's role; "the Kosovo-Serbia dialogue" names both; the
   target of "objections from X" is the subject of the clause (a force's government); a quote
   that only praises, right after the same speaker attacked Y, keeps Y's hostility; mentions
   inside another statement of the sentence are left to it; "this facility" / "this regime" is the
   last actor named that the noun can name (a named site, a state); the addressee of a contact
   verb ("phoned X to protest", "contacted X to complain") is a target whatever the stance, and
   never the speaker; a state named as the owner of a military ("X's military capabilities",
   "X's effort to build a capable force") is its armed force when the registry has one. One row
   per target; a statement with no actor target has one row with an empty target.
6. **Stance, CAMEO, Goldstein** come from ``rhetoric.extract.stance``; **said_on** from
   ``rhetoric.extract.dates``: a temporal expression in the attribution ("criticized Germany on Monday for
   …": the verb, its object and adjuncts before the content; outside the quote and outside
   the reported content), else the date of the same speaker's previous statement in the same
   paragraph; **channel** from words such as "on social media", "on X", "in a media
   address", "in a statement", "told reporters".
7. **Authorial statements**: a sentence of the article's own voice (no attribution) that
   evaluates an actor (a stance cue reaches a named actor) is a statement by ``author``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pandas as pd

from rhetoric.corpus import Article, iter_articles
from rhetoric.extract import stance as st
from rhetoric.regexes import (
    WHITESPACE,
    WordStartPattern,
    at_word_start,
    letter_branches,
    letter_led_alternation,
    split_alternatives,
)

from rhetoric.columns import STATEMENT_COLUMNS as COLUMNS  # the columns, defined once (rhetoric.columns)

MASK = "¤"  # stands in for quoted text when looking for attributions (same length)

# --- vocabulary ------------------------------------------------------------------------------

_V = {
    # lemma: forms
    "say": "said|says|say|saying",
    "state": "stated|stating|states(?= that)",
    "add": "added|adds|adding",
    "write": "wrote|writes|writing|written",
    "emphasize": "emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing",
    "note": "noted|notes|noting|note",
    "declare": "declared|declares|declaring",
    "charge": "charged|charging",
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
    "call": "called|calls|calling",
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
    "regard": "regards|regarded|regarding",
    "reaffirm": "reaffirmed|reaffirms|reaffirming",
    "indicate": "indicated|indicates|indicating",
    "highlight": "highlighted|highlights|highlighting",
    "defend": "defended|defends|defending",
    "lash out": "lashed out|lashes out|lashing out",
}
#: Verbs that report speech only when the sentence carries a quotation ("welcomed the
#: containers, celebrating the shipment as a step toward "modernizing"").
_QUOTE_ONLY = {
    "welcome": "welcomed|welcomes|welcoming",
    "celebrate": "celebrated|celebrates|celebrating",
    "label": "labell?ed|labels|labell?ing",
    "dub": "dubbed|dubs|dubbing",
    "brand": "branded|brands|branding",
    "term": "termed|terms",
    "portray": "portrayed|portrays|portraying",
    "present": "presented|presents|presenting",
    "seek": "sought",
}
_FORM_TO_LEMMA: dict[str, str] = {}


def _verb_regex(table: dict[str, str], plain: bool = False) -> re.Pattern:
    """Any form of the verbs, as a whole word. ``plain``: the definition; else the same matches
    found several times faster (``rhetoric.regexes.at_word_start``)."""
    if plain:
        return re.compile(r"(?<![\w-])(?:" + "|".join(table.values()) + r")(?![\w-])")
    return at_word_start([a for forms in table.values() for a in split_alternatives(forms)], r"(?![\w-])")


_SPEECH = _verb_regex(_V)
_SPEECH_Q = _verb_regex({**_V, **_QUOTE_ONLY})
_LEMMA_RX = [(lemma, re.compile(r"^(?:" + forms + r")$", re.I)) for lemma, forms in {**_V, **_QUOTE_ONLY}.items()]


def lemma_of(form: str) -> str:
    key = form.lower()
    if key not in _FORM_TO_LEMMA:
        _FORM_TO_LEMMA[key] = next((lem for lem, rx in _LEMMA_RX if rx.match(key)), key)
    return _FORM_TO_LEMMA[key]


#: Verbs that need more than a subject to report speech.
_CALL_OK = re.compile(r"^\s+(?:on|for|it|them|him|her|this|that|the\b|a\b|an\b|[A-Z“\"])")
_NOT_SPEECH_AFTER = {
    "claim": re.compile(r"^\s+(?:the|a|its|their|his|her)\s+(?:right|title|lives?|victory|seat|credit|responsibility)\b", re.I),
    "note": re.compile(r"^\s*[,.;]", re.I),
    "maintain": re.compile(r"^\s+(?:a|an|the|its|their|his|her|close|strong|good)\b", re.I),
    "report": re.compile(r"^\s+(?!that\b)", re.I),
    "present": re.compile(r"^\s+(?!.*[“\"])", re.I),
    "view": re.compile(r"^(?![^.;]{0,80}\bas\b)"),
    "regard": re.compile(r"^(?![^.;]{0,80}\bas\b)"),
    "defend": re.compile(r"^\s+(?:its|their|his|her)\s+(?:companies|citizens|borders?|interests|territory|country)\b"),
    "deny": re.compile(r"^(?!\s+(?:that|having|any|all|the\s+(?:allegations?|accusations?|claims?|reports?|charges?)|"
                       r"allegations?|accusations?|claims?|reports?|charges?|involvement|responsibility|wrongdoing)\b)"),
    "declare": re.compile(r"^\s+(?:its\s+|their\s+)?(?:independence|war|a state|martial|victory|bankruptcy|an? emergency)", re.I),
}

_PASSIVE_BEFORE_PLAIN = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being|so|widely|often|also|commonly|usually)\s+|so-|[Ww]hat\s+(?:some|many|others)\s+)$")
#: The fast spellings below each keep their plain definition (``…_PLAIN``) beside them, and
#: tests/test_regexes.py checks that the two match alike: each alternative begins with a
#: literal character, so that ``re`` skips in C to the characters that can begin a match.
_PASSIVE_BEFORE = re.compile(
    letter_branches(["is", "are", "was", "were", "be", "been", "being", "so", "widely", "often", "also",
                     "commonly", "usually"], r"\s+$", not_after=r"[\w]")
    + "|" + letter_branches(["so-", r"[Ww]hat\s+(?:some|many|others)\s+"], "$", not_after=None))
_AUX = r"(?:has|have|had|was|were|is|are|will|would|could|can|did|does|do|may|might|must|should|then|also|later|again|once|further|repeatedly|publicly|openly|personally|quickly|previously|earlier|already|separately|privately|reportedly|not|never|\w+ly)"
_GAP_SUBJ_VERB = re.compile(
    r"^(?:\s*,[^,;:“”\"¤]{1,90},|\s+[a-z]+\s+(?:on|in|at)\s+[^,;:“”\"¤]{1,30}(?:,\s*\d{4})?,?)?"
    r"(?:\s+" + _AUX + r"){0,3}\s*$")
#: "he", "she", "they" and the possessives "his", "her", "their", as whole words.
_PRONOUNS = at_word_start(["[Hh]e", "[Ss]he", "[Tt]hey", "[Hh]is", "[Hh]er", "[Tt]heir"], r"(?![\w-])")
_POSSESSIVES = {"his", "her", "their"}
_ROLE_WORDS = (r"((?:[A-Z][a-z]+\s+)?(?:president|prime minister|premier|minister|chancellor|"
               r"foreign minister|defen[cs]e minister|general|commander|spokes(?:wo)?man|spokesperson|ministry|"
               r"government|leader|official|ambassador|envoy|secretary|mayor|senator|company|party|king|"
               r"pope|chief|head|governor|prosecutor|manufacturer|alliance|bloc|organisation|organization))"
               r"(?![\w-])")
#: "the president", "the Foreign Ministry" (group 1: the role), case-insensitive. The plain
#: pattern is the definition; ``_ROLE`` is the same, led by [Tt] so that ``re`` skips in C to
#: the t's (re.I lets "t" match nothing else).
_ROLE_PLAIN = re.compile(r"(?<![\w-])(?:the|The)\s+" + _ROLE_WORDS, re.I)
_ROLE = re.compile(r"[Tt](?<![\w-].)(?i:he\s+" + _ROLE_WORDS + ")")
#: Where a reported clause ends and another may begin.
_CLAUSE_CUT_PLAIN = re.compile(r"\s+(?:but|while|whereas)\s+|;\s*|,?\s+and\s+(?=(?:\w+ly\s+)?\w+(?:ed|ing)\b)|[“\"]")
_AND_VERB = r"and\s+(?=(?:\w+ly\s+)?\w+(?:ed|ing)\b)"
_CLAUSE_CUT = re.compile("|".join(
    [re.escape(c) + r"\s*(?:but|while|whereas)\s+" for c in WHITESPACE] + [r";\s*", r",\s+" + _AND_VERB]
    + [re.escape(c) + r"\s*" + _AND_VERB for c in WHITESPACE] + ["“", '"']))
#: Verbs that report speech as a participle only next to another statement ("…" and
#: reaffirming …; reaffirmed X, while acknowledging …), not after any event ("planned a
#: briefing, highlighting …").
_WEAK = {"highlight", "indicate", "reaffirm", "acknowledge", "note", "suggest", "view", "regard",
         "describe", "frame", "defend", "confirm", "reiterate", "observe", "respond", "report"}
#: "objections from the EU", "pressure from Brussels": speech or pressure by the actor named.
_NOUN_FROM_WORDS = (r"objections?|criticism|condemnation|protests?|warnings?|calls|pressure|demands?|complaints?|"
                    r"praise|appeals?|threats?|accusations?")
_NOUN_FROM = re.compile(r"(?<![\w-])(?:" + _NOUN_FROM_WORDS + r")\s+from\s+(?:both\s+)?", re.I)
#: Every position where _NOUN_FROM matches (found once per article, fast: rhetoric.regexes).
_NOUN_FROM_AT = at_word_start(split_alternatives(_NOUN_FROM_WORDS), r"\s+from\s", starts_only=True,
                              ignorecase=True)
#: Where the reported content starts after a verb and its object (dates before it date the act).
_CONTENT_WORDS = (r"that|would|will|could|should|must|might|may|can|had|has|have|is|are|was|were|to|of|for|"
                  r"over|because|as|if|whether|after|before|since|amid|which|who")
_CONTENT_START_PLAIN = re.compile(r"(?<![\w-])(?:" + _CONTENT_WORDS + r")(?![\w-])|[,;:¤“”\"]")
_CONTENT_START = re.compile(letter_branches(split_alternatives(_CONTENT_WORDS), r"(?![\w-])")
                            + "|" + "|".join(map(re.escape, ',;:¤“”"')))
_ACCORDING_PLAIN = re.compile(r"(?<![\w-])[Aa]ccording to\s+")
_ACCORDING = re.compile(r"[Aa](?<![\w-].)ccording to\s+")
_SPEECH_NOUN_WORDS = (r"assertion|claim|statement|remarks?|comments?|words|message|warning|accusations?|charge|"
                      r"reply|response|post|tweet|argument|insistence|view|verdict|description|appeal")
_SPEECH_NOUN_PLAIN = re.compile(r"(?:" + _SPEECH_NOUN_WORDS + r")\s+(?:that|was|:|,)", re.I)
_SPEECH_NOUN = letter_led_alternation(split_alternatives(_SPEECH_NOUN_WORDS), r"\s+(?:that|was|:|,)", ignorecase=True)
#: "… to" and "… and" (with an adverb) at the end of the text before a verb; "that", ";" or ":"
#: where a clause opens; what ends a subject's clause ("; — which who").
_TO_BEFORE_PLAIN = re.compile(r"\bto\s+$")
_TO_BEFORE = re.compile(r"t(?<!\wt)o\s+$")
_AND_BEFORE_PLAIN = re.compile(r"\band\s+(?:\w+ly\s+)?$")
_AND_BEFORE = re.compile(r"a(?<!\wa)nd\s+(?:\w+ly\s+)?$")
_CLAUSE_OPEN_PLAIN = re.compile(r"\bthat\s+|;\s*|:\s+")
_CLAUSE_OPEN = re.compile(r"t(?<!\wt)hat\s+|;\s*|:\s+")
_SUBJECT_CUT_PLAIN = re.compile(r"[;—–]|\s-\s|\b(?:which|who|whom|whose)\b")
_SUBJECT_CUT = re.compile("|".join([";", "—", "–"] + [re.escape(c) + r"-\s" for c in WHITESPACE]
                                   + [r"w(?<!\ww)(?:hich|ho|hom|hose)\b"]))
_THAT_PLAIN = re.compile(r"\bthat\b")
_THAT = re.compile(r"t(?<!\wt)hat\b")
#: "he", "him", "his", "she", "her" as whole words (a pronoun inside a quote).
_PERSONAL_PLAIN = re.compile(r"(?<![\w-])(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er)(?![\w-])")
_PERSONAL = at_word_start(["[Hh]e", "[Hh]im", "[Hh]is", "[Ss]he", "[Hh]er"], r"(?![\w-])")
_TITLE_WORDS = {
    "president", "prime", "minister", "foreign", "defence", "defense", "interior", "finance",
    "economy", "trade", "health", "justice", "deputy", "vice", "chancellor", "mr", "mrs", "ms",
    "dr", "general", "major", "lieutenant", "colonel", "admiral", "commander", "secretary",
    "senator", "spokesman", "spokeswoman", "spokesperson", "ambassador", "premier", "king",
    "queen", "pope", "mayor", "governor", "envoy", "chief", "head", "former", "acting", "state",
    "opposition", "leader", "official", "sir", "lord", "lady", "professor", "prof", "judge",
    "economist", "analyst", "spokesman", "mr.", "mrs.", "ms.", "dr.", "european", "commissioner",
    "agriculture", "energy", "labour", "labor", "national", "security", "adviser", "advisor",
}
_STOP_CAPS = {
    "the", "in", "on", "at", "yet", "but", "and", "however", "meanwhile", "according", "after",
    "before", "last", "this", "that", "these", "those", "speaking", "writing", "earlier", "later",
    "asked", "when", "while", "despite", "for", "with", "as", "by", "from", "since", "until",
    "during", "under", "following", "instead", "its", "his", "her", "their", "our", "a", "an",
    "we", "i", "it", "they", "he", "she", "there", "then", "still", "also", "both", "neither",
    "nor", "or", "so", "if", "although", "though", "because", "now", "today", "yesterday",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "in a", "on the", "what", "how", "why", "who", "where", "all",
    "some", "many", "most", "several", "no", "not", "every", "each", "one", "two", "three",
    "first", "second", "third", "new", "mid",
}
_CAPITAL = "[A-ZÀ-ÖØ-ÞČĆŠŽĐĞİŞŁŃŚŹŻŐŰ]"
_NAME_TOKEN = r"(?:" + _CAPITAL + r"[\w'’.-]*[\w])"
_NAME_REST = (r"[\w'’.-]*[\w](?:\s+(?:(?:de|da|van|von|der|al|bin|el|la|le|di|del|dos)\s+)?"
              + _NAME_TOKEN + r")*")
#: Runs of capitalised words. The plain pattern is the definition; ``_NAME`` is the same with the
#: word-start test after the capital, so that ``re`` skips in C to the capitals.
_NAME_PLAIN = re.compile(r"(?<![\w-])" + _CAPITAL + _NAME_REST)
_NAME = re.compile(_CAPITAL + r"(?<![\w-].)" + _NAME_REST)
_FEMALE = re.compile(r"\b(?:Mrs|Ms|Madam|Queen|Lady|Baroness)\.?\s+$")
_MALE = re.compile(r"\b(?:Mr|Sir|King|Lord)\.?\s+$")

_CHANNELS = [
    ("post on X", re.compile(r"\bon X\b|\(formerly Twitter\)|\bon Twitter\b|\btweet")),
    ("social media", re.compile(r"\bon (?:social media|Facebook|Instagram|Telegram|TikTok)|"
                                r"\b(?:wrote|writing|posted|posting) on\b")),
    ("press conference", re.compile(r"\b(?:press|news) conference|\btold reporters|\bbriefing\b|\bpress briefing", re.I)),
    ("media address", re.compile(r"\bmedia address|\baddress(?:ed)? (?:the media|the nation|journalists)|\btelevised address", re.I)),
    ("interview", re.compile(r"\binterview", re.I)),
    ("statement", re.compile(r"\b(?:written|official|joint) statement|\bin a statement|\bstatement (?:issued|released)|\bcommuniqu", re.I)),
    ("speech", re.compile(r"\bspeech\b|\baddress(?:ed|ing)? (?:parliament|the assembly|lawmakers|a rally|supporters)|\brally\b", re.I)),
    ("broadcast", re.compile(r"\b(?:television|TV|broadcaster|radio)\b")),
]

def _any_channel_patterns() -> list:
    """Whether any channel is named, in three scans instead of eight, for the many statements
    that name none. Every alternative begins with ``\\b`` and a letter, or with "(": the first
    kind are grouped by letter (``rhetoric.regexes.at_word_start``), the case-sensitive and the
    case-insensitive ones apart, so that ``re`` skips ahead to the letters they begin with."""
    worded: dict[bool, list[str]] = {False: [], True: []}
    bracketed = []
    for _, rx in _CHANNELS:
        for alt in split_alternatives(rx.pattern):
            if alt.startswith("\\b"):
                worded[bool(rx.flags & re.I)].append(alt)
            elif alt.startswith("\\("):
                bracketed.append(f"(?{'i' if rx.flags & re.I else '-i'}:{alt})")
            else:
                raise ValueError(f"channel pattern {alt!r}: begin it with \\b or \\(")
    out = [at_word_start(alts, ignorecase=ignorecase, not_after=r"[\w]")
           for ignorecase, alts in worded.items() if alts]
    return out + ([re.compile("|".join(bracketed))] if bracketed else [])


_ANY_CHANNEL = _any_channel_patterns()


def names_a_channel(text: str) -> bool:
    """Whether any of _CHANNELS matches in ``text``."""
    return any(rx.search(text) is not None for rx in _ANY_CHANNEL)

# --- small structures ------------------------------------------------------------------------


@dataclass
class Quote:
    open: int          # offset of the opening mark (or of the text start when there is none)
    close: int | None  # offset of the closing mark, None when unclosed
    start: int         # inner text
    end: int
    flag: str = ""


@dataclass
class Cand:
    """Something that can be a speaker or a target: an actor, a name, a pronoun, a role."""
    start: int
    end: int
    kind: str          # mention | name | pronoun | poss | role
    ref: str | None    # actor id or kept name; None for unresolved pronoun/role
    text: str
    person: bool = False


@dataclass
class Statement:
    speaker: str
    kind: str
    start: int
    end: int
    verb: str
    sent_lo: int
    sent_hi: int
    frame: tuple[int, int]         # sentence span(s) of the statement
    content: tuple[int, int]       # where targets are looked for
    quote_inner: tuple[int, int] | None = None
    extra_targets: list[tuple[str, int, int]] = field(default_factory=list)
    primary: str | None = None
    flag: str = ""
    date_zone: list[tuple[int, int]] = field(default_factory=list)
    paragraph: int = -1
    said_on: str = ""
    precision: str = ""
    channel: str = ""


# --- the extractor ---------------------------------------------------------------------------


class _ArticleExtractor:
    def __init__(self, article: Article, registry):
        self.a = article
        self.reg = registry
        self.body = article.body
        self.paras = [p for p in article.passages if p.kind in ("text", "bullet")]
        self.sents = [s for s in article.sentences if s.passage_kind in ("text", "bullet")]
        self.sent_starts = [s.start for s in self.sents]
        self.para_starts = [p.start for p in self.paras]
        self.quotes = self._find_quotes()
        self.all_mentions = registry.find_mentions(self.body)
        self.mention_starts = [mt.start for mt in self.all_mentions]
        self.masked = self._mask()
        self.cands = self._candidates()
        self.cand_starts = [c.start for c in self.cands]
        self.gender: dict[str, str] = {}
        self._learn_gender()
        self.statements: list[Statement] = []
        self._dates = _dates_module()

    # -- quotes ----------------------------------------------------------------------------
    def _marks(self, p) -> list[tuple[int, bool]]:
        body = self.body
        out = []
        for m in re.finditer(r"[\"“”]", body[p.start:p.end]):
            i = m.start() + p.start
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

    def _find_quotes(self) -> list[Quote]:
        quotes: list[Quote] = []
        cur: Quote | None = None
        continuing = False
        for pi, p in enumerate(self.paras):
            last_close = p.start
            for i, is_open in self._marks(p):
                if is_open is None:  # straight quote between letters: toggle
                    is_open = cur is None
                if is_open:
                    if cur is not None:
                        if continuing and i == p.start:
                            continuing = False
                            continue
                        quotes.append(self._close_unbalanced(cur, self._para_of(cur.open)))
                    cur = Quote(i, None, i + 1, i + 1)
                    continuing = False
                else:
                    if cur is None:
                        start = last_close
                        while start < i and self.body[start] in " \t,.;":
                            start += 1
                        quotes.append(Quote(start, i, start, i, "unbalanced quote"))
                    else:
                        cur.close, cur.end = i, i
                        quotes.append(cur)
                        cur = None
                    last_close = i + 1
            if cur is not None:
                nxt = self.paras[pi + 1] if pi + 1 < len(self.paras) else None
                if nxt is not None and self.body[nxt.start] in "\"“":
                    continuing = True
                else:
                    quotes.append(self._close_unbalanced(cur, p))
                    cur, continuing = None, False
        return quotes

    _INNER_ATTR = re.compile(r"[,.!?]\s+(?:(?:he|she|they|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+(?:" + "|".join(
        v for v in _V.values()) + r")|(?:" + "|".join(_V.values()) + r")\s+[A-Z][\w'’-]+)\b")

    def _close_unbalanced(self, q: Quote, p) -> Quote:
        end = p.end
        m = self._INNER_ATTR.search(self.body, q.start, end)
        if m:
            end = m.start() + 1 if self.body[m.start()] == "," else m.start() + 1
            end = m.start() + (1 if self.body[m.start()] in ",.!?" else 0)
            end = m.start() + (1 if self.body[m.start()] in ".!?" else 0)
        while end > q.start and self.body[end - 1].isspace():
            end -= 1
        return Quote(q.open, None, q.start, end, "unbalanced quote")

    def _para_of(self, pos: int):
        return self.paras[max(0, bisect.bisect_right(self.para_starts, pos) - 1)]

    def _mask(self) -> str:
        """The body with every character inside a quote, except line breaks, replaced by MASK."""
        parts, done = [], 0
        for q in sorted(self.quotes, key=lambda q: q.start):
            start, end = max(q.start, done), q.end
            if end <= start:
                continue
            parts.append(self.body[done:start])
            parts.append("\n".join(MASK * len(line) for line in self.body[start:end].split("\n")))
            done = end
        parts.append(self.body[done:])
        return "".join(parts)

    def in_quote(self, pos: int) -> bool:
        return self.masked[pos] == MASK if pos < len(self.masked) else False

    # -- candidates ------------------------------------------------------------------------
    def _candidates(self) -> list[Cand]:
        out: list[Cand] = []
        taken: list[tuple[int, int]] = []
        for m in self.all_mentions:
            if self.in_quote(m.start):
                continue
            actor = self.reg.actors.get(m.actor)
            out.append(Cand(m.start, m.end, "mention", m.actor, m.text,
                            person=bool(actor and actor.kind == "person")))
            taken.append((m.start, m.end))
        taken.sort()
        tstarts = [t[0] for t in taken]

        def overlaps(s, e):
            i = bisect.bisect_right(tstarts, e) - 1
            while i >= 0 and taken[i][1] > s:
                if taken[i][0] < e:
                    return True
                i -= 1
            return False

        surnames: dict[str, str] = {}
        titles: dict[str, str] = {}
        for m in _NAME.finditer(self.masked):
            s, e = m.span()
            words = m.group().split()
            if len(words) == 1:  # most matches: one capitalised word, a name only if seen before
                word = words[0]
                low = word.lower()
                if low.rstrip(".") in _TITLE_WORDS or low in _STOP_CAPS or (
                        word[:-2] if word.endswith(("'s", "’s")) else word) not in surnames:
                    continue  # what the steps below conclude for it, in fewer steps
            if overlaps(s, e):
                continue
            toks = [(t.group(), t.start() + s) for t in re.finditer(r"\S+", m.group())]
            had_title = False
            title_words = []
            while toks and (toks[0][0].lower().rstrip(".") in _TITLE_WORDS or toks[0][0].lower() in _STOP_CAPS
                            or re.search(r"(?:ian|ese|ish|ean|ch|ot)$", toks[0][0]) and len(toks) > 2):
                if toks[0][0].lower().rstrip(".") in _TITLE_WORDS:
                    had_title = True
                    title_words.append(toks[0][0].lower().rstrip("."))
                toks.pop(0)
            if not toks:
                continue
            if toks[-1][0].lower() in _STOP_CAPS:
                continue
            ns, ne = toks[0][1], toks[-1][1] + len(toks[-1][0])
            text = self.body[ns:ne]
            if text.endswith(("'s", "’s")):
                text, ne = text[:-2], ne - 2
            if len(toks) >= 2 or had_title or text in surnames:
                full = surnames.get(text, text)
                if len(toks) >= 2:
                    surnames.setdefault(toks[-1][0].rstrip("'’s") if toks[-1][0].endswith(("'s", "’s")) else toks[-1][0], text)
                if title_words:
                    titles[full] = titles.get(full, "") + " " + " ".join(title_words)
                person = had_title or len(toks) >= 2
                c = Cand(ns, ne, "name", full, text, person=person)
                before = self.body[max(0, s - 6):s]
                if _FEMALE.search(self.body[max(0, ns - 8):ns]):
                    self.__dict__.setdefault("_g0", {})[full] = "f"
                elif _MALE.search(self.body[max(0, ns - 8):ns]):
                    self.__dict__.setdefault("_g0", {})[full] = "m"
                out.append(c)
        self.name_titles = titles
        for m in _PRONOUNS.finditer(self.masked):
            kind = "poss" if m.group().lower() in _POSSESSIVES else "pronoun"
            out.append(Cand(m.start(), m.end(), kind, None, m.group(), person=True))
        for m in _ROLE.finditer(self.masked):
            if not overlaps(m.start(), m.end()):
                out.append(Cand(m.start(), m.end(), "role", None, m.group(1)))
        out.sort(key=lambda c: (c.start, -c.end))
        return out

    def mentions_in(self, lo: int, hi: int):
        return _within(self.all_mentions, self.mention_starts, lo, hi)

    def cands_in(self, lo: int, hi: int) -> list[Cand]:
        return _within(self.cands, self.cand_starts, lo, hi)

    # -- sentences -------------------------------------------------------------------------
    def sent_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def para_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    # -- resolution of pronouns and roles ---------------------------------------------------
    def _learn_gender(self) -> None:
        """Gender evidence from his/her outside quotes. First the unambiguous cases (one person
        named before the possessive in its sentence: "Vučić appeared to soften his stance");
        then, in text order, the ambiguous ones go to the nearest person named before it whose
        gender is not known to be the other ("Rama thanked Meloni for her support": Meloni;
        "X condemned Vučić's comments, … reaffirming her …" with Vučić male: X)."""
        g0 = self.__dict__.setdefault("_g0", {})
        found: list[tuple[str, list]] = []
        for c in self.cands:
            if c.kind != "poss" or c.text.lower() == "their" or not self.sents:
                continue
            sent = self.sents[self.sent_index(c.start)]
            if not (sent.start <= c.start < sent.end):
                continue
            prev = [x.ref for x in self.cands_in(sent.start, c.start)
                    if x.kind in ("mention", "name") and x.person and x.ref]
            if not prev:
                continue
            last = [x for x in self.cands_in(sent.start, c.start) if x.kind in ("mention", "name") and x.person][-1]
            if len(set(prev)) > 1 and (re.match(r"['’]s\b", self.body[last.end:last.end + 3]) or
                                       re.search(r",\s+(?:\w+ly\s+)?\w+ing\b", self.masked[last.end:c.start])):
                continue  # "X condemned Y's comments, calling his/her …": either may be meant
            found.append((self._gender_of_pronoun(c.text), list(dict.fromkeys(reversed(prev)))))
        votes: dict[str, set] = {}
        for g, persons in found:
            if len(persons) == 1:
                votes.setdefault(persons[0], set()).add(g)
        for ref, gs in votes.items():
            if len(gs) == 1:
                g0.setdefault(ref, next(iter(gs)))
        for g, persons in found:
            if len(persons) > 1:
                ok = [r for r in persons if g0.get(r) in (None, g)]
                if ok and ok[0] not in g0:
                    g0[ok[0]] = g

    def _gender_of_pronoun(self, text: str) -> str | None:
        t = text.lower()
        return "m" if t in ("he", "his", "him") else "f" if t in ("she", "her", "hers") else None

    def _compatible(self, ref: str, g: str | None) -> bool:
        if g is None:
            return True
        known = self.gender.get(ref) or self.__dict__.get("_g0", {}).get(ref)
        return known is None or known == g

    def _is_person(self, ref: str) -> bool:
        actor = self.reg.actors.get(ref)
        if actor is not None:
            return actor.kind == "person"
        return True  # a kept name

    def resolve_pronoun(self, c: Cand, exclude: str | None = None) -> str | None:
        g = self._gender_of_pronoun(c.text)
        plural = c.text.lower() in ("they", "their")
        si = self.sent_index(c.start)

        def ok(ref):
            if ref is None or ref == exclude:
                return False
            if plural:
                return not self._is_person(ref)
            return self._is_person(ref) and self._compatible(ref, g)

        # 1. earlier in the same sentence, a named subject ("After Orbán arrived, he said")
        sent = self.sents[si]
        for x in self.cands_in(sent.start, c.start):
            if x.kind in ("mention", "name") and ok(x.ref) and x.start == self._clause_subject_start(sent.start, c.start):
                return self._bind(x.ref, g)
        # 2. the first actor named in the previous sentences (outside quotes)
        for back in range(1, 4):
            if si - back < 0:
                break
            prev = self.sents[si - back]
            for x in self.cands_in(prev.start, prev.end):
                if x.kind in ("mention", "name") and ok(x.ref):
                    return self._bind(x.ref, g)
                if x.kind == "pronoun" and x.start == prev.start + self._lead(prev.start):
                    ref = self._stmt_speaker_at(x.start)
                    if ok(ref):
                        return self._bind(ref, g)
            if back == 1:
                for stmt in reversed(self.statements):
                    if prev.start <= stmt.start < prev.end + 1 and ok(stmt.speaker):
                        return self._bind(stmt.speaker, g)
        # 3. the last speaker
        for stmt in reversed(self.statements):
            if ok(stmt.speaker):
                return self._bind(stmt.speaker, g)
        return None

    def _lead(self, pos: int) -> int:
        seg = self.masked[pos:pos + 60]
        return len(seg) - len(seg.lstrip(" \"“"))

    def _stmt_speaker_at(self, pos: int) -> str | None:
        for stmt in reversed(self.statements):
            if stmt.frame[0] <= pos < stmt.frame[1]:
                return stmt.speaker
        return None

    def _bind(self, ref: str, g: str | None) -> str:
        if g and ref not in self.gender:
            self.gender[ref] = g
        return ref

    def resolve_role(self, c: Cand) -> str | None:
        head = c.ref or c.text
        head = head.lower().split()[-1] if head else ""
        best = None
        for x in reversed(self.cands_in(0, c.start)):
            if x.kind == "mention":
                actor = self.reg.actors.get(x.ref)
                if actor and (head in actor.role.lower() or head in actor.name.lower()
                              or any(head in al.lower() for al in actor.aliases)):
                    best = x.ref
                    break
            elif x.kind == "name" and head in self.name_titles.get(x.ref, ""):
                best = x.ref
                break
        return best

    def resolve(self, c: Cand, exclude: str | None = None) -> str | None:
        if c.kind in ("mention", "name"):
            return c.ref
        if c.kind in ("pronoun", "poss"):
            return self.resolve_pronoun(c, exclude)
        if c.kind == "role":
            return self.resolve_role(c) or ("the " + c.text if c.text else None)
        return None

    # -- subjects --------------------------------------------------------------------------
    def _clause_subject_start(self, lo: int, pos: int) -> int | None:
        """Start of the first candidate of the clause that contains ``pos``."""
        seg = self.masked[lo:pos]
        cut = lo
        for m in _CLAUSE_OPEN.finditer(seg):
            cut = lo + m.end()
        for x in self.cands_in(cut, pos):
            if x.kind in ("mention", "name", "pronoun", "role"):
                return x.start
            if x.kind == "poss" and self._SPEECH_NOUN_AFTER(x.end):
                return x.start
        return None

    def _SPEECH_NOUN_AFTER(self, pos: int) -> bool:
        return bool(re.match(r"\s*(?:[\w-]+\s+){0,2}?" + _SPEECH_NOUN_PLAIN.pattern, self.masked[pos:pos + 80], re.I))

    def subject_of(self, vstart: int, vend: int, sent_lo: int) -> Cand | None:
        """The speaker candidate of a reporting verb at [vstart, vend)."""
        form = self.masked[vstart:vend]
        non_finite = form.lower().endswith("ing") or _TO_BEFORE.search(self.masked[sent_lo:vstart]) is not None
        left = self.cands_in(sent_lo, vstart)
        # finite verb: the candidate right before it
        if not non_finite:
            for x in reversed(left):
                gap = self.masked[x.end:vstart]
                if x.kind == "poss":
                    continue
                if _GAP_SUBJ_VERB.match(gap):
                    if x.kind == "mention" or x.kind == "name":
                        if re.match(r"['’]s\b", self.body[x.end:x.end + 3]):
                            break
                    return x
                # a possessive subject: "Osmani's defense of the deal emphasized"
                if re.match(r"['’]s\s+(?:[\w-]+\s+){0,5}?$", gap) and x.kind in ("mention", "name") and \
                        not re.search(r"[,;:¤“”\"]", gap):
                    return x
                break
            # "His assertion that", handled by the caller via speech nouns
            if not _AND_BEFORE.search(self.masked[sent_lo:vstart]):
                return None
        if _TO_BEFORE.search(self.masked[sent_lo:vstart]):
            cut = sent_lo
            for mm in _CLAUSE_OPEN.finditer(self.masked[sent_lo:vstart]):
                cut = sent_lo + mm.end()
            for x in reversed([c for c in left if c.start >= cut]):
                nxt = self.masked[x.end:x.end + 6]
                if x.kind == "poss" or re.match(r"\s+to\b|['’]s\b", nxt) or re.search(
                        r"\b(?:of|for|with|by|in|at|from|against|to|on|among)\s+(?:the\s+|a\s+|an\s+)?$",
                        self.masked[max(sent_lo, x.start - 14):x.start]):
                    continue
                # "X phoned Y on Wednesday to protest": Y is whom X addressed, not the speaker
                if self._ADDRESS_VERB.search(self.masked[max(sent_lo, x.start - 60):x.start]):
                    continue
                return x
            return None
        # participle, or coordinated verb: the subject of the clause
        start = self._clause_subject_start(sent_lo, vstart)
        if start is not None:
            for x in left:
                if x.start == start:
                    if x.kind in ("mention", "name") and re.match(r"['’]s\b", self.body[x.end:x.end + 3]) \
                            and not self._SPEECH_NOUN_AFTER(x.end + 2):
                        return None
                    return x
        return None

    def inverted_subject(self, vend: int, hi: int) -> Cand | None:
        """``said Vučić`` / ``said the minister``: the candidate right after the verb."""
        for x in self.cands_in(vend, hi):
            if re.match(r"^\s*$", self.masked[vend:x.start]) and x.kind in ("mention", "name", "role"):
                return x
            break
        return None

    def speaker_ref(self, c: Cand | None) -> str | None:
        if c is None:
            return None
        return self.resolve(c)

    # -- speech verbs ----------------------------------------------------------------------
    def verbs_in(self, lo: int, hi: int, with_quote: bool) -> list[re.Match]:
        return [m for m, ok in self.verb_matches(lo, hi, with_quote) if ok]

    def verb_matches(self, lo: int, hi: int, with_quote: bool) -> list[tuple[re.Match, bool]]:
        """Reporting verbs in [lo, hi), each with whether it reports the speech of a subject
        (False for passives and impersonal uses: "are described as", "what some call")."""
        rx = _SPEECH_Q if with_quote else _SPEECH
        out = []
        for m in rx.finditer(self.masked, lo, hi):
            lem = lemma_of(m.group())
            before = self.masked[max(lo, m.start() - 30):m.start()]
            if _PASSIVE_BEFORE.search(before) and lem not in ("say",):
                # "is accused of", "so-called", "what some call": not speech of a subject here
                if not re.search(r"(?:has|have|had)\s+(?:also\s+)?$", before):
                    out.append((m, False))
                    continue
            after = self.masked[m.end():m.end() + 60]
            if lem == "call" and not _CALL_OK.match(after):
                continue
            if lem in _NOT_SPEECH_AFTER and _NOT_SPEECH_AFTER[lem].match(after):
                continue
            out.append((m, True))
        return out

    # -- statements from quotes ------------------------------------------------------------
    def quote_statements(self) -> None:
        prev_stmt: Statement | None = None
        prev_quote_end = -1
        for q in self.quotes:
            s_lo = self.sent_index(q.open)
            s_hi = self.sent_index(max(q.start, (q.close if q.close is not None else q.end) - 1))
            lo, hi = self.sents[s_lo].start, self.sents[s_hi].end
            close = q.close if q.close is not None else q.end
            stmt = self._attribute_quote(q, lo, hi, close)
            if stmt is None and prev_stmt is not None and self._standalone(q, lo, hi) and \
                    self._adjacent(prev_quote_end, q.open):
                stmt = Statement(prev_stmt.speaker, "direct", q.start, q.end, prev_stmt.verb, s_lo, s_hi,
                                 (lo, hi), (q.start, q.end), (q.start, q.end), flag=q.flag)
                stmt.date_zone = [(lo, q.open)] + ([(close + 1, hi)] if close + 1 < hi else [])
                stmt.inherit_from = prev_stmt  # type: ignore[attr-defined]
            if stmt is None:
                continue
            stmt.flag = q.flag or stmt.flag
            stmt.paragraph = self.para_index(q.start)
            self.statements.append(stmt)
            prev_stmt, prev_quote_end = stmt, close

    def _standalone(self, q: Quote, lo: int, hi: int) -> bool:
        outside = (self.masked[lo:q.open] + self.masked[(q.close or q.end) + 1:hi]).strip(" \"“”.,")
        inner = self.body[q.start:q.end].lstrip()
        return not outside and bool(inner) and (inner[0].isupper() or inner[0].isdigit())

    def _adjacent(self, prev_end: int, open_: int) -> bool:
        if prev_end < 0:
            return False
        if self.sent_index(open_) - self.sent_index(prev_end) > 1:
            return False
        return self.para_index(open_) - self.para_index(prev_end) <= 1

    def _attribute_quote(self, q: Quote, lo: int, hi: int, close: int) -> Statement | None:
        m = self.masked
        inner = (q.start, q.end)
        words = len(self.body[q.start:q.end].split())
        full = self._looks_like_sentence(q)
        kind_default = "direct" if full else "partial"
        s_lo, s_hi = self.sent_index(lo), self.sent_index(hi - 1)

        def make(speaker, verb_m, kind, content, date_zone, extra_lo=None, extra_hi=None, primary_zone=None):
            st_ = Statement(speaker, kind, q.start, q.end, verb_m.group() if verb_m else "", s_lo, s_hi,
                            (lo, hi), content, inner)
            st_.date_zone = date_zone
            if extra_lo is not None:
                st_.extra_targets = self._targets_in(extra_lo, extra_hi, speaker)
            if primary_zone:
                tg = self._targets_in(*primary_zone, speaker)
                st_.primary = tg[0][0] if tg else None
            return st_

        # 1. after the quote: '"…," Vučić said' / 'said Vučić' / 'she added'
        after_lo = close + 1
        nxt_open = m.find("“", after_lo, hi)
        after_hi = hi if nxt_open < 0 else nxt_open
        for vm in self.verbs_in(after_lo, min(after_hi, after_lo + 90), True):
            gap = m[after_lo:vm.start()]
            subj = None
            if re.fullmatch(r"[\s,.!?\-–—]*", gap):
                subj = self.inverted_subject(vm.end(), after_hi)
            if subj is None:
                cs = self.cands_in(after_lo, vm.start())
                if cs and re.fullmatch(r"[\s,.!?\-–—]*", m[after_lo:cs[0].start]) and \
                        _GAP_SUBJ_VERB.match(m[cs[-1].end:vm.start()]) and cs[0] is cs[-1]:
                    subj = cs[0]
            if subj is not None:
                spk = self.resolve(subj)
                if spk:
                    tail = self._said_of(vm.end(), after_hi)
                    if not full and m[lo:q.open].strip(" \"“"):
                        break  # '… "golden era," some say' inside another clause: not this rule
                    kind = "direct" if (full or not m[lo:q.open].strip(" \"“")) else kind_default
                    st_ = make(spk, vm, kind, inner, [(lo, q.open), (after_lo, after_hi)],
                               vm.end(), self._clause_end(vm.end(), after_hi), (vm.end(), after_hi) if tail else None)
                    st_.verb_pos = vm.start()  # type: ignore[attr-defined]
                    end_attr = max(vm.end(), subj.end)
                    if tail:
                        nxt = [x for x in self.cands_in(vm.end(), after_hi)]
                        end_attr = nxt[0].end if nxt else end_attr
                    st_.claim = (q.open, end_attr)  # type: ignore[attr-defined]
                    st_.said_of = bool(tail)  # type: ignore[attr-defined]
                    st_.subject_pos = subj.start  # type: ignore[attr-defined]
                    return st_
            break
        # 2. before the quote: reporting verb or speech noun in the same sentence
        before_lo = self.sents[s_lo].start
        prev_close = max(m.rfind("”", before_lo, q.open), m.rfind('"', before_lo, max(before_lo, q.open - 1)))
        if prev_close > before_lo and m[before_lo:prev_close].count(MASK):
            before_lo = max(before_lo, prev_close + 1) if False else before_lo
        verbs = []
        for vm, ok in self.verb_matches(before_lo, q.open, True):
            if MASK in m[vm.end():q.open]:
                verbs = []  # a verb before an earlier quote of the sentence belongs to it
            verbs.append((vm, ok))
        nouns = list(_SPEECH_NOUN.finditer(m, before_lo, q.open))
        for vm, ok in reversed(verbs):
            if not ok:
                # "what some describe as "…"": unnamed commentators, the group last quoted nearby
                if re.search(r"\b(?:some|many|others)\s+$", m[max(lo, vm.start() - 12):vm.start()]):
                    grp = self._recent_group_speaker(vm.start())
                    if grp:
                        st_ = make(grp, vm, "partial", (vm.end(), hi), [], vm.end(), hi, None)
                        st_.anaphoric = True  # type: ignore[attr-defined]
                        st_.claim = (min(vm.start(), q.open), close + 1)  # type: ignore[attr-defined]
                        return st_
                break  # "are known as": nobody's statement
            subj = self.subject_of(vm.start(), vm.end(), before_lo)
            spk = self.resolve(subj) if subj else None
            if spk:
                gap_to_quote = m[vm.end():q.open]
                kind = kind_default
                if re.fullmatch(r"\s*(?:that\s*)?[:,]?\s*", gap_to_quote) and words >= 5:
                    kind = "direct"
                zone_lo = self._zone_start(lo, subj.start)
                st_ = make(spk, vm, kind, (subj.end, hi), [(zone_lo, vm.end())],
                           vm.end(), hi, (vm.end(), hi))
                st_.extra_targets += self._his_statements(vm.end(), hi, spk)
                st_.addressee = self._addressee(subj.end, vm.start(), spk)  # type: ignore[attr-defined]
                st_.verb_pos = vm.start()  # type: ignore[attr-defined]
                st_.claim = (subj.start, close + 1)  # type: ignore[attr-defined]
                st_.subject_pos = subj.start  # type: ignore[attr-defined]
                return st_
        for nm in reversed(nouns):
            for x in reversed(self.cands_in(before_lo, nm.start())):
                if re.fullmatch(r"(?:['’]s)?\s*(?:[\w-]+\s+){0,2}", m[x.end:nm.start()]) and \
                        x.kind in ("mention", "name", "poss", "role"):
                    spk = self.resolve(x)
                    if spk:
                        return make(spk, nm, kind_default, (nm.end(), hi), [(lo, x.start)], nm.end(), hi)
                break
        # 3. a colon: 'Vučić: "…"'
        cm = re.search(r":\s*$", m[before_lo:q.open])
        if cm:
            cs = [x for x in self.cands_in(before_lo, q.open) if x.kind in ("mention", "name", "role", "pronoun")]
            if cs and len(m[before_lo:cs[0].start].strip()) <= 40:
                spk = self.resolve(cs[0])
                if spk:
                    return make(spk, None, "direct" if full else kind_default, inner, [(lo, q.open)])
        # 4. according to X
        for am in _ACCORDING.finditer(m, lo, hi):
            if words < 4:
                break
            cs = self.cands_in(am.end(), hi)
            if cs and cs[0].start == am.end():
                spk = self.resolve(cs[0])
                if spk:
                    return make(spk, None, kind_default, inner, [(lo, hi)])
        return None

    def _recent_group_speaker(self, pos: int) -> str | None:
        si = self.sent_index(pos)
        for stmt in reversed(self.statements + getattr(self, "_pending", [])):
            if si - stmt.sent_hi <= 2:
                actor = self.reg.actors.get(stmt.speaker)
                if actor is not None and actor.kind == "group":
                    return stmt.speaker
        for mt in self.reg.find_mentions(self.masked[self.sents[si].start:pos], self.sents[si].start):
            actor = self.reg.actors.get(mt.actor)
            if actor is not None and actor.kind == "group":
                return mt.actor
        return None

    def _clause_end(self, lo: int, hi: int) -> int:
        m = _CLAUSE_CUT.search(self.masked, lo, hi)
        end = m.start() if m else hi
        while end > lo and self.body[end - 1] in ".!?,; ”\"":
            end -= 1
        return end

    def _zone_start(self, lo: int, subj_start: int) -> int:
        """Where the clause of a subject starts, for dates: after a dash, semicolon or
        relative pronoun ("the arrest — a move Serbia condemned")."""
        cut = lo
        for mm in _SUBJECT_CUT.finditer(self.masked[lo:subj_start]):
            cut = lo + mm.end()
        return cut

    def _looks_like_sentence(self, q: Quote) -> bool:
        inner = self.body[q.start:q.end].strip()
        if len(inner.split()) < 4 or not inner:
            return False
        return inner[0].isupper() and (inner[-1] in ".,!?…" or len(inner.split()) > 8)

    def _said_of(self, lo: int, hi: int) -> bool:
        return bool(re.match(r"\s+(?:of|about|to)\s", self.masked[lo:hi]))

    _ADDRESS_VERB = re.compile(
        r"(?<![\w-])(?:contact(?:ed|s|ing)?|(?:tele)?phon(?:ed|es|ing)|rang|call(?:ed|s|ing)|summon(?:ed|s|ing)?|"
        r"approach(?:ed|es|ing)?|wr(?:ote|ites|iting)\s+(?:a\s+letter\s+)?to|sen(?:t|ds|ding)\s+a\s+letter\s+to|"
        r"met|meets|meeting|visit(?:ed|s|ing)?)\s+(?:with\s+)?(?:the\s+|his\s+|her\s+|its\s+|their\s+)?"
        r"(?:[A-Z][\w'’.-]*\s+|counterpart\s+){0,4}$")

    def _addressee(self, lo: int, vstart: int, speaker: str) -> str | None:
        """Whom a statement is addressed to: "contacted X to protest", "phoned X to complain",
        "summoned X to demand": the actor between a contact verb and "to" + the reporting verb.
        The addressee is a target of the statement even when it is neutral toward them."""
        if not _TO_BEFORE.search(self.masked[lo:vstart]):
            return None
        for mt in reversed(self.mentions_in(lo, vstart)):
            if not re.fullmatch(r"(?:\s+(?:on|last|this|earlier|later)(?:\s+\w+){1,2}?)?,?\s+to\s+",
                                self.masked[mt.end:vstart]):
                return None
            if mt.actor != speaker and self._ADDRESS_VERB.search(self.masked[max(lo, mt.start - 60):mt.start]):
                return mt.actor
            return None
        return None

    def _his_statements(self, lo: int, hi: int, speaker: str) -> list[tuple[str, int, int]]:
        out = []
        for x in self.cands_in(lo, hi):
            if x.kind == "poss" and re.match(r"\s+(?:statements?|comments?|remarks?|words|accusations?|rhetoric|claims?|behaviou?r|policy|actions?)\b",
                                             self.masked[x.end:x.end + 30]):
                ref = self.resolve_pronoun(x, exclude=speaker)
                if ref and ref != speaker:
                    out.append((ref, x.start, x.end))
        return out

    # -- targets ---------------------------------------------------------------------------
    def _targets_in(self, lo: int, hi: int, speaker: str) -> list[tuple[str, int, int]]:
        out = []
        for mt in self.mentions_in(lo, hi):
            if mt.actor != speaker and mt.actor != "author":
                out.append((mt.actor, mt.start, mt.end))
        for s, e, actors in self._compounds():
            if lo <= s and e <= hi:
                out.extend((a, s, e) for a in actors if a not in (speaker, "author"))
        return sorted(out, key=lambda t: t[1])

    # (?<![\w-])([A-Z]\w+)[-–]([A-Z]\w+)(?![\w-]), with the word-start test after the capital
    # so that re skips in C to the capitals
    _HYPHEN_PAIR = re.compile(r"([A-Z](?<![\w-].)[\w]+)[-–]([A-Z][\w]+)(?![\w-])")

    def _compounds(self) -> list[tuple[int, int, list[str]]]:
        """"the Kosovo-Serbia dialogue", "US-China talks": a hyphenated pair names two actors."""
        if not hasattr(self, "_compound_cache"):
            found = []
            for m in self._HYPHEN_PAIR.finditer(self.masked):
                ids = []
                for part in (m.group(1), m.group(2)):
                    ms = self.reg.find_mentions(part)
                    if len(ms) == 1 and ms[0].start == 0 and ms[0].end == len(part):
                        ids.append(ms[0].actor)
                if len(ids) == 2 and ids[0] != ids[1]:
                    found.append((m.start(), m.end(), ids))
            self._compound_cache = found
        return self._compound_cache

    _IMPLIED_PLAIN = re.compile(
        r"(?<![\w-])(?:(?P<poss>[Ii]ts|[Tt]heir)(?![\w-])|(?P<dem>[Tt]his|[Tt]hese|[Tt]hat)\s+(?P<noun>policy|policies|move|"
        r"decision|facility|facilities|centre|center|base|plant|site|deal|plan|approach|step|strategy|stance|"
        r"behaviou?r|conduct|actions?|government|regime|leadership|country|state)(?![\w-]))")
    #: The same matches, found by skipping to the words it can begin with (``rhetoric.regexes``).
    _IMPLIED = WordStartPattern(_IMPLIED_PLAIN, r"[Ii]ts|[Tt]h(?:eir|is|ese|at)")
    #: What a demonstrative's head noun can refer to: "this facility" is a named site (an actor
    #: whose name says centre, base …), "this regime" a state; other nouns any non-person.
    _DEM_KINDS = {
        "facility": "site", "facilities": "site", "centre": "site", "center": "site", "base": "site",
        "plant": "site", "site": "site", "government": "state", "regime": "state",
        "leadership": "state", "country": "state", "state": "state",
    }
    _SITE_NAME = re.compile(r"(?i)\b(?:cent(?:er|re)|base|facility|plant|station|camp|site|complex|airport|port)\b")

    def _dem_fits(self, noun: str, actor) -> bool:
        want = self._DEM_KINDS.get(noun.lower())
        if actor is None or want is None:
            return True
        if want == "site":
            return actor.kind in ("organisation", "company", "force") and bool(self._SITE_NAME.search(actor.name))
        return actor.kind == "state"

    def _implied_targets(self, lo: int, hi: int, speaker: str) -> list[tuple[str, int, int]]:
        """Implied targets: "its neighbours", "their policy" is the organisation or state named
        last before it in the sentence; "this policy", "this facility" the actor named last
        before it (same or previous sentence) that the noun can name (a facility is a named
        site, a regime a state). Never the speaker."""
        out = []
        if hi <= lo:
            return out
        for m in self._IMPLIED.finditer(self.body, lo, hi):
            si = self.sent_index(m.start())
            if m.group("poss"):  # the subject of its clause: "Turkey's delivery to Kosovo … its policy"
                back = self.sents[si].start
                for cm in re.finditer(r"\bthat\s|[;:“”\"]|\s(?:and|but|while|whereas)\s", self.body[back:m.start()]):
                    back = self.sents[si].start + cm.end()
                cands = self.mentions_in(back, m.start())
            else:
                cands = list(reversed(self.mentions_in(self.sents[max(0, si - 1)].start, m.start())))
            for mt in cands:
                actor = self.reg.actors.get(mt.actor)
                if mt.actor in ("author", speaker) or (actor is not None and actor.kind == "person"):
                    continue
                if actor is not None and speaker in (getattr(actor, "affiliation", None) or "",):
                    continue
                if m.group("dem") and not self._dem_fits(m.group("noun"), actor):
                    continue
                out.append((mt.actor, m.start(), m.end()))
                break
        return out

    _FORCE_AFTER = re.compile(
        r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:army|armed\s+forces|security\s+forces?|defen[cs]e\s+forces?|troops|soldiers|"
        r"military(?=\s+(?:capabilit\w*|capacity|strength|power|units?|personnel|arsenal)\b|\s*[,.;]|"
        r"\s+(?:is|was|has|had|will|would)\b))(?![\w-])|"
        r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:efforts?|drive|push|plans?|bid|attempts?|ambitions?|goals?|programm?e?s?)\s+to\s+"
        r"[“\"]?(?:build|create|develop|strengthen|moderni[sz]e|expand|equip|arm|train)\s+(?:an?\s+|its\s+|the\s+)?"
        r"(?:[\w-]+\s+){0,4}?(?:force|army|military)(?![\w-])")

    def _own_forces(self, tg: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """"Kosovo's military capabilities", "Kosovo's effort to build a capable force": a state
        named as the owner of a military is its armed force, when the registry has exactly one
        (police forces aside)."""
        out = []
        for t, s_, e_ in tg:
            actor = self.reg.actors.get(t)
            if actor is not None and actor.kind == "state" and self._FORCE_AFTER.match(self.body, e_):
                forces = [a.id for a in self.reg.actors.values() if a.kind == "force" and a.affiliation == t
                          and "police" not in (a.name + " " + a.role).lower()]
                if len(forces) == 1:
                    t = forces[0]
            out.append((t, s_, e_))
        return out

    _COUNTERPART = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+counterparts?\b|\bcounterparts?\s+(?:in|from)\s+([A-Z][a-z]+)")

    def _counterparts(self, lo: int, hi: int, speaker: str) -> list[tuple[str, int, int]]:
        """"his Turkish counterpart": the person of that state (its name and the demonym share
        their first four letters: Turk-ey/Turk-ish, Serb-ia/Serb-ian) with the speaker's role,
        else the only person of that state in the registry."""
        out = []
        if self.body.find("counterpart", lo, hi) < 0:
            return out  # both alternatives spell it out: no scan of the text for most statements
        for m in self._COUNTERPART.finditer(self.body, lo, hi):
            word = (m.group(1) or m.group(2))[:4].lower()
            states = [a for a in self.reg.actors.values() if a.kind == "state" and
                      any(x.lower().startswith(word) for x in [a.name] + list(a.aliases))]
            if len(states) != 1:
                continue
            people = [a for a in self.reg.actors.values() if a.kind == "person" and a.affiliation == states[0].id
                      and a.id != speaker]
            me = self.reg.actors.get(speaker)
            head = (me.role.split(" of ")[0].lower() if me is not None and me.role else "")
            same = [a for a in people if head and a.role.lower().startswith(head)]
            pick = same if len(same) == 1 else people if len(people) == 1 else []
            if pick:
                out.append((pick[0].id, m.start(), m.end()))
        return out

    def _quote_pronoun_targets(self, stmt: Statement) -> list[tuple[str, int, int]]:
        """In a quote, he/him/his is someone other than the speaker: the last person named."""
        if not stmt.quote_inner:
            return []
        qs, qe = stmt.quote_inner
        out = []
        ref = None
        for pm in _PERSONAL.finditer(self.body[qs:qe]):
            if ref is None:
                g = self._gender_of_pronoun(pm.group())
                inside = [mt for mt in self.mentions_in(qs, qs + pm.start())
                          if mt.actor != stmt.speaker and self._is_person(mt.actor)]
                ref = inside[-1].actor if inside else self._last_person_before(qs, exclude=stmt.speaker, gender=g)
                if ref is None:
                    break
            out.append((ref, qs + pm.start(), qs + pm.end()))
        return out

    def _last_person_before(self, pos: int, exclude: str, gender: str | None) -> str | None:
        lo = self.sents[max(0, self.sent_index(pos) - 2)].start
        named = [mt for mt in self.mentions_in(lo, pos)]
        for mt in reversed(named):
            actor = self.reg.actors.get(mt.actor)
            if actor and actor.kind == "person" and mt.actor != exclude and self._compatible(mt.actor, gender):
                return mt.actor
        for x in reversed(self.cands_in(lo, pos)):
            if x.kind == "name" and x.ref != exclude and x.person and self._compatible(x.ref, gender):
                return x.ref
        return None

    # -- reported statements ---------------------------------------------------------------
    def reported_statements(self) -> None:
        """Reported speech, clause by clause: every reporting verb outside quote statements
        whose subject is a speaker (its own, the clause's, or the speaker of the quote it is
        coordinated with) opens a statement that runs to the end of its clause."""
        claims: dict[int, list[tuple[int, int, Statement]]] = {}
        for stmt in self.statements:
            c = getattr(stmt, "claim", (stmt.start, stmt.end))
            for i in range(stmt.sent_lo, stmt.sent_hi + 1):
                claims.setdefault(i, []).append((c[0], c[1], stmt))
        new: list[Statement] = []
        self._pending = new
        for si, sent in enumerate(self.sents):
            lo, hi = sent.start, sent.end
            claimed = claims.get(si, [])
            last_end = lo
            for vm in self.verbs_in(lo, hi, False):
                if any(a <= vm.start() < b for a, b, _ in claimed) or MASK in self.masked[vm.start():vm.end()]:
                    continue
                lem = lemma_of(vm.group())
                participle = vm.group().endswith("ing")
                subj = self.subject_of(vm.start(), vm.end(), lo)
                own = subj is not None and not participle and subj.kind in ("mention", "name") and \
                    _GAP_SUBJ_VERB.match(self.masked[subj.end:vm.start()]) is not None
                if vm.start() < last_end and not _CLAUSE_CUT.search(self.masked, last_stmt_verb, vm.start()):
                    # "criticized the ASM, arguing that …" is the same statement; but in
                    # "…, highlighting what Pristina views as …" Pristina speaks for itself
                    if own and new and new[-1].verb.endswith("ing") and new[-1].sent_lo == si:
                        new.pop()
                    else:
                        continue
                if any(b > vm.end() and a < self._clause_end(vm.end(), hi) + 2 and x.speaker != "" for a, b, x in claimed
                       if a > vm.end() and getattr(x, "subject_pos", a) > vm.end() and x.quote_inner
                       and x.quote_inner[0] > vm.end()) and re.match(r"\s+that\b", self.masked[vm.end():vm.end() + 6]):
                    continue  # "the ministry reported that X … "…"": X's statement is the one coded
                coord = self._coordinated(vm.start(), claimed) or self._coordinated(
                    vm.start(), [(x.start, x.end, x) for x in new if x.sent_lo == si])
                spk = None
                if coord is not None and not own:
                    spk = coord.speaker
                elif subj is not None:
                    if (participle or _AND_BEFORE.search(self.masked[lo:vm.start()])) and \
                            lem in _WEAK and not any(x.sent_lo == si for x in new):
                        continue
                    if _AND_BEFORE.search(self.masked[lo:vm.start()]) and not own and \
                            not any(x.sent_lo == si for x in new) and not claimed:
                        continue  # "… to engage and view the process as …": no speech before
                    spk = self.resolve(subj)
                if not spk:
                    continue
                end = self._clause_end(vm.end(), hi)
                stmt = Statement(spk, "reported", vm.start(), end, vm.group(), si, si, (lo, hi), (vm.end(), end))
                after_that = _THAT.search(self.masked[vm.end():min(hi, vm.end() + 60)])
                if after_that:
                    zone_end = vm.end() + after_that.start()
                else:
                    # the verb's object and a date adjunct, before the reported content:
                    # "criticized Germany on Monday for …", "accused Ankara last week of …"
                    cut = _CONTENT_START.search(self.masked, vm.end(), end)
                    zone_end = cut.start() if cut else end
                zs = self._zone_start(lo, subj.start) if subj else lo
                stmt.date_zone = [(zs, vm.start()), (vm.start(), min(zone_end, end))]
                tg = self._targets_in(vm.end(), end, spk)
                stmt.primary = tg[0][0] if tg and self.masked[vm.end():tg[0][1]].strip() in ("", "that") else None
                stmt.extra_targets = self._his_statements(vm.end(), end, spk)
                if subj is not None and subj.end <= vm.start():
                    addr = self._addressee(subj.end, vm.start(), spk)
                    if addr:
                        stmt.addressee = addr  # type: ignore[attr-defined]
                        stmt.extra_targets.append((addr, vm.start(), vm.start()))
                stmt.verb_pos = vm.start()  # type: ignore[attr-defined]
                stmt.subject_pos = subj.start if subj else vm.start()  # type: ignore[attr-defined]
                stmt.anaphoric = True  # type: ignore[attr-defined]
                stmt.paragraph = self.para_index(lo)
                new.append(stmt)
                last_end, last_stmt_verb = end, vm.start()
            # "objections from the EU and the United States"
            for nm in (_NOUN_FROM.finditer(self.masked, lo, hi) if self._noun_from_in(lo, hi) else ()):
                if any(a <= nm.start() < b for a, b, _ in claimed) or any(x.start <= nm.start() < x.end for x in new):
                    continue
                pos = nm.end()
                end = self._clause_end(nm.end(), hi)
                for x in self.cands_in(nm.end(), end):
                    if x.kind != "mention" or not re.fullmatch(r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)?(?:the\s+)?",
                                                             self.masked[pos:x.start]):
                        break
                    stmt = Statement(x.ref, "reported", nm.start(), end, nm.group().split()[0], si, si, (lo, hi),
                                     (end, end))
                    stmt.date_zone = []
                    stmt.anaphoric = True  # type: ignore[attr-defined]
                    stmt.subject_pos = x.start  # type: ignore[attr-defined]
                    stmt.paragraph = self.para_index(lo)
                    # "Serbia held exercises …, ignoring objections from the EU": the objection
                    # is about the subject of the clause the noun phrase depends on
                    zs = self._zone_start(lo, nm.start())
                    subj = [mt.actor for mt in self.mentions_in(zs, nm.start()) if mt.actor != x.ref]
                    if subj:
                        pol = 1 if re.match(r"(?i)praise|appeal", nm.group()) else -1
                        actor = self.reg.actors.get(subj[0])
                        if actor is not None and actor.kind == "force" and actor.affiliation:
                            subj[0] = actor.affiliation  # diplomatic objections go to the government
                        stmt.nominal_target = (subj[0], pol)  # type: ignore[attr-defined]
                    new.append(stmt)
                    pos = x.end
            if not any(x.sent_lo == si for x in new) and not claimed:
                for am in _ACCORDING.finditer(self.masked, lo, hi):
                    cs = self.cands_in(am.end(), hi)
                    if cs and cs[0].start == am.end():
                        spk = self.resolve(cs[0])
                        if spk:
                            end = hi
                            while end > lo and self.body[end - 1] in ".!? ":
                                end -= 1
                            stmt = Statement(spk, "reported", lo, end, "according to", si, si, (lo, hi), (lo, end))
                            stmt.date_zone = []
                            stmt.exclude_zone = (am.start(), cs[0].end)  # type: ignore[attr-defined]
                            stmt.paragraph = self.para_index(lo)
                            new.append(stmt)
                            break
        self._pending = []
        self.statements.extend(new)

    def _noun_from_in(self, lo: int, hi: int) -> bool:
        """Whether ``_NOUN_FROM`` can match in [lo, hi): only where it matches in the whole
        text (found once per article; most sentences have none, and the scan is re.I)."""
        starts = self.__dict__.get("_noun_from_starts")
        if starts is None:
            starts = self._noun_from_starts = [m.start() for m in _NOUN_FROM_AT.finditer(self.masked)]
        i = bisect.bisect_left(starts, lo)
        return i < len(starts) and starts[i] < hi

    def _coordinated(self, pos: int, claimed) -> Statement | None:
        """The statement a verb is coordinated with ("…" and reaffirming / , while acknowledging)."""
        best = None
        for a, b, stmt in claimed:
            if b <= pos and re.fullmatch(r"[\s,.”\"]*(?:and\s+|,\s*|while\s+)?(?:\w+ly\s+)?",
                                         self._strip_quotes(b, pos)):
                best = stmt
        return best

    def _strip_quotes(self, a: int, b: int) -> str:
        return re.sub(r"[“\"][¤\n]*[”\"]?|¤+", "", self.masked[a:b]).replace("”", "")

    # -- authorial statements --------------------------------------------------------------
    def authorial_statements(self) -> list[Statement]:
        covered = {i for s in self.statements for i in range(s.sent_lo, s.sent_hi + 1)}
        out = []
        for si, sent in enumerate(self.sents):
            if si in covered or sent.passage_kind != "text":
                continue
            lo, hi = sent.start, sent.end
            if MASK in self.masked[lo:hi] and False:
                continue
            tg = self._targets_in(lo, hi, "author")
            if not tg or not st.has_cue(self.body[lo:hi]):
                continue  # no target, or no cue to give one a stance
            scores = self._stance(lo, hi, tg, None)
            if not any(v != 0 for v in scores.values()):
                continue
            stmt = Statement("author", "authorial", lo, hi, "", si, si, (lo, hi), (lo, hi))
            stmt.paragraph = self.para_index(lo)
            stmt.fixed_targets = {t: v for t, v in scores.items() if v != 0}  # type: ignore[attr-defined]
            out.append(stmt)
        return out

    def _select_targets(self, stmt: Statement, scores: dict[str, int], tg, lo: int, hi: int) -> dict[str, int]:
        """The targets of a statement: the actors it takes a stance toward (non-zero). With
        none, the actor the verb addresses, else the actor an anaphoric object ("the move",
        "it", "this facility") refers to, else the first actor named; else no target."""
        nominal = getattr(stmt, "nominal_target", None)
        if nominal is not None and nominal[0] != stmt.speaker:
            return {nominal[0]: nominal[1]}
        keep = {t: v for t, v in scores.items() if v != 0}
        inherited = getattr(stmt, "inherit_from", None)
        if inherited is not None:
            for t, v in getattr(inherited, "scores", {}).items():
                if t and t not in keep and t != stmt.speaker and v != 0:
                    keep[t] = (v > 0) - (v < 0)
        # "said of X", "accused X", "called X …": the actor the verb addresses is a target
        # "contacted X to protest …": the addressee is a target, whatever the stance toward them
        addressee = getattr(stmt, "addressee", None)
        if keep and addressee and addressee in scores and addressee not in keep and addressee != stmt.speaker:
            keep[addressee] = scores[addressee]
        if keep and stmt.primary and stmt.primary in scores and stmt.primary not in keep and \
                stmt.primary != stmt.speaker and getattr(stmt, "said_of", False):
            keep[stmt.primary] = scores[stmt.primary]
        # a praise of X inside an attack on Y: a quote that only praises, right after the same
        # speaker condemned Y (the reply it belongs to), keeps Y's hostility
        prevs = getattr(self, "_prev_same", None) or []
        if keep and all(v > 0 for v in keep.values()) and stmt.kind == "direct" and inherited is None:
            for prev in prevs:
                for t, v in getattr(prev, "scores", {}).items():
                    if t and v < 0 and t not in keep and t != stmt.speaker:
                        keep[t] = v
        if keep:
            return keep
        if stmt.primary and stmt.primary in scores:
            return {stmt.primary: scores[stmt.primary]}
        if getattr(stmt, "anaphoric", False):
            ante = self._antecedent(stmt)
            if ante and (not tg or re.match(r"\s+(?:it|this|that|these|them|the\s+\w+)\b",
                                            self.masked[stmt.start + len(stmt.verb):stmt.start + len(stmt.verb) + 20])):
                sc = self._stance(lo, hi, tg + [(ante, lo, lo)], ante)
                return {ante: sc.get(ante, 0)}
        if scores:
            first_t = min(tg, key=lambda x: x[1]) if tg else None
            first = first_t[0] if first_t else next(iter(scores))
            out = {first: scores.get(first, 0)}
            if first_t is not None:  # both halves of "the Kosovo-Serbia dialogue"
                for t, s_, e_ in tg:
                    if (s_, e_) == (first_t[1], first_t[2]) and t in scores:
                        out.setdefault(t, scores.get(t, 0))
            return out
        return {}

    def _antecedent(self, stmt: Statement) -> str | None:
        """The actor named last before the statement's subject (same or previous sentence)."""
        pos = getattr(stmt, "subject_pos", stmt.start)
        lo = self.sents[max(0, stmt.sent_lo - 1)].start
        for mt in reversed(self.mentions_in(lo, pos)):
            if mt.actor != stmt.speaker and mt.actor != "author":
                return mt.actor
        return None

    # -- stance ----------------------------------------------------------------------------
    def _stance(self, lo: int, hi: int, targets: list[tuple[str, int, int]], primary: str | None) -> dict[str, int]:
        text = self.body[lo:hi]
        spans: dict[str, list[tuple[int, int]]] = {}
        for t, s, e in targets:
            if lo <= s and e <= hi:
                spans.setdefault(t, []).append((s - lo, e - lo))
            else:
                spans.setdefault(t, [])
        return st.stance_toward(text, spans, primary)

    # -- dates and channels ----------------------------------------------------------------
    def _date(self, stmt: Statement) -> None:
        inherit = getattr(stmt, "inherit_from", None)
        ref = self.a.meta.published
        best = None
        if self._dates is not None:
            for zlo, zhi in stmt.date_zone:
                if zhi <= zlo:
                    continue
                seg = self.masked[zlo:zhi]
                for te in self._dates.find_temporal_expressions(seg, ref, zlo):
                    if te.date is not None and MASK not in te.text:
                        best = te.date
                        break
                if best:
                    break
        if best is None:
            prev = inherit
            if prev is None:
                for other in reversed(self.statements):
                    if other is stmt or other.start >= stmt.start:
                        continue
                    if other.speaker == stmt.speaker and stmt.sent_lo - other.sent_hi <= 2:
                        prev = other
                    break
            if prev is not None and prev.said_on:
                stmt.said_on, stmt.precision = prev.said_on, prev.precision
                stmt.date_from = prev  # type: ignore[attr-defined]
            return
        stmt.said_on, stmt.precision = best.value, best.precision

    def _channel(self, stmt: Statement) -> None:
        text = "".join(self.masked[a:b] for a, b in stmt.date_zone) or self.masked[stmt.frame[0]:stmt.frame[1]]
        if names_a_channel(text):
            for name, rx in _CHANNELS:
                if rx.search(text):
                    stmt.channel = name
                    return
        prev = getattr(stmt, "inherit_from", None) or getattr(stmt, "date_from", None)
        stmt.channel = prev.channel if prev is not None else "statement (unspecified)"

    # -- all together ----------------------------------------------------------------------
    def run(self) -> list[dict]:
        self.quote_statements()
        self.reported_statements()
        self.statements.sort(key=lambda s: s.start)
        authorial = self.authorial_statements()
        rows = []
        all_stmts = sorted(self.statements + authorial, key=lambda s: s.start)
        done: list[Statement] = []
        for n, stmt in enumerate(all_stmts, 1):
            # the same speaker's statements of this and the previous sentence (one reply)
            self._prev_same = [o for o in done if o.speaker == stmt.speaker and 0 <= stmt.sent_lo - o.sent_hi <= 1
                               and self.para_index(stmt.start) - self.para_index(o.start) <= 1]
            done.append(stmt)
            if stmt.kind != "authorial":
                self._date(stmt)
                self._channel(stmt)
            else:
                stmt.channel = "article text"
            sid = f"{self.a.id}:{n:03d}"
            rows.extend(self._rows(stmt, sid))
        return rows

    def _rows(self, stmt: Statement, sid: str) -> list[dict]:
        if stmt.kind == "authorial":
            scores = stmt.fixed_targets  # type: ignore[attr-defined]
            lo, hi = stmt.frame
        else:
            excl = getattr(stmt, "exclude_zone", None)
            tg = [t for t in self._targets_in(*stmt.content, stmt.speaker)
                  if not (excl and excl[0] <= t[1] < excl[1])]
            if stmt.quote_inner and stmt.content != stmt.quote_inner:
                tg += self._targets_in(*stmt.quote_inner, stmt.speaker)
            tg += stmt.extra_targets + self._quote_pronoun_targets(stmt)
            tg += self._implied_targets(*stmt.content, stmt.speaker)
            tg += self._counterparts(*stmt.content, stmt.speaker)
            if stmt.quote_inner and stmt.content != stmt.quote_inner:
                tg += self._implied_targets(*stmt.quote_inner, stmt.speaker)
            tg = [t for t in self._own_forces(tg) if t[0] != stmt.speaker]
            # a mention inside another statement of the sentence belongs to that statement
            # ("…," she said of X, highlighting what Y views as Z's hypocrisy)
            others = [(o.start, o.end) for o in self.statements
                      if o is not stmt and not (o.start < stmt.end and stmt.start < o.end)
                      and o.sent_lo <= stmt.sent_hi and stmt.sent_lo <= o.sent_hi]
            if others:
                tg = [t for t in tg if not any(a <= t[1] < b for a, b in others)]
            lo = min([stmt.start, stmt.content[0]] + [s for _, s, _ in tg])
            hi = max([stmt.end, stmt.content[1]] + [e for _, _, e in tg])
            if stmt.quote_inner:
                lo, hi = min(lo, stmt.frame[0]), max(hi, stmt.frame[1])
            # the stance text stops where another statement of the sentence begins (its subject)
            nxt = [getattr(o, "subject_pos", o.start) for o in self.statements
                   if o is not stmt and o.start >= stmt.end and o.sent_lo <= stmt.sent_hi]
            nxt = [x for x in nxt if stmt.end <= x < hi]
            if nxt:
                cut = min(nxt)
                tg = [t for t in tg if t[2] <= cut]
                hi = max([cut, stmt.end] + [e for _, _, e in tg])
            scores = self._stance(lo, hi, tg, stmt.primary)
            scores = self._select_targets(stmt, scores, tg, lo, hi)
        ordered = list(dict.fromkeys(scores))
        base = {
            "article_id": self.a.id, "statement_id": sid, "speaker": stmt.speaker, "kind": stmt.kind,
            "quote": self.body[stmt.start:stmt.end], "start": stmt.start, "end": stmt.end,
            "said_on": stmt.said_on, "said_on_precision": stmt.precision, "channel": stmt.channel,
            "verb": stmt.verb, "flag": stmt.flag,
        }
        text = self.body[lo:hi]
        out = []
        for t in ordered or [""]:
            s = scores.get(t, 0) if t else 0
            code = st.event_code(lemma_of(stmt.verb) if stmt.verb else "", text, s) if stmt.kind != "authorial" else (
                "111" if s < 0 else "051" if s > 0 else "010")
            info = st.cameo_info(code)
            out.append({**base, "target": t, "stance": s, "cameo": code, "plover": info["plover"],
                        "goldstein": info["goldstein"]})
        stmt.scores = dict(scores)  # type: ignore[attr-defined]
        return out


def _within(spans: list, starts: list[int], lo: int, hi: int) -> list:
    """The items of ``spans`` (sorted by start; ``starts`` their starts) inside [lo, hi)."""
    i = bisect.bisect_left(starts, lo)
    out = []
    while i < len(spans) and spans[i].start < hi:
        if spans[i].end <= hi:
            out.append(spans[i])
        i += 1
    return out


def _dates_module():
    try:
        from rhetoric.extract import dates
    except ImportError:  # pragma: no cover - the project ships rhetoric.extract.dates
        return None
    return dates


# --- public API ------------------------------------------------------------------------------


def extract_article(article: Article, registry) -> list[dict]:
    """Statements of one article, one dict per (statement, target), in body order."""
    return _ArticleExtractor(article, registry).run()


def extract_articles(articles: Iterable[Article], registry) -> pd.DataFrame:
    rows: list[dict] = []
    for a in articles:
        rows.extend(extract_article(a, registry))
    return to_frame(rows)


def to_frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=COLUMNS)
    df["start"] = df["start"].astype("int64")
    df["end"] = df["end"].astype("int64")
    df["stance"] = df["stance"].astype("int64")
    return df


def extract_corpus(corpus_dir: str | Path, registry, progress: bool = True) -> pd.DataFrame:
    """Stream the articles of a corpus directory (one in memory at a time) into statements."""
    return extract_articles(iter_articles(corpus_dir, progress="extract" if progress else None), registry)
