"""Memos of the extraction (kept for speed) answer as the rules they remember: the outlets of a
registry (``roles.is_outlet_name``) and the own side of a speaker (``targets.own_side``)."""

from __future__ import annotations

from pathlib import Path

from rhetoric.actors import fold, load_actors
from rhetoric.extract import roles

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
