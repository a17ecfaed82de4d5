"""Memos of the extraction (kept for speed) answer as the rules they remember: the outlets of a
registry (``roles.is_outlet_name``), the own side of a speaker (``targets.own_side``) and the
states of a counterpart's word (``targets.counterparts``)."""

from __future__ import annotations

from pathlib import Path

from rhetoric.actors import fold, load_actors
from rhetoric.corpus import read_article
from rhetoric.extract import roles, targets
from rhetoric.extract.context import ArticleContext
from rhetoric.extract.roles import roles_of

ROOT = Path(__file__).resolve().parent.parent


def _rule(registry, ref, text=""):
    if ref is not None and ref in roles.roles_of(registry).outlets:
        return True
    name = fold(text or ref or "")
    return name in roles._PLATFORMS or bool(roles._MEDIA_WORD.search(name))


def test_outlet_memo_gives_the_rule_s_answer_asked_once_or_twice():
    registry = load_actors(ROOT / "tests" / "realistic" / "balkans" / "actors.yml")
    asks = [(a, "") for a in registry.actors] + [(None, n) for n in (
        "Informer TV", "Kosovo Online", "Truth Social", "Aleksandar Vucic", "X", "RTS", "Serbia", "")]
    for _ in range(2):
        for ref, text in asks:
            assert roles.is_outlet_name(registry, ref, text) == _rule(registry, ref, text), (ref, text)
    assert any(roles.is_outlet_name(registry, ref, text) for ref, text in asks)


def test_outlet_memo_is_the_registry_s_own():
    a = load_actors(ROOT / "data" / "actors.yml")
    media = next(x.id for x in a.actors.values() if x.kind == "media")
    assert roles.is_outlet_name(a, media)
    b = load_actors(ROOT / "data" / "actors.yml")
    b.actors[media] = b.actors[media].model_copy(update={"kind": "organisation"})
    assert roles.is_outlet_name(b, media) == _rule(b, media)
    assert roles.roles_of(b).outlet_memo is not roles.roles_of(a).outlet_memo


def test_own_side_memo_is_the_rule_s_answer_for_every_speaker():
    from rhetoric.corpus import iter_articles
    from rhetoric.extract import targets
    from rhetoric.extract.context import ArticleContext

    registry = load_actors(ROOT / "data" / "actors.yml")
    article = next(iter(iter_articles(ROOT / "data" / "corpus")))
    ctx = ArticleContext(article, registry)
    for _ in range(2):
        for speaker in [*registry.actors, "author", "Someone Unknown"]:
            assert targets.own_side(ctx, speaker) == targets._own_side(ctx, speaker)
    assert any(len(targets.own_side(ctx, s)) > 1 for s in registry.actors)


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
