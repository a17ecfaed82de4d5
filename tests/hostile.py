"""A hostile actor registry: tests/fork/actors.yml with every display name full of markup.

Each name keeps its actor recognisable ("Anna Vell …") and adds what a shared registry could
carry: an ``<img onerror>``, a ``<script>``, a Markdown ``javascript:`` link, a Markdown image
on a remote server and a bare URL. Used by tests/test_markup.py (the views) and by
tests/test_fork.py (a whole build opened in Chromium).
"""

from __future__ import annotations

from pathlib import Path

import yaml

FORK = Path(__file__).resolve().parent / "fork"


def hostile_name(name: str, actor_id: str) -> str:
    return (f"{name}<img src=x onerror=alert('{actor_id}')><script>alert('{actor_id}')</script>"
            f"[J](javascript:alert('{actor_id}'))![p](http://example.com/{actor_id}.png) "
            f"http://example.com/{actor_id} **b** _i_")


def write_hostile_registry(path: Path) -> Path:
    """Write the fork's registry with hostile display names to ``path``; return it."""
    spec = yaml.safe_load((FORK / "actors.yml").read_text(encoding="utf-8"))
    for actor in spec["actors"]:
        actor["aliases"] = list(dict.fromkeys([actor["name"], *actor.get("aliases", [])]))
        actor["name"] = hostile_name(actor["name"], actor["id"])
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def live_markup(html_text: str) -> list[str]:
    """What of the hostile names became markup in a page: tags, links or images."""
    import re

    patterns = [r"<script>alert\(", r"<img[^>]*onerror", r"""href=["']?javascript:""",
                r"""src=["']?http://example\.com""", r"""href=["']?http://example\.com""",
                r"<strong>b</strong>", r"<em>i</em>"]
    return [p for p in patterns if re.search(p, html_text)]
