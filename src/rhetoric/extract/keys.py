"""Descriptions a text's key names: who "the Heron", "the small country" or "the first patient" is.

A fable, a picture book or a parody names its people by description ("the Heron", "the President
of the small country", "the first patient") and says who they are in a key, often after the
story: "The Heron is Annalena Baerbock, Germany's foreign minister.", "The small country is Serbia
and its President is Aleksandar Vučić; the big country is Turkey …", "*Who is who.* The first
patient is Aleksandar Vučić, President of Serbia; the foreign minister, Marko Đurić; the
neighbouring President, Vjosa Osmani of Kosovo", "**Key:** the Heron — Annalena Baerbock; the
Crane — Qin Gang". Each description so defined is that actor's in
the whole article, before its definition too (the story comes first): the article is read with a
copy of the registry that has "the <description>" as one more alias of the actor (and the bare
word of a capitalised one, "his Magpie"), as it has the short names it defines
(``abbreviations.with_short_names``).

The same copy gives a body the word for its kind that the text apposes to its name, where the
registry gives that word to another: "ECOWAS, the regional bloc Niger is leaving" … "the bloc
came to Abuja's defence" is ECOWAS, not the registry's EU (``_apposed_kinds``; the alias is then
no longer the other's, ``ActorRegistry.with_aliases``).

A cast list needs no label: two or more list lines whose bold label is the description and whose
value opens with the actor's name ("- **North** (Pristina): Albin Kurti, …", "- **Protestor:**
Serbia (helmsman: Aleksandar Vučić; representative: Marko Đurić)") define the labels, lower-case
in the text too ("the protestor"), and the roles in brackets with their holders ("the helmsman",
"the protestor's helmsman"); a line that quotes or asks is no cast's (``_cast_lines``), nor a
one-word label the text also uses as a name of its own ("**West:** …" and "The West will …"), and
a cast line is no one's words (``cast_line_starts``, read by ``tables.who_said_what``).

A definition is "The <description> is|was|stands for <actor>" opening a sentence, a clause after
";" or "and", outside quotation marks, whose value is the actor's name alone (not "is Vučić's
ally", "is Serbia's problem"); in the same sentence after such a definition, "; the
<description>, <actor>" entries are definitions too; so are the entries of a key's label ("Key:",
"Cast:", "Who's who") up to the paragraph's end, "[the] <description>" tied by a comma, a dash, a
colon or "=" to the actor's name (``_KEY_LABEL``, ``_KEY_ENTRY``); so is a description in lower case
set equal to the actor's name anywhere, a note's shorthand, "owner = Vučić" (``_EQUATION``). A description is one to three
words that the text uses again; it is no office of the registry's ("the President is …", read
where it stands), no actor's alias, no word that says which one rather than what ("the first is
…", "the problem is …") nor the role of a charge or a verdict ("the aggressor is Serbia", "the
real threat is Russia"), no time; one defined for two actors, or given to another somewhere ("the
host of the evening, Anna Nowak", "the host, Rama,", "Sultan Haitham"), is no one's.
"""

from __future__ import annotations

import re

from rhetoric.extract import vocabulary as v
from rhetoric.extract.mentions import ANOTHER_OF_THE_NOUN, NAME_HEAD, NOT_DESCRIPTIONS

#: A copular definition: "The Heron is ", "the big country is ", "The first patient was " …
_DEFINED = re.compile(r"[Tt](?<![\w-].)he[ \t]+(?P<desc>[A-Za-z][a-z]+(?:[ \t]+[A-Za-z][a-z]+){0,2})"
                      r"[ \t]+(?:is|was|stands[ \t]+for|is[ \t]+meant[ \t]+to[ \t]+be)[ \t]+(?:the[ \t]+)?(?=[A-ZÀ-Ž])")
#: … at a sentence's, a clause's or a line's start (after "." "!" "?" ";" ":" and bold or italics,
#: a line break, "and"), read on the few characters before it.
_OPENS = re.compile(r"(?:^|\n|[.!?;:][*_]{0,2}[ \t]+|[ \t]and[ \t]+)[*_]{0,2}$")
#: A later entry of the same key sentence, its verb left out: "; the foreign minister, Marko Đurić".
_ENTRY = re.compile(r";[ \t]+(?P<the>[Tt]he)[ \t]+(?P<desc>[A-Za-z][a-z]+(?:[ \t]+[A-Za-z][a-z]+){0,2}),[ \t]+(?=[A-ZÀ-Ž])")
#: A key's label: "Key:", "Cast:", "Who's who.", "Characters —" (in bold or italics or not), opening a
#: line or a paragraph; its entries follow, "the Heron — Annalena Baerbock; the Crane: Qin Gang".
_KEY_LABEL = re.compile(r"(?:^|\n)[ \t>*_-]*(?:[Kk]ey|KEY|[Cc]ast|CAST|[Ww]ho['’]s[ \t]+who|[Ww]ho[ \t]+is[ \t]+who|"
                        r"[Cc]haracters|[Dd]ramatis[ \t]+personae)(?:[ \t]+to[ \t]+the[ \t]+[a-z]+)?[ \t]*[.:—–-]?[*_]*[.:—–-]?[ \t]*")
#: An entry of a key after its label: "[the] <description> <tie> " before the actor's name, the tie a
#: comma, a dash, a colon or "=" ("the Heron — ", "The Crane: ", "Magpie = ").
_KEY_ENTRY = re.compile(r"\s*(?:[-*•][ \t]+)?(?P<the>[Tt]he[ \t]+)?(?P<desc>[A-Za-z][a-z]+(?:[ \t]+[A-Za-z][a-z]+){0,2})"
                        r"[ \t]*(?:,|—|–|:|=|-)[ \t]*(?=[A-ZÀ-Ž])")
#: A description set equal to an actor's name, a note's or a legend's shorthand, with no key's label:
#: "owner = Vučić", "the keeper = Erdoğan" (lower case, one to three words; not a formula's "x = 2").
#: … which opens its line, a quotation, a bracket or a list's entry (after ",", ";", ":"), or follows "the"
#: ("In this story the guest = Lula": "the guest", not "story the guest").
_EQUATION_OPENS = re.compile(r"(?:^|[\n\"“‘'(\[,;:*_]|(?<![\w-])[Tt]he)[ \t]*$")
_EQUATION = re.compile(r"(?<![\w=<>!+*/-])(?:[Tt]he[ \t]+)?(?P<desc>(?!the[ \t])[a-z]{2,}(?:[ \t]+(?!the[ \t])[a-z]{2,}){0,2})[ \t]*=[ \t]*(?=[A-ZÀ-Ž])")
#: A list's entry line that names a person in bold and then what they are, the name first:
#: "**Aleksandar Vučić** — guest of honour, seated …", "**Recep Tayyip Erdoğan** — host." (a guest
#: list's, a cast's or a profile's line; "the guest of honour" is then that person).
_NAME_FIRST = re.compile(r"\*\*(?P<name>[A-ZÀ-Ž][^*\n:]{1,40}?)\.?\*\*[ \t]*(?:,|—|–)[ \t]*(?P<the>the[ \t]+)?"
                         r"(?P<desc>[a-z]+(?:[ \t]+[a-z]+){0,2})(?=[ \t]*(?:[,.;(]|$))", re.M)
#: A cast list's line without a key's label: a list entry whose bold label is the description and
#: whose value opens with the actor's name, "- **North** (Pristina): Albin Kurti, with …", "- **Protestor:**
#: Serbia (helmsman: Aleksandar Vučić; …)" (a bridge deal's seats, a hearing's parties, a match's sides;
#: read only where two or more such lines define an actor, ``_cast_lines``).
_CAST_LINE = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?\*\*(?P<desc>[A-Z][a-z]+(?:[ \t]+[A-Za-z][a-z]+){0,2})"
                        r"(?::\*\*|\*\*(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:)[ \t]*(?=[A-ZÀ-Ž])", re.M)
#: A role given in brackets on such a line, with its holder's name: "(helmsman: Aleksandar Vučić;
#: representative: Marko Đurić)", "(skipper: Recep Tayyip Erdoğan)".
_CAST_ROLE = re.compile(r"[(;][ \t]*(?P<desc>[a-z]+(?:[ \t]+[a-z]+){0,2})[ \t]*:[ \t]*(?=[A-ZÀ-Ž])")
#: A defined term after the name it defines, as a charge sheet or a claim names a party once: "THE
#: REPUBLIC OF TÜRKIYE is the Complainant.", "Serbia was the Applicant;" (the term capitalised, the
#: clause ending with it; the name opens the sentence, perhaps inside a longer name in capitals).
_NAME_IS_TERM = re.compile(r"[ \t](?:is|was)[ \t]+(?P<the>the)[ \t]+(?P<desc>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})(?=[ \t]*[.;])")
#: What may stand before such a line's bold on its line: a list's or a quotation's mark.
_LINE_MARKS = " \t>*_-"
#: What ends a key: a blank line; what ends one of its entries: ";" or a line's end.
_KEY_END = re.compile(r"\n[ \t]*\n")
_NEXT_ENTRY = re.compile(r"[;\n]")
#: What ends a key sentence whose later entries leave their verb out.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
#: What may follow the actor's name for it to be the whole value: an apposition's comma, the
#: clause's or sentence's end, "and", an "of" of the state ("Vjosa Osmani of Kosovo"), a bracket.
_VALUE_END = re.compile(r"[ \t]*(?:[,;:.!?)(\"”’]|[ \t]and[ \t]|[ \t]of[ \t]|\n|$)")
#: Words that say which one or what kind of thing, not who (``mentions.NOT_DESCRIPTIONS``: "the first
#: is …", "the problem is …"), and the roles of a charge or a verdict ("the aggressor is Serbia", "the
#: real threat is Russia", "the solution is Brussels"): no key.
_NOT_DESCRIPTIONS = NOT_DESCRIPTIONS | frozenset("""winner loser idea plan aim goal hope risk danger worry fear story
news headline word words quote title rule law deal key lesson moral aggressor threat solution enemy culprit victim
target villain hero cause source obstacle priority partner ally model exception favourite favorite choice
alternative option way""".split())
#: Times: no description ("the day was Thursday").
_TIMES = frozenset("""day week month year morning afternoon evening night date time hour weekend monday tuesday
wednesday thursday friday saturday sunday january february march april may june july august september october
november december""".split())
#: A capitalised word right after a use of the description: a name it is the title of ("Sultan Haitham").
_NAME_AFTER = re.compile(r"[ \t]+[A-ZÀ-Ž]")
#: How far a definition's value is read for the actor's name.
_VALUE_SPAN = 80


def _in_quotation(body: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation opened earlier on its line (a speaker's own
    "The solution is Brussels" defines nothing for the text)."""
    line = body[body.rfind("\n", 0, pos) + 1:pos]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def _description_ok(desc: str, registry) -> bool:
    words = desc.lower().split()
    return not (words[-1] in _NOT_DESCRIPTIONS or words[0] in _NOT_DESCRIPTIONS and len(words) == 1
                or any(w in _TIMES for w in words) or v.ROLE_PLAIN.fullmatch("the " + desc)
                or registry.resolve(desc) is not None or registry.resolve("the " + desc) is not None)


def _value(body: str, at: int, registry) -> str | None:
    """The actor whose name opens the value at ``at`` and is all of it; else None."""
    named = registry.find_mentions(body[at:at + _VALUE_SPAN], at)
    if not named or named[0].start != at or body.startswith(("'s", "’s"), named[0].end) or \
            not _VALUE_END.match(body, named[0].end):
        return None
    return named[0].actor


#: A body's kind in apposition after its name: "ECOWAS, the regional bloc Niger is leaving".
_APPOSED_KIND = re.compile(r",[ \t]+the[ \t]+(?:[\w-]+[ \t]+){0,3}?(?P<noun>bloc|alliance|union|organi[sz]ation|grouping|"
                           r"community|league|coalition|federation|commonwealth)(?![\w-])")
#: How far before the comma the body's name is looked for.
_NAME_REACH = 60


def _apposed_kinds(body: str, registry) -> dict[str, set[str]]:
    """"the <kind>" → the bodies the text gives it to in apposition ("ECOWAS, the regional bloc"),
    where the registry gives "the <kind>" to another actor (its EU as "the bloc"): the article's
    own word for the body it writes about."""
    found: dict[str, set[str]] = {}
    for m in _APPOSED_KIND.finditer(body):
        alias = f"the {m.group('noun')}"
        known = registry.resolve(alias)
        if known is None:
            continue
        named = registry.find_mentions(body[max(0, m.start() - _NAME_REACH):m.start()], max(0, m.start() - _NAME_REACH))
        if named and named[-1].end == m.start() and named[-1].actor != known and \
                getattr(registry.actors.get(named[-1].actor), "kind", None) == "organisation":
            found.setdefault(alias, set()).add(named[-1].actor)
    return found


def key_descriptions(body: str, registry) -> dict[str, str]:
    """Alias → actor id for every description the text's key defines (module doc), and a body's
    kind the text gives it in apposition where the registry gives that word to another
    (``_apposed_kinds``)."""
    apposed = {alias: next(iter(ids)) for alias, ids in _apposed_kinds(body, registry).items() if len(ids) == 1} \
        if ", the " in body else {}
    labels = list(_KEY_LABEL.finditer(body))
    # (the bold opening its line, list marks aside)
    name_lines = [m for m in _NAME_FIRST.finditer(body)
                  if not body[body.rfind("\n", 0, m.start()) + 1:m.start()].strip(_LINE_MARKS)] if "**" in body else []
    cast = _cast_lines(body, registry) if "**" in body else []
    equations = list(_EQUATION.finditer(body)) if "=" in body else []
    if " is " not in body and " was " not in body and " stands for " not in body and not labels and not name_lines \
            and not cast and not equations:
        return apposed
    named_terms = list(_NAME_IS_TERM.finditer(body)) if " is the " in body or " was the " in body else []
    found: dict[str, set[str]] = {}
    defining: set[int] = set()  # (where each definition's "the" stands: no use of the description)

    def define(desc: str, at: int, pos: int) -> bool | None:
        """Record the description ``desc`` whose value opens at ``at`` (its definition at ``pos``):
        True when recorded, False when an actor's name is the value but the description is none
        (``_description_ok``), None when no actor's name is."""
        actor = _value(body, at, registry)
        if actor is None:
            return None
        if not _description_ok(desc := " ".join(desc.split()), registry):
            return False
        found.setdefault(desc, set()).add(actor)
        defining.add(pos)
        return True

    for m in _DEFINED.finditer(body):
        if not _OPENS.search(body, max(0, m.start() - 8), m.start()) or _in_quotation(body, m.start()) or \
                not define(m.group("desc"), m.end(), m.start()):
            continue
        stop = _SENTENCE_END.search(body, m.end())
        for entry in _ENTRY.finditer(body, m.end(), stop.end() if stop is not None else len(body)):
            define(entry.group("desc"), entry.end(), entry.start("the"))
    for label in labels:
        end = stop.start() if (stop := _KEY_END.search(body, label.end())) is not None else len(body)
        at = label.end()
        while (entry := _KEY_ENTRY.match(body, at, end)) is not None and \
                define(entry.group("desc"), entry.end(), entry.start("the") if entry.group("the") else entry.start("desc")) \
                is not None:
            if (nxt := _NEXT_ENTRY.search(body, entry.end(), end)) is None:
                break
            at = nxt.end()
    for m in equations:  # ("owner = Vučić, for those who don't follow", a note's equation, in quotation marks too)
        if _EQUATION_OPENS.search(body, max(0, m.start("desc") - 40), m.start("desc")):  # (not "story the host = …")
            define(m.group("desc"), m.end(), m.start("desc"))
    for m in name_lines:
        named = registry.find_mentions(m.group("name"), m.start("name"))
        if len(named) == 1 and (named[0].start, named[0].end) == (m.start("name"), m.end("name")) and \
                _description_ok(desc := " ".join(m.group("desc").split()), registry):
            found.setdefault(desc, set()).add(named[0].actor)
            defining.add(m.start("the") if m.group("the") else m.start("desc"))
    cast_descs: set[str] = set()
    under: list[tuple[str, str]] = []  # (a label's description and a role in brackets on its line)
    for m in cast:
        if " " not in m.group("desc") and re.search(r"(?<![\w-])[Tt]he[ \t]+" + re.escape(m.group("desc")) + r"(?![\w-])", body):
            continue  # (a one-word label the text also uses as a name of its own, "the West will need more …": no
            # party's; but "**Armenian delegation:**" and "The Armenian delegation says")
        if define(m.group("desc"), m.end(), m.start("desc")):
            cast_descs.add(label := " ".join(m.group("desc").split()))
            for role in _CAST_ROLE.finditer(body, m.end(), line_end(body, m.end())):
                if define(role.group("desc"), role.end(), role.start("desc")):
                    cast_descs.add(desc := " ".join(role.group("desc").split()))
                    under.append((label, desc))
    for m in named_terms:
        start = max(body.rfind(c, 0, m.start()) for c in ".!?;\n") + 1
        named = registry.find_mentions(body[start:m.start()], start)
        if named and named[-1].end == m.start() and NAME_HEAD.fullmatch(body, start, named[-1].start) and \
                _description_ok(desc := " ".join(m.group("desc").split()), registry):
            found.setdefault(desc, set()).add(named[-1].actor)
            defining.add(m.start("the"))
    out: dict[str, str] = {}
    for desc, actors in found.items():
        if len(actors) != 1:
            continue  # (defined for two: no one's)
        words = list(map(re.escape, desc.split()))
        if desc in cast_descs:  # (a cast list's "**Protestor:**" is "the protestor" in the text)
            words[0] = f"[{words[0][0].upper()}{words[0][0].lower()}]{words[0][1:]}"
        uses = list(re.finditer(r"(?<![\w-])(?:[Tt]he[ \t]+)?" + r"[ \t]+".join(words) + r"(?![\w-])", body))
        if len(uses) < 2:
            continue  # (a description the text does not use again names nobody else)
        if any(ANOTHER_OF_THE_NOUN.match(body, u.end()) or _NAME_AFTER.match(body, u.end())
               for u in uses if u.start() not in defining):
            continue  # (given to another too: "the host of the evening, Anna Nowak", "the host, Rama,", a title, "Sultan Haitham")
        actor = next(iter(actors))
        out[f"the {desc}"] = actor
        if desc[:1].isupper() and " " not in desc:
            out[desc] = actor  # (a capitalised one is a name: "His Magpie spoke for him")
        if desc in cast_descs:
            out[f"the {desc[0].lower()}{desc[1:]}"] = actor
    for label, desc in under:  # ("the protestor's helmsman": the helmsman the protestor's line names)
        if f"the {desc}" in out:
            for apostrophe in "'’":
                out[f"the {label[0].lower()}{label[1:]}{apostrophe}s {desc}"] = out[f"the {desc}"]
                if f"the {label}" in out and label in out:  # (a capitalised label is a name: "Black's second")
                    out[f"{label}{apostrophe}s {desc}"] = out[f"the {desc}"]
    return {**apposed, **out}


def _cast_lines(body: str, registry) -> list[re.Match]:
    """A cast list's lines (``_CAST_LINE``) whose value opens with an actor's name, when there are
    two or more: a list of the parties, not one bold label before a name; none that carries
    quotation marks or asks (a transcript's "**Reporter:** Vučić, is it true …?")."""
    lines = [m for m in _CAST_LINE.finditer(body) if _value(body, m.end(), registry) is not None and
             not any(q in body[m.end():line_end(body, m.end())] for q in "\"“”?")]
    return lines if len(lines) >= 2 else []


def cast_line_starts(body: str, registry) -> set[int]:
    """Where the text's cast lines (``_cast_lines``) start: lines that say who is who, no one's words."""
    return {body.rfind("\n", 0, m.start()) + 1 for m in _cast_lines(body, registry)}


def line_end(body: str, pos: int) -> int:
    """Where the line of ``pos`` ends (the text's end for its last line)."""
    end = body.find("\n", pos)
    return len(body) if end < 0 else end
