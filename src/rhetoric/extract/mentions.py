"""Candidates for speakers and targets outside quotes: actors of the registry, personal names
not in it, pronouns and roles.

- **mention**: an alias of an actor of the registry (``ActorRegistry.find_mentions``, longest
  alias first); also a military, clerical or royal title alone for the one the text titled so last
  ("the Captain", ``_title_epithets``), and a registered person's surname alone that the registry
  leaves out because two people bear it ("Coulibaly", ``_registered_surnames``);
- **name**: a run of capitalised words that is not an actor, with titles and sentence-initial
  words stripped ("Finnish Foreign Minister Elina Valtonen" → "Elina Valtonen"); a single word
  is a name only when it is the surname of a full name seen before, or follows a title;
- **pronoun** (he, she, they) and **poss** (his, her, their);
- **role**: "the president", "the Foreign Ministry" (resolved later to the actor whose role
  says so).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rhetoric.actors import fold
from rhetoric.extract import vocabulary as v
from rhetoric.extract.polarity import common_words_only, name_words
from rhetoric.extract.roles import all_demonyms, is_outlet_name, roles_of
from rhetoric.regexes import at_word_start

#: A state's press after its name: "the Kosovo press", "the Serbian media", "Albanian newspapers" are
#: where words were reported (a channel), not the state speaking (not "the Serbian press office", "a
#: Belgrade press conference").
_PRESS_AFTER = re.compile(r"\s+(?:press|media|newspapers|papers|tabloids|outlets|news\s+sites|dailies)(?![\w-])"
                          r"(?!\s+(?:office|service|secretary|conference|release|briefing|statement|agency|attach[eé])\b)")


#: What opens a speaker's label in capitals: a line's or a table cell's opening.
_CAPS_LABEL_OPENS = re.compile(r"(?:^|\n|\|)[ \t]*(?:\*\*|__)?$")
#: What ends one before the words it labels: a colon, perhaps after a short adjunct (", at the pole",
#: " on Twitter"), then a quote; or the verb of saying that the words follow.
_CAPS_LABEL_ENDS = re.compile(r"(?:\*\*|__)?(?:,[^:\n|\"“”]{1,30}|[ \t]+(?:on|to|in)[ \t]+[^:\n|\"“”]{1,25})?:(?:\*\*|__)?[ \t]*[\"“]|"
                              r"[ \t]+(?:says|said|calls|called|tells|told|writes|wrote|adds|added|replies|replied|posts|posted)"
                              r"[ \t]")  # (or a verb of saying: "STAKIS calls it “madness”: …")


def _named_as_person(body: str, name: str, people: frozenset[str]) -> bool:
    """Whether the text writes ``name`` elsewhere in title case as a person's: after a given name or
    a title ("Martins Stakis", "Mayor Stakis"), before a verb of saying ("Stakis said"), or joined
    by "and" to a registered person's name (``people``: "against Rinkevics and Stakis")."""
    if name not in body:
        return False
    word = re.escape(name)
    if re.search(r"(?<![\w-])(?!(?:The|A|An|In|At|On|Of|For|From|To|By|With|And|But|Or|As|After|Before|When|While|If|Its|"
                 r"Their|His|Her|Our|This|That)\s)[A-ZÀ-Ž][\w'’.-]+\s+" + word + r"(?![\w-])|(?<![\w-])" + word +
                 r"\s+(?:said|says|told|tells|wrote|writes|added|adds|replied|answered|called|calls)(?![\w-])", body):
        return True
    return any(m.group(1) in people or m.group(2) in people
               for m in re.finditer(r"(?<![\w-])([A-ZÀ-Ž][\w'’.-]+)\s+and\s+" + word + r"(?![\w-])|(?<![\w-])" + word +
                                    r"\s+and\s+([A-ZÀ-Ž][\w'’.-]+)", body))


def _people_words(registry) -> frozenset[str]:
    """The last words of the registry's people's names and aliases ("Rinkevics")."""
    return frozenset(alias.split()[-1] for a in registry.actors.values() if a.kind == "person"
                     for alias in (a.name, *a.aliases) if alias.split())


@dataclass
class Cand:
    """Something that can be a speaker or a target: an actor, a name, a pronoun, a role."""
    start: int
    end: int
    kind: str          # mention | name | pronoun | poss | role
    ref: str | None    # actor id or kept name; None for unresolved pronoun/role
    text: str
    person: bool = False
    #: an outlet or a platform ("Informer TV", "Truth Social"): a channel, never a speaker
    channel: bool = False
    #: for "you": the name addressed it refers to ("Prime Minister Khan, you …")
    addressee: Cand | None = None
    #: for a use of a term the text defines as an office ("the Minister", ``_defined_terms``): where
    #: its value stands, the office read there
    value_span: tuple[int, int] | None = None


@dataclass
class Candidates:
    """The candidates of an article, and what was learnt about the names on the way."""
    cands: list[Cand]
    #: kept name -> the title words seen before it ("minister", "president")
    name_titles: dict[str, str]
    #: kept name -> "f"/"m" from a title before it (Mrs, Mr, Queen …)
    gender: dict[str, str]


def _overlap_test(taken: list[tuple[int, int]]):
    taken.sort()
    starts = [t[0] for t in taken]

    def overlaps(s: int, e: int) -> bool:
        i = bisect.bisect_right(starts, e) - 1
        while i >= 0 and taken[i][1] > s:
            if taken[i][0] < e:
                return True
            i -= 1
        return False

    return overlaps


#: An office before "of" and a state's or an organisation's name: "the President of (Serbia)",
#: "the acting Prime Minister of (Kosovo)", "the Government of (Kosovo)".
_OFFICE_OF = re.compile(r"[Tt](?<![\w-].)he\s+(?P<role>(?:[Aa]cting\s+|[Ff]ormer\s+|[Nn]ew\s+)?(?i:president|prime\s+minister|"
                        r"premier|(?:foreign|defen[cs]e|interior)\s+minister|minister\s+of\s+(?:(?:state\s+and\s+)?foreign\s+affairs|"
                        r"defen[cs]e)|chancellor|spokes(?:wo)?man|spokesperson|ambassador|envoy|government|"
                        r"foreign\s+ministry|ministry\s+of\s+foreign\s+affairs|presidency|king|queen|leader))"
                        r"\s+of\s+(?:the\s+)?$")
#: The same office in title case with no article, opening a line, a field or a bracket, or after an
#: item's code in bold: "Source: President of Serbia, X.", "(Prime Minister of Kosovo, Facebook)",
#: "**C.2** President of Serbia, X, 08.10.2025:", or after a field separator in a heading made of fields
#: ("**Seg. 02** · President of Serbia · press conference · …").
_FIELD_OFFICE_OF = re.compile(r"(?:^|(?<=[\n(:*_])|(?<=[(:·|•] )|(?<=\*\* ))[*_]*(?P<role>(?:Acting\s+)?(?:President|Prime\s+Minister|Premier|"
                              r"(?:Foreign|Defen[cs]e|Interior)\s+Minister|Minister\s+of\s+(?:Foreign\s+Affairs|Defen[cs]e)|"
                              r"Chancellor|Ambassador|King|Queen))\s+of\s+(?:the\s+)?$")
#: The words one of those offices holds (a test before the pattern is searched).
_FIELD_OFFICE_WORDS = ("President", "Minister", "Premier", "Chancellor", "Ambassador", "King", "Queen")


#: An office named by its domain inside a role: "Minister of (State and) Foreign Affairs".
_DOMAIN_OF = re.compile(r"(?P<noun>[Mm]inist(?:er|ry))" + v.OFFICE_DOMAIN.pattern + "$")


def _by_domain(role: str) -> str:
    """A role named by its domain, as the registry's roles and their synonyms name it ("Minister of
    Foreign Affairs" → "foreign minister", "Deputy Minister of State and Foreign Affairs" → "Deputy
    foreign minister"); any other role as it is."""
    dom = _DOMAIN_OF.search(role)
    if dom is None:
        return role
    return f"{role[:dom.start()]}{v.OFFICE_DOMAINS[' '.join(dom.group('domain').lower().split())]} {dom.group('noun').lower()}"


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


#: Ranks and titles of the military, the clergy and royalty that a text uses alone, capitalised, for
#: the one it named with the title before ("Captain Traoré's men … the Captain went on RTB",
#: "Cardinal Parolin … the Cardinal said"): no office of a state, which the registry's roles resolve.
_EPITHET_TITLES = ("Captain", "Colonel", "General", "Lieutenant", "Major", "Commander", "Admiral", "Marshal",
                   "Brigadier", "Sergeant", "Cardinal", "Patriarch", "Metropolitan", "Archbishop", "Bishop", "Imam",
                   "Rabbi", "Sheikh", "Emir", "Sultan", "Prince", "Princess", "Ayatollah")
#: A rank before a title that makes it a compound one, the title the main word: "Brigadier General".
_RANK_PREFIX = r"(?:(?:Brigadier|Lieutenant|Major|Vice|Rear|Field|Grand|Crown)[ \t]+)?"
#: The title right before a person's name, a given name between or none: "General Kassoum Coulibaly",
#: "Brigadier General Tiani" (filed under "General").
_TITLE_BEFORE_NAME = re.compile(r"(?<![\w-])" + _RANK_PREFIX + r"(?P<title>" + "|".join(_EPITHET_TITLES) + r")\.?[ \t]+"
                                r"(?:[A-ZÀ-Ž][\w'’.-]*[ \t]+)?$")
#: Any title before a capitalised word, registered or not ("General Salifou Mody"): the last one before
#: "the General" is whom it means (one pattern a title, each led by its word, which ``re`` skips to).
_TITLED_ANYONE = {title: re.compile(title + r"\.?[ \t]+[A-ZÀ-Ž]") for title in _EPITHET_TITLES}
#: A title after an indefinite article, a name not after it: "a French General", "an army Captain".
_UNNAMED_TITLED = {title: re.compile(r"(?<![\w-])(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+(?:[\w'’-]+[ \t]+)?(?P<title>" + title +
                                     r")(?![\w-])(?![ \t]+[A-ZÀ-Ž])") for title in _EPITHET_TITLES}
#: What a captain may be the captain of, named in the sentence or the one before: no title of a person
#: named before ("A ferry ran aground. The Captain told port officials …").
_CAPTAIN_OF = re.compile(r"(?i)(?<![\w-])(?:ferry|ship|boat|vessel|tanker|trawler|yacht|freighter|plane|flight|aircraft|"
                         r"airliner|jet|crew|team|club|side|squad|port|harbour|harbor)s?(?![\w-])")
#: The title alone after "the": "the Captain", "The Cardinal" (not before a name or a capitalised
#: word, "the General Assembly", "the Captain Traoré", nor one a clause or a complement defines,
#: "the General who led the operation", "the Prince of Wales").
_THE_TITLE = re.compile(r"[Tt](?<![\w-].)he[ \t]+(?P<title>" + "|".join(_EPITHET_TITLES) + r")(?![\w-])"
                        r"(?![ \t]+[A-ZÀ-Ž])(?!['’]s[ \t]+[A-ZÀ-Ž][a-z])"
                        r"(?![ \t]+(?:who|whom|that|which|of|from|in[ \t]+charge)(?![\w-]))")
#: How far back (in characters) the one named with the title, or the title alone used last for
#: them, may stand.
_EPITHET_REACH = 1500


def _title_epithets(masked: str, named: list[Cand], overlaps, in_quote) -> list[Cand]:
    """"the Captain" for the person the text named with that title last before it, within
    ``_EPITHET_REACH`` ("General Coulibaly … General Ouattara … the General": Ouattara); a mention
    of that person, none when the last one so titled is not in the registry ("General Salifou
    Mody")."""
    titled: dict[int, tuple[str, Cand]] = {}
    for c in named:
        if c.kind != "mention" or not c.person:
            continue
        head = c.text.split()[0] if c.text else ""
        if head in _EPITHET_TITLES:
            titled[c.start] = (head, c)
        elif any(title in masked[max(0, c.start - 40):c.start] for title in _EPITHET_TITLES) and \
                (t := _TITLE_BEFORE_NAME.search(masked, max(0, c.start - 40), c.start)) is not None:
            titled[t.start("title")] = (t.group("title"), c)
    if not titled:
        return []
    anyone = sorted([(t.start(), title) for title, rx in _TITLED_ANYONE.items() if title in masked
                     for t in rx.finditer(masked) if not masked[t.start() - 1:t.start()].isalnum()] +
                    # (and one titled so without a name: "A French General, speaking on condition of anonymity")
                    [(t.start("title"), t.group("title")) for title in _EPITHET_TITLES if title in masked
                     for t in _UNNAMED_TITLED[title].finditer(masked)])
    out = []
    used: dict[str, tuple[int, str]] = {}  # (a title alone resolved, by its title: the reach runs on from it)
    for m in _THE_TITLE.finditer(masked):
        if overlaps(m.start(), m.end()) or in_quote(m.start()):
            continue
        title = m.group("title")
        if title == "Captain":
            sentence = masked.rfind(".", 0, m.start())  # (where its sentence starts, and the one before it)
            if _CAPTAIN_OF.search(masked, max(0, masked.rfind(".", 0, max(0, sentence - 1))), m.start()):
                continue  # (the captain of a ship, a plane or a team the sentence or the one before names)
        last = next((pos for pos, t in reversed(anyone) if pos < m.start() and t == title), None)
        if last is None or last not in titled:
            continue
        ref = titled[last][1].ref
        seen = max(last, used[title][0] if title in used and used[title][1] == ref else last)
        if m.start() - seen > _EPITHET_REACH:
            continue
        used[title] = (m.start(), ref)
        out.append(Cand(m.start(), m.end(), "mention", ref, masked[m.start():m.end()], person=True))
    return out


#: The fewest letters a surname alone may have to be read as a registered person's.
_SURNAME_MIN = 3
#: A capitalised word right before a surname, not opening its sentence: a given name or a longer name.
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![.!?:\n\"“]\s)(?<![.!?:\n\"“])(?<=[\w,;'’)] )(?P<word>[A-ZÀ-Ž][\w'’.-]*)[ \t]+$")
#: Capitalised words before a surname that make no longer name: a day, a month, a title, a stop word.
_NOT_A_GIVEN_NAME = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                               "january", "february", "march", "april", "may", "june", "july", "august",
                               "september", "october", "november", "december"}) | frozenset(v.TITLE_WORDS) | \
    frozenset(v.STOP_CAPS)


#: A given name of two syllables joined by a hyphen, the second in lower case, as Korean names are
#: written after the family name: "Tae-yul", "Ho-jin", "Hong-kyun" (a double-barrelled surname has a
#: capital after its hyphen: "Ahmed-Sheikh").
_HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _registered_surnames(masked: str, registry, named: list[Cand], overlaps, in_quote) -> list[Cand]:
    """"Coulibaly answered" for the registered person whose full name ending in "Coulibaly" the text
    named last before it, when the registry does not list the surname alone as an alias (two people
    bear it, "Amadou Coulibaly" and "Kassoum Coulibaly"), it has ``_SURNAME_MIN`` letters or more, a
    capital first and is no title or common word; a mention of that person. Not after a longer name
    that ends in it and is no registered one's ("his brother, Seydou Coulibaly", "Wall Street"):
    the bare surname after that is that one's. A family name written first, before a hyphenated
    given name ("Cho Tae-yul"), is read the same way ("Cho said"); two who bear it named in one
    sentence ("Kim Hong-kyun and Kim Sang-jin … Kim told") leave it neither's."""
    full: dict[str, list[tuple[int, str]]] = {}
    for c in named:
        if c.kind != "mention" or not c.person or not c.text or " " not in c.text.strip():
            continue
        words = c.text.split()
        last = _strip_possessive(words[-1])
        if _HYPHENATED_GIVEN_NAME.fullmatch(last) and len(words) == 2:
            last = words[0]  # ("Cho Tae-yul", "Chang Ho-jin": the family name first, a given name of two syllables
            # joined by a hyphen after it; "Cho said …" later is his)
        if len(last) < _SURNAME_MIN or not last[:1].isupper() or not last[1:2].islower() or \
                last.lower() in v.TITLE_WORDS or last.lower() in v.STOP_CAPS or registry.resolve(last):
            continue
        full.setdefault(last, []).append((c.end, c.ref))
    out = []
    for last, seen in full.items():
        seen = list(seen)
        for m in re.finditer(re.escape(last) + r"(?![\w-])", masked):
            if masked[m.start() - 1:m.start()].isalnum() or overlaps(m.start(), m.end()) or in_quote(m.start()):
                continue  # (inside a word, a name already found, a quote)
            if (w := _CAPITAL_WORD_BEFORE.search(masked, max(0, m.start() - 40), m.start())) is not None and \
                    w.group("word").lower().rstrip(".") not in _NOT_A_GIVEN_NAME or \
                    masked[m.end():m.end() + 1] == " " and masked[m.end() + 1:m.end() + 2].isupper() and \
                    not masked.startswith(("'s", "’s"), m.end()):
                # (a longer name of someone else or of a place: "his brother, Seydou Coulibaly", "Wall Street",
                # "Coulibaly Street"; the bare surname after it is theirs, not a registered one's)
                seen.append((m.end(), None))
                seen.sort(key=lambda e: e[0])
                continue
            before = [(end, r) for end, r in seen if end <= m.start()]
            ref = before[-1][1] if before else None
            if ref is not None and any(r not in (None, ref) and ". " not in masked[end:before[-1][0]]
                                       for end, r in before[:-1]):
                continue  # ("Kim Hong-kyun and Kim Sang-jin … Kim told …": two who bear it, named together; which one is not told)
            if ref is not None:
                out.append(Cand(m.start(), m.end(), "mention", ref, last, person=True))
    return out


def find_candidates(body: str, masked: str, registry, mentions: list, in_quote) -> Candidates:
    """Every candidate outside quotes (module doc), sorted by start (longer first)."""
    out: list[Cand] = []
    taken: list[tuple[int, int]] = []
    actors = registry.actors
    for m in mentions:
        if in_quote(m.start):
            continue
        actor = actors.get(m.actor)
        if actor is not None and actor.kind in ("state", "organisation") and body.startswith(("'s ", "’s "), m.end):
            owned = v.ROLE_AFTER_POSSESSIVE.match(masked, m.end + 3)
            follows = masked[owned.end():owned.end() + 2] if owned is not None else ""
            if owned is not None and not (follows[:1].isspace() and follows[1:].isupper()):
                # "Serbia's president", "Serbia's Defence Ministry": a role of that state (but in
                # "Norland's President Anna Vell" the name that follows is who it is)
                end, text = owned.end(), body[m.start:owned.end()]
                if (dom := v.OFFICE_DOMAIN.match(masked, end)) is not None and _DOMAIN_OF.search(body, owned.start(), dom.end()):
                    # ("Hungary's Minister of State and Foreign Affairs": Hungary's foreign minister; "Hungary's
                    # Deputy Minister of …" its deputy foreign minister)
                    end, text = dom.end(), f"{m.text}'s {_by_domain(body[owned.start():dom.end()])}"
                out.append(Cand(m.start, end, "role", None, text))
                taken.append((m.start, end))
                continue
        if actor is not None and actor.kind in ("state", "organisation") and \
                (masked.endswith(" of ", 0, m.start) or masked.endswith(" of the ", 0, m.start)) and \
                not body.startswith(("'s", "’s"), m.end):  # (not "the leader of Hungary's opposition")
            office = _OFFICE_OF.search(masked, max(0, m.start - 60), m.start)
            if office is None and any(w in masked[max(0, m.start - 60):m.start] for w in _FIELD_OFFICE_WORDS):
                office = _FIELD_OFFICE_OF.search(masked, max(0, m.start - 60), m.start)
            if office is not None:
                # "the President of Serbia", "the Prime Minister of Kosovo": that state's office, as
                # "Serbia's president" is (the one who holds it, ``resolve.resolve_role``)
                out.append(Cand(office.start(), m.end, "role", None, f"{m.text}'s {_by_domain(office.group('role'))}"))
                taken.append((office.start(), m.end))
                continue
        out.append(Cand(m.start, m.end, "mention", m.actor, m.text, person=bool(actor and actor.kind == "person"),
                        channel=is_outlet_name(registry, m.actor) or
                        actor is not None and actor.kind == "state" and _PRESS_AFTER.match(masked, m.end) is not None))
        taken.append((m.start, m.end))
    if any(title in masked for title in _EPITHET_TITLES):
        for cand in _title_epithets(masked, out, _overlap_test(taken), in_quote):
            out.append(cand)
            taken.append((cand.start, cand.end))
    for cand in _registered_surnames(masked, registry, out, _overlap_test(taken), in_quote):
        out.append(cand)
        taken.append((cand.start, cand.end))
    # (an office's domain, "Minister of Foreign Affairs": no name's words; ``v.OFFICE_DOMAIN``)
    office_ends: dict[int, re.Match] = {}
    for m in v.OFFICE_PHRASE.finditer(masked):
        dom = v.OFFICE_DOMAIN.match(masked, m.end())
        office_ends[m.end()] = dom
        taken.append((dom.start("domain"), dom.end()))
    for cand in _defined_descriptions(masked, out, _overlap_test(taken)):
        out.append(cand)
        taken.append((cand.start, cand.end))
    taken.sort()
    overlaps = _overlap_test(taken)
    surnames: dict[str, str] = {}
    titles: dict[str, str] = {}
    gender: dict[str, str] = {}
    title_words, stop_caps = v.TITLE_WORDS, v.STOP_CAPS
    if ", " in body:
        for cand in _inverted_names(body, registry, overlaps):
            out.append(cand)
            if cand.kind == "name":
                surnames.setdefault(cand.text.split()[-1], cand.ref)
    for m in v.NAME.finditer(masked):
        words = m.group().split()
        if len(words) == 1:  # most matches: one capitalised word, a name only if seen before
            word = words[0]
            if (word.isupper() and len(word) >= 4 and _CAPS_LABEL_OPENS.search(body, max(0, m.start() - 8), m.start())
                    and _CAPS_LABEL_ENDS.match(body, m.end()) and not overlaps(*m.span()) and
                    word.lower() not in title_words and word.lower() not in stop_caps and not common_words_only(word.split("-"))):
                # ("| 04:12 | LAT | STAKIS, at the pole: “…”", "STAKIS on Twitter: “…”": a surname in capitals
                # labelling the words after it, at a line's or a cell's opening; not "NOTE:", "UPDATE:"; the
                # registry's own first, "JOLY:"; else one the text also writes as a person's name, "… against
                # Rinkevics and Stakis", "Mayor Stakis said", not an acronym, a firm, an outlet or a place,
                # "NATO:", "ETIHAD:", "REUTERS:", "GARISSA, Monday:", ``_named_as_person``)
                if (actor := registry.resolve(word.title())) is not None and actor in actors:
                    out.append(Cand(m.start(), m.end(), "mention", actor, word, person=actors[actor].kind == "person"))
                    continue
                if not is_outlet_name(registry, None, word.title()) and \
                        _named_as_person(body, word.title(), _people_words(registry)):
                    out.append(Cand(m.start(), m.end(), "name", word.title(), word, person=True))
                    continue
            if (not surnames or _strip_possessive(word) not in surnames) and \
                    (apposed := _OFFICE_APPOSED.match(masked, m.end())) is not None and \
                    apposed.group("office").lower() in _PERSON_OFFICES and not overlaps(*m.span()) and \
                    word.lower() not in title_words and word.lower() not in stop_caps and \
                    not common_words_only([word]) and not is_outlet_name(registry, None, word):
                # ("Rwabwogo, the President's adviser, said …", "Karuhanga, an opposition lawmaker, told …": a
                # surname alone the text gives an office in apposition, someone the registry lacks, kept by name)
                surnames.setdefault(word, word)
                out.append(Cand(m.start(), m.end(), "name", word, word, person=True))
                continue
            if not surnames or _strip_possessive(word) not in surnames:
                continue  # what the steps below conclude for it, in fewer steps
            low = word.lower()
            if low.rstrip(".") in title_words or low in stop_caps:
                continue
        s, e = m.span()
        if overlaps(s, e):
            continue
        name = _name_in(body, m, s, surnames, titles)
        if name is None:
            continue
        if name.person and " " not in name.text and (known := _first_name_of(body, out, name)) is not None:
            out.append(known)  # ("Doña Laura said" after "President Laura Chinchilla": the one named before)
            continue
        if is_outlet_name(registry, None, name.text):
            name.channel, name.person = True, False
        out.append(name)
        if v.FEMALE_TITLE.search(body[max(0, name.start - 8):name.start]) or \
                v.FEMALE_NOUN_BEFORE.search(body[max(0, name.start - 16):name.start]):
            gender[name.ref] = "f"
        elif v.MALE_TITLE.search(body[max(0, name.start - 8):name.start]) or \
                v.MALE_NOUN_BEFORE.search(body[max(0, name.start - 16):name.start]):
            gender[name.ref] = "m"
    for c in out:  # (a registered person's role noun of one gender: "spokeswoman, Maria Zakharova,")
        if c.kind == "mention" and c.person and c.ref not in gender:
            if v.FEMALE_NOUN_BEFORE.search(body[max(0, c.start - 16):c.start]):
                gender[c.ref] = "f"
            elif v.MALE_NOUN_BEFORE.search(body[max(0, c.start - 16):c.start]):
                gender[c.ref] = "m"
    name_starts = {c.start for c in out if c.kind in ("mention", "name") and c.person}
    for m in v.PRONOUNS.finditer(masked):
        if m.start() in name_starts:
            continue  # (the first word of a name, "He Yadong", "He Yongqian": no pronoun)
        kind = "poss" if m.group().lower() in v.POSSESSIVES else "pronoun"
        out.append(Cand(m.start(), m.end(), kind, None, m.group(), person=True))
    if "ou" in masked:  # "Prime Minister Khan, you answered …. You warned: …": "you", the one addressed
        out.extend(_second_person(masked, [c for c in out if c.kind in ("mention", "name")], actors))
    if "same " in masked:  # "the same man stood before the cameras": a pronoun for a person named before
        for m in _SAME_PERSON.finditer(masked):
            out.append(Cand(m.start(), m.end(), "pronoun", None, "she" if m.group().endswith("woman") else "he",
                            person=True))
    roles = roles_of(registry)
    for m in _THE_DEMONYM.finditer(masked):  # "The next day the Brazilian answers …": a person of that state
        dem = m.group().split()[-1]
        state = roles.state_of_word(dem)
        # (one of that state's people named before it: not "The American replied" with none)
        if state is not None and not overlaps(m.start(), m.end()) and \
                not _LANGUAGE_BEFORE.search(masked, max(0, m.start() - 12), m.start()) and \
                any(c.kind == "mention" and c.person and c.start < m.start() and registry.state_of(c.ref) == state
                    for c in out):
            out.append(Cand(m.start(), m.end(), "role", None, dem, person=True))
    named_at = {c.start for c in out if c.kind in ("mention", "name") and c.person}
    before_roles = len(out)
    for m in v.ROLE.finditer(masked):
        if not overlaps(m.start(), m.end()) and not (masked[m.end():m.end() + 1] == " " and m.end() + 1 in named_at
                                                     and m.group(1).split()[-1][:1].isupper()):
            # (not a title before the name it is part of: "the moment President Aleksandar Vučić turns")
            words = m.group(1).split()
            if m.end() in office_ends:
                # ("the minister of defence": the defence minister)
                dom = office_ends[m.end()]
                domain = " ".join(dom.group("domain").lower().split())
                words[-1:] = [v.OFFICE_DOMAINS[domain], words[-1].lower()]
                out.append(Cand(m.start(), dom.end(), "role", None, " ".join(words)))
                continue
            out.append(Cand(m.start(), m.end(), "role", None, m.group(1)))
    if (own_offices := roles.own_offices_rx) is not None:
        # "the Speaker", "the Taoiseach": an office the registry's roles name, when the text names its holder or
        # the holder's state (not a House of Commons report's "the Speaker" with Uganda's in the registry)
        told = {mt.actor for mt in mentions} | {registry.state_of(mt.actor) for mt in mentions}
        for m in own_offices.finditer(masked):
            if not overlaps(m.start(), m.end()) and not (masked[m.end():m.end() + 1] == " " and m.end() + 1 in named_at) and \
                    any(h in told or registry.state_of(h) in told for h in roles.own_offices_of.get(m.group("office"), ())):
                out.append(Cand(m.start(), m.end(), "role", None, m.group("office")))
    for m in v.ROLE_OF.finditer(masked):  # "its foreign ministry", "his office"
        if not overlaps(m.start(), m.end()):
            out.append(Cand(m.start(), m.end(), "role", None, m.group()))
    # (a field's value that is a bare office, found only now: "Reader: the Foreign Minister" … "the reader")
    if ":" in masked:
        out += _defined_descriptions(masked, [c for c in out[before_roles:] if c.kind == "role"],
                                     _overlap_test(sorted((c.start, c.end) for c in out)))
    if "means " in body or "refers to " in body or "(“" in body or '("' in body or "(the " in body:
        out = _defined_terms(body, masked, out, registry)
    if ") " in body and len(keys := _key_lines(body)) >= 2:
        out = _keyed(body, out, keys)
    out.sort(key=lambda c: (c.start, -c.end))
    return Candidates(out, titles, gender)


#: A term a text defines in quotation marks, as a contract, a prospectus or a notice does: '"the
#: Sender" means David W. Panuelo, …' (the value after it) …
_TERM_MEANS = re.compile(r"[\"“](?P<term>(?:[Tt]he\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})[\"”]\s+"
                         r"(?:means|shall\s+mean|refers\s+to)\s+")
#: … or '… Banco Tejo Angola, S.A. ("the Angolan Subsidiary")', '(the "Minister")' (the value before it).
_TERM_AFTER = re.compile(r"\((?:(?:the|hereinafter|hereafter|together)\s+)?[\"“](?P<term>(?:[Tt]he\s+)?[A-Z][a-z]+"
                         r"(?:\s+[A-Z][a-z]+){0,2})[\"”]\)|"
                         # (or without the quotation marks, the article inside the brackets: an indictment's
                         # "ALEKSANDAR VUČIĆ (the First Defendant)", a claim's "Serbia (the Applicant)")
                         r"\((?P<bare>the\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\)")
#: A clause that says definitions follow: "In this notice, ", "For the purposes of this section, ",
#: "As used in this prospectus, ".
_DEFINING_CLAUSE = re.compile(r"(?:[Ii]n\s+this\s+(?:notice|note|section|agreement|contract|letter|document|prospectus|"
                              r"summary|report|article|memo|memorandum|decision|judgment|ruling|chapter|paper|guide|"
                              r"glossary|filing|complaint|statement)|[Ff]or\s+the\s+purposes?\s+of|[Aa]s\s+used\s+in)"
                              r"(?:\s+[\w-]+){0,3}?\s*[,:]")
#: What may open a definition's value before its actor, office or name: "the", the capitalised words of
#: a longer name ("the People's Republic of China"), nothing else.
_VALUE_HEAD = re.compile(r"(?:(?:[Tt]he|[A-Z][\w'’.-]*|of|and)\s+)*")
#: Between a person and the bracket that defines them: an office in apposition, ", Minister of … of Hungary".
_APPOSED_TO = re.compile(r",\s+(?:(?:[A-Z][\w'’.-]*|of|and|the|for)\s*)+,?\s*")
#: Where a defined term's value ends: the next definition's ";", a stop (not an initial's or a
#: title's: "David W. Panuelo", "Mr. Sikorski"), the line's end.
_VALUE_END = re.compile(r"[;\n]|(?<![\s.][A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bProf)\.(?=\s)")
#: How far a definition's value is read, and how many definitions an article's are read (a text of
#: hundreds is a list, not a notice's definitions).
_VALUE_REACH = 300
_TERMS_READ = 24
#: How many uses of one term are read, and the longest a candidate is (for ``_overlapping``).
_USES_READ = 200
_LONGEST = 200
#: Two of a phrase's candidates joined: "Finland and Germany", "Poland, Hungary".
_JOINED = re.compile(r"^\s*(?:,|and|&|or)\s*(?:the\s+)?$")
#: A company's legal form after its name, before the bracket that defines it: ", S.A.", " Ltd", " Inc.".
_COMPANY_FORM = re.compile(r"\b(?:S\.A|Ltd|Inc|plc|GmbH|AG|LLC)\b\.?")
#: Which candidate a value's is, where several begin at its start: an actor, an office, a name.
_VALUE_KINDS = {"mention": 0, "role": 1, "name": 2}


#: The mark of a key's line that names someone once by a letter or a number, for the text to cite
#: them by it after: "- (A) Hossein Amir-Abdollahian, Foreign Minister of Iran", "(2) Nasser Kanani, …".
_KEY_MARK = re.compile(r"\((?P<key>[A-Z]|\d{1,2})\)[ \t]+")
#: A number or a bracket right against a bracketed letter, or a label's noun before it: the letter
#: is that thing's ("4(1)", "option (1)", "paragraph (2)"; not "On Monday 30 September (A) told …").
_KEYED_THING_BEFORE = re.compile(r"(?:[\d)]|(?i:option|article|paragraph|para|rule|annex|section|clause|point|item|"
                                 r"note|footnote|step|case|scenario|question|part|line|schedule|table|figure)\s)$")
#: What may stand before a key's mark on its line: a list's mark, a blockquote's.
_KEY_LINE_LEAD = re.compile(r"[ \t>]*(?:[-*•][ \t]+)?")


def _key_lines(body: str) -> list[re.Match]:
    """The marks that open a key's lines (``_KEY_MARK``), lines one under another (not a paragraph
    that opens "(2) has not addressed …" alone)."""
    marks = {body.rfind("\n", 0, m.start()) + 1: m for m in _KEY_MARK.finditer(body)
             if _KEY_LINE_LEAD.fullmatch(body, body.rfind("\n", 0, m.start()) + 1, m.start()) is not None}
    return [m for line, m in marks.items()
            if body.rfind("\n", 0, max(0, line - 1)) + 1 in marks and line > 0 or
            (nxt := body.find("\n", m.end())) >= 0 and nxt + 1 in marks]


def _keyed(body: str, out: list[Cand], keys: list[re.Match]) -> list[Cand]:
    """``out`` with every later use of a key's letter in brackets, "(A), on Twitter: …", made a
    candidate of the one the key's line opens with (``_key_lines``; a registered actor or a name),
    where the text keys two or more so; a letter keyed twice keys no one."""
    starts = {c.start: c for c in sorted(out, key=lambda c: (c.start, c.end)) if c.kind in ("mention", "name")}
    keyed: dict[str, Cand | None] = {}
    for m in keys:
        keyed[m.group("key")] = None if m.group("key") in keyed else starts.get(m.end())
    keyed = {k: c for k, c in keyed.items() if c is not None}
    if len(keyed) < 2:
        return out
    lines = {m.start() for m in keys}
    # (a letter after a word or a number is that thing's: "option (1)", "paragraph (2)", "4(1)")
    added = [Cand(u.start(), u.end(), c.kind, c.ref, c.text, person=c.person, channel=c.channel)
             for key, c in keyed.items()
             for u in re.finditer(r"\(" + re.escape(key) + r"\)", body)
             if u.start() not in lines and not _KEYED_THING_BEFORE.search(body, max(0, u.start() - 12), u.start())]
    return out + added


#: A line that is only a person's name with the surname first in capitals, as a directory, a roster
#: or a contacts book heads an entry: "**VULIN, Aleksandar**", "MOJSILOVIĆ, Gen. Milan".
_INVERTED_NAME = re.compile(r"(?P<sur>[A-ZÀ-Ž][A-ZÀ-Ž'’-]+(?:[ -][A-ZÀ-Ž][A-ZÀ-Ž'’-]+)?),[ \t]+"
                            r"(?:(?:Gen|Dr|Prof|Col|Adm|Amb|Mr|Mrs|Ms)\.?[ \t]+)?"
                            r"(?P<given>[A-ZÀ-Ž][a-zà-ž'’-]+(?:[ -][A-ZÀ-Ž][a-zà-ž'’-]+)?)[ \t*_]*$", re.M)
#: What may stand before it on its line: a heading's or a list's marks, emphasis.
_INVERTED_NAME_LEAD = re.compile(r"[ \t>#*_-]*")


def _inverted_names(body: str, registry, overlaps) -> list[Cand]:
    """The names of ``_INVERTED_NAME`` lines, read in their usual order ("Aleksandar Vulin", "Hun
    Sen"): a mention of the registered person so named, else a name the text introduces (not where a
    mention is found already, "VUČIĆ, Aleksandar")."""
    found = []
    for m in _INVERTED_NAME.finditer(body):
        if overlaps(m.start("sur"), m.end("sur")) or \
                _INVERTED_NAME_LEAD.fullmatch(body, body.rfind("\n", 0, m.start()) + 1, m.start()) is None:
            continue
        # (either order: a name written surname first, "HUN, Sen", is "Hun Sen"; a name the registry
        # lacks is read in the order the text writes it elsewhere, else given name first)
        given, sur = m.group("given"), m.group("sur").title()
        name = f"{sur} {given}" if registry.resolve(f"{sur} {given}") is not None or \
            registry.resolve(f"{given} {sur}") is None and f"{sur} {given}" in body else f"{given} {sur}"
        actor = registry.resolve(name)
        found.append(Cand(m.start("sur"), m.end("given"), "mention", actor, name, person=True) if actor is not None and
                     registry.actors[actor].kind == "person" else
                     Cand(m.start("sur"), m.end("given"), "name", name, name, person=True))
    return found


def _overlapping(items: list[Cand], starts: list[int], lo: int, hi: int) -> list[Cand]:
    """The candidates of ``items`` (sorted by start, ``starts`` their starts) that overlap [lo, hi):
    found by bisection, looking back at most ``_LONGEST`` characters for one that begins before
    ``lo`` (``_overlap_test`` answers only whether one does)."""
    return [c for c in items[bisect.bisect_left(starts, lo - _LONGEST):bisect.bisect_left(starts, hi)]
            if c.start < hi and lo < c.end]


def _defined_above(body: str, line: int) -> bool:
    """Whether the definition on the line at ``line`` is one of a run of definition lines under a
    defining clause that ends in a colon ("For the purposes of this note:" over '- "the Minister"
    means …;' lines)."""
    while line > 0:
        above = body.rfind("\n", 0, line - 1) + 1
        text = body[above:line - 1]
        if text.strip() and not _TERM_MEANS.search(text):
            return text.rstrip(" *_").endswith(":") and _DEFINING_CLAUSE.search(text) is not None
        line = above
    return False


#: What may stand between a clause's start and the one name a defined term is given to: the
#: capitalised words of a longer name ("ALEKSANDAR ", "THE REPUBLIC OF "), after a list's mark or
#: an "and" (``_bare_term_of``; ``keys``'s "THE REPUBLIC OF TÜRKIYE is the Complainant.").
NAME_HEAD = re.compile(r"[\s*_>•,-]*(?:(?:and|AND)\s+)?(?:(?:[Tt]he|THE|[A-ZÀ-Ž][\w'’.-]*|of|OF)\s+)*")


def _opening_before(body: str, pos: int, stops: str) -> int:
    """Where the phrase that ends at ``pos`` opens: right after the last of ``stops`` in the
    ``_PHRASE_REACH`` characters before it, else at the start of that reach."""
    lo = max(0, pos - _PHRASE_REACH)
    return max(lo - 1, *(body.rfind(c, lo, pos) for c in stops)) + 1


#: How far back the phrase before a defined term's bracket is read.
_PHRASE_REACH = 120


def _bare_term_of(body: str, m: re.Match, value: Cand) -> bool:
    """Whether a term in brackets without quotation marks, "(the First Defendant)", defines the one
    name before it: that name opens its clause (after the capitalised words of a longer name), the
    term is one party and no office ("Osmani (the President)" is read where the text uses it), not
    several ("Egypt, Ethiopia and Sudan (the Parties)"; "the First Witness" is one) nor a text
    ("between Chile and Bolivia (the Treaty)")."""
    term = m.group("bare")
    # (the clause opens after a stop, a colon, a line's start or the bracket of the term before:
    # "VUČIĆ (the First Defendant), MARKO ĐURIĆ (the Second Defendant)")
    opens = _opening_before(body, value.start, ".;:\n)")
    return not v.ROLE_PLAIN.fullmatch(term) and not (term.endswith("s") and not term.endswith("ss")) and \
        NAME_HEAD.fullmatch(body, opens, value.start) is not None and \
        not body[value.end:m.start()].strip(" ,")


def _defined_terms(body: str, masked: str, out: list[Cand], registry) -> list[Cand]:
    """``out`` with every later use of a term the text defines ("the Sender", "the Minister",
    ``_TERM_MEANS``, ``_TERM_AFTER``) made the candidate its value is: the first actor, office or
    name the value holds ('"the Minister" means the Portuguese Minister of State and Foreign
    Affairs' … "The Minister, speaking there too, said"), up to the term's next definition. A term
    that is itself an actor's name or a state's office ("the Portuguese Government", "the Angolan
    President") keeps its own reading, and a use inside a longer name or title is none ("Minister"
    in "the Polish Prime Minister"). At most ``_TERMS_READ`` definitions are read."""
    defined: list[tuple[int, str, Cand]] = []
    means = list(_TERM_MEANS.finditer(body))[:_TERMS_READ]
    for i, m in enumerate(means):
        line = body.rfind("\n", 0, m.start()) + 1
        line_end = body.find("\n", m.start()) % (len(body) + 1)  # (-1, the last line: the body's end)
        if not (_DEFINING_CLAUSE.search(body, line, m.start()) or
                sum(1 for o in means if line <= o.start() < line_end) >= 2 or _defined_above(body, line)):
            continue  # (a notice's or a contract's definitions, not prose: '"the West" means Washington, one analyst noted')
        # (the value ends at the next definition too: '"the Chair" means … and "the Minister" means …')
        bound = min(len(body), m.end() + _VALUE_REACH, means[i + 1].start() if i + 1 < len(means) else len(body))
        stop = _VALUE_END.search(body, m.end(), bound)
        end = stop.start() if stop is not None else bound
        inside = [c for c in out if m.end() <= c.start < end and c.kind in _VALUE_KINDS]
        if inside:
            first = min(c.start for c in inside)
            if not _VALUE_HEAD.fullmatch(body, m.end(), first):
                continue  # (the value is what opens it: not '"the Envoy" means any person appointed by Donald Tusk')
            defined.append((m.end(), m.group("term"), min((c for c in inside if c.start == first),
                                                          key=lambda c: _VALUE_KINDS[c.kind])))
    ends = sorted((c.end, k) for k, c in enumerate(out) if c.kind in _VALUE_KINDS)
    after = list(_TERM_AFTER.finditer(body))[:_TERMS_READ]
    # (terms in brackets without quotation marks only where the text defines two or more, as a charge
    # sheet does its parties: not one aside, "Vučić (the Observer)")
    bare_ok = sum(1 for m in after if m.group("bare")) >= 2
    for m in after:
        lo = _opening_before(body, m.start(), ".;:\n(") - 1  # (the phrase before the bracket: from its clause's opening)
        k = bisect.bisect_right(ends, (m.start(), len(out)))  # (the candidates that end before the bracket)
        phrase = sorted((out[j] for _, j in ends[max(0, k - 12):k] if out[j].start > lo), key=lambda c: c.start)
        if len(phrase) >= 2 and _JOINED.search(body, phrase[-2].end, phrase[-1].start):
            continue  # ('Finland and Germany (the "Interveners")': several, none of which it is alone)
        people = [c for c in phrase if c.person]
        # (the person the phrase names, an office in apposition after the name: 'Péter Szijjártó, Minister
        # of Foreign Affairs and Trade of Hungary (the "Minister")'; else what stands right before it)
        value = people[0] if people and _APPOSED_TO.fullmatch(body, people[0].end, m.start()) else \
            phrase[-1] if phrase and not _COMPANY_FORM.sub("", body[phrase[-1].end:m.start()]).strip(" ,.") else None
        if value is not None and (m.group("bare") is None or bare_ok and _bare_term_of(body, m, value)):
            defined.append((m.end(), m.group("term") or m.group("bare"), value))
    originals = sorted(out, key=lambda c: c.start)
    starts = [c.start for c in originals]
    for at, term, value in sorted(defined, key=lambda d: d[0]):
        words = term.split()
        the = words[0].lower() == "the"
        if the:
            words = words[1:]
        if any(fold(w.lower()) in all_demonyms() for w in words):
            continue  # ("the Angolan President", "the Angolan Subsidiary": read as the text names them)
        # (a term defined with its article is used with it: "the Minister", not "the Prime Minister")
        use = re.compile(r"[Tt]he\s+" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])" if the else
                         r"(?:[Tt]he\s+)?" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])")
        again = next((a for a, t, _ in defined if a > at and t.lower() == term.lower()), len(masked))
        uses = [(u.start(), u.end()) for u in use.finditer(masked, at, again)
                if not masked[u.start() - 1:u.start()].isalnum()][:_USES_READ]
        # (a state's or a body's term before "'s" and an office, "the Landlord's Prime Minister": that
        # state's office, as "Iraq's Prime Minister" is, ``resolve.resolve_role``)
        offices = {} if value.kind != "mention" or getattr(registry.actors.get(value.ref), "kind", None) != "state" else \
            {lo: owned for lo, hi in uses if masked.startswith(("'s ", "’s "), hi) and
             (owned := v.ROLE_AFTER_POSSESSIVE.match(masked, hi + 3)) is not None}
        uses = [(lo, offices[lo].end()) if lo in offices else (lo, hi) for lo, hi in uses]
        # (not inside a longer name or title: "Minister" in "The Polish Prime Minister")
        uses = [(lo, hi) for lo, hi in uses
                if not any(c.start < lo or c.end > hi for c in _overlapping(originals, starts, lo, hi))]
        if not uses or any(c.kind == "mention" for c in _overlapping(originals, starts, *uses[0])):
            continue  # ("the Portuguese Government": an actor's own name)
        on_a_use = _overlap_test(list(uses))
        out = [c for c in out if not on_a_use(c.start, c.end)]
        out += [Cand(lo, hi, "role", None, f"{value.text}'s {body[offices[lo].start():hi]}") if lo in offices else
                Cand(lo, hi, value.kind, value.ref, value.text if value.kind == "role" else body[lo:hi],
                     person=value.person, channel=value.channel,
                     value_span=(value.start, value.end) if value.kind == "role" else None) for lo, hi in uses]
    return out


#: A description the text defines as one person: "The patient is Aleksandar Vučić", "the defendant
#: was Radovan Karadžić", "Our visitor is …" (a common noun in lower case, then the person's
#: registered name; not an office of the registry's, "Serbia's president is …").
_DEFINITION = re.compile(r"(?<![\w-])(?:[Tt]he|[Oo]ur|[Tt]his|[\w]+['’]s)\s+(?P<noun>[a-z]{3,20})\s+(?:is|was)\s+$")
#: A record's field whose label is a common noun, before a registered person's name or an office:
#: "| **Supplier** | Aleksandar Vučić, …", "**Supplier:** …", "… on sale. Supplier: Marko Đurić, …",
#: "**Protagonist** · The President of Serbia" (the field defines "the supplier" as that person or
#: office, as "The supplier is …" would; a label the text uses again, "the supplier", and no weekday).
#: (read with ``fullmatch`` over the text before the name: the greedy start finds the last field)
_LABEL_DEFINITION = re.compile(r"(?s:.*)(?:^|\||(?<=[.!?][ \t])|(?<=[.!?][*_]{2}[ \t]))[ \t>*_-]*(?P<noun>[A-Z][a-z]{2,19}(?:[ \t][a-z]{3,19})?)"
                               r"[ \t*_]*(?::[ \t*_]*|\|[ \t*_]*|·[ \t*_]*)", re.M)
#: What ends a field's value after the person's name: the line or the cell, perhaps after a role
#: ("| **Supplier** | Aleksandar Vučić, President of Serbia |", "Supplier: Marko Đurić, Foreign Minister of Serbia.").
_FIELD_VALUE_END = re.compile(r"(?:,[ \t]*[^\n|.;]{1,60})?[ \t*_]*(?:\||\.(?:\s|$)|\n|$)")
#: Weekdays and months: a label of a time, no description.
_TIME_LABELS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december""".split())
#: Words that say which one, not what: "The first is Tusk", "the other was Orbán", "the problem is …".
NOT_DESCRIPTIONS = frozenset({"first", "second", "third", "last", "only", "same", "other", "next", "former", "latter",
                              "problem", "question", "answer", "reason", "point", "result", "truth", "issue",
                              "difference", "irony", "trouble", "fact", "case", "rest"})


#: After a use of a defined description: what it is of, or another person in apposition ("the
#: speaker of the Sejm", "the speaker, Szymon Hołownia,", "the host, Rama,", "the messenger, a junior
#: diplomat named Balázs Kiss,"): no longer the person defined.
ANOTHER_OF_THE_NOUN = re.compile(r"\s+(?:of|for)\s|,\s+(?:[A-ZÀ-Ž][\w'’-]+[\s,]|an?\s+(?:[\w'’-]+\s+){0,4}?(?:named|called)\s)")
#: A noun right after it, which it only modifies: "the host country", "the host city".
_NOUN_AFTER_DESCRIPTION = re.compile(r"\s+(?:country|nation|city|town|state|government|team|club|party|side|"
                                     r"capital|venue|delegation)(?![\w-])")


def _defined_descriptions(masked: str, out: list[Cand], overlaps) -> list[Cand]:
    """The later uses of a description the text defined as one registered person ("The patient
    is Aleksandar Vučić. … At a press conference the patient said …"): each a mention of that
    person (not a role of the registry's: those are read by ``resolve.resolve_role``); or, by a
    field's label, as an office ("**Protagonist** · The President of Serbia" … "the protagonist"):
    each a role read where the field gives it (``Cand.value_span``)."""
    found: list[Cand] = []
    for c in out:
        if not (c.kind == "mention" and c.person or c.kind == "role") or masked.startswith(("'s", "’s"), c.end):
            continue  # (not "The host was Tusk's old friend")
        before = masked[max(0, c.start - 40):c.start]
        m = _DEFINITION.search(before) if before.endswith((" is ", " was ")) and c.kind == "mention" else \
            _LABEL_DEFINITION.fullmatch(before) if (":" in before or "|" in before or "·" in before) and \
            _FIELD_VALUE_END.match(masked, c.end) else None  # (a field's value, not a headline: "Video: Tusk arrives in Kyiv")
        # (a field's value may be an office: "**Protagonist** · The President of Serbia")
        noun = m.group("noun").lower() if m is not None else ""
        if m is None or noun in NOT_DESCRIPTIONS or v.ROLE_PLAIN.fullmatch("the " + noun):
            continue
        if m.re is _LABEL_DEFINITION and (noun in _TIME_LABELS or
                                          not re.search(r"[Tt]he\s+" + r"\s+".join(noun.split()) + r"(?![\w-])", masked[c.end:])):
            continue  # (a label the text uses again as a description, "the supplier"; not "**Gdansk** · …", "**Thursday** · …")
        # (a field's noun also bare before its possessive: "Supplier's wording:")
        bare = r"|(?<![\w-])[" + noun[0].upper() + noun[0] + "]" + noun[1:] + r"(?=['’]s(?![\w-]))" if m.re is _LABEL_DEFINITION else ""
        for use in re.compile(r"[Tt](?<![\w-].)he\s+" + r"\s+".join(noun.split()) + r"(?![\w-])" + bare).finditer(masked, c.end):
            lo, hi = use.span()
            if ANOTHER_OF_THE_NOUN.match(masked, hi):
                break  # ("the speaker of the Sejm, Szymon Hołownia": the noun is another's from here on)
            if not overlaps(lo, hi) and not _NOUN_AFTER_DESCRIPTION.match(masked, hi):
                found.append(Cand(lo, hi, "mention", c.ref, masked[lo:hi], person=True) if c.kind == "mention" else
                             Cand(lo, hi, "role", None, c.text, value_span=(c.start, c.end)))
    # (a description defined again for another person: from there on, that person's)
    return sorted({x.start: x for x in sorted(found, key=lambda x: x.start)}.values(), key=lambda x: x.start)


def _first_name_of(body: str, out: list[Cand], name: Cand) -> Cand | None:
    """The person named before with the first name ``name``, a first name alone after a title
    ("Doña Laura" after "Laura Chinchilla"): a registered one (the last named), else one the
    registry lacks who was named with the same title ("Herr Péter" after "Herr Péter Altmaier",
    as its full name), else the only one the registry lacks; else None. A name as a possessive
    ("Donald Trump's envoy") names no one there."""
    named = sorted((c for c in out if c.kind in ("mention", "name") and c.person and c.start < name.start
                    and " " in c.text and c.text.split()[0] == name.text
                    and not body.startswith(("'s", "’s"), c.end)), key=lambda c: c.start)
    known = [c for c in named if c.kind == "mention"]
    title = body[max(0, name.start - 12):name.start].split()[-1:]
    same_title = [c for c in named if c.kind == "name" and title and body[max(0, c.start - 12):c.start].split()[-1:] == title]
    others = {c.ref for c in named if c.kind == "name"}
    pick = known[-1] if known and not (same_title and same_title[-1].start > known[-1].start) else \
        same_title[-1] if same_title else named[-1] if named and len(others) == 1 else None
    if pick is None:
        return None
    return Cand(name.start, name.end, pick.kind, pick.ref, name.text, person=True)


#: A name addressed: "Prime Minister Khan, you answered", "Mr Vučić, you said"; not an aside to
#: the reader ("Merz, you may recall, once called …", "Tusk, you know, …").
_VOCATIVE_AFTER = re.compile(r",\s+you(?![\w'’-])(?!\s+(?:may|might|will|would|could|can|should|must|know|see)(?![\w-]))")
#: "you" or "You" as a word; not "you're", "you'll" (a contraction), nor "you know".
_YOU = re.compile(r"(?<![\w'’-])[Yy]ou(?![\w'’-])(?!\s+know\b)")
#: How far after a name addressed "you" still refers to it (a letter's paragraphs to one addressee).
_ADDRESSED_REACH = 1500


#: A line that addresses what comes under it to someone (a letter's salutation, a column's
#: dedication): "Dear Foreign Minister Sikorski,", "To: Péter Magyar", "*For Aleksandar Vučić,
#: born 5 March*" (after "For" or "To" without a colon, a line set in italics or bold to its end,
#: or ending in a colon or a comma, "To Donald Tusk:": "For Belgrade, …" and "To Tusk, this
#: looked …" open sentences).
_ADDRESS_LINE = re.compile(r"(?P<word>For|Dear|To:?)[ \t]+(?=[A-ZÀ-Ž])(?P<rest>[^\n]{0,90})$", re.M)
#: What may stand on the line before its opening word: indentation, a quote's or a heading's
#: mark, the emphasis it is set in.
_ADDRESS_LEAD = re.compile(r"[ \t>#]*(?P<emph>[*_]{1,2})?")
#: A letter's closing line, which ends what its salutation addresses: "Yours sincerely,",
#: "Kind regards,", "Respectfully,".
_SIGN_OFF = re.compile(r"^[ \t>*_]*(?:Yours(?:[ \t]+(?:sincerely|faithfully|truly|ever))?|Sincerely(?:[ \t]+yours)?|"
                       r"(?:Kind|Best|Warm|With\s+best)[ \t]+(?:regards|wishes)|Regards|Respectfully)[ \t]*[,.]?[ \t*_]*$", re.M)
#: A verb that makes the words after a dedication's name a sentence ("*For Aliyev, the route is
#: non-negotiable*"), not a description of the one addressed ("*For Aleksandar Vučić, born 5 March*").
_SENTENCE_VERB = re.compile(r"(?<![\w-])(?:is|are|was|were|has|have|had|will|would|can|could|must|should|remains?|"
                            r"looks?|seems?|does|do|did|means?)(?![\w-])")
#: How far after an address line "you" still refers to the one it addresses, when no other
#: address line or closing line comes first (a letter, a column's section).
_ADDRESS_REACH = 4000


#: Before a signature's name on its line: a dash at most ("— Badr Abdelatty").
_SIGNATURE_LINE = re.compile(r"[ \t>*_]*(?:[—–-][ \t]*)?")
#: After it: the line's end, or a comma and a title ("Badr Abdelatty, Foreign Minister").
_SIGNATURE_END = re.compile(r"[ \t*_]*(?:,[^\n]{0,60})?(?:\n|$)")
#: Capitalised words only, a title before a name: "Foreign Minister ", "Mr ", "".
_TITLES_ONLY = re.compile(r"(?:[A-ZÀ-Ž][\w.'’-]*[ \t]+)*")


def _address_lines(masked: str, named: list[Cand], actors: dict) -> list[tuple[int, Cand | None, int]]:
    """Where address lines (``_ADDRESS_LINE``) and letters' closing lines (``_SIGN_OFF``) stand,
    each with the one addressed and how far its "you" reaches: the person named first after the
    line's opening words and the titles before the name ("Dear Foreign Minister Sikorski,"), on
    a line of twelve words at most that does not end as a sentence, or a body the registry holds
    ("To: European Commission"); None for a closing line, a signature (a line that is only a
    person's name), or an address line that names no one ("Dear colleagues,", "Dear Nicosia
    Newcomer,": a place), which end the reach of the one before."""
    out: list[tuple[int, Cand | None, int]] = [(m.start(), None, 0) for m in _SIGN_OFF.finditer(masked)] \
        if "egards" in masked or "incerely" in masked or "Yours" in masked or "espectfully" in masked else []
    out += [(c.start, None, 0) for c in named if c.person and _SIGNATURE_END.match(masked, c.end)
            and _SIGNATURE_LINE.fullmatch(masked, masked.rfind("\n", 0, c.start) + 1, c.start)]
    for m in _ADDRESS_LINE.finditer(masked):
        line = masked.rfind("\n", 0, m.start()) + 1
        lead = _ADDRESS_LEAD.fullmatch(masked, line, m.start())
        rest = m.group("rest").rstrip()
        emph = lead.group("emph") if lead is not None else None
        if lead is None or len(m.group().split()) > 12 or rest.endswith(".") or \
                m.group("word") in ("For", "To") and not (emph and rest.endswith(emph) or rest.endswith((":", ","))):
            continue
        x = next((c for c in named if m.start("rest") <= c.start < m.end()), None)
        body = x is not None and x.kind == "mention" and getattr(actors.get(x.ref), "kind", "") == "organisation"
        if x is not None and (not (x.person or body) or not _TITLES_ONLY.fullmatch(masked, m.start("rest"), x.start)):
            x = None
        if x is not None and m.group("word") == "For" and \
                (len(masked[x.end:m.end()].split()) > 6 or _SENTENCE_VERB.search(masked, x.end, m.end())):
            continue  # (a standfirst that opens with "For X," and goes on as a sentence: no address)
        out.append((m.start(), x, _ADDRESS_REACH))
    return out


#: The reader told who they are: "You are Aleksandar Vučić.", "Then you are Albin Kurti, who …" (a
#: quiz's result, a second-person profile), opening a sentence or a line (not "If you are Albin Kurti,
#: …", a supposition); the name after it and its titles (``_TITLES_ONLY``).
_YOU_ARE = re.compile(r"(?:(?<![^\n])|(?<=[.!?:][ \t])|(?<=\*\*)|(?<=\*\*[ \t])|(?<=[Tt]hen[ \t]))"
                      r"[ \t]*[Yy]ou[ \t]+are[ \t]+(?=[A-ZÀ-Ž])")
#: A heading's line, which ends the reach of a "You are" before it: "**Mostly C: …**", "## Result C".
_HEADING_LINE = re.compile(r"\n[ \t]*(?:\*\*|__|#{1,6}[ \t])")
#: After the name: its sentence ends, or a clause about it opens.
_DECLARED_END = re.compile(r"[ \t*_]*(?:[.;:!]|,[ \t]+(?:who|whose|the|a|an|[A-Z])|$)", re.M)


def _declared_identities(masked: str, named: list[Cand]) -> list[tuple[int, Cand, int]]:
    """Where the text tells its reader who they are ("You are Aleksandar Vučić. On Wednesday you
    wrote …"): from there on, up to the next heading, the next "You are" or address, "you" is that
    person."""
    out = []
    told = list(_YOU_ARE.finditer(masked))
    for k, m in enumerate(told):
        x = next((c for c in named if m.end() <= c.start <= m.end() + 40), None)
        if x is not None and x.person and _TITLES_ONLY.fullmatch(masked, m.end(), x.start) and \
                not masked.startswith(("'s", "’s"), x.end) and _DECLARED_END.match(masked, x.end):
            # (up to the next heading, "**Mostly C: …**", or the next "You are", whoever it names)
            ends = [e.start() for e in (_HEADING_LINE.search(masked, x.end),) if e is not None]
            ends += [told[k + 1].start()] if k + 1 < len(told) else []
            out.append((m.start(), x, min([_ADDRESS_REACH] + [e - x.end for e in ends])))
    return out


def _second_person(masked: str, named: list[Cand], actors: dict) -> list[Cand]:
    """"you" outside quotes, after a person addressed by name ("Prime Minister Khan, you
    answered …. You warned: …", an open letter; "Mr Vučić, you said …", an interviewer), or
    under a line that addresses one ("Dear …,", "*For Aleksandar Vučić, born 5 March*", a
    column's section: ``_address_lines``): a pronoun candidate whose ``ref`` is that name's text,
    the last one addressed before it within its reach (``resolve.resolve_pronoun`` resolves it);
    none without one, or after a line that addresses no one or closes a letter."""
    addressed = [(c.start, c, _ADDRESSED_REACH) for c in named if c.person and _VOCATIVE_AFTER.match(masked, c.end)]
    if "ou are " in masked:
        addressed = sorted(addressed + _declared_identities(masked, named), key=lambda a: a[0])
    if "For " in masked or "Dear " in masked or "To " in masked or "To:" in masked:
        addressed = sorted(addressed + _address_lines(masked, named, actors), key=lambda a: a[0])
    if not any(c is not None for _, c, _ in addressed):
        return []
    out = []
    starts = [at for at, _, _ in addressed]
    for m in _YOU.finditer(masked, addressed[0][0]):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and (who := addressed[i][1]) is not None and m.start() - who.end <= addressed[i][2]:
            out.append(Cand(m.start(), m.end(), "pronoun", None, m.group(), person=True, addressee=who))
    return out


#: "the same man", "the same woman": as "he" and "she"
_SAME_PERSON_PLAIN = re.compile(r"(?<![\w-])[Tt]he\s+same\s+(?:man|woman)(?![\w-])")
_SAME_PERSON = at_word_start(["[Tt]he"], r"\s+same\s+(?:man|woman)(?![\w-])")
#: Before "the Serbian", "the Albanian" that are a language: "translated from ", "into ", "in ".
_LANGUAGE_BEFORE = re.compile(r"(?<![\w-])(?:from|into|in)\s+$")
#: "the Brazilian", "the American" standing alone for a person: a demonym after "the", then a verb of
#: speech or a stop ("the Brazilian answers …", "answers the American: …"; not "the Brazilian
#: government"), read as one of that state's people (``resolve.resolve_role``).
_DEMONYM_AFTER_THE = (r"\s+[A-Z][a-z]+(?=[ \t]*[,.:;!?]|[ \t]+(?:answers|replies|responds|adds|asks|[a-z]{3,}ed|" +
                      v.COMMON_PAST + r")(?![\w-]))")
_THE_DEMONYM_PLAIN = re.compile(r"(?<![\w-])[Tt]he" + _DEMONYM_AFTER_THE)
_THE_DEMONYM = at_word_start(["[Tt]he"], _DEMONYM_AFTER_THE)


#: Words that make a run of capitalised words an institution, a document or a place, not a person's name,
#: when they end it or come before "of" ("Mutual Defense Treaty", "Court of Justice"); a title
#: before a name ("Police Chief Anna Kowalska") or a surname ("Mark Post") is no such word.
_INSTITUTION_WORDS = frozenset("""
court treaty party ministry council agreement convention union organization organisation commission
agency office department assembly parliament congress senate university institute bank fund company
corporation command forces army navy guard police government embassy charter resolution summit
airport airlines committee federation alliance coalition movement act bill protocol accord accords
declaration statute museum library gallery theatre theater school college academy hotel
front league club foundation centre center service services authority tribunal cabinet presidency
forum conference festival expo address speech lecture sermon homily
empire kingdom republic emirate emirates caliphate dynasty confederation principality
""".split())

#: A weekday's or a month's short form, which ends no name before a day's number: "Created Wed 8 Oct"
#: (but "Zhang Jun told …").
_DAY_MONTH_ABBREVIATIONS = frozenset("mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec".split())
#: … the day's number after it.
_DAY_NUMBER_AFTER = re.compile(r"\.?,?[ \t]+\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")  # (not an age: "Li Jun, 45")
#: The first word of a holiday's name before "Day" or "Eve": no person's name ("Boxing Day").
_HOLIDAY_WORDS = frozenset("""boxing new victory independence armistice remembrance thanksgiving labour labor memorial
statehood unity national constitution europe europa women mother father valentine saint st all election inauguration
polling veterans flag republic liberation army navy martyrs""".split())
#: The last words of an entry's label that names a kind of entry, not a person ("Developer Response",
#: "Owner Reply", "Editor's Note").
_ENTRY_LABEL_WORDS = frozenset("response reply answer comment comments note update review".split())
#: Words that make such a run a place ("outside Leinster House", "Downing Street was silent"),
#: unless a title comes before it or an apposition after it: then they are surnames ("Senator
#: John Tower", "Mike Castle, a former congressman, said").
_PLACE_WORDS = frozenset("""
house palace square street avenue building castle tower station harbour harbor island islands sea river
strait gulf coast shoal canal region province district barracks prison hospital stadium cathedral mosque
consulate basilica church chapel abbey temple synagogue monastery bridge plaza boulevard arena memorial
monument cemetery complex centre center hotel airport university museum
""".split())
#: Title words that also make places of the state: "State House", "National Palace".
_PLACE_MODIFIERS = frozenset({"state", "national", "security", "head"})
_APPOSITION_AFTER = re.compile(r",\s+(?:a|an|the|who)\s")
#: An office in apposition right after a word, between commas: ", the President's adviser,", ", an
#: opposition lawmaker," (its last word the office's, one only a person holds: ``_PERSON_OFFICES``).
_OFFICE_APPOSED = re.compile(r",[ \t]+(?:a|an|the)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?(?P<office>[a-z]+)[ \t]*,")
#: A heading's line: in bold, a Markdown heading, or labels parted by "·".
_HEADING_LINE_START = re.compile(r"[ \t]*(?:\*\*|__|#|[^\n]*·)")
#: The offices only a person holds, as such an apposition's last word (not "Hungary, an EU member state,").
_PERSON_OFFICES = frozenset({"adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson", "lawmaker",
                             "legislator", "minister", "president", "ambassador", "envoy", "chairman", "chairwoman",
                             "chairperson", "director", "commander", "governor", "mayor", "senator", "mp", "mep",
                             "prosecutor", "judge", "economist", "analyst", "professor", "negotiator", "diplomat",
                             "premier", "chancellor", "secretary", "deputy", "official", "researcher", "activist",
                             "journalist", "congressman", "congresswoman", "leader"})
#: A place's word in lower case right after a name (``_PLACE_WORDS``): "Adem Jashari airport".
_PLACE_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)(?![\w'’-])")


#: A lower-case word after a run of capitalised words that is no verb: the run names a thing of
#: that kind ("Skydagger drones"), not a person who acts ("Galushchenko called", "Hill has").
_NOUN_AFTER = re.compile(r"\s+(?!(?:said|says|told|tells|wrote|writes|was|is|has|had|have|will|would|can|could|"
                         r"and|or|of|who|to|in|on|at|for|with)\b)[a-z]+(?<!ed)(?![\w'’-])")


#: What follows a field's label after its first word: "Context 1:", "Note:".
_LABEL_REST = re.compile(r"(?:[ \t]+\d+)?[ \t]*:")
#: The rest of a field's label of several words after its first: " of the mark:", " date:" (a
#: reporting verb among them makes it an attribution instead: "Đurić said:").
_LONG_LABEL_REST = re.compile(r"(?P<words>(?:[ \t]+[a-z][\w'’-]*){1,3})[ \t]*:")


def _opens_label(body: str, at: int) -> bool:
    """Whether a field's label (one word and a number, or a word and up to three small words)
    ends in a colon at ``at``, after a line's first word."""
    if _LABEL_REST.match(body, at):
        return True
    return (m := _LONG_LABEL_REST.match(body, at)) is not None and v.SPEECH.search(m.group("words")) is None


#: A bracket or a colon that opens right after a run of words: "ARCHIVE SOUND (…", "TAGLINE CARD:".
_BRACKET_OPENS = re.compile(r"[ \t]*[(:]")
#: A bracket's first item that describes, in lower-case words, rather than names: "(Danish voter)",
#: "(a farmer, Kidal)": the label before it is then the voice's only name.
_DESCRIBED_IN_BRACKET = re.compile(r"[^,)\n]*?(?<![\w-])[a-z][a-z'’-]+(?:[ \t][^,)\n]*)?[,)]")
#: The close of square brackets around words in capitals: a transcript's note ("[BIG LAUGH]").
_BRACKET_CLOSES = re.compile(r"[ \t]*\]")
#: The end of a line, after a stop or none: what words in capitals that are no name end with.
_LINE_ENDS = re.compile(r"[.!?]?[ \t]*(?:\n|$)")
#: English words that join the words of a heading and no person's name holds: "LINES IN THE COPY".
_JOINING_WORDS = frozenset({"in", "the", "of", "for", "and", "to", "on", "at", "with", "by", "from", "not",
                            "into", "is", "are", "was", "we", "our"})
#: An office's portfolio before the words in question, listed after "of" or "for" and going on
#: after a comma or "and": "Minister of Energy, Science, Technology, Environment and ".
_PORTFOLIO_BEFORE = re.compile(r"(?:Minister|Ministry|Secretary|Department|Commissioner|Committee|Office)\s+(?:of|for)\s+"
                               r"[A-Z][^.;:\n“”\"]*(?:,|\sand|\s&)\s+$")
#: Words of a clause, no name's: a pronoun, a form of "be", a formula's "ye" ("BE IT KNOWN that …",
#: "HEAR YE", "LET IT BE RECORDED": a proclamation's or a minute's opening words in capitals).
_CLAUSE_WORDS = frozenset({"be", "it", "ye", "is", "are", "was", "were", "been", "we", "you", "they", "i", "let",
                           "hereby", "whereas", "oyez"})
#: The end of a run-in title in bold: "**SMALL COUNTRY.** …".
_RUN_IN_ENDS = re.compile(r"[.!?][*_]{1,2}(?=\s)")
#: A run-in label in bold, all of it, in capitalised words: "- **Berserk Button:** …", "**Reasonable
#: Authority Figure.** …" (a wiki's or a glossary's entry label; its colon inside the bold or after it).
_BOLD_OPENS = re.compile(r"(?:^|\n)[ \t>]*(?:(?:" + v.LIST_MARK + r"|[–—])[ \t]+)?\*\*$")
_BOLD_LABEL_ENDS = re.compile(r"(?:[.:!?]\*\*|\*\*[.:])(?=\s)|:[ \t][^*\n]{1,60}\*\*")


#: A bracket opened right after a capitalised word (a person's name): "Mr. Arbour (", "Ms. Halloran (".
_AFTER_NAME_BRACKET = re.compile(r"(?<![\w'’.-])(?P<word>[A-ZÀ-Ž][\w'’.-]+)[ \t]+\($")


def _titles_a_heading(body: str, toks: list[tuple[str, int]]) -> bool:
    """Whether capitalised English words (``common_words_only``) are the whole title of a heading
    of the article in bold or after "#", a number before them at most: "**5. Good Host** 5+ ★",
    "## Hard Lessons"."""
    words = [t for t, _ in toks]
    text = " ".join(words).rstrip(".,;:")
    if text.endswith(("'s", "’s")) or "**" + text not in body and "# " + text not in body and \
            ". " + text + "**" not in body:
        return False
    heading = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+|\*\*)(?:\d{1,3}[.)][ \t]+)?" + re.escape(text) + r"(?:\*\*|[ \t]*$)")
    return heading.search(body) is not None and common_words_only(words)


def _name_in(body: str, m: re.Match, s: int, surnames: dict[str, str], titles: dict[str, str]) -> Cand | None:
    """The personal name in a run of capitalised words, titles and leading stop words left out;
    records its surname and titles."""
    toks = [(t.group(), t.start() + s) for t in re.finditer(r"\S+", m.group())]
    for i, (_, at) in enumerate(toks[1:], 1):
        if "\n" in body[toks[i - 1][1]:at] and _opens_label(body, at + len(toks[i][0])):
            toks = toks[:i]  # ("… restoring the Ottoman Empire" over "Context 1: …": a name does not
            break  # wrap onto a line that opens with a field's label, "Prizren" over "Meaning of the mark: …")
    for i, (_, at) in enumerate(toks[1:], 1):
        if "\n" in body[toks[i - 1][1]:at] and all(t.lower().rstrip(".") in v.TITLE_WORDS or t.lower() in v.STOP_CAPS
                                                    for t, _ in toks[:i]) and \
                _HEADING_LINE_START.match(body, body.rfind("\n", 0, toks[i - 1][1]) + 1):
            toks = toks[i:]  # (an office ending a heading's line titles no word on the next: "**14 Lt. Gen. Seán
            break  # Clancy** · Chief of Staff" over "Visiting troops …"; but "said Interior Minister" over "Dačić")
    had_title = False
    title_words = []
    while toks and (toks[0][0].lower().rstrip(".") in v.TITLE_WORDS or toks[0][0].lower() in v.STOP_CAPS
                    or re.search(r"(?:ian|ese|ish|ean|ch|ot)$", toks[0][0]) and len(toks) > 2):
        if toks[0][0].lower().rstrip(".") in v.TITLE_WORDS:
            had_title = True
            title_words.append(toks[0][0].lower().rstrip("."))
        toks.pop(0)
    if len(toks) == 2 and fold(toks[0][0].lower()) in all_demonyms() and \
            _NOUN_AFTER.match(body, toks[1][1] + len(toks[1][0])):
        toks.pop(0)  # "Turkish Skydagger drones", "Polish Krab howitzers": a thing of that country, not
        # a person (but "German Galushchenko called …", "French Hill said": a first name)
    if toks and all(_strip_possessive(t).lower().rstrip(".") in v.TITLE_WORDS or fold(t.lower()) in all_demonyms()
                    for t, _ in toks) and _strip_possessive(toks[-1][0]).lower().rstrip(".") in v.TITLE_WORDS:
        return None  # "the Portuguese Minister of State …", "the Angolan President", "the Prime Minister's
        # statement": an office, no name
    if len(toks) >= 2 and toks[0][0].endswith(("'s", "’s")) and \
            all(_strip_possessive(t).lower().rstrip(".") in v.TITLE_WORDS for t, _ in toks[1:]):
        return None  # "Sarawak's Deputy Chief Minister, Douglas Uggah Embas, …": a place's office, no name (the name follows)
    if len(toks) >= 2 and common_words_only([_strip_possessive(t) for t, _ in toks]) and \
            _PORTFOLIO_BEFORE.search(body, max(0, toks[0][1] - 120), toks[0][1]) is not None:
        return None  # "Minister of Energy, Science, Technology, Environment and Climate Change, Yeo Bee Yin": the
        # last of an office's portfolio, no one
    if len(toks) >= 2 and _strip_possessive(toks[-1][0]).lower().rstrip(".") in v.TITLE_WORDS and \
            common_words_only([_strip_possessive(t) for t, _ in toks]):
        return None  # "the High Commissioner, Fergus Cochrane-Dyet,", "the Chief Cabinet Secretary": an office of
        # common words ending in a title's word, no name
    if not toks or toks[-1][0].lower() in v.STOP_CAPS or toks[-1][0].lower().rstrip(".,") in _DAY_MONTH_ABBREVIATIONS \
            and _DAY_NUMBER_AFTER.match(body, toks[-1][1] + len(toks[-1][0])):
        return None  # (nor "Created Wed 8 Oct", "Posted Fri 10": a record's field before its day; but "Zhang Jun told")
    if any(ch.isdigit() for t, _ in toks for ch in t):
        return None  # "Bayraktar TB2", "Resolution 1244": a thing, not a person
    if len(toks) >= 2 and all(t.isupper() for t, _ in toks) and \
            (_LINE_ENDS.match(body, toks[-1][1] + len(toks[-1][0])) or
             _RUN_IN_ENDS.match(body, toks[-1][1] + len(toks[-1][0])) and common_words_only([t for t, _ in toks])):
        return None  # "*Verdict:* MOSTLY ACCURATE.": words in capitals that end their line or a run-in title, not a name
        # (a name in capitals goes on: "JOHN KOVACS, an analyst …", "ANNA VELL:")
    if len(toks) >= 2 and _BOLD_LABEL_ENDS.match(body, toks[-1][1] + len(toks[-1][0])) and \
            _BOLD_OPENS.search(body, max(0, toks[0][1] - 12), toks[0][1]) and common_words_only([t for t, _ in toks]) \
            and toks[0][0].upper() not in name_words():
        return None  # "- **Berserk Button:** …", "**Reasonable Authority Figure:**": an entry's label of English
        # words, the first no name, no one (but "**Anna Vell:**", "**Jack Straw:**", "**Ed Balls:**" speak)
    if len(toks) >= 2 and all(t.isupper() for t, _ in toks) and common_words_only([t for t, _ in toks]) and \
            not any(t.lower() in v.TITLE_WORDS for t, _ in toks) and \
            (opens := _BRACKET_OPENS.match(body, toks[-1][1] + len(toks[-1][0]))) is not None and \
            not _DESCRIBED_IN_BRACKET.match(body, opens.end()):
        return None  # "ARCHIVE SOUND (Vučić, press conference):", "QUOTE CARD (Kurti)": a script's production
        # label in capitals, English words before the bracket that names the voice, no one (but a role,
        # "REBEL SPOKESMAN (same, on Rwanda):", is someone's, and so is a label over a bracket that
        # only describes, "THOUGHT BUBBLE (Danish voter):")
    if len(toks) >= 3 and all(t.isupper() for t, _ in toks) and \
            any(t.lower() in _JOINING_WORDS for t, _ in toks[1:-1]) and common_words_only([t for t, _ in toks]):
        return None  # "LINES IN THE COPY (all checked)", "STATE OF PLAY": a heading in capitals whose
        # English words are joined by "in", "the", "of" …, which no person's name holds
    if len(toks) >= 2 and all(t.isupper() for t, _ in toks) and any(t.lower() in _CLAUSE_WORDS for t, _ in toks):
        return None  # "BE IT FURTHER KNOWN that …", "HEAR YE that …": a formula in capitals, a clause, no one
    if all(t.isupper() for t, _ in toks) and body[:toks[0][1]].rstrip(" \t").endswith("[") and \
            _BRACKET_CLOSES.match(body, toks[-1][1] + len(toks[-1][0])):
        return None  # "[SCATTERED APPLAUSE]", "[BIG LAUGH]": a transcript's note of what is heard, no one
    if len(toks) >= 2 and _titles_a_heading(body, toks):
        return None  # "A variation on Good Host" under "**5. Good Host** 5+ ★": a route's, a chapter's or an
        # entry's title, English words the article heads a part with, no one (but "**Anna Vell**" speaks)
    words = [re.sub(r"['’]s$", "", t).strip(".,;:").lower() for t, _ in toks]
    if len(toks) >= 2 and toks[-2][0].endswith(("'s", "’s")) and words[-1] in v.LANGUAGE_NAMES:  # (a text in a language: "Telegrafi's English")
        return None  # "Telegrafi's English", "the agency's Serbian": a text in a language, no one
    if len(words) >= 2 and words[-1] in _ENTRY_LABEL_WORDS:
        return None  # "**Developer Response** · 10 Oct 2025", "Owner Reply", "Editor's Note": an entry's label, no one
    if any(w in _INSTITUTION_WORDS and (i == len(words) - 1 or words[i + 1] == "of") for i, w in enumerate(words)):
        return None  # "the International Court of Justice", "the Mutual Defense Treaty": no person
    if words[-1] in ("day", "eve", "sunday", "monday") and (words[0] in _HOLIDAY_WORDS or words[0] in ("christmas", "easter")):
        return None  # "Christmas Day", "Boxing Day", "New Year's Eve", "Easter Monday": a day, no one (but "Christmas Okafor")
    if words[-1] in _PLACE_WORDS and not (set(title_words) - _PLACE_MODIFIERS) and \
            not _APPOSITION_AFTER.match(body, toks[-1][1] + len(toks[-1][0])):
        # (a title word that can name a place's owner is no title: "State House", "National Palace")
        return None  # "outside Leinster House", "Downing Street was silent": a place (not "Mike Castle, a …")
    ns, ne = toks[0][1], toks[-1][1] + len(toks[-1][0])
    if not body.startswith(("'s", "’s"), ne - 2) and (after := _PLACE_WORD_AFTER.match(body, ne)) is not None and \
            after.group(1).lower() in _PLACE_WORDS:  # (not "Jan Kowalski's hotel": his)
        return None  # "Adem Jashari airport", "the Mother Teresa square": a place named after a person
    if body.startswith(")", ne) and body[ns - 1:ns] == "(" and \
            (bracket := _AFTER_NAME_BRACKET.search(body, max(0, ns - 40), ns)) is not None and \
            bracket.group("word").lower().rstrip(".") not in v.TITLE_WORDS:
        return None  # "Mr. Arbour (Lakehead North)", "Sen. Cruz (Texas)": the constituency, party or place
        # a bracket gives right after a person's name, no one (but "the President (Vučić)")
    text = body[ns:ne]
    if text.endswith(("'s", "’s")):
        text, ne = text[:-2], ne - 2
    if not (len(toks) >= 2 or had_title or text in surnames):
        return None
    full = surnames.get(text, text)
    if len(toks) >= 2:
        last = toks[-1][0]
        surnames.setdefault(last.rstrip("'’s") if last.endswith(("'s", "’s")) else last, text)
    if title_words:
        titles[full] = titles.get(full, "") + " " + " ".join(title_words)
    return Cand(ns, ne, "name", full, text, person=had_title or len(toks) >= 2)
