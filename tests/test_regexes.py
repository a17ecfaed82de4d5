"""The fast spellings of the extractors' big patterns find exactly what the plain ones find.

Each fast pattern (``rhetoric.regexes``) has a plain definition beside it in its module; these
tests run both over the corpus, the unseen and fork articles, and strings built to hit the
edges (case, hyphens, whitespace runs, look-behinds, ends of text).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from rhetoric import corpus
from rhetoric.actors import load_actors
from rhetoric.extract import anchoring, channels, clauses, date_patterns, mentions, stance, targets, vocabulary
from rhetoric.regexes import WHITESPACE, at_word_start, letter_led, split_alternatives, trie

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(
    [*ROOT.glob("data/corpus/*.md"), *ROOT.glob("tests/unseen/corpus/*.md"), *ROOT.glob("tests/fork/corpus/*.md")])]
EDGES = [
    "", "a", "said", "Said", "-said", "said-", "unsaid", "re-said", "he said", "He—said", "x\u00a0said",
    "states that", "states", "maintained that", "maintained", "to protest", "protest", "insisted on",
    "insisted that", "lashed  out", "lashed out", "He, she; they. His her their. hers", "theirs",
    "not fulfil its commitments", "failing to meet their obligations", "further arming of",
    "speak directly with", "speaks with", "a\u2009—\u2009b", "but", "-but", "though and walked",
    ", \" and walked", "x,” and marched", "a.\u3000B", "whereas", "instead of", "insteadof",
    "U.S. UN un Un EU eu KFOR Kfor kfor", "Vučić’s", "VUCIC", "Serbia's Serbian  President",
]


def _spans(rx: re.Pattern, text: str):
    return [(m.span(), m.group(), m.groups()) for m in rx.finditer(text)]


def _random_texts(words: list[str], n: int = 400, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    seps = [" ", "  ", "\n", ", ", "-", "", ". ", "\u00a0", "’s ", "'s "]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 10)):
            w = rnd.choice(words)
            r = rnd.random()
            w = w.upper() if r < 0.15 else w.lower() if r < 0.3 else w.capitalize() if r < 0.4 else w
            if rnd.random() < 0.2:
                w = w[:-1] if rnd.random() < 0.5 else w + rnd.choice("sndx-")
            parts.append(w)
        out.append("".join(p + rnd.choice(seps) for p in parts))
    return out


def test_split_alternatives_respects_groups_classes_and_escapes():
    assert split_alternatives(r"a(?:b|c)|d|[|]|\||e") == ["a(?:b|c)", "d", "[|]", r"\|", "e"]
    assert split_alternatives("[]|]x|y") == ["[]|]x", "y"]


def test_letter_led_rewrites_and_refuses():
    assert letter_led(r"\b(?:speak|talk)s? with") == ["speaks? with", "talks? with"]
    assert letter_led("(?:further |continued )?arming") == ["further arming", "continued arming", "arming"]
    assert letter_led("[Hh]e") == ["He", "he"]
    assert letter_led("(?<=to )protest") == ["p(?<=(?:to )p)rotest"]
    for bad in (r"\d+", "(?:a|b)*c", "[^a]b", ".x", "(x)"):
        with pytest.raises(ValueError):
            letter_led(bad)


def test_at_word_start_refuses_ignorecase():
    with pytest.raises(ValueError):
        at_word_start(["said"], flags=re.IGNORECASE)


def test_whitespace_is_what_backslash_s_matches():
    assert WHITESPACE == "".join(c for c in map(chr, range(0x110000)) if re.fullmatch(r"\s", c))


@pytest.mark.parametrize("table", ["reporting", "both"])
def test_fast_speech_verbs_match_the_plain_pattern(table):
    verbs = vocabulary.REPORTING_VERBS if table == "reporting" else {**vocabulary.REPORTING_VERBS, **vocabulary.QUOTE_ONLY_VERBS}
    plain, fast = vocabulary.verb_regex(verbs, plain=True), vocabulary.verb_regex(verbs)
    words = [f for forms in verbs.values() for f in re.findall(r"[a-z]+(?: out)?", forms)]
    for text in TEXTS + EDGES + _random_texts(words + ["to", "that", "on", "the"]):
        assert _spans(fast, text) == _spans(plain, text), text[:200]


def test_fast_date_pattern_finds_what_the_plain_one_finds():
    words = ["on", "Monday", "October", "9", "2025", "last", "week", "3", "days", "ago", "x2025", "_Oct", "9th",
             "since", "early", "2019-2021", "today", "A", "-", ",", "the", "same", "day", "within"]
    for text in TEXTS + EDGES + _random_texts(words):
        assert [m.span() for m in date_patterns.PATTERN_AT.finditer(text)] == \
            [m.span() for m in date_patterns.PATTERN.finditer(text)], text[:200]


def test_fast_pronouns_match_the_plain_pattern():
    plain = re.compile(r"(?<![\w-])(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Hh]is|[Hh]er|[Tt]heir)(?![\w-])")
    for text in TEXTS + EDGES + _random_texts(["he", "she", "they", "it", "his", "her", "their", "the", "hers", "its"]):
        assert _spans(vocabulary.PRONOUNS, text) == _spans(plain, text), text[:200]


def test_fast_cue_positions_match_the_plain_pattern():
    words = re.findall(r"[a-z]+", " ".join(c.pattern for c in stance.CUES))
    for text in TEXTS + EDGES + _random_texts(words + ["not", "its", "the", "to", "of", "with"]):
        low = stance.fold_same_length(text)
        assert [m.start() for m in stance._CUE_AT.finditer(low)] == \
            [m.start() for m in stance._CUE_AT_PLAIN.finditer(low)], low[:200]


def test_fast_clause_breaks_match_the_plain_pattern():
    words = ["but", "while", "whereas", "instead", "of", "though", "and", "walked", "marching", "—", "–", ";",
             ":", ".", "!", ",", "”", '"', "x"]
    for text in TEXTS + EDGES + _random_texts(words):
        low = stance.fold_same_length(text)
        assert _spans(stance._CLAUSE_BREAK, low) == _spans(stance._CLAUSE_BREAK_PLAIN, low), low[:200]


@pytest.mark.parametrize("registry", ["data/actors.yml", "tests/unseen/actors.yml", "tests/fork/actors.yml"])
def test_actor_trie_scan_matches_the_plain_alternation(registry):
    reg = load_actors(ROOT / registry)
    exact = reg._pattern[0]
    phrases = [a for actor in reg.actors.values() for a in actor.aliases] + reg.not_actors
    for text in TEXTS + EDGES + _random_texts(phrases, n=1500):
        assert [m.span() for m in reg._scan(text)] == [m.span() for m in exact.finditer(text)], text[:200]


def test_trie_prefers_the_longest_phrase_and_backtracks():
    rx = re.compile(r"(?<![\w-])" + trie({"Serbia", "Serbian", "Serbian President", "US"}) + r"(?![\w-])",
                    re.IGNORECASE)
    assert [m.group() for m in rx.finditer("Serbian  President, Serbians, Serbia, us")] == \
        ["Serbian  President", "Serbia", "us"]


def test_channel_prefilter_agrees_with_the_channel_patterns():
    words = ["on", "X", "Twitter", "(formerly", "Twitter)", "tweet", "social", "media", "Facebook", "wrote",
             "posted", "press", "news", "conference", "told", "reporters", "briefing", "address", "addressed",
             "the", "nation", "interview", "in", "a", "statement", "issued", "speech", "rally", "TV", "radio"]
    pieces = [t[i:i + 150] for t in TEXTS for i in range(0, len(t), 37)]
    for text in pieces + EDGES + _random_texts(words, n=1500):
        plain = any(rx.search(text) for _, rx in channels.CHANNELS)
        assert channels.names_a_channel(text) == plain, text[:200]


def test_case_variants_are_what_ignorecase_matches():
    import string

    from rhetoric.regexes import CASE_VARIANTS

    for c in string.ascii_lowercase:
        rx = re.compile(c, re.IGNORECASE)
        matched = {chr(i) for i in range(0x110000) if rx.fullmatch(chr(i))}
        assert matched == set(CASE_VARIANTS.get(c, c + c.upper())), c


def test_fast_noun_from_positions_match_the_plain_pattern():
    plain = re.compile(r"(?=" + vocabulary.NOUN_FROM.pattern + ")", re.IGNORECASE)
    words = ["objections", "criticism", "pressure", "calls", "praise", "threats", "from", "both", "the", "EU",
             "Objection", "PROTESTS", "ſtuff", "Kelvin"]
    for text in TEXTS + EDGES + _random_texts(words):
        assert [m.start() for m in vocabulary.NOUN_FROM_AT.finditer(text)] == \
            [m.start() for m in plain.finditer(text)], text[:200]


@pytest.mark.parametrize("name", ["ROLE", "NAME", "HYPHEN_PAIR"])
def test_capital_led_patterns_match_their_plain_form(name):
    plain = {
        "ROLE": vocabulary.ROLE_PLAIN,
        "NAME": vocabulary.NAME_PLAIN,
        "HYPHEN_PAIR": re.compile(r"(?<![\w-])([A-Z][\w]+)[-–]([A-Z][\w]+)(?![\w-])"),
    }[name]
    fast = getattr(targets, name) if name == "HYPHEN_PAIR" else getattr(vocabulary, name)
    words = ["The", "the", "president", "Foreign", "Ministry", "Kosovo-Serbia", "US–China", "Ana", "Vučić", "de",
             "Bé", "x-Ana", "THE", "Prime", "Minister"]
    for text in TEXTS + EDGES + _random_texts(words):
        assert _spans(fast, text) == _spans(plain, text), text[:200]


#: (module, fast, plain, words for the random texts): the smaller patterns given a fast spelling.
PAIRS = [
    (anchoring, "_SCHEDULE_CUE", ["scheduled", "Scheduled", "originally", "planned", "was", "were", "due", "to",
                                  "expected", "deadline", "deadlines", "unplanned", "-due", "DUE", "ſcheduled"]),
    (vocabulary, "PASSIVE_BEFORE", ["is", "are", "so", "so-", "widely", "what", "What", "some", "others", "being"]),
    (vocabulary, "CLAUSE_CUT", ["but", "while", "whereas", "and", "walked", "marching", "quickly", ";", ",", "“", '"']),
    (vocabulary, "CONTENT_START", ["that", "would", "to", "of", "which", "who", "whom", "as", "asked", ",", "¤", "“"]),
    (vocabulary, "ACCORDING", ["according", "According", "to", "unaccording", "-according", "ACCORDING"]),
    (vocabulary, "SPEECH_NOUN", ["assertion", "claim", "remarks", "Comments", "VIEW", "reply", "that", "was", ":",
                                  ",", "disclaim", "ſtatement", "İnsistence"]),
    (vocabulary, "TO_BEFORE", ["to", "To", "into", "_to", "-to", "protest"]),
    (vocabulary, "AND_BEFORE", ["and", "band", "And", "quickly", "then", "-and"]),
    (vocabulary, "CLAUSE_OPEN", ["that", "thatch", "-that", ";", ":", "said"]),
    (vocabulary, "SUBJECT_CUT", ["which", "who", "whom", "whose", "whoever", "-", "—", "–", ";", "x"]),
    (vocabulary, "THAT", ["that", "thats", "-that", "_that", "That"]),
    (vocabulary, "PERSONAL", ["he", "He", "him", "his", "she", "her", "hers", "the", "-he", "himself"]),
    (stance, "_NEGATION", ["not", "no", "can't", "cannot", "instead", "of", "rather", "than", "lack", "x", "knot"]),
    (stance, "_PATIENT_BEFORE", ["to", "into", "against", "toward", "towards", "at", "on", "upon", "the", "-to",
                                 "onto", "x", "Kurti's", "’s"]),
    (anchoring, "_OCCASION", ["met", "meeting", "meets", "press", "news", "conference", "phone", "call", "with",
                              "told", "said", "Says", "SPOKE", "posts", "-said", "resaid", "talks", "x", "İnterview"]),
    (anchoring, "_THAT_TIME", ["at", "the", "that", "time", "back", "then", "day", "At", "THEN", "-then", "thence", "x"]),
    (targets, "_ROLE_OF_STATE", ["the", "president", "President", "prime", "minister", "of", "Brazil", "Hungary",
                                 "government", "King", "head", "state", "-president", "x", "Of"]),
    (stance, "_INTENT_TO_MEET", ["would", "will", "to", "plans", "plan", "intends", "wants", "speak", "talk", "meet",
                                 "hold", "talks", "call", "direct", "seek", "İntends", "ſeek", "WOULD", "x"]),
    (mentions, "_SAME_PERSON", ["the", "The", "same", "man", "woman", "x", "-the", "tHe", "men", "same-man"]),
    (mentions, "_THE_DEMONYM", ["the", "The", "Brazilian", "American", "answers", "said", "replied", "government", ":",
                                ",", "x", "-the", "tHe", "Brazilians"]),
    (clauses, "_UNNAMED_HEAD", ["a", "source", "sources", "close", "to", "aide", "Aide", "official", "in", "the",
                                "familiar", "with", "person", "x", "Orbán's", "-source", "resource", "İnsider"]),
    (targets, "_QUOTE_ROLE", ["the", "The", "THE", "president", "President", "prime", "minister", "of", "x",
                              "king", "-the", "other", "foreign"]),
    (targets, "_CHARGED", ["accused", "Accusing", "him", "her", "them", "the", "Hungarian", "leader", "of", "for",
                           "thanked", "blame", "blamed", "blameless", "x", "-accused", "praise", "condemns", " "]),
    (targets, "_YOU", ["you", "You", "your", "yours", "Your", "-you", "youth", "x", "ayou", "yours-", "YOU"]),
    (targets, "_RELATION_NOUN", ["relations", "Relations", "ties", "TIES", "cooperation", "-ties", "ties-", "x",
                                 "partnership", "friendships", "relationship"]),
    (stance, "_APPEAL", ["call", "on", "upon", "urge", "ask", "asked", "expect", "hope", "that", "we", "I", "to",
                         "will", "x", "Hungary", "our", "friends", ",", "appeal", "-ask", "unasked", "want", "insisted",
                         "must", "was", "be"]),
    (stance, "_ACCUSE_CONTENT", ["violation", "breach", "accused", "guilty", "responsible", "illegal", "crime",
                                 "İllegal", "ILLEGAL", "x"]),
    (date_patterns, "TRIGGER", ["Jan", "January", "Monday", "mon", "today", "Today", "DAYS", "days", "dayside", "fall",
                         "fallen", "half", "hours", "2025", "x", "ſpring", "_Oct", "-Oct"]),
    (date_patterns, "FUTURE_CUE", ["will", "Will", "WILL", "won't", "won’t", "we'll", "we’ll", "'ll", "x'll", "was",
                                   "were", "been", "had", "HAD", "plans", "plan", "to", "set", "next", "nexts",
                                   "is", "due", "İs", "ſhall", "ſet", "travels", "be", "held", "-will", "_will"]),
    (date_patterns, "SENTENCE_STOP", ["end.", "x!", "a?b", "\n", "U.S.", "end. Next", "x\ty"]),
    (targets, "IMPLIED", ["its", "Its", "their", "this", "these", "that", "policy", "move",
                                                "regime", "behaviour", "behavior", "-its", "itself", "state", "x"]),
    (targets, "VEILED", ["certain", "Certain", "a", "A", "some", "third", "the", "relevant", "countries", "forces",
                         "another", "country's", "country’s", "parties", "-certain", "xcertain", "x"]),
    (corpus, "_BOUNDARY", ["end.", "end!?", "U.S.", "he said.”", "(x).)", "A", "1", "“B", "‘C", "Č", "x", "\n", "[1]", "[2, 3]", "[citation needed]", "¹", "²³"]),
]


@pytest.mark.parametrize("module,name,words", PAIRS, ids=[p[1] for p in PAIRS])
def test_fast_spellings_match_their_plain_pattern(module, name, words):
    fast, plain = getattr(module, name), getattr(module, name + "_PLAIN")
    # windows that end anywhere, for the patterns anchored at the end ($) and searched so
    pieces = [t[i:i + k] for t in TEXTS for i in range(0, len(t), 41) for k in (30, 90, 400)]
    for text in TEXTS + pieces + EDGES + _random_texts(words, n=1500):
        for x in (text, stance.fold_same_length(text)):
            assert _spans(fast, x) == _spans(plain, x), x[:200]


def test_trigger_starts_are_where_the_trigger_pattern_matches():
    """``date_patterns.trigger_starts`` finds the digits and the trigger words in two scans; the
    positions are those of one ``TRIGGER_PLAIN.finditer``, digits inside words and trigger
    words right after a digit or a letter included."""
    words = ["Jan", "January", "Monday", "mon", "today", "Today", "DAYS", "days", "dayside", "fall", "fallen",
             "half", "hours", "2025", "x", "ſpring", "_Oct", "-Oct", "New Year", "NEW YEAR", "5", "19th",
             "A5", "5days", "Oct5", "é", "Ωtoday", "months", "Mon-Fri", "yesterday’s"]
    pieces = [t[i:i + k] for t in TEXTS for i in range(0, len(t), 41) for k in (30, 90, 400)]
    for text in TEXTS + pieces + EDGES + _random_texts(words, n=1500):
        for x in (text, stance.fold_same_length(text)):
            assert date_patterns.trigger_starts(x) == [m.start() for m in date_patterns.TRIGGER_PLAIN.finditer(x)], x


def test_few_characters_are_scanned_by_patterns_re_cannot_skip_ahead_in():
    """A pattern that ``re`` enters at every character (no literal or class to skip to) costs
    hundreds of instructions per character; the extraction's big scans all skip ahead, and a
    new one that does not shows here (benchmarks/profile_patterns.py lists them)."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "profile_patterns.py"), "--top", "0"],
                         capture_output=True, text=True, check=True).stdout
    entered = int(re.search(r"cannot skip ahead in: ([\d,]+)", out).group(1).replace(",", ""))
    corpus_chars = sum(len(p.read_text(encoding="utf-8")) for p in ROOT.glob("data/corpus/*.md"))
    # (a bound of half the corpus until session 53, when the profile began to count the patterns of
    # quotelists, resolve and transcript too: 16,036 characters without them, 18,961 with them at the
    # start of that session, docs/SCALE.md)
    assert entered < 0.6 * corpus_chars, out


def test_ends_a_sentence_is_the_sentence_end_pattern():
    plain = re.compile(r"[.!?][\"'”’)\]]*$")
    lines = [line.strip() for t in TEXTS for line in t.split("\n")]
    pieces = [t[i:i + k].strip() for t in TEXTS for i in range(0, len(t), 29) for k in (5, 60)]
    for line in lines + pieces + [x.strip() for x in EDGES] + ["", ".", "a.)", "a.”’", "?]", "!x", "x.)y"]:
        assert corpus.ends_a_sentence(line) == bool(plain.search(line)), line


def test_fast_date_pattern_keeps_the_groups_of_the_plain_one():
    """``PATTERN_AT`` tries at a word only the alternatives its first character can begin
    (``FirstCharDispatch``): the winning alternative and every group are the plain pattern's."""
    words = ["on", "Monday", "October", "9", "2025", "last", "week", "3", "days", "ago", "x2025", "_Oct", "9th",
             "since", "early", "2019-2021", "today", "A", "-", ",", "the", "same", "day", "within", "Q3",
             "first", "half", "of", "Christmas", "the", "1990s", "mid", "May", "in", "spring", "next", "two"]
    for text in TEXTS + EDGES + _random_texts(words, n=800):
        assert [(m.span(), m.lastgroup, m.groups()) for m in date_patterns.PATTERN_AT.finditer(text)] == \
            [(m.span(), m.lastgroup, m.groups()) for m in date_patterns.PATTERN.finditer(text)], text[:200]
    # each character's pattern (runs of left-out alternatives folded into one failing branch)
    # has the plain pattern's groups, names and numbers
    from rhetoric.regexes import ASCII_ALNUM

    dispatch = date_patterns.PATTERN_AT.matcher
    for ch in ASCII_ALNUM:
        rx = dispatch._for(ch)
        assert (rx.groups, rx.groupindex) == (date_patterns.PATTERN.groups, date_patterns.PATTERN.groupindex), ch


def test_first_chars_never_leaves_out_a_character_a_match_begins_with():
    from rhetoric.regexes import ASCII_ALNUM, first_chars

    assert first_chars(r"(?:(?i:on)\s+)?x") == frozenset("oOx")
    assert first_chars(r"(?<![0-9])(?P<d>[12][0-9])") == frozenset("12")
    assert first_chars(r"\d+|(?i:q)") == frozenset("0123456789qQ")
    assert first_chars(r"a?") == frozenset(ASCII_ALNUM)  # can match nothing: any
    assert first_chars(r"(a)\1") == frozenset("a")
    assert first_chars(r"[^a]b") == frozenset(ASCII_ALNUM)
    for alt in date_patterns._ALTERNATIVES:
        first = first_chars(alt)
        rx = re.compile(date_patterns._WORD_LEAD + alt)
        for text in TEXTS:
            for m in rx.finditer(text):
                assert text[m.start()] in first, (alt[:40], m.group())


def test_first_words_never_leaves_out_a_word_a_match_begins_with():
    """``FirstCharDispatch`` tries at a word only the alternatives that can begin with it
    (``first_words``): every match of an alternative begins with a word it lists."""
    from rhetoric.regexes import first_words

    assert first_words(r"(?:(?i:on|last)\s+)?Monday") == {("on", True), ("last", True), ("monday", False)}
    assert first_words(r"[Tt]he\s+same") == {("the", True)}
    assert first_words(r"[a-z]+ago") is None  # a class of many letters at the start: any word
    assert first_words(r"a?") is None  # can match nothing: any
    assert first_words(r"(?i:\u212a)elvin") is None  # the Kelvin sign stands for "k" under re.I
    assert first_words(r"[0-9]+ days") == frozenset()  # begins with no letter
    assert first_words(r"mid-?year") == {("mid", True), ("midyear", False)}
    words = ["on", "Monday", "October", "9", "2025", "last", "week", "3", "days", "ago", "the", "same", "day",
             "within", "Q3", "first", "half", "of", "Christmas", "mid", "May", "in", "spring", "next", "two", "a"]
    texts = TEXTS + EDGES + _random_texts(words, n=300)
    for alt in date_patterns._ALTERNATIVES:
        found = first_words(alt)
        if found is None:
            continue
        rx = re.compile(date_patterns._WORD_LEAD + alt)
        for text in texts:
            for m in rx.finditer(text):
                # the word the dispatch looks up: the run of ASCII letters there, unless a
                # character outside ASCII follows it (then it dispatches on the first character)
                word = re.compile(r"[A-Za-z]+").match(text, m.start())
                if word is None or not text[word.end():word.end() + 1].isascii():
                    continue
                low = word.group().lower()
                assert any(low == w if whole else low.startswith(w) for w, whole in found), (alt[:40], m.group())


def _plain_cues(text: str) -> tuple:
    """The definition of ``stance._find_cues``: each cue's ``finditer`` in CUES order, a hit
    kept unless it overlaps one kept before; in text order."""
    low = stance.fold_same_length(text)
    hits, taken = [], []
    for rx, cue in stance._cue_regex():
        for m in rx.finditer(low):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            hits.append(stance.cue_hit(text, low, m.start(), m.end(), cue))
            taken.append(m.span())
    return tuple(sorted(hits, key=lambda h: h.start))


def test_cues_found_at_once_are_those_of_the_cue_by_cue_scan():
    words = re.findall(r"[a-z]+", " ".join(c.pattern for c in stance.CUES))
    sentences = [s for text in TEXTS for s in re.split(r"(?<=[.!?])\s+", text)]
    for text in sentences + EDGES + _random_texts(words + ["not", "its", "the", "to", "of", "with"], n=800):
        assert stance._find_cues.__wrapped__(text) == _plain_cues(text), text[:200]


def test_fast_demonym_scan_matches_the_plain_pattern():
    from rhetoric.extract.roles import roles_of

    words = ["the", "The", "THE", "Turkish", "turkish", "Serbian", "U.S.", "u.s.", "authorities", "government",
             "armed forces", "Kosovar", "Russian", "military", "side", "x", "Russian-backed", "-led", "ſerbian",
             "İsraeli", "TURKISH", "the\nTurkish", "theTurkish", "Hungarian", "Albanian-led", "é"]
    for actors in ("data/actors.yml", "tests/unseen/actors.yml", "tests/realistic/disputes/actors.yml",
                   "tests/realistic/balkans/actors.yml", "tests/realistic/frontiers/actors.yml"):
        roles = roles_of(load_actors(ROOT / actors))
        for text in TEXTS + EDGES + _random_texts(words):
            assert [(m.span(), m.group("dem")) for m in roles.demonym_at.finditer(text)] == \
                [(m.span(), m.group("dem")) for m in roles.demonym_rx.finditer(text)], text[:200]


def test_fast_event_category_keywords_match_the_plain_patterns():
    from rhetoric.extract import events

    words = [k for ks in events.CATEGORY_KEYWORDS.values() for k in ks] + ["the", "anti", "x", "İ", "ſ"]
    for text in TEXTS + EDGES + _random_texts(words, n=800):
        for cat, plain in events._CATEGORY_RX_PLAIN.items():
            assert [m.span() for m in events._CATEGORY_RX[cat].finditer(text)] == \
                [m.span() for m in plain.finditer(text)], (cat, text[:200])


def test_word_start_scan_in_windows_is_the_matchers_scan():
    """``WordStartPattern.finditer`` searches for a candidate, matches there and goes on after
    the match: in any window [pos, endpos), matches of several words and matches back to back
    included, it gives what the matcher's own ``finditer`` gives."""
    from rhetoric.extract import vocabulary

    aliases = load_actors(ROOT / "data/actors.yml")._pattern[1]  # phrases of several words
    texts = [t[:3000] for t in TEXTS[:6]] + EDGES + [
        "said,said said-said said.said", "Aleksandar Vučić Vučić,Vučić", "President Aleksandar Vučić said"]
    for rx in (vocabulary.SPEECH, aliases):
        for text in texts:
            for pos in range(0, len(text) + 1, 97 if len(text) > 200 else 1):
                for endpos in (pos, pos + 1, pos + 7, pos + 150, len(text)):
                    got = [m.span() for m in rx.finditer(text, pos, endpos)]
                    assert got == [m.span() for m in rx.matcher.finditer(text, pos, endpos)], (text[:80], pos, endpos)

def test_reproach_is_searched_only_where_it_can_match():
    """``stance._negated`` searches ``_REPROACH`` only when "how" or "way" occurs before the cue:
    every match says one of them, so the test never hides a match."""
    texts = [stance.fold_same_length(t) for t in TEXTS] + [
        "this is not how you speak to allies", "that's no way to treat a friend", "it was not the way",
        "it is not however", "this is no wayward", "this is not how"]
    found = 0
    for low in texts:
        for pos in range(0, len(low) + 1, 5 if len(low) > 200 else 1):
            if stance._REPROACH.search(low, 0, pos):
                found += 1
                assert "how" in low[:pos] or "way" in low[:pos], low[:pos][-120:]
    assert found  # the edge cases match
