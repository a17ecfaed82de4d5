"""What a registry implies beyond its aliases: the demonyms of its states, who a role phrase
such as "the Serbian leader" or "the minister" can be, and which names are outlets.

- **Demonyms** come from the ``countryinfo`` package (a registry package: the demonym of every
  country, with its alternative spellings and capital, matched to the registry's states by
  name or alias), plus the few states it lacks (``_EXTRA_DEMONYMS``). "the Turkish authorities",
  "the Russian side", "the Canadian government" are then mentions of the state
  (``demonym_mentions``).
- **Roles.** A role phrase is an optional modifier (a demonym, a state's name or an
  organisation) and a role noun: "the Greenlandic leader", "the Canadian prime minister", "the
  Kremlin spokesman", "the minister". It can be an actor whose registry role names that noun
  (or a synonym: a "leader" is a president, prime minister, premier, chancellor or king; a
  "premier" a prime minister; a "top diplomat" a foreign minister) and whose state is the
  modifier's; a body named in the role's complement does not count ("Spokesman of China's
  foreign ministry" is no ministry). ``role_candidates`` lists them; ``rhetoric.extract.resolve`` picks the one
  mentioned last, else the only one.
- **Terms of office** (``role_term``): a role the registry dates ("Foreign Minister of Serbia in
  2022", "President of the United States (2017-2021)", "Prime Minister of Canada until March 2025",
  "… (from 20 January 2025)") is held in that time only, when the role is a single office (not
  "Defence Minister in 2023; Prime Minister from 2024", nor "killed in Cairo in 2016");
  ``in_term`` tells whether a day falls in it. ``rhetoric.extract.resolve`` keeps, of the holders
  a role phrase can be, those in office at the time the text tells there, when it names none.
- **Outlets and platforms** (``is_outlet_name``): a registry actor of kind media, a platform
  (X, Facebook, Truth Social …) or a name ending in a media word ("Informer TV", "Kosovo
  Online", "Türkiye Today"). They are channels: never speakers or persons, and the alias of a
  state inside such a name ("Türkiye" in "Türkiye Today") is not a mention of the state.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from rhetoric.actors import Mention, fold
from rhetoric.extract import vocabulary as v
from rhetoric.extract.date_values import DateValue, month_num, safe_date
from rhetoric.regexes import WordStartPattern, letter_branches, longest_first, split_alternatives, trie

#: States the demonym package lacks, or demonyms it leaves out (lower case).
_EXTRA_DEMONYMS = {
    "kosovo": ["kosovar", "kosovan"], "north macedonia": ["macedonian"], "azerbaijan": ["azeri"],
    "united states": ["american", "u.s."], "united kingdom": ["british", "uk"],
    "argentina": ["argentine", "argentinian"], "ecuador": ["ecuadorian"], "philippines": ["philippine"],
    "netherlands": ["dutch"], "european union": ["european"], "ukraine": ["ukrainian"],
    "saudi arabia": ["saudi"], "slovenia": ["slovenian"], "maldives": ["maldivian"], "tajikistan": ["tajik"],
    "kyrgyzstan": ["kyrgyz"], "uzbekistan": ["uzbek"], "kazakhstan": ["kazakh"],
}
#: Nouns after a demonym that make the phrase the state itself ("the Turkish authorities").
_STATE_NOUNS = (r"authorities|government|administration|side|leadership|officials|diplomats|diplomacy|regime|state|"
                r"politicians|rulers|leaders|elites?|establishment|ruling\s+family|royal\s+family|"
                r"(?:diplomatic\s+|government\s+|official\s+|ministry\s+|military\s+|security\s+|senior\s+|presidential\s+|"
                r"palace\s+|intelligence\s+)?sources?|"
                r"army|military|armed\s+forces|forces|troops|soldiers|navy|air\s+force|police|security\s+services|"
                r"intelligence|embassy|delegation|negotiators|ministry|foreign\s+ministry|defen[cs]e\s+ministry|"
                r"air[- ]defen[cs]e(?:\s+system)?|missiles?|warplanes?|jets?|fighter\s+jets?|fighters?|bombers?|aircraft|pilots?|"
                r"warships?|coast\s+guard|F-\d{1,2}|drones|authorities'|government's|"
                r"parliament|cabinet|presidency|people|public|leadership's|friends|partners|neighbou?rs|colleagues|"
                r"counterparts|brothers|allies|nationals|citizens|side's|state's|prosecutors|courts?|judiciary|"
                # the state's acts and words: "the Algerian decision", "the Russian position"
                r"decisions?|moves?|measures?|steps?|actions?|polic(?:y|ies)|position|posture|stance|proposals?|"
                r"response|reaction|statements?|remarks|claims?|accusations?|demands?|threats?|behaviou?r|"
                r"vetoe?s?|bans?|blockades?|sanctions|invasion|aggression|attacks?|strikes?|offensive|"
                r"interference|pressure|plans?|initiatives?|campaign|raid|incursions?|violations?")
#: After a demonym and a hyphen: the state does it ("Hungarian-led", "Russian-backed"). Not "-made",
#: "-built": where a product comes from ("Chinese-made missiles") makes its maker a bystander.
_MADE_BY = r"led|backed|sponsored|brokered|funded|supported|controlled|run|armed|trained"


def _office_spellings(word: str, noun: str) -> tuple[str, ...]:
    """The ways a registry role may spell an office of a domain: "defence minister", "defense
    minister", "minister of defence", "minister for the interior" … (``vocabulary.OFFICE_DOMAINS``)."""
    words = ("defence", "defense") if word in ("defence", "defense") else (word,)
    domains = [d for d, w in v.OFFICE_DOMAINS.items() if w in words]
    return tuple(dict.fromkeys([f"{w} {noun}" for w in (word, *words)] +
                               [f"{noun} {prep} {the}{d}" for d in domains for prep in ("of", "for") for the in ("", "the ")]))


#: Role nouns and what a registry role must contain for them (any of).
_ROLE_SYNONYMS = {
    "leader": ("president", "prime minister", "premier", "chancellor", "king", "queen", "head of state",
               "head of government", "supreme leader", "emir", "leader"),
    "premier": ("prime minister", "premier"),
    "pm": ("prime minister",),
    "top diplomat": ("foreign minister", "minister of foreign affairs", "foreign affairs", "foreign policy chief",
                     "high representative", "secretary of state"),
    "foreign minister": ("foreign minister", "minister of foreign affairs", "minister for foreign affairs",
                         "foreign affairs minister", "minister of state and foreign affairs"),
    "spokesman": ("spokesman", "spokeswoman", "spokesperson"),
    "spokeswoman": ("spokeswoman", "spokesperson", "spokesman"),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman"),
    "head of state": ("president", "king", "queen", "head of state"),
    # (an office by what it is of, as the registry may spell it: "Minister of Defence of Peru",
    # "Minister for Health"; the domains are ``vocabulary.OFFICE_DOMAINS``)
    **{f"{word} {noun}": _office_spellings(word, noun)
       for word in dict.fromkeys(v.OFFICE_DOMAINS.values()) for noun in ("minister", "ministry")
       if f"{word} {noun}" != "foreign minister"},
}
_PLATFORMS = {"x", "twitter", "facebook", "instagram", "telegram", "tiktok", "truth social", "youtube", "weibo",
              "vk", "vkontakte", "threads", "bluesky", "linkedin", "whatsapp", "substack"}
#: The words an outlet's name ends with ("Kosovo Online", "Egypt Independent", "N1"): a name
#: that ends with one is a channel, never a speaker, and an actor's alias right before one is
#: part of the outlet's name (``context.article_mentions``).
MEDIA_WORDS = ("tv", "television", "radio", "news", "today", "online", "times", "post", "daily", "herald", "tribune",
               "journal", "gazette", "press", "agency", "network", "channel", "broadcast", "broadcasting",
               "broadcaster", "media", "magazine", "telegraph", "guardian", "observer", "standard", "express",
               "chronicle", "review", "wire", "info", "portal", "independent", "monitor", "insider", "weekly",
               "mirror", "courier", "24", "n1", "rts")
_MEDIA_WORD = re.compile(r"(?i)(?:^|\s)(?:" + "|".join(MEDIA_WORDS) + r")$")
#: A broadcaster's word that opens its name: "Radio Canada International", "Television Serbia" (a
#: kept name that opens with one is an outlet; an alias after one is part of an outlet's name,
#: ``context._OUTLET_BEFORE``).
BROADCAST_FIRST_WORDS = ("radio", "television", "tv", "radiotelevision")
_BROADCAST_FIRST = tuple(w + " " for w in BROADCAST_FIRST_WORDS)


def _load_demonyms() -> list[tuple[str, list[str]]]:
    """(names of a country, lower case; its demonyms, lower case) for every country known."""
    try:
        import countryinfo
    except ImportError:  # pragma: no cover - a dependency of the project
        return []
    out = []
    for c in countryinfo.all_countries():
        info = c.info() if hasattr(c, "info") else {}
        names = {fold(c.name())}
        for extra in (info.get("altSpellings") or []) + [info.get("nativeName") or "", c.capital() or ""]:
            if extra and len(extra) > 3:
                names.add(fold(extra))
        dem = c.demonym() or ""
        demonyms = {fold(d) for d in dem.split(",") if d.strip()}
        demonyms |= {fold(d) for d in _EXTRA_DEMONYMS.get(fold(c.name()), [])}
        # "Ecuadorean"/"Ecuadorian", "Argentinean"/"Argentinian": both spellings are written
        demonyms |= {d[:-3] + "ian" for d in demonyms if d.endswith("ean")}
        out.append((sorted(names), sorted(demonyms)))
    for name, dems in _EXTRA_DEMONYMS.items():
        if not any(name in names for names, _ in out):
            out.append(([name], sorted(dems)))
    return out


@lru_cache(maxsize=1)
def _demonym_table() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    return tuple((tuple(n), tuple(d)) for n, d in _load_demonyms())


@lru_cache(maxsize=1)
def all_demonyms() -> frozenset[str]:
    """Every demonym known (lower case, folded), of any country, in the registry or not: a
    capitalised word that is one begins no personal name ("Turkish Skydagger drones")."""
    return frozenset(d for _names, dems in _demonym_table() for d in dems)


@lru_cache(maxsize=1)
def _capital_table() -> tuple[tuple[frozenset[str], str], ...]:
    """(names of a country, lower case and folded; its capital as written) for every country whose
    capital is a plain name ("Beijing", "Reykjavik"; not "Washington D.C.")."""
    try:
        import countryinfo
    except ImportError:  # pragma: no cover - a dependency of the project
        return ()
    out = []
    for c in countryinfo.all_countries():
        capital = c.capital()
        capital = (capital[0] if isinstance(capital, list) and len(capital) == 1 else capital
                   if isinstance(capital, str) else "").strip()  # (one capital only: not Bolivia's two)
        if not capital or not re.fullmatch(r"[A-ZÀ-Ž][\w'’-]+(?: [A-ZÀ-Ž][\w'’-]+)?", capital):
            continue
        info = c.info() if hasattr(c, "info") else {}
        names = {fold(c.name())} | {fold(x) for x in (info.get("altSpellings") or []) if x and len(x) > 3}
        out.append((frozenset(names), capital))
    return tuple(out)


_CAPITALS_CACHE: dict[int, tuple[object, dict[str, str]]] = {}


def is_capital(name: str) -> bool:
    """Whether a name is a country's capital in the country table ("Ankara", "Stockholm")."""
    return fold(name) in _capital_names()


@lru_cache(maxsize=None)
def _capital_names() -> frozenset[str]:
    return frozenset(fold(capital) for _names, capital in _capital_table())


def registry_capitals(registry) -> dict[str, str]:
    """The capital of each state of the registry that no actor has among its names, and that no
    ``not_actors`` phrase holds: capital -> state id ("Beijing" for a China registered only as
    "China"), from the country table of a registry package (``countryinfo``)."""
    hit = _CAPITALS_CACHE.get(id(registry))
    if hit is not None and hit[0] is registry:
        return hit[1]
    known = {fold(x) for a in registry.actors.values() for x in (a.name, *a.aliases)}
    held = " ".join(fold(x) for x in registry.not_actors)
    out: dict[str, str] = {}
    for a in registry.actors.values():
        if a.kind != "state":
            continue
        keys = {fold(a.name)} | {fold(x) for x in a.aliases}
        for names, capital in _capital_table():
            if keys & names and fold(capital) not in known and fold(capital) not in held:
                out.setdefault(capital, a.id)
    _CAPITALS_CACHE.clear()
    _CAPITALS_CACHE[id(registry)] = (registry, out)
    return out


def capital_names(body: str, registry) -> dict[str, str]:
    """The capitals of registered states (``registry_capitals``) that a text uses, each time
    standing alone, for its state: "She said Beijing had …" is China's, as "Ankara" is Turkey's
    when the registry lists it. Not a capital that a text writes inside another name ("the Taipei
    Times", "Greater Beijing"): a capitalised word right before or after it, but for its possessive;
    nor one it names as a place ("talks in Beijing", ``_PLACE_BEFORE``), anywhere in the text; and
    only in a text that makes it once the subject of a verb (``_VERB_AFTER_CAPITAL``)."""
    out = {}
    for capital, sid in registry_capitals(registry).items():
        if capital not in body:
            continue
        uses = list(re.finditer(r"(?<![\w-])" + re.escape(capital) + r"(?![\w-])", body))
        if uses and not any(_INSIDE_NAME_BEFORE.search(body, max(0, m.start() - 30), m.start()) or
                            _INSIDE_NAME_AFTER.match(body, m.end()) or
                            _PLACE_BEFORE.search(body, max(0, m.start() - 12), m.start()) for m in uses) and \
                any(_VERB_AFTER_CAPITAL.match(body, m.end()) for m in uses):
            out[capital] = sid
    return out


#: The head nouns of a body's name that a text takes up with "the" alone: "the International Court of
#: Justice … the Court", "the European Commission … the Commission" (``head_noun_names``).
_HEAD_NOUNS = ("Court", "Commission", "Council", "Tribunal", "Assembly", "Parliament", "Committee", "Chamber",
               "Bank", "Fund", "Agency")


def head_noun_names(body: str, registry) -> dict[str, str]:
    """"the Court" for the one body the text names whose name holds that head noun ("the
    International Court of Justice", then "the Court ruled …"), when the text uses it so; not when it
    names two such bodies ("the Court of Justice of the EU" and "the International Court of Justice")."""
    out = {}
    for head in _HEAD_NOUNS:
        short = "the " + head
        if short not in body and "The " + head not in body:
            continue
        named = {aid for aid, actor in registry.actors.items() if actor.kind == "organisation" and
                 head in actor.name.split() and any(n in body for n in (actor.name, *actor.aliases) if n != head)}
        if len(named) == 1:
            aid = named.pop()
            out[short] = out["The " + head] = aid
    return out


#: A verb right after a capital's name, its subject: "Beijing said", "Beijing had …", "Rabat will"
#: (a text must use it so once: not only "a word used by Beijing's critics").
_VERB_AFTER_CAPITAL = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+|also[ \t]+|then[ \t]+)?(?:has|had|have|is|was|will|would|can|could|"
                                 r"must|may|might|did|does|said|says|[a-z]{2,}ed)(?![\w-])")
#: A preposition of place right before a capital's name: the city, where something happened ("a
#: summit in Chișinău", "Speaking in Tokyo"); a text that uses it so reads none of its uses as the state.
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?i:in|at|near|outside|around|across|via|visit(?:ed|ing|s)?)[ \t]+$")
#: A capitalised word right before a capital's name, or right after it (not its possessive): a name
#: that holds it ("Greater Beijing", "the Taipei Times").
_INSIDE_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:On|In|At|By|And|But|So|Yet|Then|When|While|After|Before|Since|"
                                 r"Today|Yesterday|Now|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ \t])"
                                 r"[A-ZÀ-Ž][\w'’-]*[ \t]+$")  # (not a sentence's first word: "On Monday Beijing said")
_INSIDE_NAME_AFTER = re.compile(r"[ \t]+[A-ZÀ-Ž]")


@dataclass
class RegistryRoles:
    """The registry's states by demonym, and the parsed role of every actor."""
    demonym_of: dict[str, str]          # demonym (lower case) -> state id
    state_of: dict[str, str | None]     # actor id -> the state it belongs to (itself for a state)
    role_text: dict[str, str]           # actor id -> its role and name, lower case
    demonym_rx: re.Pattern | None       # "the Turkish authorities": a state by its demonym
    outlets: set[str]                   # actor ids that are outlets or platforms
    #: ``demonym_rx`` found faster: tried only where a word starts with "the" or a demonym (a
    #: trie of them, ``rhetoric.regexes``), where the plain pattern is entered at every character
    demonym_at: WordStartPattern | None = None
    #: actor id -> where in ``role_text`` its role's complement lies ("of Azerbaijan's foreign
    #: ministry" in "Spokesman of …", ``_COMPLEMENT``): a role word there is not the actor's role
    complement: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)
    #: actor id or name -> ``is_outlet_name`` of it (filled as asked: the same few are asked often)
    outlet_memo: dict[tuple[str | None, str], bool] = field(default_factory=dict)
    #: (role phrase, state) -> the actors it can be (``role_candidates``), looked up once
    candidates_memo: dict[tuple[str, str | None], tuple[str, ...]] = field(default_factory=dict)
    #: first letters of a state word ("turk") -> the states whose name or an alias begins with
    #: them (``targets.counterparts``; filled as asked)
    states_by_prefix: dict[str, list] = field(default_factory=dict)
    #: "the Turks", "the Americans": a state by its people noun (``people_noun``)
    people_rx: re.Pattern | None = None
    people_of: dict[str, str] = field(default_factory=dict)
    #: (one-word name of a person, lower case and folded; actor id; all that person's name words),
    #: longest first (``handle_mentions``)
    person_words: list[tuple[str, str, frozenset[str]]] | None = None
    #: actor id -> the first and last day of the term its registry role gives (``role_term``)
    terms: dict[str, tuple[dt.date, dt.date]] = field(default_factory=dict)
    #: "the director of the Kosovo Center for Security Studies": a person by the role the registry
    #: gives them at a body it does not list (``described_mentions``); None when no role is one;
    #: ``described_bodies``: those bodies' names alone, looked for first
    described_rx: re.Pattern | None = None
    described_of: dict[str, str] = field(default_factory=dict)
    described_bodies: re.Pattern | None = None
    #: "the Speaker", "the Taoiseach": an office noun of the registry's own that the fixed role
    #: nouns lack (``_own_offices``); None when the registry has none; ``own_offices_of``: each
    #: noun's holders
    own_offices_rx: re.Pattern | None = None
    own_offices_of: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def state_of_word(self, word: str) -> str | None:
        """The state a modifier names: a demonym ("Serbian"), else None."""
        return self.demonym_of.get(fold(word))


_ROLES_CACHE: dict[int, tuple[object, RegistryRoles]] = {}

#: A person's registry role that opens with an office of one word before its complement: "Speaker
#: of the Parliament of Uganda", "Taoiseach of Ireland", "Ombudsman of …" (its first word).
_ONE_WORD_OFFICE = re.compile(r"(?:(?:Former|Acting|Deputy)\s+)?(?P<office>[A-ZÀ-Ž][a-zà-ÿ]{3,})\s+(?:of|for|to)\s")
#: Offices of one word that are no office by themselves, or that the fixed role nouns read already.
_NOT_OWN_OFFICES = frozenset({"member", "head", "chief", "leader", "minister", "president", "secretary", "general",
                              "commander", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "mayor",
                              "governor", "senator", "chancellor", "premier", "official", "director", "chair",
                              "chairman", "chairwoman", "founder", "owner", "editor", "king", "queen", "pope",
                              "prosecutor", "commissioner", "diplomat", "adviser", "advisor", "deputy"})


def _own_offices(registry) -> tuple[re.Pattern | None, dict[str, tuple[str, ...]]]:
    """"the Speaker", "the Taoiseach": the one-word offices the registry's persons hold
    (``_ONE_WORD_OFFICE``), but those of a fixed list (``_NOT_OWN_OFFICES``, the role nouns
    ``vocabulary.ROLE`` reads and words no office by themselves), capitalised after "the", as a
    pattern whose group ``office`` is the noun (None when there are none), and each noun's holders."""
    holders: dict[str, list[str]] = {}
    for a in registry.actors.values():
        if a.kind == "person" and a.role and (m := _ONE_WORD_OFFICE.match(a.role)) is not None and \
                m.group("office").lower() not in _NOT_OWN_OFFICES:
            holders.setdefault(m.group("office"), []).append(a.id)
    if not holders:
        return None, {}
    return re.compile(r"[Tt](?<![\w-][Tt])he\s+(?P<office>" + "|".join(sorted(map(re.escape, holders), key=len, reverse=True)) +
                      r")(?![\w-])"), {k: tuple(v_) for k, v_ in holders.items()}


def roles_of(registry) -> RegistryRoles:
    """The ``RegistryRoles`` of a registry (computed once per registry object)."""
    hit = _ROLES_CACHE.get(id(registry))
    if hit is not None and hit[0] is registry:
        return hit[1]
    states = {a.id: a for a in registry.actors.values() if a.kind == "state"}
    demonym_of: dict[str, str] = {}
    for sid, a in states.items():
        keys = {fold(a.name)} | {fold(x) for x in a.aliases}
        for names, dems in _demonym_table():
            if keys & set(names):
                for d in dems:
                    demonym_of.setdefault(d, sid)
    # a registry alias that is itself an adjective of the state ("Croats" aside): "Greenlandic"
    for sid, a in states.items():
        for alias in a.aliases:
            low = fold(alias)
            if re.fullmatch(r"[a-z]+(?:ian|ish|ese|ic|i|an)", low) and low != fold(a.name):
                demonym_of.setdefault(low, sid)
    state_of = {aid: registry.state_of(aid) for aid in registry.actors}
    role_text = {a.id: fold(f"{a.role} {a.name}") for a in registry.actors.values()}
    demonym_rx = None
    if demonym_of:
        words = "|".join(sorted((re.escape(d) for d in demonym_of), key=len, reverse=True))
        demonym_rx = re.compile(r"(?<![\w-])(?:(?i:the)\s+)?(?P<dem>(?i:" + words + r"))(?:\s+(?i:" + _STATE_NOUNS
                                + r")|-(?i:" + _MADE_BY + r"))(?![\w-])")
    # (not a people noun that a registry actor's alias holds: "Kosovo Serbs" makes "the Serbs" theirs
    # as often as Serbia's)
    in_aliases = {w for a in registry.actors.values() if a.kind != "state"
                  for alias in [a.name, *a.aliases] for w in fold(alias).split()}
    people_of = {p: sid for d, sid in demonym_of.items() for p in people_nouns(d) if p not in in_aliases}
    people_rx = None
    if people_of:  # "the Turks say …": capitalised, after "the"
        words = "|".join(sorted((re.escape(p.capitalize()) for p in people_of), key=len, reverse=True))
        people_rx = re.compile(r"[Tt](?<![\w-][Tt])he\s+(?P<ppl>" + words + r")(?![\w-])")
    outlets = {a.id for a in registry.actors.values() if a.kind == "media"}
    demonym_at = None
    if demonym_rx is not None:  # the body: what follows where demonym_rx matches, at least
        demonym_at = WordStartPattern(demonym_rx, _demonym_body(trie(demonym_of)))
    complement = {}
    for a in registry.actors.values():
        role = fold(a.role or "")  # (role_text begins with it)
        spans = []
        for comp in _COMPLEMENT.finditer(role):  # each up to the next role after a comma ("…, commander of KFOR")
            if spans and comp.start() < spans[-1][1]:
                continue
            end = min((i for i in (role.find(",", comp.end()), role.find(";", comp.end())) if i >= 0), default=len(role))
            spans.append((comp.start(), end))
        if spans:
            complement[a.id] = tuple(spans)
    terms = {a.id: term for a in registry.actors.values() if a.kind == "person" and (term := role_term(a.role or ""))}
    described_rx, described_of, described_bodies = _described_roles(registry)
    roles = RegistryRoles(demonym_of, state_of, role_text, demonym_rx, outlets, demonym_at, complement=complement,
                          people_rx=people_rx, people_of=people_of, terms=terms, described_rx=described_rx,
                          described_of=described_of, described_bodies=described_bodies,
                          own_offices_rx=(own := _own_offices(registry))[0], own_offices_of=own[1])
    _ROLES_CACHE.clear()
    _ROLES_CACHE[id(registry)] = (registry, roles)
    return roles


#: A registry role that names a body the registry does not list: "Director of the Kosovo Center for
#: Security Studies", "Defence-industry researcher at Abdullah Gül University" (its noun, its
#: preposition, the body's name in capitals; the first office of the role only).
_ROLE_AT_BODY = re.compile(r"(?P<noun>[A-Za-z][\w-]*)\s+(?P<prep>of|at|with|for)\s+(?:the\s+)?"
                           r"(?P<body>[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|on|de|the)(?![\w'’-])|[A-Z][\w'’.-]*))*[\w.]"
                           r"(?<!\sof)(?<!\sfor)(?<!\sand)(?<!\son)(?<!\sthe))")


#: A word that makes a name a body's: a centre, an institute, a university …
_BODY_WORD = re.compile(r"(?<![\w-])(?:Cent(?:er|re)|Institute|University|College|School|Academy|Foundation|Studies|"
                        r"Council|Commission|Committee|Agency|Association|Society|Organi[sz]ation|Group|Bank|Fund|"
                        r"Court|Office|Service|Party|Union|Movement|Network|Forum|Church|Diocese|Company|"
                        r"Corporation|Review|Journal)(?![\w-])")


def _role_key_at_body(m: re.Match) -> str:
    """The key of a role at a body (``_ROLE_AT_BODY``): its noun, preposition and body, folded."""
    return f"{fold(m.group('noun'))} {m.group('prep').lower()} {fold(m.group('body'))}"


def _described_roles(registry) -> tuple[re.Pattern | None, dict[str, str], re.Pattern | None]:
    """The phrases that describe one person of the registry by the role it gives them at a body it
    does not list ("the director of the Kosovo Center for Security Studies", "a researcher at
    Abdullah Gül University"): a pattern of them all, and each phrase's key (``_role_key_at_body``)
    -> the person. A body the registry lists, or a phrase two people share, is left to the roles
    (``role_candidates``)."""
    keys: dict[str, set[str]] = {}
    texts: dict[str, str] = {}
    bodies: dict[str, str] = {}
    for a in registry.actors.values():
        if a.kind != "person" or not a.role:
            continue
        role = a.role.split(",")[0].split(";")[0]
        m = _ROLE_AT_BODY.search(role)
        if m is None or len(m.group("body").split()) < 2 or registry.resolve(m.group("body")) is not None or \
                not _BODY_WORD.search(m.group("body")) or RANK.search(fold(role[:m.end("noun")])) or role_term(role):
            continue  # (a body's name, "… Center for Security Studies"; no rank, "Vice-President of …", nor a term)
        key = _role_key_at_body(m)
        keys.setdefault(key, set()).add(a.id)
        bodies[key] = r"\s+".join(re.escape(w) for w in m.group("body").split())
        texts[key] = re.escape(m.group("noun")) + r"\s+" + m.group("prep") + r"\s+(?:the\s+)?" + bodies[key]
    of = {k: next(iter(ids)) for k, ids in keys.items() if len(ids) == 1}
    if not of:
        return None, {}, None
    alts = "|".join(sorted((texts[k] for k in of), key=len, reverse=True))
    return (re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<phrase>(?i:" + alts + r"))(?![\w-])"),
            of, re.compile("|".join(sorted({bodies[k] for k in of}, key=len, reverse=True))))


def described_mentions(text: str, registry, taken: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """A person of the registry described by their role at a body it does not list ("The director
    of the Kosovo Center for Security Studies spoke of …": Vrajolli; ``_described_roles``): the
    mentions, and those of ``taken`` inside them ("Kosovo" in the body's name), which they replace."""
    roles = roles_of(registry)
    if roles.described_rx is None or roles.described_bodies.search(text) is None:
        return [], []  # (a body's name first: most texts name none)
    out, inside = [], []
    for m in roles.described_rx.finditer(text):
        key = _ROLE_AT_BODY.fullmatch(m.group("phrase"))
        actor = roles.described_of.get(_role_key_at_body(key)) if key is not None else None
        if actor is None:
            continue
        out.append(Mention(actor, m.start("phrase"), m.end("phrase"), m.group("phrase")))
        inside += [t for t in taken if m.start("phrase") <= t.start and t.end <= m.end("phrase")]
    return out, inside


#: A record's field line whose label is a noun for its person, its value a name right after it:
#: "**Record holder:** Aleksandar Vučić (Serbia)", "*Claimant:* …", "Witness: …" (one to three
#: words, the colon inside the emphasis or after it).
_PERSON_LABEL_LINE = re.compile(r"(?m)^[ \t>]*(?:[-*•][ \t]+)?(?:\*\*|__|\*|_)?(?P<label>[A-Z][a-z]+(?:[ \t][a-z]+){0,2})"
                                r"[ \t]*(?::(?:\*\*|__|\*|_)?|(?:\*\*|__|\*|_):)[ \t]+")
#: Labels that name one acted upon, or no one's role: "Addressee:", "Target:", "Subject:" (the
#: record's topic), "Country:"; and a role noun the role rules read already ("President:").
_NOT_PERSON_LABELS = re.compile(r"(?i)(?:addressee|recipient|target|victim|subject|topic|country|state|place|"
                                r"location|venue|outlet|source|medium|channel|type|status|date|time|category|"
                                r"president|minister|leader|chairman|spokes(?:wo)?man|spokesperson|ambassador)")

#: How a label that is a noun for a person who acts ends: "holder", "sender", "claimant",
#: "defendant", "apologiser", "author", "witness", "guest" (not a thing, "Video:", "Statement:";
#: nor one acted upon, "Employee:", "Nominee:").
_PERSON_NOUN_END = re.compile(r"(?:er|or|ant|(?<!m)ent|ist|ian|ess|ate|guest|host|chair)$")


def field_label_mentions(text: str, registry, taken: list[Mention]) -> list[Mention]:
    """"the record holder" under "**Record holder:** Aleksandar Vučić (Serbia)": the one the last
    field of that label before it names, a person of the registry by the mention that opens the
    field's value, when "the" and the label's words stand in running text after it ("the record
    holder said", "the claimant wrote"; not a field that names one acted upon, ``_NOT_PERSON_LABELS``)."""
    if ":" not in text:
        return []
    fields = []  # (value start, label in lower case, actor)
    at = {t.start: t for t in taken}
    for m in _PERSON_LABEL_LINE.finditer(text):
        label = m.group("label").lower()
        if _NOT_PERSON_LABELS.fullmatch(label) or not _PERSON_NOUN_END.search(label) or \
                (named := at.get(m.end())) is None or \
                (actor := registry.actors.get(named.actor)) is None or actor.kind != "person":
            continue
        fields.append((m.end(), label, named.actor))
    out = []
    for label in {f[1] for f in fields}:
        for m in re.finditer(r"(?<![\w-])[Tt]he[ \t]+" + re.escape(label).replace(r"\ ", r"[ \t]+") + r"(?![\w-])", text):
            field = next((f for f in reversed(fields) if f[0] < m.start() and f[1] == label), None)
            if field is not None:
                out.append(Mention(field[2], m.start(), m.end(), m.group()))
    return out


#: People nouns that are not the demonym with an "s" (lower case, folded).
_PEOPLE_IRREGULAR = {"turkish": ("turks",), "danish": ("danes",), "polish": ("poles",), "swedish": ("swedes",),
                     "finnish": ("finns",), "serbian": ("serbs",), "croatian": ("croats",), "spanish": ("spaniards",),
                     "scottish": ("scots",), "bosnian": ("bosnians", "bosniaks"), "kosovar": ("kosovars",),
                     "slovak": ("slovaks",), "czech": ("czechs",), "uzbek": ("uzbeks",), "kazakh": ("kazakhs",),
                     "tajik": ("tajiks",), "filipino": ("filipinos",), "thai": ("thais",), "german": ("germans",),
                     "greek": ("greeks",), "british": ("britons",), "arab": ("arabs",), "kurdish": ("kurds",)}


def people_nouns(demonym: str) -> tuple[str, ...]:
    """The nouns for a country's people, plural, from its demonym (lower case): "American" ->
    "americans", "Israeli" -> "israelis", "Chinese" -> "chinese", "Turkish" -> "turks"
    (``_PEOPLE_IRREGULAR``); none for a demonym whose plural is not plain."""
    if demonym in _PEOPLE_IRREGULAR:
        return _PEOPLE_IRREGULAR[demonym]
    if demonym.endswith(("ian", "ean", "can", "ban", "i", "k")) and len(demonym) > 4 and " " not in demonym:
        return (demonym + "s",)
    return ()


def _demonym_body(words: str) -> str:
    """What follows wherever ``demonym_rx`` matches, at least: the words (``trie``), "the"
    before them or not, then a space or a hyphen, in any case; each alternative led by its first
    letter with its case variants spelt out, so that ``re`` tries only the branch of the letter
    at a word (the whole under re.IGNORECASE, as it was, no branch is passed over by its first
    letter: ``re`` entered each one at every word). tests/test_regexes.py compares the scans."""
    try:
        return letter_branches(split_alternatives(words[3:-1]) + [r"the\s+" + words], r"[\s-]",
                               ignorecase=True, not_after=None)
    except ValueError:  # a demonym that does not begin with a letter
        return r"(?i:(?:the\s+)?" + words + r"[\s-])"


def demonym_mentions(text: str, registry, taken: list[Mention]) -> list[Mention]:
    """Mentions of states by their demonym and a collective noun ("the Turkish authorities",
    "Russian air-defence systems") or a participle of agency ("Hungarian-led", "Russian-backed"),
    or by their people noun after "the" ("the Turks", "the Americans"),
    where no registry alias already matched. A demonym phrase
    the registry has as an alias of a more precise actor ("Serbian army") is that actor."""
    roles = roles_of(registry)
    if roles.demonym_rx is None:
        return []
    out = []
    starts = [(m.start, m.end) for m in taken]
    for m in roles.demonym_at.finditer(text):
        dem = m.group("dem")
        if not dem[0].isupper():
            continue
        s, e = m.start("dem"), m.end()
        if any(a < e and s < b for a, b in starts):
            continue
        state = roles.demonym_of.get(fold(dem))
        if state:
            out.append(Mention(state, s, e, text[s:e], demonym=True))
    if roles.people_rx is not None:  # "the Turks say …", "the Americans and the Turks"
        taken_spans = starts + [(x.start, x.end) for x in out]
        for m in roles.people_rx.finditer(text):
            s, e = m.start("ppl"), m.end()
            if not any(a < e and s < b for a, b in taken_spans):
                out.append(Mention(roles.people_of[fold(m.group("ppl"))], s, e, text[s:e], demonym=True))
    return sorted(out, key=lambda x: x.start)


#: A social-media handle: "@RTErdogan", "@cafreeland"; or a screen name joined by an underscore,
#: with no "@", a chat log's or a game client's "Vucic_RS", "kurti_ks".
_HANDLE = re.compile(r"(?<![\w@])@(\w{3,30})|(?<![\w@#.-])([A-Za-z][A-Za-z0-9]{2,20}(?:_[A-Za-z0-9]{1,20}){1,2})(?![\w@-])")
#: What a screen name with no "@" may have beside the person's name after its underscore: a
#: country's code or initials ("Vucic_RS", "kurti_ks", "albares_jm"), not a word ("Sanchez_Out",
#: "kishida_bot").
_SCREEN_SUFFIX = re.compile(r"_(?:[A-Z]{1,3}|[a-z]{1,2})$|^[A-Za-z]{2,3}_")


def _rest_is_own(rest: str, names: frozenset[str]) -> bool:
    """Whether what a handle has beside a person's name is nothing, up to three letters of
    initials, or another of that person's names."""
    return len(rest) <= 3 and rest.isalpha() or rest == "" or rest in names


def handle_mentions(text: str, registry, taken: list[Mention], title: str = "") -> list[Mention]:
    """Mentions of people by a social-media handle that spells one of their one-word names at
    its start or its end ("@RTErdogan", "@cafreeland", "@vucicaleksandar", a screen name
    "Vucic_RS"), where no registry alias already matched (a handle the registry lists is that actor)."""
    if "@" not in text and "_" not in text:
        return []
    roles = roles_of(registry)
    if roles.person_words is None:  # the registry's, the same for every article
        names: dict[str, set[str]] = {}
        for a in registry.actors.values():
            if a.kind == "person":
                for alias in [a.name, *a.aliases]:
                    names.setdefault(a.id, set()).update(w.lower() for w in fold(alias).split() if w.isalpha())
        roles.person_words = sorted(((w, actor_id, frozenset(ws)) for actor_id, ws in names.items() for w in ws
                                     if len(w) >= 4), key=lambda x: -len(x[0]))
    out, coded_only = [], []
    for m in _HANDLE.finditer(text):
        if any(x.start < m.end() and m.start() < x.end for x in taken):
            continue
        coded = m.group(1) is not None or _SCREEN_SUFFIX.search(m.group(2)) is not None
        handle = fold(m.group(1) or m.group(2)).lower().replace("_", "")
        # the rest of the handle is nothing, initials, or another of the person's names ("@RTErdogan",
        # "@donaldtusk", "@OrbanViktor"; not "@MagyarNemzet", "@BBCPanorama", "@Petrobras_co")
        # (a screen name with no "@": its tail a country's code or another of the person's names,
        # "Vucic_RS", "Kishida_Fumio"; not a word, "Sanchez_Out", "kishida_bot")
        by_name: dict[str, bool] = {}  # actor -> whether the rest is another of their names, not only a code
        for word, actor, own in roles.person_words:
            rests = ([handle[len(word):]] if handle.startswith(word) else []) + \
                ([handle[:len(handle) - len(word)]] if handle.endswith(word) else [])
            for rest in rests:
                if rest in own:
                    by_name[actor] = True
                elif coded and _rest_is_own(rest, own):
                    by_name.setdefault(actor, False)
        if len(by_name) == 1:
            (actor, named), = by_name.items()
            (out if named or m.group(1) is not None else coded_only).append(Mention(actor, m.start(), m.end(), m.group()))
    # (a name and a country's code, "Vucic_RS", only among two people or more so named, a chat log's
    # seats, or for one the text names otherwise: alone, "Martin_IE" on a readers' forum, a namesake's)
    named_in_text = {x.actor for x in taken} | ({x.actor for x in registry.find_mentions(title)} if title else set())
    out += [x for x in coded_only if len({y.actor for y in coded_only}) >= 2 or x.actor in named_in_text]
    return sorted(out, key=lambda x: x.start)


#: The last word of a body's name that stands for the body on its own after "the", once the name
#: was given: "the Security Council … the Council", "the European Commission … the Commission".
_SHORT_NAME_HEADS = frozenset({"Council", "Commission", "Court", "Assembly", "Alliance", "Union", "Mission",
                               "Bank", "Agency", "Tribunal", "Committee", "Conference", "Organisation",
                               "Organization", "Forum", "Fund", "Congress", "Parliament", "Platform"})


#: A preposition of place before "the Council": the body as the venue ("Ethiopia's answer at the
#: Council", "prices across the Union"), not as an actor; or a capitalised word and "of": a longer
#: name ("State of the Union").
_VENUE_BEFORE = re.compile(r"(?<![\w-])(?:at|in|before|inside|into|outside|across|within|throughout|around|beyond|"
                           r"over)\s+$|[A-Z][\w'’-]*\s+of\s+$")  # (nor inside a longer name: "State of the Union")


@lru_cache(maxsize=16)
def _short_named(registry) -> dict[str, str]:
    """The registry's names of bodies that end in a head of ``_SHORT_NAME_HEADS`` ("UN Security
    Council" -> "Council"), the bodies' only (no person, state or author)."""
    return {alias: alias.rsplit(" ", 1)[1] for a in registry.actors.values()
            if a.kind not in ("person", "state", "author")
            for alias in [a.name, *a.aliases] if " " in alias and alias.rsplit(" ", 1)[1] in _SHORT_NAME_HEADS}


def short_name_mentions(text: str, registry, taken: list[Mention]) -> list[Mention]:
    """"the Council" after "the UN Security Council": a body of the registry named first by a name
    of two words or more that ends in a head of ``_SHORT_NAME_HEADS``, then by that head after
    "the" (capitalised), when no other actor the text names has a name with that head; not after
    a preposition of place ("at the Council": the venue)."""
    names = _short_named(registry)
    if not names:
        return []
    heads: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for mt in taken:
        if mt.text in names:
            head = names[mt.text]
            heads.setdefault(head, set()).add(mt.actor)
            first.setdefault(head, mt.end)
    out = []
    for head, actors in heads.items():
        if len(actors) != 1:
            continue
        actor = next(iter(actors))
        for the in ("the ", "The "):
            at = text.find(the + head, first[head])
            while at >= 0:
                lo, hi = at + 4, at + 4 + len(head)
                if (hi == len(text) or not (text[hi].isalnum() or text[hi] == "-")) and \
                        (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and \
                        not any(t.start <= lo < t.end for t in taken) and \
                        not _VENUE_BEFORE.search(text, max(0, at - 40), at):
                    out.append(Mention(actor, lo, hi, head))
                at = text.find(the + head, hi)
    return sorted(out, key=lambda m: m.start)


#: A given name counts only when it is this long: not "Al", "Jo".
_GIVEN_MIN = 3


def given_name_mentions(text: str, registry, taken: list[Mention], title: str = "", original: str | None = None) -> list[Mention]:
    """"Aleksandar" after "Aleksandar Vučić": a person of the registry named in full in the text or
    its title, then by the given name alone (a profile's, a feature's, a parody's way: "ALEKSANDAR,
    56, President of Serbia", "Aleksandar posted on X"), in running case or in capitals, when no
    other person the text names has that given name (by the registry, or in full: "Viktor Klima"
    beside "Viktor Orbán"), the given name is no alias of the registry, and no capitalised word
    or initial follows it (not "Aleksandar Vulin", "Donald J. Trump", another person) nor precedes
    it but a title (not "Walter Benjamin"). ``original``: the text before ``casing`` wrote a line in
    capitals in lower case (a given name in lower case counts only where it was in capitals)."""
    named = {mt.actor for mt in taken} | ({mt.actor for mt in registry.find_mentions(title)} if title else set())
    given: dict[str, set[str]] = {}
    for actor in named:
        if (first := _given_name(registry, actor)) is not None and \
                (registry.actors[actor].name in title or any(t.actor == actor and registry.actors[actor].name in t.text
                                                              for t in taken)):
            # (the person named in full, in the text or its title: not "Benjamin" after "Netanyahu" alone)
            given.setdefault(first, set()).add(actor)
    if not given:
        return []
    taken = sorted(taken, key=lambda t: t.start)
    starts = [t.start for t in taken]
    out = []
    for first, actors in given.items():
        if len(actors) != 1:
            continue
        actor = next(iter(actors))
        if text.count(first) <= sum(t.text.count(first) for t in taken if t.actor == actor) and \
                first.upper() not in text and first.lower() not in text:
            continue  # (a quick count: the given name only inside the mentions found, most texts' case)
        # (its occurrences outside the mentions already found: most texts have none, the name in full only)
        free = [m for m in _given_pattern(first).finditer(text)
                if not ((k := bisect.bisect_right(starts, m.start()) - 1) >= 0 and m.start() < taken[k].end)]
        if not free:
            continue
        full = registry.actors[actor].name
        if any(not text.startswith(full, m.start()) for m in free if _NAME_FOLLOWS.match(text, m.end()) and
               m.group() == first):
            continue  # (another person of that given name: "Herr Viktor Klima" beside "Viktor Orbán")
        if any(_TITLED_BEFORE.search(text, max(0, m.start() - 12), m.start()) for m in free):
            continue  # (or one known by a title and that name: "Prince William" beside "William Ruto")
        for m in free:
            if m.group().islower() and (original is None or not original[m.start():m.end()].isupper()):
                continue  # (lower case only as ``casing`` wrote a line in capitals: not "His mentor warned")
            if (before := _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start())) is not None and \
                    before.group("word").lower().rstrip(".") not in v.TITLE_WORDS:
                continue  # (a surname after a given name: "Walter Benjamin"; but "President Aleksandar")
            if _NAME_FOLLOWS.match(text, m.end()) or _TITLE_BEFORE_GIVEN.search(text, max(0, m.start() - 12), m.start()) or \
                    _SIGNED_BEFORE.search(text, max(0, m.start() - 8), m.start()) or \
                    (age := _AGE_AFTER.match(text, m.end())) is not None and not _OFFICE_AFTER.match(text, age.end()):
                # (not another one of that name: "Prince William", a reader signing "— Viktor, Szeged", a
                # child in a vox pop, "Benjamin, 12, whose father …"; but "ALEKSANDAR, 56, President of Serbia")
                continue
            out.append(Mention(actor, m.start(), m.end(), m.group()))
    return sorted(out, key=lambda m: m.start)


@lru_cache(maxsize=4096)
def _given_name(registry, actor: str) -> str | None:
    """A registered person's given name(s), all of the name but its last word, when they can stand
    for the person: capitalised, no initial, no alias of the registry, no word a text may capitalise."""
    a = registry.actors.get(actor)
    if a is None or a.kind != "person" or len(words := a.name.split()) < 2:
        return None
    first = " ".join(words[:-1])
    if len(first) < _GIVEN_MIN or not first[0].isupper() or "." in first or \
            fold(words[0]) in _GIVEN_NOT_NAMES or registry.find_mentions(first):
        return None
    return first


@lru_cache(maxsize=4096)
def _given_pattern(first: str) -> re.Pattern:
    """A given name in running case, in capitals, or in the lower case ``casing`` writes a line in
    capitals in."""
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(f) for f in (first, first.upper(), first.lower()))
                      + r")(?=['’]s(?![\w'’-])|(?![\w'’-]))")  # (its possessive too: "on Aleksandar's desk")


#: A title that makes a given name someone else's wherever it stands: "Prince William", "King Charles".
_ROYAL_TITLES = r"Prince|Princess|King|Queen|Sheikh|Emir|Sultan|Saint|Sir|Lord|Lady|Pope"
_TITLED_BEFORE = re.compile(r"(?<![\w-])(?:" + _ROYAL_TITLES + r")[ \t]+$")
#: A title right before a given name: someone else's name there ("Prince William", "Mr Donald").
_TITLE_BEFORE_GIVEN = re.compile(r"(?<![\w-])(?:" + _ROYAL_TITLES + r"|St\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Father|Brother|Sister|"
                                 r"Uncle|Aunt)[ \t]+$")
#: A signature's dash at a line's start before a given name: a reader's ("— Viktor, Szeged").
_SIGNED_BEFORE = re.compile(r"(?:^|\n|[”\"’.!?])[ \t>*_]*(?:[—–]{1,2}|--)[ \t*_]*$")  # (or after the words: '"…" — Donald, Gdańsk')
#: An age in commas after a given name ("Benjamin, 12,"), and an office after it that makes the
#: name a public person's ("ALEKSANDAR, 56, President of Serbia").
_AGE_AFTER = re.compile(r"[ \t*_]*,[ \t]*\d{1,3}[ \t]*,[ \t]*")
_OFFICE_AFTER = re.compile(r"(?i)(?:[\w'’-]+[ \t]+){0,3}?(?:president|prime|minister|chancellor|leader|king|queen|premier|"
                           r"secretary|general|mayor|head|chair|speaker|governor|senator|foreign)\b")
#: A capitalised word right before a given name, inside a sentence: "Walter Benjamin" (not after a
#: stop or at a line's start, where any word is capitalised).
_CAPITAL_BEFORE = re.compile(r"(?<![.!?:\n\"“]\s)(?<![.!?:\n\"“])(?<=[\w,;'’)] )(?P<word>[A-ZÀ-Ž][\w'’.-]*)[ \t]+$")
#: A capitalised word or an initial after a given name: the name goes on, another person's
#: ("Aleksandar Vulin", "Donald J. Trump", "DONALD TRUMP").
_NAME_FOLLOWS = re.compile(r"[ \t]+[A-ZÀ-Ž](?:[a-zß-ÿ]|\.|[A-ZÀ-Ž]{2})")
#: Given names that are also words a text may capitalise, and the first words of names that are
#: no given names ("The complainant", "King Abdullah II", "Mr X": a title, ``vocabulary.TITLE_WORDS``).
_GIVEN_NOT_NAMES = frozenset({"will", "may", "mark", "grace", "rose", "hope", "faith", "joy", "frank", "chase",
                              "the", "a", "an", "prince", "princess", "saint", "st", "emir", "sultan"}) | frozenset(v.TITLE_WORDS)


#: Role nouns of more than one word ("the Canadian prime minister": modifier "canadian").
_ROLE_NOUNS = longest_first({
    "prime minister", "foreign minister", "defence minister", "defense minister", "interior minister",
    "deputy prime minister", "deputy foreign minister", "finance minister", "trade minister",
    "top diplomat", "head of state", "head of government", "chief of staff", "vice president",
    "secretary general", "secretary of state", "foreign ministry", "defence ministry", "defense ministry",
    "foreign office", "state department", "chief of the general staff", "chief minister", "first minister",
    "chief executive", "foreign secretary", "high representative", "high commissioner", *_ROLE_SYNONYMS})


#: Words before a role that say how its holder holds it, not who: "the acting prime minister" is
#: the prime minister ("former" is someone else, and so may "outgoing" be once a successor is named).
_HOLDING_WORDS = ("acting ", "interim ", "caretaker ", "incumbent ", "sitting ", "current ", "then ")


def _role_key(phrase: str) -> tuple[str | None, str]:
    """A role phrase split into its modifier (or None) and its role noun, lower case:
    "the Canadian prime minister" -> ("canadian", "prime minister"); "the acting Kosovo prime
    minister" -> ("kosovo", "prime minister")."""
    text = " ".join(w for w in fold(phrase).split())
    if text.startswith("the "):
        text = text[4:]
    while text.startswith(_HOLDING_WORDS):
        text = text.split(" ", 1)[1]
    text = text.removesuffix("-elect")  # ("the president-elect": the one who holds it next, in the registry as its holder)
    for noun in _ROLE_NOUNS:
        if text == noun or text.endswith(" " + noun):
            return text[:-len(noun)].strip() or None, noun
    words = text.split()
    return (" ".join(words[:-1]) or None, words[-1]) if words else (None, "")


def role_noun(phrase: str) -> str:
    """The role noun of a role phrase, lower case: "the Canadian prime minister" -> "prime minister"."""
    return _role_key(phrase)[1]


#: A role noun that modifies another role is not that role: "government spokesperson",
#: "ministry official", "presidential adviser" (after the role word).
_NOT_A_MODIFIER = r"(?!\s+(?:spokes(?:person|man|woman)|advis[eo]r|official|aide|envoy|representative|press\s+secretary))"
#: A rank before a role word makes another office: a "Deputy Prime Minister" is no prime
#: minister, a "Vice President" no president, a "Former president" none now.
_LOWER_RANK = r"(?<!deputy )(?<!vice )(?<!vice-)(?<!former )(?<!shadow )(?<!assistant )(?<!junior )(?<!ex-)"
RANK = re.compile(r"(?<![\w-])(deputy|vice|former|shadow|assistant|junior|ex)(?:[ -]|$)")

#: Bodies, not people: named in a role's complement ("of Azerbaijan's foreign ministry") they are
#: what the person belongs to, not what the person is. (A person's title there, "General Staff",
#: "President Erdoğan", still counts: a rank or a relation the role does not spell out.)
_INSTITUTIONS = frozenset({"ministry", "foreign ministry", "defence ministry", "defense ministry", "office",
                           "government", "party", "union", "alliance", "bloc", "organisation", "organization",
                           "company", "presidency", "manufacturer", "embassy", "agency", "council", "statement",
                           "communique", "communiqué", "readout", "declaration", "post", "tweet", "letter",
                           "version", "translation"})
#: A role that is a relation to someone ("Wife of the Brazilian president", "son-in-law of
#: President Erdoğan"): nothing in its complement is the person's own office; nor in a later part
#: of the role after a comma ("Head of Baykar, son-in-law of President Erdoğan": no president).
_KIN_HEAD = re.compile(r"(?<![\w-])(?:wife|husband|spouse|widow|widower|son|daughter|sons?-in-law|daughters?-in-law|"
                       # (and staff: "Foreign-policy adviser to President Rousseff" is no president)
                       r"advis[eo]r|aide|spokes(?:wo)?man|spokesperson|assistant|envoy|interpreter|speechwriter|"
                       r"brother|sister|father|mother|nephew|niece|cousin|fianc[ée]e?)(?![\w-])")
#: Where a registry role's head ends and its complement begins: a role word must start before it.
#: "Spokesman | of Azerbaijan's foreign ministry" is a spokesman, not the ministry; "Deputy
#: secretary general | of the Caledonian Union" is not the union; "Ministry of Foreign Affairs"
#: is a foreign ministry.
_COMPLEMENT = re.compile(r"\s(?:of|to|for|at)\s")


def role_candidates(registry, phrase: str, state: str | None = None) -> list[str]:
    """The actors a role phrase can be (module doc), in registry order; ``state``: the state
    (or organisation) the role belongs to, when known otherwise ("its foreign ministry")."""
    roles = roles_of(registry)
    key = (phrase, state)
    if key not in roles.candidates_memo:
        found = tuple(_role_candidates(registry, roles, phrase, state))
        if len(roles.candidates_memo) >= 100_000:
            return list(found)
        roles.candidates_memo[key] = found
    return list(roles.candidates_memo[key])


def _role_candidates(registry, roles, phrase: str, state: str | None) -> list[str]:
    mod, noun = _role_key(phrase)
    if not noun:
        return []
    # a rank in the phrase asks for that rank in the role ("Poland's former president": the one
    # whose role is "Former President of Poland"); none asks for none (``_LOWER_RANK``)
    rank = RANK.search(mod or "")
    if rank is not None:
        mod = (mod[:rank.start()] + mod[rank.end():]).strip() or None
    before = r"(?<=" + rank.group(1) + r"[ -])" if rank is not None else _LOWER_RANK
    wanted = _ROLE_SYNONYMS.get(noun, (noun,))
    if mod and state is None:
        state = roles.demonym_of.get(mod) or registry.resolve(mod)
        if state is None:
            return []
    # a noun whose synonyms end with itself names those offices first, and a role with the noun
    # only when none holds one ("the Hungarian leader": the prime minister, not the "opposition
    # leader")
    offices = wanted[:-1]
    for tier in ((offices, (noun,)) if offices and wanted[-1] == noun else (wanted,)):
        out = []
        for aid, text in roles.role_text.items():
            actor = registry.actors[aid]
            if actor.kind in ("state", "author", "group", "media"):
                continue
            spans = roles.complement.get(aid, ())
            kin = bool(spans) and _KIN_HEAD.search(text, 0, spans[0][0]) is not None
            if not any(not ((w in _INSTITUTIONS or kin or _KIN_HEAD.search(text, text.rfind(",", 0, m.start()) + 1, m.start()))
                            and any(c_lo <= m.start() < c_hi for c_lo, c_hi in spans))
                       for w in tier for m in re.finditer(before + r"(?<![\w-])" + re.escape(w) + r"(?![\w-])" + _NOT_A_MODIFIER, text)):
                continue
            if state is not None and state not in (roles.state_of.get(aid), actor.affiliation, aid):
                continue
            out.append(aid)
        if out:
            return out
    return []


#: A day a term of office begins or ends on: "2025", "March 2025", "20 January 2025", "Jan. 2025".
_TERM_DAY = r"(?:(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+)?\d{4}"
#: A term of office at the end of a registry role: "(2017-2021)", "(2024)", "(from 20 January
#: 2025)", "since March 2025", "until March 2025", "in 2022".
_ROLE_TERM = re.compile(r"\s*(?:\((?:(?P<from>" + _TERM_DAY + r")(?P<dash>\s*[-–]\s*(?P<to>" + _TERM_DAY + r")?)?|"
                        r"(?:from|since)\s+(?P<since>" + _TERM_DAY + r"))\)|"
                        r"\s(?:(?:since|from)\s+(?P<since2>" + _TERM_DAY + r")|until\s+(?P<until>" + _TERM_DAY + r")|"
                        r"in\s+(?P<year>\d{4})))\s*$")
#: What makes a role no single office held for a term: several roles (a comma, a semicolon:
#: "Defence Minister of Serbia in 2023; Prime Minister from 2024"), or a participle telling an
#: event ("killed in Cairo in 2016", "re-elected in 2022", "appointed in 2021").
_NOT_ONE_OFFICE = re.compile(r"[,;]|(?<![\w-])[a-z][\w-]*ed(?![\w-])")


def _term_day(text: str, last: bool) -> dt.date | None:
    """The first (or ``last``) day of "2025", "March 2025" or "20 January 2025"; None for no day."""
    words = text.split()
    year = int(words[-1])
    if len(words) == 1:
        return dt.date(year, 12, 31) if last else dt.date(year, 1, 1)
    try:
        month = month_num(words[-2])
    except KeyError:
        return None
    if len(words) == 3:
        return safe_date(year, month, int(words[0]))
    return DateValue.month(year, month).latest if last else dt.date(year, month, 1)


def role_term(role: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the term of office a registry role gives at its end (module
    doc), else None: a role held at any time the texts tell, or one that is no single office
    (``_NOT_ONE_OFFICE``)."""
    m = _ROLE_TERM.search(role)
    if m is None or _NOT_ONE_OFFICE.search(role, 0, m.start()):
        return None
    if m.group("year"):
        first, last = _term_day(m.group("year"), False), _term_day(m.group("year"), True)
    elif m.group("from"):
        first = _term_day(m.group("from"), False)
        last = _term_day(m.group("to"), True) if m.group("to") else dt.date.max if m.group("dash") else \
            _term_day(m.group("from"), True)  # ("(2019-2021)", "(2025-)", "(2024)")
    elif since := m.group("since") or m.group("since2"):
        first, last = _term_day(since, False), dt.date.max
    else:
        first, last = dt.date.min, _term_day(m.group("until"), True)
    return (first, last) if first is not None and last is not None else None


def in_term(registry, actor: str, earliest: dt.date, latest: dt.date) -> bool | None:
    """Whether the time from ``earliest`` to ``latest`` meets the term of office the actor's
    registry role gives: True or False, or None when the role gives none."""
    term = roles_of(registry).terms.get(actor)
    if term is None:
        return None
    return term[0] <= latest and earliest <= term[1]


def first_holder(registry, phrase: str, state: str | None = None) -> str | None:
    """Of the actors a role phrase can be (``role_candidates``), the only one whose registry role
    begins with the role ("President of Turkey", not "Head of Baykar, son-in-law of President
    Erdoğan"), else None: a tie-break where the text names none of them."""
    roles = roles_of(registry)
    mod, noun = _role_key(phrase)
    wanted = _ROLE_SYNONYMS.get(noun, (noun,)) if noun else ()
    first = [aid for aid in role_candidates(registry, phrase, state)
             if any(re.match(r"(?:[\w-]+\s+)?" + re.escape(w) + r"(?![\w-])", roles.role_text[aid]) for w in wanted)]
    return first[0] if len(first) == 1 else None


def is_platform(text: str) -> bool:
    """Whether ``text`` is a platform's name ("X", "Facebook", "Truth Social"), a channel of the
    speaker's own posts."""
    return fold(text.strip()) in _PLATFORMS


def is_outlet_name(registry, ref: str | None, text: str = "") -> bool:
    """Whether a candidate is an outlet or a platform: a media actor, a platform's name, or a
    kept name ending in a media word (module doc)."""
    roles = roles_of(registry)
    key = (ref, text)
    found = roles.outlet_memo.get(key)
    if found is None:
        if ref is not None and ref in roles.outlets:
            found = True
        else:
            name = fold(text or ref or "")
            # ("Facebook Live", "X Spaces", "Instagram Stories": a platform's feature is the platform)
            found = name in _PLATFORMS or bool(_MEDIA_WORD.search(name)) or name.startswith(_BROADCAST_FIRST) or \
                (" " in name and name.split()[0] in _PLATFORMS and name.split()[0] != "x")
        if len(roles.outlet_memo) < 100_000:
            roles.outlet_memo[key] = found
    return found
