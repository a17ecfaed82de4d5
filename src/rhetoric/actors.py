"""The actor registry: canonical actors, their aliases, and the one way to turn a name into an id.

``load_actors(path)`` reads and validates ``actors.yml``. The registry it returns:
- ``resolve(name)``: the actor id for a name or alias ("Vucic", "Vučić", "Ankara"), else None;
- ``require(name)``: the same, but an unknown name raises ``UnknownActorError`` listing the
  close matches and the valid ids;
- ``find_mentions(text)``: every mention of an actor in a text, with offsets, longest alias
  first, ignoring the registry's ``not_actors`` phrases ("Brussels Agreement" is not the EU).

``resolve_actor(name, registry)`` is the module-level spelling of ``registry.resolve``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from rhetoric.errors import RhetoricError
from rhetoric.paths import DEFAULT_ACTORS  # the registry used when a corpus has none of its own
from rhetoric.regexes import (
    PHRASE_SPACE,
    WORD_START,
    WordStartPattern,
    at_word_start,
    longest_first,
    split_alternatives,
    trie,
)
from rhetoric.yaml_limits import check_nesting

if TYPE_CHECKING:  # pandas is imported where a table is made: the extraction does not need it
    import pandas as pd

#: Aliases this short or shorter match with their exact case ("US", "EU", "UN", "NIS").
CASE_SENSITIVE_MAX_LEN = 4

ActorKind = Literal[
    "person", "state", "organisation", "force", "company", "party", "media", "group", "author"
]


class ActorError(RhetoricError):
    pass


class UnknownActorError(ActorError):
    def __init__(self, name: str, close: list[str], valid: list[str]):
        self.name, self.close, self.valid = name, close, valid
        hint = f" Close matches: {', '.join(close)}." if close else ""
        super().__init__(f"unknown actor '{name}'.{hint} Valid ids: {', '.join(valid)}.")


class Actor(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str
    kind: ActorKind
    affiliation: str | None = None
    role: str = ""
    aliases: list[str] = []

    @field_validator("name")
    @classmethod
    def _name_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("name is empty: the reports show it")
        return value

    @field_validator("aliases")
    @classmethod
    def _aliases_are_names(cls, value: list[str]) -> list[str]:
        # an empty alias made that actor the speaker or target of half the statements; a
        # one-letter one ("I", "a") matches the pronoun or the article everywhere
        for alias in value:
            if not alias.strip():
                raise ValueError("an alias is empty ('')")
            if len(alias.strip()) < 2:
                raise ValueError(f"alias '{alias}' is a single character: it would match "
                                 f"{'the pronoun' if alias.strip() in 'Ii' else 'that letter'} "
                                 f"wherever it stands; use the full name")
        return value


class ActorFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    actors: list[Actor]
    not_actors: list[str] = []

    @model_validator(mode="after")
    def _consistent(self) -> "ActorFile":
        ids = [a.id for a in self.actors]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"duplicate actor ids: {', '.join(dupes)}")
        owner: dict[str, str] = {}
        for a in self.actors:
            if a.affiliation and a.affiliation not in ids:
                raise ValueError(f"actor '{a.id}' has unknown affiliation '{a.affiliation}'")
            for alias in [a.name, *a.aliases]:
                key = _key(alias)
                if owner.setdefault(key, a.id) != a.id:
                    raise ValueError(f"alias '{alias}' belongs to both '{owner[key]}' and '{a.id}'")
        return self


@dataclass(frozen=True)
class Mention:
    actor: str
    start: int
    end: int
    text: str
    #: a state named by its demonym and a collective noun ("the Turkish authorities"), not by a
    #: name of the registry (``rhetoric.extract.roles.demonym_mentions``)
    demonym: bool = False


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case without diacritics, for comparing names typed by people ("Vučić" ~ "vucic")."""
    text = text.replace("’", "'")
    if text.isascii():
        return text.casefold().strip()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _key(alias: str) -> str:
    return alias if len(alias) <= CASE_SENSITIVE_MAX_LEN else fold(alias)


class ActorRegistry:
    def __init__(self, spec: ActorFile, path: Path | None = None):
        self.path = path
        self.actors: dict[str, Actor] = {a.id: a for a in spec.actors}
        self.not_actors = list(spec.not_actors)
        self._by_key: dict[str, str] = {}
        for a in spec.actors:
            for alias in [a.id, a.name, *a.aliases]:
                self._by_key.setdefault(_key(alias), a.id)
                self._by_key.setdefault(fold(alias), a.id)

    # -- names to ids ------------------------------------------------------------------------
    def resolve(self, name: str) -> str | None:
        """The actor id for an id, display name or alias; None when nothing matches."""
        if not isinstance(name, str) or not name.strip():
            return None
        name = name.strip()
        for candidate in (name, re.sub(r"['’]s$", "", name)):
            for key in (_key(candidate), fold(candidate)):
                if key in self._by_key:
                    return self._by_key[key]
        return None

    def require(self, name: str) -> str:
        """Like resolve, but an unknown name raises UnknownActorError with the close matches."""
        found = self.resolve(name)
        if found is None:
            raise UnknownActorError(name, self.close_matches(name), sorted(self.actors))
        return found

    def close_matches(self, name: str, limit: int = 5) -> list[str]:
        """Actor ids whose id, name or aliases look like ``name``, best first."""
        from rapidfuzz import fuzz, process  # only for this message: not at every start

        choices = {}
        for a in self.actors.values():
            for alias in [a.id, a.name, *a.aliases]:
                choices[fold(alias)] = a.id
        hits = process.extract(fold(name), list(choices), scorer=fuzz.WRatio, limit=limit * 3)
        ids: list[str] = []
        for alias, score, _ in hits:
            if score >= 60 and choices[alias] not in ids:
                ids.append(choices[alias])
        return ids[:limit]

    def name(self, actor_id: str) -> str:
        """Display name of an id; an id not in the registry (a speaker kept by name) as is."""
        actor = self.actors.get(actor_id)
        return actor.name if actor else actor_id

    def with_aliases(self, extra: dict[str, list[str]]) -> "ActorRegistry":
        """A copy of the registry in which the actors of ``extra`` have its aliases too (the short
        names an article defines for itself, ``rhetoric.extract.abbreviations``); an alias given
        to one actor there is no longer another's ("the bloc", the registry's EU, for an article
        that calls ECOWAS so)."""
        given = {_key(alias) for aliases in extra.values() for alias in aliases}
        actors = [a.model_copy(update={"aliases": [*(x for x in a.aliases if _key(x) not in given or a.id in extra),
                                                   *extra.get(a.id, ())]})
                  if a.id in extra or any(_key(x) in given for x in a.aliases) else a
                  for a in self.actors.values()]
        return ActorRegistry(ActorFile.model_construct(actors=actors, not_actors=list(self.not_actors)), self.path)

    def state_of(self, actor_id: str) -> str | None:
        """The state an actor belongs to (itself for a state), following affiliations; else None."""
        seen, cur = set(), actor_id
        while cur and cur not in seen:
            seen.add(cur)
            actor = self.actors.get(cur)
            if actor is None:
                return None
            if actor.kind == "state":
                return cur
            cur = actor.affiliation
        return None

    # -- mentions in text --------------------------------------------------------------------
    @cached_property
    def _pattern(self) -> tuple[re.Pattern, re.Pattern, dict[str, str | None]]:
        """(exact, fast, lookup). ``exact`` is the definition: every phrase, longest first, short
        ones case-sensitive. ``fast`` is the same phrases as a trie, all case-insensitive, so
        it matches wherever ``exact`` does (and more); see ``_scan``."""
        lookup: dict[str, str | None] = {}
        phrases: list[str] = []
        for phrase in self.not_actors:
            lookup[_key(phrase)] = None
            phrases.append(phrase)
        for a in self.actors.values():
            for alias in a.aliases:
                lookup.setdefault(_key(alias), a.id)
                phrases.append(alias)
        parts = []
        for phrase in longest_first(phrases):
            body = re.escape(phrase).replace("'", "['’]").replace("\\ ", PHRASE_SPACE)
            parts.append(body if len(phrase) <= CASE_SENSITIVE_MAX_LEN else f"(?i:{body})")
        exact = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")
        body = trie(set(phrases))
        try:  # the trie's branches, one per first letter, under re.IGNORECASE
            fast = at_word_start(split_alternatives(body[3:-1]), r"(?![\w-])", ignorecase=True)
        except ValueError:  # a phrase begins with a digit or a sign: no letter to group by
            body += r"(?![\w-])"
            fast = WordStartPattern(re.compile(WORD_START + body, re.IGNORECASE), body, re.IGNORECASE)
        return exact, fast, lookup

    def _scan(self, text: str):
        """The matches of the ``exact`` pattern in ``text``, as ``finditer`` would give them, found
        with the trie (one alternation of hundreds of phrases costs a try of each at every word;
        the trie costs a few character tests). Where the trie's match could be a case-sensitive
        phrase (up to CASE_SENSITIVE_MAX_LEN characters), the exact pattern decides at that
        position; a longer match can only be a case-insensitive phrase, the longest there, which
        is what the exact pattern's longest-first alternation finds too."""
        exact, fast, _ = self._pattern
        pos = 0
        while pos <= len(text):
            for m in fast.finditer(text, pos):
                found = m.group()
                if len(found) <= CASE_SENSITIVE_MAX_LEN or (
                        not found.isalpha() and len(" ".join(found.split())) <= CASE_SENSITIVE_MAX_LEN):
                    checked = exact.match(text, m.start())
                    if checked is None or checked.end() != m.end():
                        if checked is not None:
                            yield checked
                        pos = checked.end() if checked is not None else m.start() + 1
                        break  # go on from there
                yield m
            else:
                return

    @cached_property
    def _actor_of(self) -> dict[str, str | None]:
        return {}  # matched text -> actor id (None: a not_actors phrase); filled as they come

    def _actor_of_text(self, found: str) -> str | None:
        lookup = self._pattern[2]
        key = _key(" ".join(found.split()).replace("’", "'"))  # (a match opens and ends with no space)
        actor = lookup[key] if key in lookup else lookup.get(fold(key))
        if len(self._actor_of) < 100_000:  # spellings of the aliases: few, but keep it bounded
            self._actor_of[found] = actor
        return actor

    def find_mentions(self, text: str, offset: int = 0) -> list[Mention]:
        """Every actor mention in ``text`` (offsets shifted by ``offset``), in order.

        A person's initials right before a surname alone are part of the mention when the first
        is the first letter of the person's name ("A. Vučić", "R. T. Erdoğan"; not "on X. Xi",
        "Part I. Ilham Aliyev").

        The longest alias wins at each position; phrases listed under not_actors hide the
        aliases inside them; a mention directly followed (after spaces only) by another mention
        of the same actor is merged with it ("Serbian President Aleksandar Vučić" is one).
        """
        actor_of = self._actor_of
        out: list[Mention] = []
        for m in self._scan(text):
            found = m.group(0)
            actor = actor_of[found] if found in actor_of else self._actor_of_text(found)
            if actor is None:
                continue
            start, end = m.start() + offset, m.end() + offset
            if "." in text[max(0, m.start() - 2):m.start()] and " " not in found.strip() and \
                    (initials := _initials_start(text, m.start())) < m.start() and \
                    (not out or out[-1].end - offset <= initials) and \
                    self.actors[actor].kind == "person" and \
                    fold(text[initials].lower()) == fold(self.actors[actor].name[:1].lower()):
                # ("A. Vučić", "R. T. Erdoğan"; not "the U.S. Osmani", nor a list's "I. Vučić" or "on X. Vučić",
                # whose letter is no initial of the name)
                start, found = initials + offset, text[initials:m.end()]
            gap = text[out[-1].end - offset:start - offset] if out else "\n"
            if out and out[-1].actor == actor and not gap.strip() and "\n" not in gap:  # (nor across lines)
                prev = out.pop()
                start = prev.start
                found = text[prev.start - offset:m.end()]
            out.append(Mention(actor, start, end, found))
        return out

    def table(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame(
            [{"id": a.id, "name": a.name, "kind": a.kind, "affiliation": a.affiliation,
              "role": a.role, "aliases": ", ".join(a.aliases)} for a in self.actors.values()]
        )


#: A word before a capital and its stop that makes them no initial: a platform's "on X.", a
#: part's number, "Part I.", "Annex V.".
_NOT_BEFORE_INITIALS = re.compile(r"(?<![\w-])(?:on|via|to|from|Part|Annex|Chapter|Section|Article|Appendix|Phase|"
                                  r"Stage|Act|Scene|Book|Volume|Figure|Table|Plan|Group|War)[ \t]+$")


def _initials_start(text: str, pos: int) -> int:
    """Where the initials right before ``pos`` start ("A. ", "R. T. ", "A.V. ", "Ç. ": up to three
    capitals, each with its stop, a space or none after it, not after a letter or a digit): ``pos``
    when there are none."""
    start = i = pos
    for _ in range(3):
        if i > 0 and text[i - 1] in " \t":
            i -= 1
        if i < 2 or text[i - 1] != "." or not text[i - 2].isupper() or i > 2 and text[i - 3].isalnum() or \
                _NOT_BEFORE_INITIALS.search(text, max(0, i - 14), i - 2):
            break  # (not "posted on X. Xi said", "Part I. Aliyev": a platform, a part's number)
        start = i = i - 2
    return start


def load_actors(path: Path | str = DEFAULT_ACTORS) -> ActorRegistry:
    """Read and validate an actors.yml; a problem raises ActorError naming the file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        if problem := check_nesting(text):
            raise ActorError(f"{path}: {problem}")
        data = yaml.safe_load(text)
    except FileNotFoundError:
        raise ActorError(f"{path}: actor registry not found") from None
    except RecursionError:
        raise ActorError(f"{path}: nested too deeply to be read") from None
    except OSError as exc:
        raise ActorError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ActorError(f"{path}: not valid YAML{at}: {problem}") from None
    try:
        spec = ActorFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ActorError(f"{path}: {where}: {first['msg']}") from None
    return ActorRegistry(spec, path)


def actors_for_corpus(corpus_dir: Path | str) -> Path:
    """The registry for a corpus: ``actors.yml`` beside the corpus folder, else the default."""
    beside = Path(corpus_dir).resolve().parent / "actors.yml"
    return beside if beside.is_file() else DEFAULT_ACTORS


def resolve_actor(name: str, registry: ActorRegistry) -> str | None:
    """The one function that turns a name into an actor id (None when unknown)."""
    return registry.resolve(name)


def mention_counts(corpus: pd.DataFrame, registry: ActorRegistry) -> pd.DataFrame:
    """How often each article mentions each actor (by alias; pronouns are not counted).

    Excluded passages (teasers, captions) are not counted. Columns: article_id, actor, name,
    kind, mentions; sorted by total mentions, then id, so the order is stable.
    """
    import pandas as pd

    rows = []
    for article in corpus["article"]:
        counts: dict[str, int] = {}
        for p in article.passages:
            if p.kind == "excluded":
                continue
            for m in registry.find_mentions(article.body[p.start:p.end], p.start):
                counts[m.actor] = counts.get(m.actor, 0) + 1
        for actor, n in counts.items():
            rows.append({"article_id": article.id, "actor": actor, "name": registry.name(actor),
                         "kind": registry.actors[actor].kind, "mentions": n})
    table = pd.DataFrame(rows, columns=["article_id", "actor", "name", "kind", "mentions"]).astype({"mentions": "int64"})
    total = table.groupby("actor")["mentions"].transform("sum")
    return (table.assign(_total=total)
                 .sort_values(["_total", "actor", "article_id"], ascending=[False, True, True])
                 .drop(columns="_total").reset_index(drop=True))
