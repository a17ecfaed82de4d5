"""Registered people whose names an article spells otherwise: "Abdourahamane Tchiani" for the
registry's Abdourahamane Tiani, "Volodymyr Zelenskyy" for Zelensky. Outlets transliterate names
differently, and a text built from several reports keeps their spellings.

A full name in the article (two to four capitalised words) whose given name is a registered
person's and whose surname is that person's (of at least ``_SHORTEST`` letters) with one letter
added or left out, or two in the middle (``_spelt_otherwise``; letters changed are another name,
"Vulin" is no "Vučić", and so is another ending, "Popov", "Flores", "Ramaj"), is one more alias of that person in that article; so
is the surname alone ("Tchiani answered"), which then stands for them as the registered surname
does. Only when exactly one registered person fits; never a name the registry already knows.
The article is read with a copy of the registry that has those aliases too
(``abbreviations.with_short_names``).
"""

from __future__ import annotations

import re

from rhetoric.actors import fold

#: How many letters a surname may have added or left out, and the shortest registered surname read so.
_DISTANCE = 2
_SHORTEST = 5
#: A run of two to four capitalised words: a full name's candidates.
_FULL_NAME = re.compile(r"[A-ZÀ-Ž](?<![\w'’-].)[\w'’-]+(?:[ \t]+[A-ZÀ-Ž][\w'’-]+){1,3}")
#: Registered people by their given name, folded, for each registry read (a few kept).
_BY_GIVEN_NAME: dict[int, tuple[object, dict[str, list[tuple[str, str]]]]] = {}


def _given_names(registry) -> dict[str, list[tuple[str, str]]]:
    hit = _BY_GIVEN_NAME.get(id(registry))
    if hit is not None and hit[0] is registry:
        return hit[1]
    index: dict[str, list[tuple[str, str]]] = {}
    for a in registry.actors.values():
        words = a.name.split() if a.kind == "person" and a.name else []
        if len(words) >= 2:
            index.setdefault(fold(words[0].lower()), []).append((fold(words[-1].lower()), a.id))
    if len(_BY_GIVEN_NAME) >= 8:
        _BY_GIVEN_NAME.pop(next(iter(_BY_GIVEN_NAME)))
    _BY_GIVEN_NAME[id(registry)] = (registry, index)
    return index


def _spelt_otherwise(known: str, key: str, indel) -> bool:
    """Whether the folded surname ``key`` is ``known`` spelt otherwise: the same first letter, one
    letter added or left out ("Kanani", "Zelenskyy", "Mojsilovich"), or two in the middle, the last
    two letters the same ("Tchiani" for Tiani; not "Popov" for Popović, "Flores" for Flor: another
    name's ending)."""
    if known[:1] != key[:1]:
        return False
    d = indel.distance(known, key)
    return d == 1 or d == _DISTANCE and known[-2:] == key[-2:]


def spelling_variants(body: str, registry) -> dict[str, str]:
    """Alias → actor id for the full names (and their surnames) the article spells otherwise
    than the registry (module doc)."""
    from rapidfuzz.distance import Indel

    given = _given_names(registry)
    out: dict[str, str] = {}
    for m in _FULL_NAME.finditer(body):
        words = [re.sub(r"['’]s$", "", w) for w in m.group().split()]
        for i in range(len(words) - 1):  # (a title before the name: "Head of State Abdourahamane Tchiani")
            first = fold(words[i].lower())
            if first not in given:
                continue
            surname = words[-1]
            key = fold(surname.lower())
            name = " ".join(words[i:])
            if name in out or registry.resolve(name) is not None or \
                    registry.resolve(surname) is not None:
                break
            fits = {aid for known, aid in given[first] if len(known) >= _SHORTEST and _spelt_otherwise(known, key, Indel)}
            if len(fits) == 1:
                out[name] = out[surname] = next(iter(fits))
            break
    return out
