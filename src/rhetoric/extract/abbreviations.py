"""Short names an article defines for itself: a book's list of abbreviations ("AV, Aleksandar
Vučić; MĐ, Marko Đurić"), a paper's "Aleksandar Vučić (AV)" or "(hereafter AV)", a key's
"AV = Aleksandar Vučić", and a key's "K. = Jeppe Kofod", "PM Maïga = Choguel Kokalla Maïga"
(``equals_key_names``: an initial, or the surname after a title's abbreviation). After its
definition the short name is that actor's, in that article only: "AV, post on X, 8 Oct. 2025" is
Vučić's words.

A short name is two to five capitals, and it is defined only where it is the initials of the
name of a person or a body of the registry that stands beside it ("AV" and "Aleksandar Vučić",
"EFA" and "Egyptian Football Association"; small words such as "of" and "the" do not count), in
brackets after the name or as an entry of a list that ends with the name (not "NP, Nikol
Pashinyan's former driver", nor a transcript's turn "GP: Gustavo Petro says …"), where the
registry does not already know it ("US", "UN") and it is no everyday abbreviation ("PM"). A
short name defined first for someone the registry does not know ("Host: Gina Pérez (GP)") is
nobody's in the registry. The article is then read with a copy of
the registry that has those aliases too (``ActorRegistry.with_aliases``); an article that defines
none is read with the registry itself.
"""

from __future__ import annotations

import re

from rhetoric.actors import fold
from rhetoric.extract.keys import key_descriptions
from rhetoric.extract.roles import capital_names, head_noun_names
from rhetoric.extract.spellings import spelling_variants

#: Two to five capitals standing alone: a short name's candidates ("AV", "MĐ", "EFA").
_CAPS = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž](?<![\w-].)[A-ZÀ-ÖØ-ÞĀ-Ž]{1,4}(?![\w-])")
#: What may stand between a name and its short name in brackets: '(AV)', '(hereafter AV)',
#: '(“AV”)', '(henceforth: AV)'.
_OPEN_BEFORE = re.compile(r"\((?:(?:hereafter|henceforth|hereinafter|below)[:,]?\s+)?[\"“'‘]?$", re.I)
_CLOSE_AFTER = re.compile(r"[\"”'’]?\)")
#: What ties a short name to the name after it in a list or a key: "AV, Aleksandar Vučić",
#: "AV: …", "AV = …", "AV — …".
_TIED_AFTER = re.compile(r"[ \t]*(?:[,:=]|[—–])[ \t]*")
#: Where an entry of a list of abbreviations begins: a line's start, after the list's label
#: ("**Abbreviations.** AV, …", "Key: AV, …") or after the entry before ("…; MĐ, …").
_ENTRY_BEFORE = re.compile(r"(?:^|\n|[;:.][ \t]+|\*\*[ \t]*|[-*•][ \t]+)$")
#: What ends an entry of a list of abbreviations after its name: the next entry's ";" or ",", a
#: stop, a bracket, the line's end.
_ENTRY_END = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[;,.)]|\n|$)")  # (a note in brackets first: "(archive clips)")
#: What ends an entry tied by a colon, "AV: Aleksandar Vučić;": the entry's own ";" or the line's
#: end (not a transcript's turn, "DT: Donald Tusk, welcome to the programme.").
_LINE_ENTRY_END = re.compile(r"[ \t]*(?:;|\n|$)")
#: A name of two to four capitalised words right before a bracket: "Gina Pérez".
_NAME_BEFORE = re.compile(r"[A-ZÀ-Ž][\w'’-]+(?:\s+[A-ZÀ-Ž][\w'’-]+){1,3}\s*$")
#: Abbreviations of everyday words, which no text defines for a person: "PM", "MP", "FM".
_COMMON = frozenset("PM MP FM DM PR TV HQ CEO MEP MPS PMS VIP UK US UN EU OK AM RIP".split())
#: Words of a name that give no initial: "Egyptian Football Association" is EFA, "Ministry of
#: Defence" MD.
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "la", "du", "von", "van", "der", "&"})
#: How far before a short name its name may end, and how long the name may be.
_NAME_SPAN = 80


def initials(name: str) -> str:
    """The initials of a name, its small words passed over ("Aleksandar Vučić" → "AV")."""
    words = [w for w in re.split(r"[\s-]+", name.strip()) if w and w.lower() not in _SMALL_WORDS]
    return "".join(w[0] for w in words).upper()


def _matches(short: str, name: str) -> bool:
    found = initials(name)
    return len(found) >= 2 and (found == short or fold(found).upper() == fold(short).upper())


def defined_short_names(body: str, registry) -> dict[str, str]:
    """Short name → actor id, for every short name the article defines (module doc); the first
    definition of each counts."""
    found: dict[str, str | None] = {}
    for m in _CAPS.finditer(body):
        short = m.group()
        if short in found or short in _COMMON or not short.isupper() or registry.resolve(short) is not None:
            continue
        actor = None
        if (opened := _OPEN_BEFORE.search(body, max(0, m.start() - 16), m.start())) is not None and \
                _CLOSE_AFTER.match(body, m.end()):
            # "Aleksandar Vučić (AV)": the name that ends right before the bracket
            lo = max(0, opened.start() - _NAME_SPAN)
            named = [mt for mt in registry.find_mentions(body[lo:opened.start()], lo)
                     if not body[mt.end:opened.start()].strip()]
            if named and _matches(short, named[-1].text):
                actor = named[-1].actor
            elif (name := _NAME_BEFORE.search(body, lo, opened.start())) is not None and _matches(short, name.group()):
                found[short] = None  # ("Host: Gina Pérez (GP)": someone the registry does not know; "GP:" is hers)
                continue
        elif (tied := _TIED_AFTER.match(body, m.end())) is not None and tied.end() > m.end() and \
                (_ENTRY_BEFORE.search(body, max(0, m.start() - 4), m.start()) or
                 tied.group().strip() == "=" and body.endswith(", ", 0, m.start())):
            # (a key's entries tied by "=" may follow one another after a comma: "AV = Aleksandar
            # Vučić, VO = Vjosa Osmani")
            # "AV, Aleksandar Vučić; MĐ, Marko Đurić": the name that begins right after the tie and
            # ends the entry (not "NP, Nikol Pashinyan's former driver", nor a turn's "GP: Gustavo Petro says …")
            named = registry.find_mentions(body[tied.end():tied.end() + _NAME_SPAN], tied.end())
            ends = _LINE_ENTRY_END if tied.group().strip() == ":" else _ENTRY_END
            if named and named[0].start == tied.end() and _matches(short, named[0].text) and \
                    ends.match(body, named[0].end):
                actor = named[0].actor
        if actor is not None and registry.actors[actor].kind not in ("state", "media", "author"):
            found[short] = actor
    return {short: actor for short, actor in found.items() if actor is not None}


#: A key's entry that ties a short name of a person to the full name by "=": an initial, a
#: surname, or a title's abbreviation and the surname ("K. = Jeppe Kofod", "PM Maïga = Choguel
#: Kokalla Maïga", "Col. Maïga = Abdoulaye Maïga"), opening a line or after the entry before.
_EQUALS_ENTRY = re.compile(r"(?:^|(?<=\n)|(?<=[.;,:][ \t]))[ \t*_-]*(?P<short>(?:[A-Z][A-Za-z]{0,4}\.?[ \t]+)?[A-ZÀ-Ž][\w'’-]*\.?)"
                           r"[ \t]*=[ \t]*(?=[A-ZÀ-Ž])", re.M)


def equals_key_names(body: str, registry) -> dict[str, str]:
    """Short name → person, for a key's entries "<short name> = <a registered person's name>"
    (``_EQUALS_ENTRY``) whose short name ends with the person's surname or is its initial; a
    short name the registry already knows, or given to two people, is left as it is; a title
    and a surname no other entry shares give the surname alone."""
    if "=" not in body:
        return {}
    found: dict[str, str | None] = {}
    for m in _EQUALS_ENTRY.finditer(body):
        short = m.group("short").strip()
        named = registry.find_mentions(body[m.end():m.end() + _NAME_SPAN], m.end())
        if not named or named[0].start != m.end() or registry.resolve(short) is not None:
            continue
        actor = registry.actors.get(named[0].actor)
        if actor is None or actor.kind != "person" or not actor.name:
            continue
        if registry.resolve(short.split()[-1]) == actor.id:
            continue  # ("Prem. Otárola" where "Otárola" is already his: nothing to add)
        surname = fold(actor.name.split()[-1]).lower()
        last = fold(short.split()[-1]).lower().rstrip(".")
        if last == surname or len(last) == 1 and surname.startswith(last):
            found[short] = actor.id if found.get(short, actor.id) == actor.id else None
    # (a title's abbreviation and a surname no other entry shares, "Min. Kosiniak-Kamysz": the surname
    # alone, as a title's stop may end a sentence; "Col. Maïga" and "PM Maïga" tell two men apart whole)
    by_surname: dict[str, set[str]] = {}
    for short, actor in found.items():
        if actor is not None and len(words := short.split()) > 1:
            by_surname.setdefault(words[-1], set()).add(actor)
    out: dict[str, str] = {}
    for short, actor in found.items():
        words = short.split()
        if actor is None:
            continue
        if len(words) > 1 and len(by_surname[words[-1]]) == 1 and registry.resolve(words[-1]) is None:
            out[words[-1]] = actor
        else:
            out[short] = actor
    return out


#: Registries with an article's short names, by (registry, short names): articles that define the
#: same ones share a copy; a few are kept.
_COPIES: dict[tuple[int, tuple], tuple[object, object]] = {}
_COPIES_KEPT = 16


#: A capital and a stop standing alone, a notebook's initial for someone it names ("V. in Ankara",
#: "E.'s side", "too small to threaten T."): not a given name's before a surname ("A. Vučić"), not
#: part of an abbreviation ("U.S.", "p.m."), not a lettered list's mark at a line's start ("C. whereas …").
_INITIAL = re.compile(r"([A-Z])\.(?![\w.])(?![ \t]+[A-Z][a-zß-ÿ])")
#: What may not stand right before an initial (checked on the character before a match of
#: ``_INITIAL``): a letter or a stop (a word's end, "U.S."), an apostrophe, a hyphen, a line's start, bold.
_NOT_BEFORE_INITIAL = set(".’'-\n*")


#: A label's noun before a letter: "Annex T.", "Plan B.", "Section C.", "Vitamin D.": no initial.
_LABEL_BEFORE_INITIAL = re.compile(r"(?i:annex|appendix|article|section|part|plan|option|point|schedule|table|figure|"
                                   r"chapter|exhibit|item|box|room|gate|block|zone|area|phase|stage|grade|level|type|"
                                   r"class|group|vitamin|hepatitis|category|protocol|model|unit)[ \t]+$")


def not_an_initial(body: str, start: int) -> bool:
    """Whether a capital and its stop at ``start`` are no one's initial: at a line's start, after a
    letter, a stop, an apostrophe or bold, or after a label's noun ("Annex T.")."""
    return not start or body[start - 1].isalnum() or body[start - 1] in _NOT_BEFORE_INITIAL or \
        _LABEL_BEFORE_INITIAL.search(body, max(0, start - 14), start) is not None


def initial_names(body: str, registry) -> dict[str, str]:
    """The initials a text uses for the people and states it names in full ("V." for Vučić, "T."
    for Turkey in shorthand notes): a capital with a stop standing alone (``_INITIAL``) whose letter
    begins the surname of exactly one person, or the name of exactly one state, that the text
    names; three uses at most are enough to tell ("V." twice, "T." once)."""
    letters = {m.group(1) for m in _INITIAL.finditer(body) if not not_an_initial(body, m.start())}
    if not letters:
        return {}
    named = {mt.actor for mt in registry.find_mentions(body)}
    by_letter: dict[str, set[str]] = {}
    for aid in named:
        actor = registry.actors.get(aid)
        if actor is None or actor.kind not in ("person", "state") or not actor.name:
            continue
        word = actor.name.split()[-1] if actor.kind == "person" else actor.name
        by_letter.setdefault(fold(word)[:1].upper(), set()).add(aid)
    return {f"{letter}.": next(iter(ids)) for letter in letters if len(ids := by_letter.get(letter, set())) == 1}


def with_short_names(body: str, registry):
    """The registry to read an article with: ``registry`` itself, or a copy of it with the
    short names the article defines as aliases of their actors (module doc), and the initials it
    uses for the people and states it names (``initial_names``), the descriptions its key
    names ("the Heron", ``keys.key_descriptions``) and the names it spells otherwise
    ("Tchiani", ``spellings.spelling_variants``)."""
    short = defined_short_names(body, registry)
    short.update({k: a for k, a in equals_key_names(body, registry).items() if k not in short})
    if "." in body:
        short.update({k: a for k, a in initial_names(body, registry).items() if k not in short})
    short.update({k: a for k, a in key_descriptions(body, registry).items() if k not in short})
    short.update({k: a for k, a in spelling_variants(body, registry).items() if k not in short})
    short.update({k: a for k, a in capital_names(body, registry).items() if k not in short})
    short.update({k: a for k, a in head_noun_names(body, registry).items() if k not in short})
    if not short:
        return registry
    key = (id(registry), tuple(sorted(short.items())))
    hit = _COPIES.get(key)
    if hit is not None and hit[0] is registry:
        return hit[1]
    aliases: dict[str, list[str]] = {}
    for name, actor in short.items():
        aliases.setdefault(actor, []).append(name)
    copy = registry.with_aliases(aliases)
    if len(_COPIES) >= _COPIES_KEPT:
        _COPIES.pop(next(iter(_COPIES)))
    _COPIES[key] = (registry, copy)
    return copy
