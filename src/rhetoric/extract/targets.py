"""Whom a statement is about: the candidate targets in its text, and the choice among them.

Candidates (each a (actor, start, end) triple), never the speaker:
- the actors named in the statement (``targets_in``), both halves of "the Kosovo-Serbia
  dialogue" (``compounds``);
- in a quote, he/him/his is the last person named before it other than the speaker
  (``quote_pronoun_targets``);
- "its/their X" is the subject of its clause, "this policy/facility/move" the actor named just
  before that the noun can name (``implied_targets``);
- "his Turkish counterpart" is the person of that state with the speaker's role
  (``counterparts``);
- a state named as the owner of a military ("X's military capabilities") is its armed force
  when the registry has one (``own_forces``);
- a reporting verb's object pronoun ("accuses him of …") is the person named before it
  (``object_pronoun_targets``);
- an organisation named only to class its members ("NATO member states") is none
  (``_members_of``).

``select_targets`` keeps the actors the statement takes a stance toward, else the one the verb
addresses, else an antecedent, else the first named.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from rhetoric.actors import fold
from rhetoric.extract import stance as st
from rhetoric.extract import vocabulary as v
from rhetoric.extract.acts import (
    ACT_OBJECT,
    GENERIC_ACTS,
    HARM_NOUNS,
    SPEECH_NOUNS,
    VICTIM_OBJECT,
    act_doer,
    demonym_doer,
    goods_origins,
    last_act_doer,
    receivers_after,
    receives_transfer,
    subject_act_doer,
    transfer_to_before,
)
from rhetoric.extract.clauses import DESCRIBED_THEN_WHO, body_described_before
from rhetoric.extract.model import Statement
from rhetoric.extract.resolve import (
    card_above,
    compatible,
    gender_of_pronoun,
    is_person,
    opens_as_label,
    resolve,
    resolve_pronoun,
)
from rhetoric.extract.roles import is_outlet_name, roles_of
from rhetoric.regexes import WordStartPattern, at_word_start, letter_branches, split_alternatives

if TYPE_CHECKING:
    from rhetoric.extract.context import ArticleContext

Target = tuple[str, int, int]

# (?<![\w-])([A-Z]\w+)[-–]([A-Z]\w+)(?![\w-]), with the word-start test after the capital
# so that re skips in C to the capitals
HYPHEN_PAIR = re.compile(r"([A-Z](?<![\w-].)[\w]+)[-–]([A-Z][\w]+)(?![\w-])")
IMPLIED_PLAIN = re.compile(
    r"(?<![\w-])(?:(?P<poss>[Ii]ts|[Tt]heir)(?![\w-])|(?P<dem>[Tt]his|[Tt]hese|[Tt]hat)\s+"
    # (its adjectives: "this unilateral and unlawful move", "this reckless, dangerous step")
    r"(?:(?!(?:is|was|are|were|has|had|will|would|could|should)\s)[a-z][\w-]*(?:,|\s+and)?\s+){0,3}?(?P<noun>policy|policies|move|"
    r"decision|facility|facilities|centre|center|base|plant|site|deal|plan|approach|step|strategy|stance|"
    r"behaviou?r|conduct|actions?|government|regime|leadership|country|state)(?![\w-]))")
#: The same matches, found by skipping to the words it can begin with (``rhetoric.regexes``).
IMPLIED = WordStartPattern(IMPLIED_PLAIN, r"[Ii]ts|[Tt]h(?:eir|is|ese|at)")
#: What a demonstrative's head noun can refer to: "this facility" is a named site (an actor
#: whose name says centre, base …), "this regime" a state; other nouns any non-person.
_DEM_KINDS = {
    "facility": "site", "facilities": "site", "centre": "site", "center": "site", "base": "site",
    "plant": "site", "site": "site", "government": "state", "regime": "state",
    "leadership": "state", "country": "state", "state": "state",
}
_SITE_NAME = re.compile(r"(?i)\b(?:cent(?:er|re)|base|facility|plant|station|camp|site|complex|airport|port)\b")
_FORCE_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:army|armed\s+forces|security\s+forces?|defen[cs]e\s+forces?|troops|soldiers|"
    r"military(?=\s+(?:capabilit\w*|capacity|strength|power|units?|personnel|arsenal)\b|\s*[,.;]|"
    r"\s+(?:is|was|has|had|will|would)\b))(?![\w-])|"
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:efforts?|drive|push|plans?|bid|attempts?|ambitions?|goals?|programm?e?s?)\s+to\s+"
    r"[“\"]?(?:build|create|develop|strengthen|moderni[sz]e|expand|equip|arm|train)\s+(?:an?\s+|its\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:force|army|military)(?![\w-])")
_COUNTERPART = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+counterparts?\b|\bcounterparts?\s+(?:in|from)\s+([A-Z][a-z]+)")
_HIS_STATEMENTS = re.compile(
    r"\s+(?:statements?|comments?|remarks?|words|accusations?|rhetoric|claims?|behaviou?r|policy|actions?)\b")
_RELATIVE_AFTER = re.compile(r"[,”\"’][”\"’,]?\s+which\s")
#: ", who" before a reporting verb (the verb is in a relative clause), and the comma that closes
#: that clause right after the statement, before the main clause's verb.
_WHO_BEFORE = re.compile(r",\s+who\s[^,;:]*$")
#: A relative clause about the speaker, closed before the main verb: ", who had attacked Warsaw,".
_SPEAKERS_RELATIVE = re.compile(r"(?<![\w-])who\s[^,;:“”\"¤]*,\s*(?:\w+\s+){0,2}$")
#: … or right after the speaker, with no comma: "The same president who had attacked Ankara told".
_SPEAKERS_BARE_RELATIVE = re.compile(r"\s+who\s[^,;:“”\"¤]*$")
_CLAUSE_CLOSE = re.compile(r"[”\"’]?,\s+(?=(?:\w+ly\s+)?(?:was|is|were|are|has|had|have|will|would|did|remains?|\w+ed)\b)")
_POINTS_BACK = re.compile(r"(?<![\w'’-])(?:it(?! comes to\b)|(?<!(?i:when) )it|this|that|them|these|those)(?![\w'’-])")
# (not the "it" of "when it comes to", which points to nothing)
_ANAPHORIC_OBJECT = re.compile(r"\s+(?:it|this|that(?!\s+(?:[A-Z]|(?:he|she|it|they|we|I|you|there|the|a|an|his|her|its|their|this|these|those|no|any|some)\b))|these|them|the\s+\w+)\b")
# (not "insisted that Serbia was …", "said that he …": a clause, not a thing pointed back to)


#: After an organisation's name, its members as a class: "NATO member states", "a NATO country",
#: "an EU ally", "NATO's members"; before it, "(one of the) members of (NATO)".
_MEMBERS_AFTER = re.compile(r"(?:['’]s)?\s+(?:member\s+)?(?:states?|countr(?:y|ies)|members?|all(?:y|ies)|nations?|partners?)"
                            r"(?![\w-])")
_MEMBER_WORDS = frozenset({"member", "members", "ally", "allies", "partner", "partners", "state", "states"})


def _members_of(ctx: ArticleContext, mt) -> bool:
    """Whether an organisation is named only to class its members ("a large NATO country like
    Turkey", "one of the most important members of NATO"): not what the words are about."""
    actor = ctx.reg.actors.get(mt.actor)
    if actor is None or actor.kind != "organisation":
        return False
    words = ctx.masked[max(0, mt.start - 30):mt.start].lower().split()  # (string steps: no pattern scans)
    if words[-1:] == ["the"]:
        words.pop()
    return len(words) >= 2 and words[-1] == "of" and words[-2] in _MEMBER_WORDS or \
        _MEMBERS_AFTER.match(ctx.masked, mt.end) is not None


def targets_in(ctx: ArticleContext, lo: int, hi: int, speaker: str) -> list[Target]:
    """The actors named in [lo, hi), both halves of hyphenated pairs included, but the speaker
    and an organisation named only to class its members ("NATO member states", ``_members_of``)."""
    out = [(mt.actor, mt.start, mt.end) for mt in ctx.mentions_in(lo, hi) if mt.actor not in (speaker, "author")
           and not _members_of(ctx, mt)]
    for s, e, actors in compounds(ctx):
        if lo <= s and e <= hi:
            out.extend((a, s, e) for a in actors if a not in (speaker, "author"))
    out.sort(key=lambda t: t[1])
    # "Turkey's president, Mr Recep Tayyip Erdoğan": the person named in apposition, not the
    # state whose office the words name; "the World Court in The Hague", "the embassy in Belgrade":
    # the body, not the state where it sits
    return [t for i, t in enumerate(out)
            if not (i + 1 < len(out) and _OFFICE_OF.fullmatch(ctx.masked, t[2], out[i + 1][1]) and
                    (nxt := ctx.reg.actors.get(out[i + 1][0])) is not None and nxt.kind == "person")
            and not (i > 0 and _SEAT_OF.fullmatch(ctx.body, out[i - 1][2], t[1]) and
                     (here := ctx.reg.actors.get(t[0])) is not None and here.kind == "state" and
                     (body := ctx.reg.actors.get(out[i - 1][0])) is not None and body.kind in _BODIES and
                     ctx.reg.state_of(body.id) != t[0])]


#: Between a body and the place where it sits: " in ", " at " ("the World Court in The Hague").
_SEAT_OF = re.compile(r"\s+(?:in|at)\s+")
#: The kinds of actor that sit somewhere: a court, an organisation, a company, an outlet.
_BODIES = frozenset({"organisation", "company", "media"})


#: Between a state and the person who holds its office: "'s president, Mr ", "'s foreign minister ",
#: "'s long-serving prime minister, " (an office word, not any noun: "Hungary's latest veto, Orbán's …").
_OFFICE_OF = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}(?:president|prime\s+minister|premier|chancellor|minister|"
                        r"leader|king|queen|emir|ambassador|envoy|spokes(?:wo)?man|spokesperson|head\s+of\s+state)"
                        r",?\s+(?:(?:Mr|Ms|Mrs|Dr|Sir|Dame)\.?\s+)?", re.I)


def compounds(ctx: ArticleContext) -> list[tuple[int, int, list[str]]]:
    """"the Kosovo-Serbia dialogue", "US-China talks": a hyphenated pair names two actors."""
    if ctx._compound_cache is None:
        found = []
        for m in HYPHEN_PAIR.finditer(ctx.masked):
            ids = []
            for part in (m.group(1), m.group(2)):
                ms = ctx.reg.find_mentions(part)
                if len(ms) == 1 and ms[0].start == 0 and ms[0].end == len(part):
                    ids.append(ms[0].actor)
            if len(ids) == 2 and ids[0] != ids[1]:
                found.append((m.start(), m.end(), ids))
        ctx._compound_cache = found
    return ctx._compound_cache


def his_statements(ctx: ArticleContext, lo: int, hi: int, speaker: str) -> list[Target]:
    """"criticized his statements": the person "his" refers to (not the speaker)."""
    out = []
    for x in ctx.cands_in(lo, hi):
        if x.kind == "poss" and _HIS_STATEMENTS.match(ctx.masked[x.end:x.end + 30]):
            ref = resolve_pronoun(ctx, x, exclude=speaker)
            if ref and ref != speaker:
                out.append((ref, x.start, x.end))
    return out


#: Before the actor an act is done to: "the arming of (Kosovo)", "drones delivered to (Pristina)".
_RECEIVER_OF_ACT = re.compile(r"(?<![\w-])(?:[a-z]+ing\s+of|to|into|against|towards?|upon)\s+"
                              r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")


def _dem_kind(noun: str) -> str | None:
    """What a demonstrative's head noun names (``_DEM_KINDS``), None for an act ("this move")."""
    return _DEM_KINDS.get(noun.lower())


def _dem_fits(noun: str, actor) -> bool:
    want = _DEM_KINDS.get(noun.lower())
    if actor is None or want is None:
        return True
    if want == "site":
        return actor.kind in ("organisation", "company", "force") and bool(_SITE_NAME.search(actor.name))
    return actor.kind == "state"


def implied_targets(ctx: ArticleContext, lo: int, hi: int, speaker: str) -> list[Target]:
    """Implied targets: "its neighbours", "their policy" is the organisation or state named
    last before it in the sentence; "this policy", "this facility" the actor named last
    before it (same or previous sentence) that the noun can name (a facility is a named
    site, a regime a state), and for an act ("this unilateral move") not the one it was done
    to ("the arming of Kosovo", ``_RECEIVER_OF_ACT``). Never the speaker."""
    out = []
    if hi <= lo:
        return out
    for m in IMPLIED.finditer(ctx.body, lo, hi):
        si = ctx.sent_index(m.start())
        if m.group("poss"):  # the subject of its clause: "Turkey's delivery to Kosovo … its policy"
            back = ctx.sents[si].start
            for cm in re.finditer(r"\bthat\s|[;:“”\"]|\s(?:and|but|while|whereas)\s", ctx.body[back:m.start()]):
                back = ctx.sents[si].start + cm.end()
            cands = ctx.mentions_in(back, m.start())
        else:
            cands = list(reversed(ctx.mentions_in(ctx.sents[max(0, si - 1)].start, m.start())))
        if m.group("dem") and m.group("noun").lower() in GENERIC_ACTS:
            by = next((mt for mt in ctx.mentions_in(m.end(), m.end() + 40)
                       if re.fullmatch(r"\s+(?:of|by)\s+(?:the\s+)?", ctx.body[m.end():mt.start])), None)
            doer = by.actor if by is not None else last_act_doer(ctx, m.start(), own_side(ctx, speaker) | {speaker})
            if doer is not None:  # "this unilateral move": its doer named after it, else the act told last's
                out.append((doer, m.start(), m.end()))
                continue
        for mt in cands:
            actor = ctx.reg.actors.get(mt.actor)
            if mt.actor in ("author", speaker) or (actor is not None and actor.kind == "person"):
                continue
            if actor is not None and speaker == (getattr(actor, "affiliation", None) or ""):
                continue
            if m.group("dem") and mt.actor in own_side(ctx, speaker):
                continue  # "this move": the other side's, not the speaker's own state's
            if m.group("dem") and not _dem_fits(m.group("noun"), actor):
                continue
            if m.group("dem") and _dem_kind(m.group("noun")) is None and _RECEIVER_OF_ACT.search(
                    ctx.body[max(ctx.sents[ctx.sent_index(mt.start)].start, mt.start - 50):mt.start]):
                continue  # "the continued arming of Kosovo … this move": the one it was done to did not make it
            out.append((mt.actor, m.start(), m.end()))
            break
    return out


def armed_force_of(ctx: ArticleContext, state: str | None) -> str | None:
    """The armed force of a state, when the registry has exactly one (police forces aside)."""
    forces = [a.id for a in ctx.reg.actors.values() if a.kind == "force" and state and a.affiliation == state
              and "police" not in (a.name + " " + a.role).lower()]
    return forces[0] if len(forces) == 1 else None


def own_forces(ctx: ArticleContext, tg: list[Target]) -> list[Target]:
    """"Kosovo's military capabilities", "Kosovo's effort to build a capable force": a state
    named as the owner of a military is its armed force, when the registry has exactly one
    (police forces aside)."""
    out = []
    for t, s_, e_ in tg:
        actor = ctx.reg.actors.get(t)
        if actor is not None and actor.kind == "state" and _FORCE_AFTER.match(ctx.body, e_):
            t = armed_force_of(ctx, t) or t
        out.append((t, s_, e_))
    return out


_OUR_FORCE = re.compile(r"(?<![\w-])[Oo]ur\s+(?:own\s+|new\s+|national\s+)?(?:army|armed\s+forces|military|"
                        r"security\s+forces?|defen[cs]e\s+forces?|troops|soldiers)(?![\w-])")


#: Building up a military, told by the one who builds it: "(we continue) to build a competent
#: and compatible force", "the ongoing effort to build and modernize the military".
_BUILD_FORCE = re.compile(r"(?<![\w-])(?:build|modern[iy][sz]|strengthen|equip|develop)\w*\s+(?:and\s+\w+\s+)?"
                          r"(?:up\s+)?(?:an?|the|our)\s+(?:(?!labou?r|work|task|police|stabili[sz]ation|peacekeeping|"
                          r"security)[\w-]+\s+){0,4}?(?:force|army|military|armed\s+forces)(?![\w-])"
                          r"(?!\s+(?:ties|alliance|cooperation|relations|links|of\s+its|out\s+of))", re.I)
_BUILD_WORDS = ("build", "modern", "strength", "equip", "develop")  # (looked for before the pattern runs)
#: Another party's force: "they", "their", "its own", or a proper name after the quote's first word.
_THEIR = re.compile(r"(?<![\w-])(?:[Tt]hey|[Tt]heir|[Tt]hem|its\s+own)(?![\w-])|(?<=[a-z,;] )[A-Z][a-z]")


def our_forces(ctx: ArticleContext, stmt: Statement) -> list[Target]:
    """"our army" in a quote or reported words, or building up a force told in them ("to build a capable and
    coherent force", not of "they"): the armed force of the speaker's state, when the registry
    has exactly one (police forces aside) — the speaker's own side, a target only when no other
    actor is (``select_targets``)."""
    if not stmt.quote_inner and stmt.kind != "reported":
        return []
    # (reported speech too: "Kurti described the acquisition as part of the ongoing effort to build
    # and modernize the military")
    qs, qe = stmt.quote_inner or stmt.content
    has_our = ctx.body.find("our", qs, qe) >= 0 or ctx.body.find("Our", qs, qe) >= 0
    quoted = ctx.body[qs:qe].lower()
    builds = _BUILD_FORCE.search(ctx.body, qs, qe) if ("force" in quoted or "army" in quoted or "military" in quoted) \
        and any(w in quoted for w in _BUILD_WORDS) else None
    if not has_our and builds is None:
        return []
    force = armed_force_of(ctx, ctx.reg.state_of(stmt.speaker))
    if force is None:
        return []
    out = [(force, m.start(), m.end()) for m in _OUR_FORCE.finditer(ctx.body, qs, qe)] if has_our else []
    if not out and builds is not None and not _THEIR.search(ctx.body, qs, qe):
        out.append((force, builds.end() - len(builds.group().split()[-1]), builds.end()))  # (the noun: the
        # words before it are what the speaker says of the force)
    return out


def counterparts(ctx: ArticleContext, lo: int, hi: int, speaker: str) -> list[Target]:
    """"his Turkish counterpart": the person of that state (its name and the demonym share
    their first four letters: Turk-ey/Turk-ish, Serb-ia/Serb-ian) with the speaker's role,
    else the only person of that state in the registry."""
    out = []
    if ctx.body.find("counterpart", lo, hi) < 0:
        return out  # both alternatives spell it out: no scan of the text for most statements
    for m in _COUNTERPART.finditer(ctx.body, lo, hi):
        word = (m.group(1) or m.group(2))[:4].lower()
        memo = roles_of(ctx.reg).states_by_prefix
        states = memo.get(word)
        if states is None:  # the registry's, the same for every statement
            states = memo[word] = [a for a in ctx.reg.actors.values() if a.kind == "state" and
                                   any(x.lower().startswith(word) for x in [a.name] + list(a.aliases))]
        if len(states) != 1:
            continue
        people = [a for a in ctx.reg.actors.values() if a.kind == "person" and a.affiliation == states[0].id
                  and a.id != speaker]
        me = ctx.reg.actors.get(speaker)
        head = (me.role.split(" of ")[0].lower() if me is not None and me.role else "")
        same = [a for a in people if head and a.role.lower().startswith(head)]
        pick = same if len(same) == 1 else people if len(people) == 1 else []
        if pick:
            out.append((pick[0].id, m.start(), m.end()))
    return out


#: The person a speaker meets, by the part they play: "his guest", "her host", "their visitor",
#: "his counterpart" (without a demonym: ``counterparts`` reads "his Turkish counterpart").
_MET_WORDS = ("guest", "host", "visitor", "counterpart", "interlocutor")
_MET_PERSON = re.compile(r"(?<![\w-])(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:" + "|".join(_MET_WORDS) + r")"
                         r"(?![\w-])(?!\s+(?:from|of|in)\s)")  # ("his guest from Finland": described there)


_MET_AFTER = re.compile(r"\s+" + _MET_PERSON.pattern)


def met_person_after(ctx: ArticleContext, pos: int, speaker: str) -> str | None:
    """The person "his guest", "her host", "his counterpart" right after ``pos`` (a verb's object:
    "told his guest: “…”") stands for, as ``met_person_targets`` reads it; else None."""
    m = _MET_AFTER.match(ctx.body, pos)
    return _last_person_before(ctx, m.start(), speaker, None) if m is not None else None


def met_person_targets(ctx: ArticleContext, lo: int, hi: int, speaker: str) -> list[Target]:
    """"thanked his guest", "told her host": the last person named before who is not the
    speaker (the one met), a target of the statement."""
    if all(ctx.body.find(word, lo, hi) < 0 for word in _MET_WORDS):
        return []  # most statements: no scan
    out = []
    for m in _MET_PERSON.finditer(ctx.body, lo, hi):
        who = _last_person_before(ctx, m.start(), speaker, None)
        if who is not None:
            out.append((who, m.start(), m.end()))
    return out


#: A personal pronoun right after a reporting verb, its object: "accuses (him) of threatening …".
_OBJECT_PRONOUN = re.compile(r"\s+(?:(?P<of>of|about)\s+)?(?P<p>him|her)(?![\w'’-])")
#: The subject pronoun of a reported clause right after its verb: "said (that) she …".
CLAUSE_PRONOUN = re.compile(r"\s+(?:that\s+)?(?P<p>he|she)(?![\w'’-])")


def object_pronoun_targets(ctx: ArticleContext, stmt: Statement) -> list[Target]:
    """The person a reporting verb's object pronoun stands for ("Osmani accuses him of threatening
    a NATO ally"): the nearest person named before it (in its sentence or the two before), not the
    speaker, of the pronoun's gender, when the registry has them; and the verb's primary target,
    when it has none or the pronoun is the verb's object. Else nothing."""
    if stmt.verb_pos is None or not stmt.verb:
        return []
    at = stmt.verb_pos + len(stmt.verb)
    m = _OBJECT_PRONOUN.match(ctx.masked, at)
    if stmt.kind == "direct" and (m is None or not m.group("of")):
        return []  # (but "Putin said of him: “…”": the words are about him)
    if m is None:
        # (or the subject of the reported clause, of the other gender than the speaker's: "He said
        # she should keep quiet" is about her)
        m = CLAUSE_PRONOUN.match(ctx.masked, at)
        if m is None or compatible(ctx, stmt.speaker, gender_of_pronoun(m.group("p"))):
            return []
    g = gender_of_pronoun(m.group("p"))
    ref = _nearest_person_before(ctx, stmt.verb_pos, stmt.speaker, g) or _known_gender_before(ctx, stmt.verb_pos, stmt.speaker, g)
    if ref is None:
        return []
    if stmt.primary is None or m.re is _OBJECT_PRONOUN and not stmt.said_of and v.lemma_of(stmt.verb) not in _ADDRESSEE_VERBS:
        # (the verb's object comes before anything after it: "accused her of turning Finland into …"
        # is about her, not Finland)
        stmt.primary = ref
    return [(ref, m.start("p"), m.end("p"))]


def quote_pronoun_targets(ctx: ArticleContext, stmt: Statement) -> list[Target]:
    """In a quote, he/him/his is someone other than the speaker: the last person named, but a
    person who opens a sentence before it (its subject) over one named after that ("Ebrahim
    Rasool is a race-baiting politician who hates @POTUS. We have nothing to discuss with him":
    Rasool, the subject, not the object of his hate)."""
    if not stmt.quote_inner:
        return []
    qs, qe = stmt.quote_inner
    out = []
    ref = None
    for pm in v.PERSONAL.finditer(ctx.body[qs:qe]):
        if ref is None:
            g = gender_of_pronoun(pm.group())
            inside = [mt for mt in ctx.mentions_in(qs, qs + pm.start())
                      if mt.actor != stmt.speaker and is_person(ctx, mt.actor)]
            subjects = [mt for mt in inside if ctx.sent_index(mt.start) < ctx.sent_index(qs + pm.start())
                        and not ctx.body[max(qs, ctx.sents[ctx.sent_index(mt.start)].start):mt.start].strip(" “\"'‘")]
            # (in words said of someone, "“He is a man of his word,” Osmani said of Erdoğan": that person)
            of_whom = stmt.primary if stmt.said_of and stmt.primary and is_person(ctx, stmt.primary) else None
            ref = (subjects or inside)[-1].actor if inside else \
                of_whom or _last_person_before(ctx, qs, exclude=stmt.speaker, gender=g)
            if ref is None:
                break
        out.append((ref, qs + pm.start(), qs + pm.end()))
    return out


#: A role named with "the" inside a quote: "my conversations with the president", "The wacky
#: Ambassador that the U.K. foisted upon …" (a word of judgement may come between).
_QUOTE_ROLE_TAIL = (r"\s+(?:(?!(?:former|late|new|next|then|previous|acting|interim)\s)[a-z]+\s+)?"
                    r"(?:president|prime\s+minister|premier|chancellor|foreign\s+minister|king|ambassador|envoy)"
                    r"(?![\w-])(?!\s+of\b)")
_THE = re.compile(r"[Tt]he\s")
_ROLE_NOUN_END = re.compile(r"(?i)(?:president|prime\s+minister|premier|chancellor|foreign\s+minister|king|ambassador|envoy)$")
_QUOTE_ROLE_PLAIN = re.compile(r"(?<![\w-])the" + _QUOTE_ROLE_TAIL, re.I)
_QUOTE_ROLE = at_word_start(["the"], _QUOTE_ROLE_TAIL, ignorecase=True)


#: A publication named by what it is, not by its name: "the magazine", "the weekly", "a French
#: publication", "this newspaper" (its demonym, if any, then perhaps one word).
_OUTLET_NOUN = re.compile(r"(?:magazine|weekly|newspaper|daily|tabloid|publication|broadcaster|news\s+site)(?![\w-])")
#: … and what opens its phrase, right before the noun.
_OUTLET_NOUN_HEAD = re.compile(r"(?<![\w-])(?:[Tt]he|[Tt]his|[Tt]hat|[Aa])\s+(?:(?P<dem>[A-Z][\w-]+)\s+)?(?:[a-z]+\s+)?$")


#: A verb or a preposition that makes the outlet after it the one acted on or spoken of, not the
#: channel of the words: "We fund the BBC", "stand up for the BBC", "raided Al Jazeera".
_ACTED_ON_OUTLET = re.compile(r"(?<![\w-])(?:fund|funds|funded|defend|defends|defended|support|supports|supported|ban|bans|banned|"
                              r"block|blocks|blocked|raid|raids|raided|attack(?:s|ed)?|threaten(?:s|ed)?|silence[sd]?|"
                              r"censor(?:s|ed)?|stand\s+up\s+for|stood\s+up\s+for|stands\s+up\s+for)"
                              r"\s+(?:the\s+)?$")


def _outlet_acted_on(ctx: ArticleContext, s: int, e: int) -> bool:
    """Whether an outlet's mention is what a verb acts on ("We fund the BBC", "raided Al Jazeera's
    office") or the owner of a text judged ("BBC's vile propaganda"): a target, not the channel."""
    return _ACTED_ON_OUTLET.search(ctx.body, max(0, s - 30), s) is not None or \
        ctx.body.startswith(("'s ", "’s "), e) and _OWNED_TEXT_NOUN.match(ctx.body, e + 3) is not None


#: What an outlet owns that words judge: its "propaganda", "lies", "agenda" (not its "report" or
#: "coverage", which are mostly the channel of the words).
_OWNED_TEXT_NOUN = re.compile(r"(?:[a-z]+\s+){0,2}(?:propaganda|lies|smears?|campaign|agenda|bias|slander|disinformation)\b")


def _outlet_phrases(body: str, lo: int, hi: int) -> list[tuple[int, int, str, str | None]]:
    """The phrases of ``_OUTLET_NOUN`` in [lo, hi): (start, end, noun, demonym)."""
    out = []
    for m in _OUTLET_NOUN.finditer(body, lo, hi):  # (a whole word: the head ends in a space)
        if (head := _OUTLET_NOUN_HEAD.search(body, max(lo, m.start() - 40), m.start())) is not None:
            out.append((head.start(), m.end(), " ".join(m.group().split()), head.group("dem")))
    return out


#: What the registry calls an outlet, by the noun that names it: one in print ("French satirical
#: weekly", "Serbian daily newspaper"), on air, online.
_OUTLET_KINDS = {"print": re.compile(r"(?i)(?<![\w-])(?:magazine|weekly|newspaper|daily|tabloid|paper|publication)(?![\w-])"),
                 "air": re.compile(r"(?i)(?<![\w-])(?:broadcaster|channel|television|radio|tv)(?![\w-])"),
                 "online": re.compile(r"(?i)(?<![\w-])(?:news\s+site|site|portal|website)(?![\w-])")}


#: A noun right after an outlet's word, which it then only describes: "a weekly ferry", "the daily catch"
#: (not a verb or a word that joins: "the weekly has", "the magazine in Paris").
_NOUN_AFTER_OUTLET_WORD = re.compile(r"\s+(?!(?:is|was|has|had|have|will|would|said|says|printed|published|ran|and|or|in|on|"
                                     r"of|for|to|with|by|at|from|as|that|which|who|whose|it|its|itself|wrote|writes|"
                                     r"called|calls|did|does|must|should|could|can|may|might)(?![\w-]))[a-z]{3,}")
#: Before an outlet that carried the words, not one they are about: "told ", "speaking to ", "on ", "in ".
_TOLD_OUTLET = re.compile(r"(?i)(?<![\w-])(?:told|tells?|telling|(?:speaking|talking|said|wrote|writing)\s+to|"
                          r"on|in|via|with)\s+$")


def outlet_noun_targets(ctx: ArticleContext, stmt: Statement) -> list[Target]:
    """A publication the statement names by what it is ("the unacceptable behavior of the magazine",
    "a French publication", "a threat to the weekly"): the one outlet of the registry's the article
    names, outside the statement, whose role the noun and the demonym fit ("French satirical
    weekly"); none where two fit, or none is named."""
    lo, hi = min(stmt.content[0], stmt.quote_inner[0]) if stmt.quote_inner else stmt.content[0], \
        max(stmt.content[1], stmt.quote_inner[1]) if stmt.quote_inner else stmt.content[1]
    found = _outlet_phrases(ctx.body, lo, hi)
    if not found:
        return []
    outlets = roles_of(ctx.reg).outlets
    named = {mt.actor for mt in ctx.all_mentions if mt.actor in outlets and not lo <= mt.start < hi}
    out = []
    for start, end, noun, dem in found:
        if _TOLD_OUTLET.search(ctx.body, max(0, start - 24), start) or _NOUN_AFTER_OUTLET_WORD.match(ctx.body, end) or \
                " same " in ctx.body[start:end]:
            continue  # ("told the broadcaster", "in the newspaper", "to the same broadcaster": where the words
            # were said, a channel; "like a weekly ferry": an adjective)
        kind = next(k for k, p in _OUTLET_KINDS.items() if p.fullmatch(noun))
        fit = [a for a in named if _OUTLET_KINDS[kind].search(role := ctx.reg.actors[a].role or "") and
               (dem is None or dem in role)]
        # (the outlet the registry calls by the same noun first: "the weekly" of a weekly and a daily)
        same = [a for a in fit if re.search(r"(?i)(?<![\w-])" + noun + r"(?![\w-])", ctx.reg.actors[a].role or "")]
        fit = same or fit
        if len(fit) == 1 and fit[0] != stmt.speaker:
            out.append((fit[0], start, end))
    return out


def quote_role_targets(ctx: ArticleContext, stmt: Statement) -> list[Target]:
    """"the president" inside a quote: the person of that role the article named last before
    it (``resolve.resolve_role``), not of the speaker's side: where the speaker's state has a
    holder of that role, "the president" in a minister's mouth is the minister's own."""
    from rhetoric.extract.mentions import Cand
    from rhetoric.extract.resolve import resolve_role

    if not stmt.quote_inner or not _THE.search(ctx.body, *stmt.quote_inner) and \
            ctx.body.find("heir ", *stmt.quote_inner) < 0:
        return []
    from rhetoric.extract.polarity import polar_words
    from rhetoric.extract.roles import role_candidates

    own = own_side(ctx, stmt.speaker)
    home = ctx.reg.state_of(stmt.speaker)
    out = []
    demonym_of = roles_of(ctx.reg).demonym_of
    for m in _QUOTE_ROLE.finditer(ctx.body, *stmt.quote_inner):
        noun = _ROLE_NOUN_END.search(m.group())  # ("the stubborn chancellor": the chancellor; not "the US president")
        word = m.group()[:noun.start()].split()[-1]
        other_state = demonym_of.get(fold(word)) not in (None, home)  # ("the Israeli foreign minister")
        if home is not None and not other_state and not re.search(r"\sof\s", m.group()) and \
                role_candidates(ctx.reg, m.group(), home):
            continue  # "the president's decision" in a minister's mouth: the minister's own president
        if word[0].islower() and word.lower() != "the" and not polar_words(word):
            continue  # ("the university chancellor": another office; a word between must judge)
        text = m.group() if word[0].isupper() else "the " + noun.group()
        who = resolve_role(ctx, Cand(m.start(), m.end(), "role", None, text))
        if who and who not in own and ctx.reg.state_of(who) not in own and is_person(ctx, who):
            out.append((who, m.start(), m.end()))
    for m in _DEMONYM_PERSON.finditer(ctx.body, *stmt.quote_inner):
        # ("The Hungarian official has distorted …": the person of that state whose words the article
        # told last before the quote, when the noun names no office of the registry's; not when the
        # article brought in an unnamed one, "a Russian diplomat accused of spying", nor when a
        # relative clause or a participle says which, "the Serbian official who posted that map", "the
        # Russian diplomat photographed in Varna"; and only one quoted in the two paragraphs before)
        state = demonym_of.get(fold(m.group("dem")))
        if state is None or state in own or state == home or _WHICH_ONE_AFTER.match(ctx.body, m.end()) or \
                re.search(r"(?<![\w-])an?\s+" + re.escape(m.group("dem")) + r"\s+" + re.escape(m.group("noun")) + r"\b",
                          ctx.body[:stmt.quote_inner[0]]):
            continue
        who = next((o.speaker for o in reversed(ctx.statements) if o.start < stmt.quote_inner[0] and o.speaker and
                    ctx.para_index(stmt.quote_inner[0]) - ctx.para_index(o.start) <= 2 and
                    is_person(ctx, o.speaker) and ctx.reg.state_of(o.speaker) == state), None)
        if who is not None and who not in own:
            out.append((who, m.start(), m.end()))
    for m in _THEIR_ROLE.finditer(ctx.body, *stmt.quote_inner):
        # "Many Indians will be embarrassed by their prime minister": the people's state's
        who = resolve_role(ctx, Cand(m.start(), m.end(), "role", None, m.group()))
        if who and who not in own and is_person(ctx, who):
            out.append((who, m.start(), m.end()))
    return out


#: "the <demonym> official" inside a quote: a person of that state by a noun that is no office.
_DEMONYM_PERSON = re.compile(r"[Tt](?<![\w-][Tt])he\s+(?P<dem>[A-Z][\w-]+)\s+(?P<noun>official|diplomat|politician|"
                            r"representative|emissary|counterpart)(?![\w-])")
#: A relative clause right after a noun: it says which one ("the Serbian official who posted that map").
_WHICH_ONE_AFTER = re.compile(r"\s+(?:(?:who|whom|whose|that|which)\s|[a-z]+ed\s+(?:in|at|on|by|with|from|for)\s)")
#: "their president" inside a quote, whose "their" is a people the quote names (``resolve_role``).
_THEIR_ROLE = re.compile(r"[Tt](?<![\w-][Tt])heir\s+(?:president|prime\s+minister|premier|chancellor|king|leader)(?![\w-])")


_YOU_PLAIN = re.compile(r"(?<![\w-])(?:[Yy]ou|[Yy]our|[Yy]ours)(?![\w-])")
#: The same, spelt to begin with a character class, so that ``re`` skips in C to the y's.
_YOU = re.compile(r"[Yy](?<![\w-].)ou(?:rs?)?(?![\w-])")
#: Whom a statement is told to, outside its quote: "told Sánchez", "a message to Denmark".
_TOLD = re.compile(r"(?i)(?<![\w-])(?:told|tells|telling|addressing|addressed|message\s+to|letter\s+to|"
                   r"appeal\s+to|warned|urged|asked|turned\s+to|turning\s+to|replied\s+to|answered)\s+(?:the\s+)?$")


#: A finite verb or a verb of thinking: a quote's opening words up to a comma without one are a
#: vocative ("Our neighbours from Tanzania, …", "People of Poland, …"), not a clause.
_FINITE_VERB = re.compile(r"(?i)(?<![\w'’-])(?:is|are|was|were|am|be|been|has|have|had|will|would|can|could|must|should|"
                          r"do|does|did|may|might|shall|said|says|say|think|believe|know|want)(?![\w'’-])|"
                          r"['’](?:s|re|m|ve|ll|d)(?![\w'’-])|"
                          # (nor an adverbial: "In Poland, you …", "When Tusk came, you …")
                          r"^[\s\"“‘]*(?i:when|if|as|after|before|since|while|because|although|though|in|on|at|"
                          r"for|with|from|by|to|unlike|like|along|together|thanks|apart|except|under|including|"
                          r"besides|beyond|without|against|despite|than)(?![\w'’-])")
#: Whom the words of a quote are addressed to, in the quote: "our message to X", "I say this
#: very directly to X", "my appeal to X".
_TOLD_IN_QUOTE = re.compile(r"(?i)(?<![\w-])(?:message|say|saying|tell|telling|appeal|words?|call|warning|ultimatum)\b"
                            r"(?:\s+[\w'’]+){0,3}?\s+to\s+(?:the\s+)?(?:(?:rulers|leaders|government|people|authorities)\s+of\s+)?$")


#: "the president of Brazil", "the current president of the government of the Argentine Republic".
_ROLES_OF = r"president|prime\s+minister|premier|chancellor|foreign\s+minister|king|leader|head\s+of\s+state"
_ROLE_OF_TAIL = (r"(?i:\s+of\s+(?:the\s+)?(?:government\s+of\s+(?:the\s+)?)?)"
                 r"(?P<state>[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,3})")  # "… of Guyana"
_ROLE_OF_STATE_PLAIN = re.compile(r"(?<![\w-])(?P<role>(?i:" + _ROLES_OF + "))" + _ROLE_OF_TAIL)
#: The same, each role led by its first letter (``rhetoric.regexes``): ``re`` skips to them.
_ROLE_OF_STATE = re.compile("(?P<role>" + letter_branches(split_alternatives(_ROLES_OF), ignorecase=True,
                                                          not_after=r"[\w-]") + ")" + _ROLE_OF_TAIL)


#: Role nouns that name one person: "its president", "their prime minister".
_PERSON_ROLE_HEAD = re.compile(r"^(?:president|minister|premier|chancellor|leader|king|pope|prime)$")


def role_targets(ctx: ArticleContext, lo: int, hi: int, speaker: str) -> list[Target]:
    """People named by their role in a statement, quotes included: "the president of Brazil"
    is the one person of the registry with that role in that state; outside quotes, "the
    interior minister", "the Spanish prime minister" are whom ``resolve.resolve_role`` says (the
    one of that role named last, else the only one)."""
    from rhetoric.extract.resolve import resolve_role
    from rhetoric.extract.roles import role_candidates

    out = []
    for c in ctx.cands_in(lo, hi):
        if c.kind != "role" or c.end > hi:
            continue
        if c.text.lower().split()[0] in ("its", "their", "his", "her") and \
                not _PERSON_ROLE_HEAD.search(c.text.lower().split()[-1]):
            continue  # "its neighbours", "their ministry": ``implied_targets``; "its president" is a person
        who = resolve_role(ctx, c)
        actor = ctx.reg.actors.get(who) if who else None
        if actor is not None and actor.kind == "person" and who != speaker:
            out.append((who, c.start, c.end))
    if ctx.body.find(" of ", lo, hi) < 0:
        return out
    for m in _ROLE_OF_STATE.finditer(ctx.body, lo, hi):
        state = ctx.reg.resolve(m.group("state")) or ctx.reg.resolve(m.group("state").split()[-1])
        if state is None:
            continue
        people = [a for a in role_candidates(ctx.reg, m.group("role"), state) if a != speaker]
        if len(people) == 1:
            out.append((people[0], m.start(), m.end()))
    return out


def quote_addressee_targets(ctx: ArticleContext, stmt: Statement) -> list[Target]:
    """In a quote, "you" is whom the speaker addresses: the actor the attribution says it was
    told to ("told Sánchez", "a message to Denmark"), else the one the same voice's words just
    before told something to ("a warning to the rulers of Afghanistan"), else the speaker of the
    statement just before it, of another side (a reply), else the actor (a person first) the article has named
    most before it, not of the speaker's side or an outlet (``_salient_before``)."""
    if not stmt.quote_inner:
        return []
    qs, qe = stmt.quote_inner
    every_you = list(_YOU.finditer(ctx.body, qs, qe))
    if not every_you:
        return []
    lo, hi = stmt.frame
    # (a "you" meaning anyone makes the sentence's next ones mean anyone too, "If you look at the footage …, you
    # hear the accounts"; not when the lead names whom the words were told to, "turned to Roble: “If you look …”")
    yous = _addressed_yous(ctx.body, every_you)
    if len(yous) < len(every_you) and any(not (qs <= mt.start < qe) and _TOLD.search(ctx.body[max(lo, mt.start - 25):mt.start])
                                          for mt in ctx.mentions_in(lo, hi)):
        yous = every_you
    if not yous:
        return []
    own = own_side(ctx, stmt.speaker)
    ref = stmt.addressee
    if ref is None:  # inside the quote, before "you": "Our message to Denmark is simple: you …"
        for mt in ctx.mentions_in(qs, yous[0].start()):
            if mt.actor not in own and _TOLD_IN_QUOTE.search(ctx.body, max(qs, mt.start - 40), mt.start):
                ref = mt.actor
    if ref is None and any(not _YOU_FORMULA.search(ctx.body[max(qs, m.start() - 12):m.end() + 6].lower()) for m in yous):
        # (an office told, "turned to the Landlord's Prime Minister:", "told Serbia's president": its holder;
        # not for a "you" of a turn of phrase only, "I want to tell you here that …")
        ref = next((held for c in ctx.cands_in(lo, hi)
                    if c.kind == "role" and not (qs <= c.start < qe) and _TOLD.search(ctx.masked[max(lo, c.start - 25):c.start])
                    and (held := resolve(ctx, c)) is not None and held not in own and is_person(ctx, held)), None)
    if ref is None:
        for mt in ctx.mentions_in(lo, hi):
            if not (qs <= mt.start < qe) and mt.actor not in own and _TOLD.search(ctx.body[max(lo, mt.start - 25):mt.start]):
                ref = mt.actor
                break
    if ref is None:  # a vocative the quote opens with: "Our neighbours from Tanzania, if we have wronged you …"
        comma = ctx.body.find(",", qs, min(yous[0].start(), qs + 60))
        if comma > 0 and len(ctx.body[qs:comma].split()) <= 6 and not _FINITE_VERB.search(ctx.body[qs:comma]):
            ref = next((mt.actor for mt in ctx.mentions_in(qs, comma) if mt.actor not in own), None)
    if ref is None:  # the one the words were told about, no one else addressed: "spoke about Iceland …: “… That is your problem.”"
        ref = next((mt.actor for mt in ctx.mentions_in(lo, hi) if not (qs <= mt.start < qe) and mt.actor not in own and
                    _SPOKE_ABOUT.search(ctx.body, max(lo, mt.start - 40), mt.start)), None)
    if ref is None and (prev := next((o for o in reversed(ctx.statements) if o.start < qs and o is not stmt), None)) \
            is not None and prev.speaker == stmt.speaker and prev.quote_inner and \
            ctx.para_index(prev.start) == ctx.para_index(qs):
        # (the same voice going on after words it told someone: "I am issuing a warning to the rulers
        # of Afghanistan …" then "He went on: “You should take my words very seriously …”")
        ps, pe = prev.quote_inner
        ref = next((mt.actor for mt in ctx.mentions_in(ps, pe) if mt.actor not in own and
                    _TOLD_IN_QUOTE.search(ctx.body, max(ps, mt.start - 60), mt.start)), None) or \
            (prev.addressee if prev.addressee not in own else None)
    if ref is None:  # a reply: the speaker of the statement just before, of another side
        # (not across a heading: a status page's or a digest's next entry answers nobody above it)
        para = ctx.para_index(qs)
        for other in reversed(ctx.statements):
            if other.start < qs and para - ctx.para_index(other.start) <= 1 and other.speaker not in own \
                    and other.speaker != "author" and \
                    not any(p.kind == "heading" and other.start < p.start < qs for p in ctx.article.passages):
                ref = other.speaker
                break
            if para - ctx.para_index(other.start) > 1 and other.start < qs:
                break
    stmt.you_named = ref is not None  # told to or replied to; not only the article's most named
    if ref is None and card_above(ctx, qs) is None:
        # (not on a page of cards, each an entry of its own: "**16 Eli Cohen**" over "“… you have lost your
        # moral compass”" addresses no one the cards above name)
        ref = _salient_before(ctx, qs, own)
    return [(ref, m.start(), m.end()) for m in yous] if ref else []


#: A verb of speaking and "about" or "of" right before the one spoken of: "spoke about (Iceland)", "said
#: of (Kenya)", "talking about (the Turks)".
_SPOKE_ABOUT = re.compile(r"(?i)(?<![\w-])(?:sp[eo]ke?|speaks|speaking|talk(?:s|ed|ing)?|sa(?:id|ys)|wr(?:o|i)tes?|"
                          r"writing|ranted|joked)\s+(?:\w+\s+){0,2}?(?:about|of)\s+(?:the\s+)?$")
#: "you" meaning anyone, no one addressed: "Can you imagine if we …", "you cannot say we are going
#: to …", "you never know", "if you ask me", "so you can understand why …".
_GENERIC_YOU_BEFORE = re.compile(r"(?i)(?:\b(?:can|could|would)|\bif|\bhow)\s+$")
_GENERIC_YOU_AFTER = re.compile(r"(?i)\s+(?:can\s+(?:understand|see|imagine)\s+(?:why|how|what|that)|"
                                r"(?:cannot|can['’]t|could\s+not|couldn['’]t|never)\s+(?:\w+\s+)?"
                                r"(?:say|imagine|know|tell|expect|predict|trust)|simply\s+cannot|(?:never\s+)?know|see)\b")
#: … after "can you", "if you", "how you": a question no one is asked ("Can you imagine if we …",
#: "if you ask me", "no matter how you look at it", "If you look at the footage and read …"), not "Can
#: you confirm …", "If you want war …".
_GENERIC_AFTER_QUESTION = re.compile(r"(?i)\s+(?:imagine|believe|ask\s+me|look\s+at|think\s+about\s+it|read\s+the|"
                                     r"listen\s+to|talk\s+to\s+(?:people|anyone|them)|go\s+(?:there|to))\b")


def _addressed_yous(text: str, yous: list) -> list:
    """The uses of "you" that address someone: not one meaning anyone (``_generic_you``), nor one
    after it in the same sentence ("If you look at the footage and read the stories, you hear …")."""
    out, generic_from = [], None
    for m in yous:
        if generic_from is not None and not _SENTENCE_STOP.search(text, generic_from, m.start()):
            continue
        if _generic_you(text, m.start(), m.end()):
            generic_from = m.end()
            continue
        generic_from = None
        out.append(m)
    return out


#: A sentence's end inside a quote.
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)")


def _generic_you(text: str, start: int, end: int) -> bool:
    """Whether the "you" at ``start`` means anyone ("Can you imagine …", "you cannot say …",
    "you never know", "if you ask me"): no one is addressed by it."""
    if text[end:end + 1] == "r":
        return False
    if _GENERIC_YOU_BEFORE.search(text, max(0, start - 8), start) is not None:
        return _GENERIC_AFTER_QUESTION.match(text, end) is not None
    return _GENERIC_YOU_AFTER.match(text, end) is not None


def _salient_before(ctx: ArticleContext, pos: int, exclude: set[str]) -> str | None:
    """The actor named most often before ``pos`` (a person first; the latest of equals), not in
    ``exclude`` nor an outlet: whom "you" in a quote most likely addresses."""
    counts: dict[str, tuple[int, int]] = {}
    for mt in ctx.mentions_in(0, pos):
        if mt.actor in exclude or mt.actor == "author" or is_outlet_name(ctx.reg, mt.actor):
            continue
        n, _ = counts.get(mt.actor, (0, 0))
        counts[mt.actor] = (n + 1, mt.start)
    if not counts:
        return None
    people = {a: c for a, c in counts.items() if is_person(ctx, a)}
    pool = people or counts
    return max(pool, key=lambda a: pool[a])


def _last_person_before(ctx: ArticleContext, pos: int, exclude: str, gender: str | None) -> str | None:
    lo = ctx.sents[max(0, ctx.sent_index(pos) - 2)].start
    for mt in reversed(ctx.mentions_in(lo, pos)):
        actor = ctx.reg.actors.get(mt.actor)
        if actor and actor.kind == "person" and mt.actor != exclude and compatible(ctx, mt.actor, gender):
            return mt.actor
    for x in reversed(ctx.cands_in(lo, pos)):
        if x.kind == "name" and x.ref != exclude and x.person and compatible(ctx, x.ref, gender):
            return x.ref
    return None


#: Verbs whose object is the one spoken to, not the one spoken of: "told him that …".
_ADDRESSEE_VERBS = frozenset({"tell", "ask", "inform", "urge", "assure", "remind", "warn", "advise", "answer", "write"})
#: How many paragraphs back a pronoun's person of known gender is looked for (``_known_gender_before``).
_GENDER_PARAGRAPHS = 2


def _known_gender_before(ctx: ArticleContext, pos: int, exclude: str, gender: str | None) -> str | None:
    """The last registered person before ``pos`` in its paragraph or the two before whom the text
    has given the pronoun's gender, not ``exclude`` ("… Kamla Persad-Bissessar answered by
    WhatsApp … That night Maduro accused her of …"), when no other person is named in the two
    sentences before it; else None."""
    near = ctx.sents[max(0, ctx.sent_index(pos) - 2)].start
    if gender is None or any(x.kind in ("mention", "name") and x.person and x.ref != exclude for x in ctx.cands_in(near, pos)):
        return None  # (a person named nearer, of another gender or one the registry lacks: no one further back)
    lo = ctx.paras[max(0, ctx.para_index(pos) - _GENDER_PARAGRAPHS)].start if ctx.paras else 0
    for mt in reversed(ctx.mentions_in(lo, pos)):
        if mt.actor != exclude and (ctx.gender.get(mt.actor) or ctx.gender_hint.get(mt.actor)) == gender and \
                is_person(ctx, mt.actor):
            return mt.actor
    return None


def _nearest_person_before(ctx: ArticleContext, pos: int, exclude: str, gender: str | None) -> str | None:
    """The person named last before ``pos`` (two sentences back at most), not ``exclude``: a
    registry actor, else None when the nearest is a name the registry lacks ("the journalist
    Anna Kovács … accusing her of")."""
    lo = ctx.sents[max(0, ctx.sent_index(pos) - 2)].start
    for x in reversed(ctx.cands_in(lo, pos)):
        if x.kind == "mention" and x.person and x.ref != exclude and compatible(ctx, x.ref, gender):
            return x.ref
        if x.kind == "name" and x.person and x.ref != exclude and compatible(ctx, x.ref, gender):
            return None
    return None


#: A charge or a praise whose object is told by a pronoun or a role: "accusing him of …",
#: "blamed the minister for …", "thanked her for …" (a name there is a mention already).
_CHARGED_VERBS = r"accus\w*|blam(?:e|ed|es|ing)|criticis\w*|criticiz\w*|condemn\w*|prais\w*|thank\w*|congratulat\w*|commend\w*"
_CHARGED_PLAIN = re.compile(r"(?i)(?<![\w-])(?:" + _CHARGED_VERBS + r")\s+")
#: The same, each verb led by its first letter (``rhetoric.regexes``): ``re`` skips to them.
_CHARGED = at_word_start(split_alternatives(_CHARGED_VERBS), r"\s+", ignorecase=True)
#: … and its object, then "of" or "for".
_CHARGED_OBJECT = re.compile(r"(?i)(?P<obj>him|her|them|the\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?:of|for)\s")


def charged_targets(ctx: ArticleContext, stmt: Statement) -> list[Target]:
    """Whom a charge or a praise outside the quote is about when a pronoun or a role tells it
    ("replied to Orbán, accusing him of “…”", "thanked the minister for “…”"): the one the
    pronoun or role stands for (``resolve``), a target of the statement."""
    from rhetoric.extract.mentions import Cand
    from rhetoric.extract.resolve import resolve

    lo, hi = stmt.frame
    out = []
    for verb in _CHARGED.finditer(ctx.masked, lo, hi):
        m = _CHARGED_OBJECT.match(ctx.masked, verb.end(), hi)
        if m is None:
            continue
        s, e = m.span("obj")
        word = m.group("obj").lower()
        if word in ("him", "her"):  # the last person named before, not the speaker
            who = _nearest_person_before(ctx, s, stmt.speaker, gender_of_pronoun(word))
        elif word == "them":
            who = resolve_pronoun(ctx, Cand(s, e, "pronoun", None, word), stmt.speaker)
        else:
            role = next((c for c in ctx.cands_in(s, e) if c.kind == "role"), None)
            who = resolve(ctx, role, stmt.speaker) if role is not None else None
        if who and who != stmt.speaker and who in ctx.reg.actors:
            out.append((who, s, e))
    return out


#: "As X said," / "As X put it," around a name: an authority cited, not the matter.
_AS_SAID_BEFORE = re.compile(r"(?<![\w-])[Aa]s\s+$")
_AS_SAID_AFTER = re.compile(r"\s+(?:once\s+|famously\s+|rightly\s+)?(?:said|says|put\s+it|wrote|writes|noted|warned)\b")


#: A sentence's subject (a name, "the Serbian leader") before the attribution that splits its clause,
#: up to the words: "(Vucic), she wrote, " (not "Baku put three demands to Moscow on Friday, he said:").
_SPLIT_SUBJECT_BEFORE = re.compile(r"[\s*_]*(?P<subj>(?:[Tt]he\s+)?[A-Z][\w'’-]+(?:\s+[\w'’-]+){0,3}?),\s+"
                                   r"(?:he|she|they|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
                                   r"(?:[a-z]+ly\s+)?(?:wrote|writes|said|says|added|adds|argued|argues|claimed|claims|"
                                   r"noted|notes|insisted|insists|told\s+[\w ]{1,30}?)(?:,\s*)?$")


def candidate_targets(ctx: ArticleContext, stmt: Statement) -> tuple[list[Target], int, int]:
    """The candidate targets of a (non-authorial) statement and the text [lo, hi) whose stance
    toward them counts: the statement, its frame for quotes, and the targets' own spans, up to
    where another statement of the sentence begins."""
    excl = stmt.exclude_zone
    tg = [t for t in targets_in(ctx, *stmt.content, stmt.speaker) if not (excl and excl[0] <= t[1] < excl[1])]
    quote_apart = stmt.quote_inner and stmt.content != stmt.quote_inner
    if quote_apart:
        tg += targets_in(ctx, *stmt.quote_inner, stmt.speaker)
    tg += stmt.extra_targets + quote_pronoun_targets(ctx, stmt) + quote_addressee_targets(ctx, stmt)
    if stmt.quote_inner:
        tg += charged_targets(ctx, stmt)
    # (a partial quote's reported clause too: "said that the Hungarian prime minister was “…”")
    tg += role_targets(ctx, *(stmt.content if stmt.kind == "partial" or not stmt.quote_inner else stmt.quote_inner),
                       stmt.speaker) + quote_role_targets(ctx, stmt) + (outlets := outlet_noun_targets(ctx, stmt))
    tg += implied_targets(ctx, *stmt.content, stmt.speaker)
    # (the subject of a clause split by its attribution, "Vucic, she wrote, seemed to believe he
    # could threaten … Turkey": what the words say is said of it)
    sent_lo = ctx.sents[stmt.sent_lo].start
    if sent_lo < stmt.content[0] and (split := _SPLIT_SUBJECT_BEFORE.fullmatch(ctx.masked, sent_lo, stmt.content[0])) is not None:
        tg += targets_in(ctx, split.start("subj"), split.end("subj"), stmt.speaker)
    tg += counterparts(ctx, *stmt.content, stmt.speaker) + met_person_targets(ctx, *stmt.content, stmt.speaker)
    tg += our_forces(ctx, stmt) + object_pronoun_targets(ctx, stmt)
    if quote_apart:
        tg += implied_targets(ctx, *stmt.quote_inner, stmt.speaker)
    tg = [t for t in own_forces(ctx, tg) if t[0] != stmt.speaker]
    # "Orbán, who had attacked Warsaw, told reporters that …": the relative clause describes the
    # speaker; what it names is not what the statement after the verb is about
    if stmt.verb_pos is not None and stmt.content[0] < stmt.verb_pos and "who" in ctx.masked[stmt.content[0]:stmt.verb_pos]:
        rel = _SPEAKERS_RELATIVE.search(ctx.masked, stmt.content[0], stmt.verb_pos) or \
            _SPEAKERS_BARE_RELATIVE.match(ctx.masked, stmt.content[0], stmt.verb_pos)
        if rel is not None:
            tg = [t for t in tg if not rel.start() <= t[1] < rel.end()]
        # ("It was Kalın, the Turkish president's spokesman, who said …": the cleft's description of its
        # speaker names whose spokesman he is, not whom the words are about)
        described = next((d for d in DESCRIBED_THEN_WHO.finditer(ctx.masked, stmt.content[0], stmt.verb_pos)
                          if d.end() == stmt.verb_pos), None)
        if described is not None:
            tg = [t for t in tg if not described.start() <= t[1] < described.end()]
    # ("Nexperia's parent, Wingtech, said the decision …": the description apposed to the speaking
    # body names whose parent it is, not whom the words are about)
    if stmt.subject_pos is not None and stmt.content[0] < stmt.subject_pos and \
            (desc := body_described_before(ctx.masked, max(stmt.content[0], stmt.subject_pos - 60), stmt.subject_pos)):
        tg = [t for t in tg if not desc[0] <= t[1] < desc[1]]
    # "As Yitzhak Shamir said, they …": an authority cited in the quote is not whom it is about
    tg = [t for t in tg if not (_AS_SAID_BEFORE.search(ctx.body, max(0, t[1] - 4), t[1]) and
                                _AS_SAID_AFTER.match(ctx.body, t[2]))]
    # "the president of Brazil" is the person: the state named inside the role is not a target (nor
    # the state of "a French publication", the outlet, ``outlet_noun_targets``)
    people = [(s, e) for t, s, e in tg if is_person(ctx, t)] + [(s, e) for _, s, e in outlets]
    # (and "its president" is the person, not the state "its" stands for: the same words)
    tg = [t for t in tg if is_person(ctx, t[0]) or t in outlets or not any(s <= t[1] and t[2] <= e for s, e in people)]
    # a mention inside another statement of the sentence belongs to that statement
    # ("…," she said of X, highlighting what Y views as Z's hypocrisy)
    same_sentence = [o for o in ctx.statements if o is not stmt and o.sent_lo <= stmt.sent_hi and stmt.sent_lo <= o.sent_hi]
    others = [(o.start, o.end) for o in same_sentence if not (o.start < stmt.end and stmt.start < o.end)]
    if others:
        tg = [t for t in tg if not any(a <= t[1] < b for a, b in others)]
    lo = min([stmt.start, stmt.content[0]] + [s for _, s, _ in tg])
    hi = max([stmt.end, stmt.content[1]] + [e for _, _, e in tg])
    if stmt.quote_inner:
        lo, hi = min(lo, stmt.frame[0]), max(hi, stmt.frame[1])
        # '…," which are described as …': a relative clause after the quote is about something else
        rel = _RELATIVE_AFTER.search(ctx.masked, stmt.quote_inner[1] - 1, hi)
        if rel is not None and rel.start() >= stmt.end - 1:
            hi = max(rel.start(), stmt.end)
            tg = [t for t in tg if t[1] < hi]
    # "Aliyev, who in January had said the guilt lay with “…”, was all gratitude": a statement
    # made inside a relative clause ends with it; the main clause after it says something else
    if stmt.verb_pos is not None and _WHO_BEFORE.search(ctx.masked, ctx.sents[stmt.sent_lo].start, stmt.verb_pos):
        close = _CLAUSE_CLOSE.match(ctx.masked, stmt.end)
        if close is not None and close.end() < hi:
            hi = close.start()
            tg = [t for t in tg if t[1] < hi]
    # the stance text stops where another statement of the sentence begins (its subject; its
    # verb when it shares this one's subject: "She thanked Turkey for “…” and called the Serbian
    # president's words “…”"). (Starting it where a statement before it ended too was measured:
    # four sets lost a stance sign for the three that gained one.)
    nxt = [x if (x := o.subject_start()) >= stmt.end else o.start for o in ctx.statements
           if o is not stmt and o.start >= stmt.end and o.sent_lo <= stmt.sent_hi]
    nxt = [x for x in nxt if stmt.end <= x < hi]
    if nxt:
        cut = min(nxt)
        tg = [t for t in tg if t[2] <= cut]
        hi = max([cut, stmt.end] + [e for _, _, e in tg])
    # … and begins after the statement before it whose subject it shares ("… and called Orbán's
    # words “cynical”": not the thanks before)
    shared = [o.end for o in ctx.statements if o is not stmt and o.end <= stmt.start and o.sent_hi >= stmt.sent_lo
              and stmt.subject_start() <= o.start and _AND_GAP.fullmatch(ctx.masked, o.end, stmt.start)]
    if shared:
        cut = max(shared)
        tg = [t for t in tg if t[1] >= cut]
        lo = min([cut, stmt.start] + [s for _, s, _ in tg])
    return tg, lo, hi


#: Between two statements of one subject: "and", a comma ("… “…” and called …").
_AND_GAP = re.compile(r"[^.;:!?“”\"¤]{0,40}?\band\s+(?:\w+ly\s+)?")


def stance_toward(ctx: ArticleContext, lo: int, hi: int, targets: list[Target], primary: str | None,
                  unnamed: str | None = None, speaker: str | None = None) -> dict[str, int]:
    """The stance of the text [lo, hi) toward each target (``rhetoric.extract.stance``), and
    toward ``unnamed``, a target the text does not name (known from the context), which takes
    the place of ``primary``: the cues that reach no actor the text names but the ``speaker``
    are about it. The ``speaker``'s side doing an act takes a stance toward its object
    (``stance.stance_toward``'s ``own``)."""
    text = ctx.stance_text(lo, hi)
    spans: dict[str, list[tuple[int, int]]] = {}
    for t, s, e in targets:
        if lo <= s and e <= hi:
            spans.setdefault(t, []).append((s - lo, e - lo))
        else:
            spans.setdefault(t, [])
    mentions = ctx.mentions_in(lo, hi)
    if unnamed:  # every other actor the text names keeps the cues that reach it (the speaker's side too)
        for mt in mentions:
            if mt.actor not in (unnamed, speaker) and (mt.start - lo, mt.end - lo) not in spans.get(mt.actor, ()):
                spans.setdefault(mt.actor, []).append((mt.start - lo, mt.end - lo))
        spans.setdefault(unnamed, [])
        primary = unnamed
    names = [(mt.start - lo, mt.end - lo) for mt in mentions if not mt.demonym]
    return st.stance_toward(text, spans, primary, names, own_side(ctx, speaker) if speaker else frozenset(),
                            _camp(ctx, speaker) if speaker else frozenset())


def _camp(ctx: ArticleContext, speaker: str) -> frozenset[str]:
    """The actors of the speaker's state (``stance.stance_toward``'s ``camp``)."""
    state = ctx.reg.state_of(speaker) if speaker in ctx.reg.actors else None
    return _actors_by_state(ctx.reg).get(state, frozenset()) if state is not None else frozenset()


@lru_cache(maxsize=8)
def _actors_by_state(registry) -> dict[str, frozenset[str]]:
    """State -> the registry's actors of that state, once per registry."""
    out: dict[str, set[str]] = {}
    for a in registry.actors:
        if (state := registry.state_of(a)) is not None:
            out.setdefault(state, set()).add(a)
    return {k: frozenset(v) for k, v in out.items()}


def lexicon_fill(ctx: ArticleContext, scores: dict[str, int], tg: list[Target], lo: int, hi: int,
                 broad: bool = True, speaker: str | None = None, quote: tuple[int, int] | None = None) -> dict[str, int]:
    """The chosen targets that no cue reached get the stance of the broad polarity lexicon
    (``stance.lexicon_stance``): it signs a stance toward a target already chosen, never makes
    an actor a target. A target named only in a direct quote's lead-in (``quote``: the quoted
    words' span), "Putin said of him: “A bastard …”", is what the whole quote is about."""
    out = {}
    for t, s in scores.items():
        if s == 0 and t:
            spans = [(a - lo, b - lo) for x, a, b in tg if x == t and lo <= a and b <= hi]
            if quote is not None and spans and all(b + lo <= quote[0] for _a, b in spans):
                spans = []
            if not spans:  # a target from the context: first the cues that reach no one named
                s = stance_toward(ctx, lo, hi, tg, None, unnamed=t, speaker=speaker)[t]
            if s == 0:
                s = st.lexicon_stance(ctx.stance_text(lo, hi), spans, broad)
        out[t] = s
    return out


#: The victim after a harm's noun: "(the arrest) of (the journalist) …".
_OF_VICTIM = re.compile(r"\s+of\s+(?:the\s+|Mr\.?\s+|Ms\.?\s+)?")
#: The agent after a harm's noun and its victim: "(the execution of Sharmahd) by (the) …".
_BY_AGENT = re.compile(r"(?:\s+of\s+[^,.;:—–()]{1,60}?)?\s+by\s+(?:the\s+)?")


def harm_doer(ctx: ArticleContext, am: re.Match, tg: list[Target], exclude: frozenset[str] | set[str]) -> str | None:
    """Who did the harm a verb's object names (``acts.HARM_NOUNS``: "the execution of X", "X's
    killing"): the actor named after "by" right after it, else, when every actor named in the
    words is its victim (the possessor, the object of "of", ``receives_act``), the doer the text
    told before (``act_doer``); else None."""
    if (by := _BY_AGENT.match(ctx.masked, am.end())) is not None:
        agent = next((t for t, s_, e_ in tg if s_ == by.end() or by.end() <= s_ < by.end() + 24 and
                      not ctx.masked[by.end():s_].strip(" ").count(" ")), None)
        if agent is not None and agent not in exclude:
            return agent
    of = _OF_VICTIM.match(ctx.masked, am.end())
    victims = {t for t, s_, e_ in tg if am.start() <= s_ < am.end() or receives_act(ctx, s_) or
               of is not None and of.end() <= s_ < of.end() + 30 and not ctx.masked[of.end():s_].strip(" ").count(" ") > 2}
    named = {t for t, s_, e_ in tg if t not in exclude and not is_outlet_name(ctx.reg, t)}
    if named - victims:
        return None
    return act_doer(ctx, am.group("noun"), am.start("noun"), set(exclude) | victims)


def receives_act(ctx: ArticleContext, pos: int) -> bool:
    """Is the actor named at ``pos`` the one an act is done to ("entry into the Mexican embassy",
    "a campaign against Kosovo"), by the words before it in its sentence
    (``stance.receives_act``)? The codebook: the victim of an act is not thereby its target."""
    lo = max(ctx.sents[ctx.sent_index(pos)].start, pos - 50)
    return st.receives_act(st.fold_same_length(ctx.body[lo:pos]))


def _only_receiver(ctx: ArticleContext, actor: str, tg: list[Target]) -> bool:
    """Is every mention of ``actor`` among the candidates the receiver of an act?"""
    places = [s for t, s, e in tg if t == actor]
    return bool(places) and all(receives_act(ctx, s) for s in places)


def antecedent(ctx: ArticleContext, stmt: Statement) -> str | None:
    """The actor named last before the statement's subject (same or previous sentence), but an
    outlet ("he told CNews that night"): a channel is no antecedent."""
    pos = stmt.subject_start()
    lo = ctx.sents[max(0, stmt.sent_lo - 1)].start
    for mt in reversed(ctx.mentions_in(lo, pos)):
        if mt.actor != stmt.speaker and mt.actor != "author" and not is_outlet_name(ctx.reg, mt.actor):
            return mt.actor
    return None


def own_side(ctx: ArticleContext, speaker: str) -> frozenset[str]:
    """What a statement is not, by default, about: the speaker, the actors it belongs to (its
    ministry, government, state: "Ukraine's foreign ministry spokesman" speaks for them), and,
    for a state or an organisation speaking, its own people ("the Kremlin said Putin had …").
    Found once per speaker and article (``ctx.own_sides``): a frozenset, shared by the callers."""
    found = ctx.own_sides.get(speaker)
    if found is None:
        found = ctx.own_sides[speaker] = frozenset(_own_side(ctx, speaker))
    return found


def _own_side(ctx: ArticleContext, speaker: str) -> set[str]:
    side = {speaker}
    actor = ctx.reg.actors.get(speaker)
    if actor is None and (state := introduced_state(ctx, speaker)) is not None:
        side.add(state)  # a person the registry does not know: the state the article says they serve
    while actor is not None and actor.kind != "state" and actor.affiliation and actor.affiliation not in side:
        side.add(actor.affiliation)  # up to the state, not to the alliances the state is in
        actor = ctx.reg.actors.get(actor.affiliation)
    speaker_actor = ctx.reg.actors.get(speaker)
    if speaker_actor is not None and speaker_actor.kind in ("state", "organisation"):
        side |= {a.id for a in ctx.reg.actors.values() if a.affiliation == speaker and a.kind == "person"}
    return side


#: What stands between a state's name and the person it introduces: its possessive and an office
#: ("Mexico's consul ", "Mexico's ambassador, "), no verb.
_STATE_TO_NAME = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,3}?(?:[A-Z][\w-]*\s+){0,2},?\s*")


def introduced_state(ctx: ArticleContext, name: str) -> str | None:
    """The state a person the registry does not know serves, as the article introduces them: a
    state named with an office (``_STATE_OFFICE``) in the apposition after their first mention
    ("Roberto Canseco, head of Mexico's consular section,") or before it ("Mexico's consul
    Roberto Canseco", "the Mexican diplomat Roberto Canseco"); else None (not "Polish historian
    Jan Nowak", "Jan Nowak, who fled Poland in 1981,")."""
    first = next((c for c in ctx.cands if c.kind == "name" and c.ref == name), None)
    if first is None:
        return None
    m = ctx.masked
    if m.startswith(",", first.end):
        stop = min([i for i in (m.find(c, first.end + 1, first.end + 90) for c in ",.;:(¤") if i >= 0] or [first.end + 90])
        office = _STATE_OFFICE.search(m, first.end, stop)
        states = [s for mt in ctx.mentions_in(first.end, stop) if (s := ctx.reg.state_of(mt.actor))]
        if states and office is not None and not _NOT_SERVING.match(m, first.end + 1):
            return states[0]
    lo = max(ctx.sents[ctx.sent_index(first.start)].start, first.start - 50)
    if _STATE_OFFICE.search(m, lo, first.start) is None:
        return None  # ("Polish historian Jan Nowak": no office of the state)
    for mt in reversed(ctx.mentions_in(lo, first.start)):
        if (state := ctx.reg.state_of(mt.actor)) and _STATE_TO_NAME.fullmatch(m, mt.end, first.start):
            return state
    for word in re.finditer(r"[A-Z][a-z]+", m[lo:first.start]):
        state = roles_of(ctx.reg).state_of_word(word.group())
        if state and _STATE_TO_NAME.fullmatch(m, lo + word.end(), first.start):
            return state
    if _BODYS_OFFICE.search(m, lo, first.start) is not None:
        # ("The ministry's spokesman, Rainer Breul, …" after "the Foreign Office said": the state of
        # the government body the text named last before him)
        for mt in reversed(ctx.mentions_in(max(0, first.start - BODY_LOOK_BACK), first.start)):
            actor = ctx.reg.actors.get(mt.actor)
            if actor is not None and actor.kind == "organisation" and (state := ctx.reg.state_of(mt.actor)) and \
                    state != mt.actor:
                return state
    return None


#: An office of a government body named by its noun alone, right before a name: "The ministry's
#: spokesman, ", "the embassy's press attaché " (not "the government's spokeswoman", whose government
#: the text may not have named last).
_BODYS_OFFICE = re.compile(r"(?i)(?<![\w-])the\s+(?:foreign\s+)?(?:ministry|office|embassy|department|presidency)"
                           r"['’]s\s+(?:[\w-]+\s+){0,2}[\w-]+,?\s*$")
#: How far back (characters) the body such an office belongs to is looked for.
BODY_LOOK_BACK = 800


#: An office that serves a state: a person introduced with one speaks for it.
_STATE_OFFICE = re.compile(r"(?i)(?<![\w-])(?:consul|consular|ambassador|embassy|envoy|diplomat|minister|ministry|"
                           r"spokes(?:man|woman|person)|official|head|chief|secretary|president|premier|chancellor|"
                           r"governor|commander|general|officer|adviser|advisor|attaché|attache|representative|delegate)s?(?![\w-])")
#: An apposition that does not say whom the person serves: "Jan Nowak, who fled Poland …".
_NOT_SERVING = re.compile(r"\s*(?:who|whom|whose|which|a\s+critic|an?\s+(?:former|ex-))\b")


def side_of(ctx: ArticleContext, actor: str, own: set[str]) -> str:
    """Whom an actor stands for in a dispute: a person or body its state, unless that state is
    the speaker's side (``own``); a state, an alliance, a group itself."""
    state = ctx.reg.state_of(actor)
    return state if state and state not in own else actor


def _other_mentions(ctx: ArticleContext, own: set[str], skip: tuple[int, int] | None = None) -> list:
    """The article's mentions of actors other than the speaker's side (``own``), outlets and the
    author, those inside ``skip`` left out, and a transcript's labels ("**Park Ji-won:** …": a
    voice, not what is spoken of)."""
    if ctx.label_mentions is None:  # (a state or a place over a round-up's paragraph, "**Venezuela:** …", is its topic)
        ctx.label_mentions = frozenset(mt.start for mt in ctx.mentions_in(0, len(ctx.body))
                                       if opens_as_label(ctx, mt.start, mt.end) and
                                       getattr(ctx.reg.actors.get(mt.actor), "kind", None) not in ("state", "place"))
    labels = ctx.label_mentions
    return [mt for mt in _other_mentions_and_labels(ctx, own, skip) if mt.start not in labels]


def _other_mentions_and_labels(ctx: ArticleContext, own: set[str], skip: tuple[int, int] | None = None) -> list:
    """``_other_mentions`` with a transcript's labels: a label names who takes part in the
    exchange around a statement (``context_target``), though it is not what is spoken of."""
    return [mt for mt in ctx.mentions_in(0, len(ctx.body))
            if mt.actor not in own and mt.actor != "author" and not is_outlet_name(ctx.reg, mt.actor)
            and not (skip and skip[0] <= mt.start < skip[1])]


def article_counts(ctx: ArticleContext, own: set[str], skip: tuple[int, int] | None = None) -> dict[str, int]:
    """How often the article names each side (``side_of``) other than the speaker's (``own``),
    outlets and the author left out, mentions in ``skip`` too: what the article is most about,
    from the speaker's point of view."""
    out: dict[str, int] = {}
    for mt in _other_mentions(ctx, own, skip):
        side = side_of(ctx, mt.actor, own)
        out[side] = out.get(side, 0) + 1
    return out


#: How many words of text before a statement say what it is about, at least (``context_target``).
_CONTEXT_WORDS = 60


#: A role outside the government of its state: its quarrel is with that government.
_OPPOSITION = re.compile(r"(?i)opposition|dissident|critic|activist")


#: A noun or verb of an act in the words, that names no doer: "this move", "the delivery",
#: "interference", "arming".
_ACT_WORDS = re.compile(r"(?i)(?<![\w-])(?:move|step|decision|delivery|deliveries|delivering|delivered|sale|"
                        r"shipment|interference|arming|armed)(?![\w-])")


#: A receiving verb after its subject: "(Kosovo) took delivery of", "(the Kosovo Security Force) has received".
_RECEIVED_AFTER = re.compile(r"(?:['’]s\s+[\w-]+)?\s+(?:(?:has|have|had|formally|officially|now)\s+){0,2}"
                             r"(?:took\s+delivery|takes\s+delivery|received|receives|receiving)(?![\w-])")


def _transfer_receivers(ctx: ArticleContext) -> set[str]:
    """The actors the article names anywhere as the one a transfer went to ("the delivery of
    drones to Kosovo", "Kosovo took delivery of")."""
    return {mt.actor for mt in ctx.mentions_in(0, len(ctx.body))
            if receives_transfer(ctx, mt.start) or _RECEIVED_AFTER.match(ctx.masked, mt.end)}


def context_target(ctx: ArticleContext, stmt: Statement) -> str | None:
    """Whom a statement that names nobody is about: the side the article is most about, from
    the speaker's point of view (``article_counts``; the nearest of equals), when its paragraph
    or the one before names an actor that is not the speaker's side, an outlet or a name inside
    the quote. When they name none, the statement has no target.

    Why the article and not the nearest name: in reporting by others the actor named just
    before a reply is often a bystander (the journalist, the venue, an ambassador, the earlier
    speaker's channel) and the reply is about the other side of the dispute. Measured target
    accuracy, nearest actor → most named (``python benchmarks/bench_accuracy.py``): devset .726
    → .758, balkans .569 → .611, disputes .567 → .672; the study corpus and tests/unseen
    unchanged (``python -m rhetoric.extract.evaluation``)."""
    own = own_side(ctx, stmt.speaker)
    para = ctx.para_index(stmt.start)
    first = max(0, para - 1)
    # (short paragraphs, a clip's subtitle cues or a script's lines, count together: as far back
    # as the text before holds _CONTEXT_WORDS words)
    words = len(ctx.body[ctx.paras[first].start:ctx.paras[para].end].split())
    while first > 0 and words < _CONTEXT_WORDS:
        first -= 1
        words += len(ctx.body[ctx.paras[first].start:ctx.paras[first + 1].start].split())
    lo, hi = ctx.paras[first].start, ctx.paras[para].end
    with_labels = _other_mentions_and_labels(ctx, own, stmt.quote_inner)
    if not any(lo <= mt.start < hi for mt in with_labels):
        return None
    others = _other_mentions(ctx, own, stmt.quote_inner)
    # (but the label of the turn just before, by another side, is whom a reply in a debate answers:
    # "**Orbán:** Brussels is building an empire … / **Tusk:** This is nonsense.")
    if para > 0 and (prev := next((mt for mt in with_labels
                                   if ctx.paras[para - 1].start <= mt.start < ctx.paras[para - 1].end
                                   and mt.start in ctx.label_mentions), None)) is not None:
        others = others + [prev]
    if not others:
        return None
    # (an actor named as the one an act or a transfer goes to, "the delivery of drones to Kosovo", is the
    # context only when no one else is: the act's doer is what the words answer)
    if len({mt.actor for mt in others}) > 1:
        doers = [mt for mt in others if not receives_transfer(ctx, mt.start) and not receives_act(ctx, mt.start)]
        if doers:
            others = doers
    # (words about an act they name by a noun, "this unilateral move", "malign interference", answer
    # its doer: not a side the article names only as the one a transfer went to)
    if len({side_of(ctx, mt.actor, own) for mt in others}) > 1 and stmt.quote_inner and \
            _ACT_WORDS.search(ctx.body, *stmt.quote_inner):
        gone_to = _transfer_receivers(ctx)
        doers = [mt for mt in others if side_of(ctx, mt.actor, own) not in gone_to]
        if doers:
            others = doers
        # (and the side whose goods they are, "Turkish-made drones", "arms from Turkey", when one is named)
        origins = {state for state, beside in goods_origins(ctx).items() if state not in own and not beside & own}
        senders = [mt for mt in others if side_of(ctx, mt.actor, own) in origins]
        if senders and len(origins) == 1:
            others = senders
    # (words about an act, "malign interference", "this move", answer the side the speaker's camp
    # has attacked so far: Đurić's words beside "Kurti's regime" answer the Turkey his president's
    # "I am appalled by Turkey's behavior" attacked, ``camp_addressee``)
    if _ACT_WORDS.search(ctx.body, *(stmt.quote_inner or stmt.content)) and \
            (addressee := camp_addressee(ctx, stmt.speaker, own, stmt.start)) is not None and \
            addressee in {side_of(ctx, mt.actor, own) for mt in others}:
        return addressee
    # side -> (of another state than the speaker's, mentions, minus the distance of the nearest):
    # a compatriot named near (the president a minister speaks for) only when no other side is;
    # but for the opposition, whose quarrel is at home ("Opposition leader Péter Magyar …")
    speaker = ctx.reg.actors.get(stmt.speaker)
    camp = speaker is not None and not _OPPOSITION.search(speaker.role or "")
    tally: dict[str, tuple[bool, int, int]] = {}
    for mt in others:
        side = side_of(ctx, mt.actor, own)
        foreign, n, near = tally.get(side, (not camp or ctx.reg.state_of(side) not in own, 0, -len(ctx.body)))
        tally[side] = (foreign, n + 1, max(near, -abs(mt.start - stmt.start)))
    return max(tally, key=lambda a: tally[a])


def camp_addressee(ctx: ArticleContext, speaker: str, own: frozenset[str], before: int) -> str | None:
    """The side the speaker's camp (the speaker and the actors of its state) has attacked in the
    article so far (its statements before ``before``): the side of the targets they judged with a negative
    sign most often, when one side leads (none on a tie or when none was attacked). Whom the camp's words
    that name no one answer ("Serbia will have to take this move into consideration" after
    "I am appalled by Turkey's behavior")."""
    state = ctx.reg.state_of(speaker) or speaker
    tally: Counter = Counter()
    for other in ctx.statements:
        if other.start >= before or not other.scores or (ctx.reg.state_of(other.speaker) or other.speaker) != state:
            continue
        for t, sign in other.scores.items():
            if t and sign < 0 and t not in own and (side := side_of(ctx, t, own)) != state and side not in own:
                tally[side] += 1
    top = tally.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


#: A party named by veiling it: "certain countries", "the relevant parties", "certain forces",
#: "another country's (agenda)", "some quarters", "external forces" (not "third countries", the
#: EU's neutral word for states outside it).
VEILED_PLAIN = re.compile(r"(?<![\w-])(?:(?:(?:[Aa]\s+)?[Cc]ertain|[Ss]ome|[Ee]xternal|[Oo]utside|(?:[Tt]he\s+)?[Rr]elevant)\s+"
                          r"(?:countries|country|forces|parties|party|states|state|powers|power|quarters|circles|actors|"
                          r"players|nations|governments)(?![\w-])|"
                          # ("another country" only as the one whose ends are served: "civilians from another country" is none)
                          r"[Aa]nother\s+(?:country|state|power|government)['’]s)")
#: The same matches, found by skipping to the words it can begin with (``rhetoric.regexes``).
VEILED = WordStartPattern(VEILED_PLAIN, r"[Aa]|[Cc]ertain|[Ss]ome|[Ee]xternal|[Oo]utside|[Tt]he|[Rr]elevant")


#: Before a name, a word that makes it an object, of a verb or a preposition: "to pressure
#: (Kenya)", "interfere in (Sri Lanka's …)", "against (Poland)".
_OBJECT_BEFORE = re.compile(r"(?<![\w-])(?!(?:and|or|but|that|while|whereas|as|the)\s)[a-z][\w-]*\s+$")


def veiled_party(ctx: ArticleContext, stmt: Statement, own: frozenset[str],
                 scores: dict[str, int]) -> tuple[str, tuple[int, int]] | None:
    """The side a statement's words veil ("It is completely unjustified for certain countries to
    cite the so-called 'Security concerns' to pressure Sri Lanka": India, which the article names;
    "to serve another country's agenda"), with the veiling words' span, when the words judge no
    side they name but one they tell as wronged, an act's or a verb's object (``receives_act``,
    ``_OBJECT_BEFORE``; not "Russia is waging a brutal war …, and some countries still pretend
    …": Russia): the side the article names most
    (``article_counts``) of those the words do not name, the speaker's aside; else None."""
    m = VEILED.search(ctx.body, *stmt.quote_inner)
    if m is None:
        return None
    mentions = ctx.mentions_in(*stmt.quote_inner)
    if any(scores.get(mt.actor, 0) != 0 and mt.actor not in own and not receives_act(ctx, mt.start) and
           not _OBJECT_BEFORE.search(ctx.body, max(stmt.quote_inner[0], mt.start - 30), mt.start) for mt in mentions):
        return None  # (a side the words judge as the doer: not veiled)
    named = {side_of(ctx, mt.actor, own) for mt in mentions}
    counts = {side: n for side, n in article_counts(ctx, own).items() if side not in named and side not in own
              and getattr(ctx.reg.actors.get(side), "kind", "") != "media"}
    if not counts:
        return None
    best = sorted(counts.items(), key=lambda x: -x[1])
    if len(best) > 1 and best[0][1] == best[1][1]:
        return None  # (two sides named as often: which one is veiled the text does not say)
    return best[0][0], m.span()


#: A copula after an actor: "Poland was (wrong …)", "Hungary has become (a corrupt state)".
_COPULA_AFTER = re.compile(r"\s+(?:(?:\w+ly|also|still|now|itself)\s+)?(?:is|was|are|were|has\s+become|have\s+become|"
                           r"became|has\s+been|have\s+been|had\s+been|remains|remained)(?![\w-])")


def _judges_own_side(ctx: ArticleContext, keep: dict[str, int], lo: int, hi: int) -> bool:
    """Whether the text judges the speaker's own side it names: that side is the subject of a
    copula whose predicate, up to the end of its clause, holds a hostile word ("Poland was wrong
    to close the crossings", "Hungary has become a corrupt state"; not "Serbia is a small
    country, but we understood the message well": the hostility is in another clause)."""
    for mt in ctx.mentions_in(lo, hi):
        if mt.actor not in keep or (cop := _COPULA_AFTER.match(ctx.body, mt.end)) is None:
            continue
        end = _CLAUSE_END.search(ctx.body, cop.end(), hi)
        predicate = ctx.body[cop.end():end.start() if end else hi]
        if any(h.polarity < 0 for h in st.find_cues(st.fold_same_length(predicate.lower()))) or \
                st.lexicon_stance(predicate, [], broad=False) < 0:
            return True
    return False


#: Where a copula's clause ends: a stop, a semicolon, a colon, or a comma before a conjunction
#: (not one that goes on about the same side: "Germany was dependent, and its dependence was a
#: disgrace").
_CLAUSE_END = re.compile(r"[.;:!?]|,\s+(?:but|and|yet|while|so)\b(?!\s+(?:its|their|that|this|it)\b)|"
                         r"\s+but\s(?!\s*(?:its|their|that|this|it)\b)")


#: The speaker's side refusing what is done to it, or named as its victim: "we will not accept
#: (the slightest blackmail)", "is not to be trifled with", "Serbia is being attacked".
_WRONGED = re.compile(r"(?i)(?<![\w-])(?:(?:not|never)\s+(?:\w+\s+){0,2}?(?:" + st.REFUSED_ACTS + r")|"
                      r"not\s+to\s+be\s+trifled\s+with|not\s+(?:\w+\s+)?for\s+sale|not\s+(?:up\s+for\s+)?negotia\w*|"
                      r"(?:is|are|was|were)\s+(?:being\s+)?(?:attacked|threatened|blackmailed|bullied|intimidated|"
                      r"targeted)\s+by)(?![\w-])")
#: A hostile act with nobody in particular as its object: "threaten anyone", "attack nobody".
_NO_ONE_HARMED = re.compile(r"(?i)(?<![\w-])(?:threat\w*|attack\w*|invad\w*|harm\w*|endanger\w*|intimidat\w*|"
                            r"provok\w*|bull(?:y|ies|ying)|blackmail\w*|hurt\w*)\s+(?:anyone|anybody|no\s*one|"
                            r"nobody|others|any\s+(?:country|state|nation|neighbou?r)s?)(?![\w-])")


#: … with someone named among those not harmed: "threaten anyone as big as Turkey", "attack any
#: country, least of all Poland".
_NO_ONE_HARMED_NAMED = re.compile(_NO_ONE_HARMED.pattern + r"(?:\s+as\s+\w+\s+as|,?\s+(?:least\s+of\s+all|including|not\s+even))")


#: A sentence that turns to something else: "But …", "However, …", "Yet …".
_TURN = re.compile(r"[\s\"“*_]*(?:But|However|Yet|Still|Though|Meanwhile|At\s+the\s+same\s+time|On\s+the\s+other\s+hand)\b")


#: … or turns inside it: "The threat, however, is real", "…, though".
_TURN_INSIDE = re.compile(r"(?i)(?<![\w-])(?:however|though|nevertheless|nonetheless)(?![\w-])")


#: "you" in a turn of phrase, not said to anyone in particular
_YOU_FORMULA = re.compile(r"\b(?:as\s+you\s+know|you\s+know|you\s+see|(?:tell|assure|thank|remind)\s+you|mind\s+you)\b")


#: Verbs that name their object something: 'called Orbán a "clown"', "branded Kurti a liar".
_NAMING_VERBS = frozenset({"call", "label", "brand", "dub", "term"})


def _named_right_after(ctx: ArticleContext, pos: int, actor: str) -> bool:
    """Whether ``actor`` is named by name right after ``pos`` (a verb's object, not "them")."""
    first = next(iter(ctx.mentions_in(pos, pos + 60)), None)
    return first is not None and first.actor == actor and not ctx.masked[pos:first.start].strip()


#: The second object of a naming verb: "and" right before its name, a noun phrase after it
#: ("… and Turkey one of Serbia's most important partners", "… and Hungary a disgrace").
_AND_SECOND_OBJECT = re.compile(r"\s+and\s+$")
_NOUN_PHRASE_AFTER = re.compile(r"\s+(?:an?|one|the|its|his|her|their|[a-z]+\s+of)\s"
                                r"(?!(?:\w+\s+)?(?:day|days|week|weeks|month|months|year|years|hour|hours|time|later|earlier|ago)\b)")
# (not "and Merz a day later urged calm": a time, and another clause)


def second_object(ctx: ArticleContext, stmt: Statement, chosen: dict[str, int], hi: int) -> dict[str, int]:
    """The targets with the second object of a naming verb whose first object is one ("called
    Erdoğan a great world leader and Turkey one of Serbia's most important partners": Turkey too,
    its stance the lexicon's)."""
    if not stmt.verb or stmt.verb_pos is None or stmt.primary not in chosen or v.lemma_of(stmt.verb) not in _NAMING_VERBS:
        return chosen
    second = _second_named(ctx, stmt, hi)
    if second is None or second in chosen:
        return chosen
    return {**chosen, second: 0}  # (its stance is the lexicon's, read for it: not the first one's)


def _second_named(ctx: ArticleContext, stmt: Statement, hi: int) -> str | None:
    """The actor a naming verb names second ("called Erdoğan a great leader and Turkey a
    partner"), in the verb's clause, else None."""
    start = stmt.verb_pos + len(stmt.verb)
    first = next(iter(ctx.mentions_in(start, start + 60)), None)
    if first is None or ctx.masked[start:first.start].strip():
        return None
    for mt in ctx.mentions_in(first.end, min(hi, first.end + 120)):
        if _AND_SECOND_OBJECT.search(ctx.masked, first.end, mt.start) and _NOUN_PHRASE_AFTER.match(ctx.masked, mt.end) \
                and not re.search(r"[,;:.!?¤]", ctx.masked[first.end:mt.start]):
            return mt.actor if mt.actor not in (stmt.speaker, first.actor) else None
    return None


#: Verbs whose object is the one told, not the one the words are about: "told Sikorski that …".
_TELLING = frozenset({"tell", "assure", "inform", "informed", "reassure", "brief"})


def select_targets(ctx: ArticleContext, stmt: Statement, scores: dict[str, int], tg: list[Target],
                   lo: int, hi: int) -> dict[str, int]:
    """The targets of a statement and its stance toward each (``_chosen_targets``); one target
    that no cue reached takes the hostility of cues that reached only the speaker's own side:
    "Morocco regrets this completely unjustified decision … on the Algerian people" (the cues
    reached the subject of the reaction, its speaker's side), but not a verdict on one's own
    side ("Poland was wrong to …", ``_judges_own_side``)."""
    chosen = _chosen_targets(ctx, stmt, scores, tg, lo, hi)
    told = {stmt.addressee, stmt.nominal_target[0] if stmt.nominal_target else None,
            stmt.primary if stmt.verb and v.lemma_of(stmt.verb) in _TELLING else None}
    if len(chosen) == 1 and 0 in chosen.values() and not told & set(chosen):
        # (not the one told: "Valtonen told Sikorski that Finland “is under constant hybrid attack”")
        own = own_side(ctx, stmt.speaker)
        mine = {t: s for t, s in scores.items() if t in own and s != 0}
        if mine and all(s < 0 for s in mine.values()) and not _judges_own_side(ctx, mine, lo, hi):
            return {t: -1 for t in chosen}
    return chosen


def _chosen_targets(ctx: ArticleContext, stmt: Statement, scores: dict[str, int], tg: list[Target],
                    lo: int, hi: int) -> dict[str, int]:
    """The targets of a statement: the actors it takes a stance toward (non-zero), but the
    speaker's own side (``own_side``), unless no other actor is named ("Kosovo's sovereign right
    to build its defence"). With none, the actor the verb addresses, else the actor an anaphoric
    object ("the move", "it", "this facility") refers to, else the first other actor named, else
    the actor the context is about (``context_target``). Neither the verb's object nor the first
    named is taken when it only receives an act ("entry into the Mexican embassy": the codebook's
    victim, ``receives_act``) and another actor is named. Of several actors named, with no cue
    to decide, the first of those the article names most (``article_counts``) is taken: the
    side of the dispute the article reports (target accuracy devset .758 → .766, balkans .611
    → .625, disputes unchanged; corpus and tests/unseen unchanged). (Places after a preposition and actors
    inside an apposition were measured as weak candidates too, and kept: on the development set
    leaving them out lost more targets than it saved.)"""
    nominal = stmt.nominal_target
    if nominal is not None and nominal[0] != stmt.speaker:
        return {nominal[0]: nominal[1]}
    own = own_side(ctx, stmt.speaker)
    if stmt.quote_inner and (veiled := veiled_party(ctx, stmt, own, scores)) is not None:
        # ("for certain countries to cite the so-called 'Security concerns' to pressure Sri Lanka":
        # the side left unnamed, not the one named as the wronged)
        party, at = veiled
        return {party: stance_toward(ctx, lo, hi, tg + [(party, *at)], party).get(party, 0)}
    # (own side; outlets are channels, but not one named by what it is: "the insulting act of a French publication",
    # nor one every mention of which the words act on, "We fund the BBC")
    outlets = {t for t, _, _ in tg if is_outlet_name(ctx.reg, t)}
    acted_on = {t for t in outlets if all(_outlet_acted_on(ctx, s_, e_) for t_, s_, e_ in tg if t_ == t)}
    weak = {t for t, s, e in tg if t in own or is_outlet_name(ctx.reg, t) and (s, e) not in
            {(a, b) for a, b, _, _ in _outlet_phrases(ctx.body, s, e)} and t not in acted_on}
    strong_named = {t for t, s, e in tg} - weak
    keep = {t: s for t, s in scores.items() if s != 0 and t in strong_named}
    # "calls the delivery …", "described the speech as …": the doer of the act (``acts``); "called
    # the Turkish drone delivery to Kosovo …": the state its demonym names, not the receiver after it
    if stmt.verb:
        verb_at = stmt.verb_pos if stmt.verb_pos is not None else ctx.masked.find(stmt.verb, stmt.frame[0], stmt.end)
        am = ACT_OBJECT.match(ctx.masked, verb_at + len(stmt.verb)) or VICTIM_OBJECT.match(ctx.masked, verb_at + len(stmt.verb)) \
            if verb_at >= 0 else None
        doer = None
        if am is not None and am.group("noun").lower() in HARM_NOUNS:
            # ("condemned the execution of Sharmahd by the Iranian regime", "Sharmahd's killing": the
            # one who did the harm, after "by" or told before; the victim is no target by that)
            doer = harm_doer(ctx, am, tg, own | {stmt.speaker})
        elif am is not None and strong_named:
            doer = demonym_doer(ctx, am, own | {stmt.speaker})
            if doer is not None and not strong_named <= receivers_after(ctx, am.end()) | {doer}:
                doer = None
            if doer is not None and am.group("noun").lower() in SPEECH_NOUNS and \
                    (said_by := act_doer(ctx, am.group("noun"), am.start("noun"), own | {stmt.speaker})) is not None and \
                    ctx.reg.state_of(said_by) == doer:
                doer = said_by  # ("called the Serbian remarks …": the one of that side who made them)
        elif am is not None:
            doer = act_doer(ctx, am.group("noun"), am.start("noun"), own | {stmt.speaker})
        if doer is not None:
            # (the receiver's mentions left out: "condemned the German tank delivery to Ukraine" is
            # said of the doer, the verb's cue goes to it)
            sc = stance_toward(ctx, lo, hi, [t for t in tg if t[0] in own or t[0] == doer] + [(doer, lo, lo)], doer)
            return {doer: sc.get(doer, 0)}
    if not keep and (doer := subject_act_doer(ctx, lo, hi, own | {stmt.speaker}, strong_named)) is not None:
        # "The delivery is “pouring oil on the fire …”": words whose subject is an act, said of its doer
        sc = stance_toward(ctx, lo, hi, [t for t in tg if t[0] in own] + [(doer, lo, lo)], doer)
        return {doer: sc.get(doer, 0)}
    if not keep and len(strong_named) == 1 and " any" in ctx.body[lo:hi] and \
            (harm := _NO_ONE_HARMED.search(ctx.body, lo, hi)) is not None and \
            (harm := _NO_ONE_HARMED_NAMED.match(ctx.body, harm.start(), hi)) is not None and \
            any(harm.end() <= s_ < hi for t, s_, e_ in tg if t in strong_named):
        # ("Serbia was too small to threaten anyone as big as Turkey": harming none, the one named among them)
        return {next(iter(strong_named)): 1}
    if not keep and not strong_named:  # "Kosovo's sovereign right to build its defence": its own side,
        # but not where it speaks ("The United States condemns …", "said spokesman Matthew Miller")
        speaking = {t for t, s_, e_ in tg if t in own and (v.SPEECH.matcher.match(ctx.body, e_ + 1) or
                                                          not (stmt.content[0] <= s_ < stmt.content[1]))}
        keep = {t: s for t, s in scores.items() if s != 0 and t != stmt.speaker and not is_outlet_name(ctx.reg, t)
                and t not in speaking}
        wronged = any(s < 0 for s in keep.values()) and (
            _WRONGED.search(ctx.body, lo, hi) is not None or not _judges_own_side(ctx, keep, lo, hi))
        if keep and (wronged or all(s > 0 for s in keep.values()) and _NO_ONE_HARMED.search(ctx.body, lo, hi)):
            # the speaker's side as the one wronged, refusing what is done to it ("Spain is not to
            # be trifled with. We will not accept the slightest blackmail"), warning ("Serbia will
            # have to take this move into consideration"), or as one that harms nobody ("Serbia was
            # too small to threaten anyone"): said to the other side of the dispute, with that sign
            # (not "Poland was wrong to …", "Hungary has become a corrupt state": a verdict on
            # one's own side, its subject and a copula, stays one)
            other = context_target(ctx, stmt)
            if other is not None and other not in own:
                sign = -1 if wronged else 1
                return {other: sign}
    inherited = stmt.inherit_from
    if inherited is not None and stmt.primary is None and (not (strong_named - set(inherited.scores))
                                  or _POINTS_BACK.search(ctx.body, stmt.start, stmt.end)):
        # a continuation goes on about what its first part was about, unless a lead names its
        # topic ("On Kosovo: “…”"), or it names someone new and nothing in it points back ("stop judging me based on the speech of X": X;
        # "I also asked the Americans to stop doing it": "it" is still the first part's matter)
        for t, s in inherited.scores.items():
            if t and t not in keep and t != stmt.speaker and s != 0:
                keep[t] = (s > 0) - (s < 0)
    # "contacted X to protest …": the addressee is a target, whatever the stance toward them
    if keep and stmt.addressee and stmt.addressee in scores and stmt.addressee not in keep \
            and stmt.addressee != stmt.speaker:
        keep[stmt.addressee] = scores[stmt.addressee]
    # "… and demanded that Brussels act": the actor a joined predicate addresses is a target
    for t in stmt.joined if keep else ():
        if t in scores and t not in keep and t != stmt.speaker:
            keep[t] = scores[t]
    # "said of X": the actor the verb addresses is a target
    if keep and stmt.primary and stmt.primary in scores and stmt.primary not in keep and \
            stmt.primary != stmt.speaker and stmt.said_of:
        keep[stmt.primary] = scores[stmt.primary]
    # 'called Orbán a "clown" and a "puppet of the Kremlin"': what the verb names its object is
    # said of that object, whatever else the names name
    if keep and stmt.primary and stmt.primary not in keep and stmt.primary != stmt.speaker and \
            stmt.primary not in own and stmt.verb and v.lemma_of(stmt.verb) in _NAMING_VERBS and \
            stmt.verb_pos is not None and _named_right_after(ctx, stmt.verb_pos + len(stmt.verb), stmt.primary):
        total = sum(keep.values())
        keep[stmt.primary] = scores.get(stmt.primary) or (total > 0) - (total < 0)
    # a praise of X inside an attack on Y: a quote that only praises, right after the same
    # speaker condemned Y (the reply it belongs to), keeps Y's hostility
    if keep and all(s > 0 for s in keep.values()) and stmt.kind == "direct" and inherited is None and not stmt.passage:
        for prev in ctx.prev_same:
            for t, s in prev.scores.items():
                if t and s < 0 and t not in keep and t != stmt.speaker:
                    keep[t] = s
    if not keep:
        # "I strongly condemn this unilateral move … Serbia will have to take this move into
        # consideration": an act named by a generic noun that the same speaker just condemned
        # keeps that hostility, when nothing in the words signs it
        for t, s_, e_ in tg:
            gm = IMPLIED_PLAIN.fullmatch(ctx.body, s_, e_)
            if gm is not None and gm.group("dem") and gm.group("noun").lower() in GENERIC_ACTS and t not in own and \
                    any(o.speaker == stmt.speaker and o.end <= stmt.start and 0 <= stmt.sent_lo - o.sent_hi <= 8
                        and o.scores.get(t, 0) < 0 and o.said_on == stmt.said_on for o in ctx.statements):
                # (on the same day: a later day's words may have softened, "We now understand this decision")
                return {t: -1}
    if (doer := _transfer_doer(ctx, stmt, tg, keep or dict.fromkeys(strong_named, 0), strong_named, own, lo, hi)):
        # (words that name a side only as where goods go: said of the one who sends them)
        total = sum(keep.values())
        sc = stance_toward(ctx, lo, hi, [t for t in tg if t[0] in own] + [(doer, lo, lo)], doer)
        return {doer: sc.get(doer, 0) or (total > 0) - (total < 0)}
    if keep:
        return keep
    # "we hope that you will maintain respect …": the actor the quote speaks to as "you", when
    # the text says whom it was told to or answers (``quote_addressee_targets``)
    spoken_to = [t for t, s, e in tg if stmt.you_named and t in strong_named and _YOU.fullmatch(ctx.body, s, e)
                 and not _YOU_FORMULA.search(ctx.body[max(lo, s - 12):e + 6].lower())]
    if spoken_to:
        return {spoken_to[0]: scores.get(spoken_to[0], 0)}
    if stmt.primary and stmt.primary in scores and stmt.primary not in weak and \
            not _only_receiver(ctx, stmt.primary, tg):
        return {stmt.primary: scores[stmt.primary]}
    if stmt.anaphoric:
        ante = antecedent(ctx, stmt)
        after_verb = (stmt.verb_pos if stmt.verb_pos is not None else stmt.start) + len(stmt.verb)
        if ante and ante not in own and \
                (not strong_named or _ANAPHORIC_OBJECT.match(ctx.masked[after_verb:after_verb + 20])):
            sc = stance_toward(ctx, lo, hi, tg + [(ante, lo, lo)], ante)
            return {ante: sc.get(ante, 0)}
    strong = [x for x in tg if x[0] in strong_named]
    if strong:
        doers = [x for x in strong if not receives_act(ctx, x[1])]
        if not doers:
            return {}  # only the victim of an act is named: not thereby a target (the codebook)
        # (of the sides named, the one that sends goods, not the one they go to: "When the Turks say
        # they will supply Bayraktars to Pristina, it is very bad news for us" is about the Turks,
        # however often the article names Kosovo)
        doers = [x for x in doers if not transfer_to_before(ctx.body, lo, x[1])] or doers
        counts = article_counts(ctx, own)
        first_t = min(doers, key=lambda x: (-counts.get(side_of(ctx, x[0], own), 0), x[1]))
        out = {first_t[0]: scores.get(first_t[0], 0)}
        for t, s_, e_ in strong:  # both halves of "the Kosovo-Serbia dialogue"
            if (s_, e_) == (first_t[1], first_t[2]):
                out.setdefault(t, scores.get(t, 0))
        return out
    # "Serbia will have to take this move into consideration": an act named only by a generic
    # noun, no doer named near it, is the act the same speaker's words just before condemned
    if any(m.group("dem") and _dem_kind(m.group("noun")) is None for m in IMPLIED.finditer(ctx.body, stmt.start, stmt.end)):
        about = next((t for o in reversed(ctx.prev_same) for t, s_ in o.scores.items()
                      if t and s_ < 0 and t != stmt.speaker and t not in own), None)
        if about is not None:
            return {about: stance_toward(ctx, lo, hi, tg + [(about, lo, lo)], about).get(about, 0)}
    # a sentence that names nobody, in the reply of the speaker whose sentence before named its
    # matter ("When it comes to President Erdoğan, I will always be a good host. We are talking
    # about a great leader …"): still about that matter, not the article's
    # (not after a turn, "But the threat is real …", nor from a sentence that itself named nobody)
    # (or words the text says go on from them, "He added: “We are talking about a great leader …”")
    going_on = stmt.kind == "direct" and bool(stmt.verb) and v.lemma_of(stmt.verb) in _GOING_ON
    went_on = None if _TURN.match(ctx.body, stmt.start) or _TURN_INSIDE.search(ctx.body, stmt.start, stmt.end) else \
        next((o for o in reversed(ctx.prev_same) if going_on or o.channel == stmt.channel and
              o.channel in ("interview", "document")), None)
    named = {mt.actor for mt in ctx.mentions_in(went_on.start, went_on.end)} if went_on is not None else set()
    about = next((t for t in went_on.scores if t and t != stmt.speaker and t in named), None) if named else None
    if about is not None:
        return {about: stance_toward(ctx, lo, hi, tg + [(about, lo, lo)], about).get(about, 0)}
    context = context_target(ctx, stmt)
    if context is not None and not (_sideless(ctx, stmt.speaker) and not st.has_cue(ctx.body[lo:hi]) and
                                    st.lexicon_stance(ctx.body[lo:hi], [], broad=False) == 0):
        # (not the words of one on no side, a registered analyst, that name no one and judge
        # nothing: "This is a kind of arms race that is taking place in the region")
        return {context: 0}
    return {}


def _transfer_doer(ctx: ArticleContext, stmt: Statement, tg, keep: dict[str, int], strong_named: set[str],
                   own, lo: int, hi: int) -> str | None:
    """Whom words are about whose sides are all named only as the ones goods go to ("you cannot
    say we are going to sell drones to both Serbia and Kosovo"): the transfer's doer the article
    tells (``act_doer``, else the side it is about, ``context_target``); None when the words
    name a doer too ("the decision of the Turkish authorities to deliver … to Kurti's regime":
    about both) or name the receiver otherwise as well."""
    receivers = {t for t, s_, e_ in tg if t in keep and lo <= s_ < hi and transfer_to_before(ctx.body, lo, s_)}
    # (not when the words name another side too, "the decision of the Turkish authorities to deliver … to
    # Kurti's regime": said of both; nor a receiver named elsewhere in them, "Kosovo is arming; the sale to Kosovo")
    if not receivers or strong_named - receivers or set(keep) - receivers or \
            any(t in receivers and not transfer_to_before(ctx.body, lo, s_) for t, s_, e_ in tg if lo <= s_ < hi):
        return None
    doer = act_doer(ctx, "delivery", lo, own | {stmt.speaker} | receivers)
    if doer is None and (doer := context_target(ctx, stmt)) in receivers | set(own):
        doer = None
    return doer


def _sideless(ctx: ArticleContext, speaker: str) -> bool:
    """Whether a speaker is on no side of the dispute by the registry: a person it registers with
    no state (an analyst, a commentator). Measured: also counting unregistered speakers, or bodies
    of no state (NATO, the EU, Hamas), moved no realistic set and misfired in a review's texts on
    unregistered ministers and on parties such as the EU."""
    actor = ctx.reg.actors.get(speaker)
    return actor is not None and actor.kind == "person" and not actor.affiliation


#: Verbs that say words go on from the same speaker's words before: "He added: …", "She went on".
_GOING_ON = frozenset({"add", "go on", "continue", "end", "conclude"})


#: Words for relations between states, which a statement with a person is about too.
_RELATION_NOUNS = r"relations|relationship|partnership|ties|cooperation|friendship"
_RELATION_NOUN_PLAIN = re.compile(r"(?<![\w-])(?:" + _RELATION_NOUNS + r")(?![\w-])", re.I)
_RELATION_NOUN = at_word_start(split_alternatives(_RELATION_NOUNS), r"(?![\w-])", ignorecase=True)
#: A cue whose words name a country: "a great and successful country", "a reliable partner nation".
_COUNTRY_WORD = re.compile(r"(?<![\w-])(?:country|countries|nation|nations|state|people)(?![\w-])")


#: A cue whose words judge a person: "a great leader", "a wise statesman", "a man who raised Ankara
#: from the ashes", "a good host".
_PERSON_WORD = re.compile(r"(?<![\w-])(?:leader|statesman|stateswoman|man|woman|president|host|gentleman)(?![\w-])")


def their_leader(ctx: ArticleContext, stmt: Statement, chosen: dict[str, int], lo: int, hi: int) -> dict[str, int]:
    """"We are talking about a great leader …", "I will always be a good host", said of a state
    with no person named in the statement (a target from the context, or the state itself): a
    verdict whose words judge a person is on the person who leads that state, the one of its
    people the article names most, with the verdict's sign (``their_country`` is the other way
    round)."""
    if any(t and is_person(ctx, t) for t in chosen) or \
            any(is_person(ctx, mt.actor) for mt in ctx.mentions_in(stmt.start, stmt.end)):
        return chosen
    hits = [h for h in st.find_cues(ctx.body[lo:hi]) if _PERSON_WORD.search(st.fold_same_length(h.text.lower()))]
    if not hits:
        return chosen
    own = own_side(ctx, stmt.speaker)
    out = dict(chosen)
    for state in [t for t in chosen if t and (a := ctx.reg.actors.get(t)) is not None and a.kind == "state" and t not in own]:
        counts: dict[str, int] = {}
        for mt in ctx.mentions_in(0, len(ctx.body)):
            if mt.actor != stmt.speaker and is_person(ctx, mt.actor) and ctx.reg.state_of(mt.actor) == state:
                counts[mt.actor] = counts.get(mt.actor, 0) + 1
        if counts:
            leader = max(counts, key=lambda a: (counts[a], a))
            out[leader] = (hits[0].polarity > 0) - (hits[0].polarity < 0)
    return out


def their_country(ctx: ArticleContext, stmt: Statement, chosen: dict[str, int], lo: int, hi: int) -> dict[str, int]:
    """"We are talking about a great leader and a great and successful country": a verdict on a
    country, said of a person who leads one, is on that person's state too (with the verdict's
    sign), unless it is the speaker's own side or the text names another state. So is a
    statement on relations ("a valued partnership", "returned relations to
    the best paths") with a person, in one sentence: relations are between states (with the
    person's sign), the speaker's own state named beside it."""
    people = [t for t in chosen if t and is_person(ctx, t)]
    if not people:
        return chosen
    text = ctx.body[lo:hi]
    hits = [h for h in st.find_cues(text) if _COUNTRY_WORD.search(st.fold_same_length(h.text.lower()))]
    relations = [] if hits else [ctx.sent_index(m.start()) for m in _RELATION_NOUN.finditer(ctx.body, stmt.start, stmt.end)]
    if not hits and not relations:
        return chosen
    own = own_side(ctx, stmt.speaker)
    named_states = {mt.actor for mt in ctx.mentions_in(lo, hi) if (a := ctx.reg.actors.get(mt.actor)) and a.kind == "state"}
    out = dict(chosen)
    for person in people:
        state = ctx.reg.state_of(person)
        if relations and not any(ctx.sent_index(mt.start) in relations for mt in ctx.mentions_in(lo, hi)
                                 if mt.actor == person):
            continue  # the relations are told in a sentence that does not name the person
        others = named_states - {state} - (own if relations else set())  # "relations between us and X"
        if state and state not in own and state not in out and not others:
            sign = hits[0].polarity if hits else chosen[person]
            out[state] = (sign > 0) - (sign < 0)
    return out
