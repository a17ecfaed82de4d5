"""Draft an actors.yml for a corpus from the speakers its articles quote that the registry does not know.

A first fork usually has no actors.yml: the build then uses the study's registry, which knows
none of the fork's people, and the reports can follow no speaker (``rhetoric.analysis.focus``
says so). ``python -m rhetoric propose-actors CORPUS`` is the next step they name: it runs the
extraction, takes the speakers it kept by name, turns each into an actor (an id, the name, its
last name as an alias, kind ``person``) and writes a registry for the researcher to check.

``person_name`` reduces what the extraction kept ("Brisport's Mayor Lena Holt") to the name
("Lena Holt"); ``propose_registry`` builds the YAML text.
"""

from __future__ import annotations

import re
import unicodedata

import yaml

#: Words that come before a name without being part of it ("Mayor Lena Holt").
_ROLE_WORDS = {"president", "prime", "minister", "premier", "chancellor", "foreign", "defence", "defense",
               "general", "commander", "spokesman", "spokeswoman", "spokesperson", "leader", "official",
               "ambassador", "envoy", "secretary", "mayor", "senator", "king", "queen", "pope", "chief",
               "head", "governor", "prosecutor", "diplomat", "mr", "mrs", "ms", "dr", "sir", "judge",
               "deputy", "former", "opposition", "speaker", "the"}


def person_name(kept: str) -> str:
    """The name in a speaker the extraction kept: after a possessive, the last run of
    capitalised words, without the role words that lead it."""
    text = re.split(r"['’]s\s+", kept.strip())[-1]
    words = text.split()
    run: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        run.insert(0, word)
    while len(run) > 1 and run[0].strip(".").lower() in _ROLE_WORDS:
        run.pop(0)
    return " ".join(run) or text


def _ascii_id(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "_", folded).strip("_")
    if not slug or not slug[0].isalpha():
        slug = "actor_" + slug
    return slug


def propose_registry(speakers: dict[str, int], registry=None, source: str = "") -> tuple[str, int]:
    """YAML text of a registry with one person per name of ``speakers`` ({kept name: statements},
    most quoted first), and how many actors it holds. Names the ``registry`` already resolves
    are left out; ids and aliases never collide."""
    actors: list[dict] = []
    taken_ids = set(registry.actors) if registry is not None else set()
    taken_aliases: set[str] = set()
    names: dict[str, int] = {}
    for kept, n in speakers.items():
        name = person_name(kept)
        if registry is not None and registry.resolve(name):
            continue
        names[name] = names.get(name, 0) + n
    last_names = [name.split()[-1] for name in names]
    for name in names:
        last = name.split()[-1]
        base = _ascii_id(last if last_names.count(last) == 1 else name)
        actor_id, i = base, 2
        while actor_id in taken_ids:
            actor_id, i = f"{base}_{i}", i + 1
        taken_ids.add(actor_id)
        aliases = [name]
        if last != name and len(last) > 2 and last_names.count(last) == 1 and last.lower() not in taken_aliases:
            aliases.append(last)
        taken_aliases.update(a.lower() for a in aliases)
        actors.append({"id": actor_id, "name": name, "kind": "person", "affiliation": None,
                       "role": "", "aliases": aliases})
    head = ("# Drafted by `python -m rhetoric propose-actors`" + (f" from {source}" if source else "") + ":\n"
            "# the speakers the extraction found that the registry did not know, most quoted first.\n"
            "# Check every actor: its kind (person, state, organisation, …), role, affiliation and\n"
            "# aliases (every spelling, with and without diacritics), and add the states, places and\n"
            "# organisations the articles talk about. docs/FORKING.md, section 2, explains the fields.\n")
    body = yaml.safe_dump({"actors": actors, "not_actors": []}, sort_keys=False, allow_unicode=True, width=100)
    return head + body, len(actors)
