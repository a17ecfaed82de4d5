"""Memos and short cuts the extraction keeps for speed: each gives what the plain computation
gives, and a memo kept per registry is not shared by another registry."""
from pathlib import Path

from rhetoric.actors import load_actors
from rhetoric.corpus import read_article
from rhetoric.extract import targets
from rhetoric.extract.context import ArticleContext
from rhetoric.extract.roles import roles_of

ROOT = Path(__file__).resolve().parents[1]


def _context(tmp_path, body: str, registry) -> ArticleContext:
    p = tmp_path / "m1.md"
    p.write_text(f"---\nid: m1\ntitle: t\noutlet: null\npublished: 2025-05-09\nlanguage: en\n---\n{body}\n",
                 encoding="utf-8")
    return ArticleContext(read_article(p), registry)


def _states_plain(registry, word: str) -> list:
    return [a for a in registry.actors.values() if a.kind == "state" and
            any(x.lower().startswith(word) for x in [a.name] + list(a.aliases))]


def test_counterpart_states_are_memoised_per_registry(tmp_path):
    body = "Tusk phoned his Hungarian counterpart and then his Turkish counterpart on Monday."
    unseen = load_actors(ROOT / "tests" / "unseen" / "actors.yml")
    study = load_actors(ROOT / "data" / "actors.yml")
    # the memo of one registry is never read for another (the third pass starts a new one)
    for registry in (unseen, study, unseen):
        ctx = _context(tmp_path, body, registry)
        found = targets.counterparts(ctx, 0, len(ctx.body), "tusk")
        memo = roles_of(registry).states_by_prefix
        assert set(memo) >= {"hung", "turk"}
        for word, states in memo.items():
            assert states == _states_plain(registry, word), word
        if registry is unseen:  # the Hungarian with Tusk's role (prime minister); no Turkish one
            assert [t for t, _s, _e in found] == ["orban"]
