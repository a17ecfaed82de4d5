"""Score extracted statements against hand-coded gold statements.

``evaluate(pred, gold)`` returns a tidy DataFrame (subset, metric, value, n), one row per
metric, for two subsets evaluated separately: ``attributed`` (kind direct/partial/reported)
and ``authorial`` (the article's own voice).

How rows are compared
---------------------
Both tables have one row per (statement, target). Rows are first grouped into *statements*
(article_id, statement_id). A predicted statement matches a gold statement of the same article
when their spans [start, end) overlap; matching is one-to-one, largest overlap first (of equal
overlaps, the pair whose targets and kind agree first). Then:

- ``statement_precision`` = matched / predicted statements, ``statement_recall`` = matched /
  gold statements, ``statement_f1``;
- ``speaker_accuracy``: matched statements whose speaker is the gold speaker (ids, or names
  compared without case and diacritics);
- ``kind_accuracy``: matched statements of the same kind (direct / partial / reported);
- ``target_recall``: gold (statement, target) pairs of matched statements that the prediction
  has too; ``target_precision``: the converse; ``target_accuracy``: matched statements whose
  set of targets is exactly the gold set (an empty target counts as the empty set);
- ``stance_exact_accuracy``, ``stance_sign_accuracy``, ``stance_kappa`` (Cohen's kappa on the
  five values) and ``stance_sign_kappa`` (on −/0/+): over (statement, target) pairs present in
  both;
- ``date_accuracy``: matched statements whose said_on is the gold said_on (both empty agrees);
- ``cameo_accuracy``: (statement, target) pairs with the same CAMEO code.

``vader_baseline(gold)`` scores the baseline: VADER sentiment of each gold span, the same for
every target, as stance (sign accuracy and kappa against the gold stance). ``stance_comparison``
puts it beside the target-aware stance on the same pairs.

``textacy_baseline(rows, gold)`` scores the second baseline, spaCy + textacy direct quotations
with their speakers (``rhetoric.extract.baselines``), on the attributed subset with the same matching:
``textacy_statement_precision``, ``textacy_statement_recall``, ``textacy_statement_f1``,
``textacy_speaker_accuracy`` (over its matched statements) and ``textacy_direct_recall`` (gold
statements of kind direct only, what a quotation finder is built for). ``report(...,
textacy=rows)`` appends them.
"""

from __future__ import annotations

import math
from collections import Counter

import pandas as pd

from rhetoric.actors import fold

ATTRIBUTED = ("direct", "partial", "reported")


def cohen_kappa(a: list, b: list) -> float:
    """Cohen's kappa of two equally long label sequences (nan when empty)."""
    n = len(a)
    if n == 0 or n != len(b):
        return math.nan
    po = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb.get(k, 0) for k in ca) / (n * n)
    if pe == 1:
        return 1.0 if po == 1 else 0.0
    return (po - pe) / (1 - pe)


def sign(x) -> int:
    x = int(x)
    return (x > 0) - (x < 0)


def _clean(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    for col in ("target", "speaker", "said_on", "kind", "cameo"):
        if col not in df:
            df[col] = ""
        df[col] = df[col].fillna("").astype(str).str.strip()
    df["cameo"] = df["cameo"].map(lambda c: c.split(".")[0].zfill(3) if c and c.split(".")[0].isdigit() else c)
    df["said_on"] = df["said_on"].map(lambda d: d[:10])
    df["stance"] = pd.to_numeric(df.get("stance", 0), errors="coerce").fillna(0).astype(int)
    df["start"] = df["start"].astype(int)
    df["end"] = df["end"].astype(int)
    df["statement_id"] = df["statement_id"].astype(str)
    return df


def _statements(df: pd.DataFrame) -> list[dict]:
    out = []
    for (aid, sid), g in df.groupby(["article_id", "statement_id"], sort=False):
        first = g.iloc[0]
        targets = {}
        for _, r in g.iterrows():
            if r["target"]:
                targets[r["target"]] = {"stance": int(r["stance"]), "cameo": r["cameo"]}
        out.append({"article_id": aid, "statement_id": sid, "speaker": first["speaker"],
                    "kind": first["kind"], "start": int(g["start"].min()), "end": int(g["end"].max()),
                    "said_on": first["said_on"], "targets": targets})
    return out


def match_statements(pred: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one matches (pred, gold) of overlapping spans in the same article."""
    pairs = []
    by_article: dict[str, list[dict]] = {}
    for g in gold:
        by_article.setdefault(g["article_id"], []).append(g)
    for i, p in enumerate(pred):
        for g in by_article.get(p["article_id"], []):
            ov = min(p["end"], g["end"]) - max(p["start"], g["start"])
            if ov > 0:
                # (of equal overlaps, the pair that agrees first: a speaker's clauses in one sentence
                # share its span, ``statements.join_sentence_spans``, and their targets and kind
                # tell which gold statement each is)
                agrees = set(p.get("targets", ())) == set(g.get("targets", ())) and p.get("kind") == g.get("kind")
                pairs.append((ov, agrees, i, id(g), p, g))
    pairs.sort(key=lambda x: (-x[0], -x[1]))
    used_p, used_g, out = set(), set(), []
    for _, _, i, gid, p, g in pairs:
        if i in used_p or gid in used_g:
            continue
        used_p.add(i)
        used_g.add(gid)
        out.append((p, g))
    return out


def _same_speaker(a: str, b: str) -> bool:
    return fold(a) == fold(b)


def _score(pred: list[dict], gold: list[dict], subset: str) -> list[dict]:
    rows = []

    def add(metric, value, n):
        rows.append({"subset": subset, "metric": metric, "value": value, "n": n})

    matches = match_statements(pred, gold)
    m = len(matches)
    prec = m / len(pred) if pred else math.nan
    rec = m / len(gold) if gold else math.nan
    add("statement_precision", prec, len(pred))
    add("statement_recall", rec, len(gold))
    add("statement_f1", 2 * prec * rec / (prec + rec) if prec and rec and prec + rec else math.nan, m)
    add("speaker_accuracy", sum(_same_speaker(p["speaker"], g["speaker"]) for p, g in matches) / m if m else math.nan, m)
    add("kind_accuracy", sum(p["kind"] == g["kind"] for p, g in matches) / m if m else math.nan, m)
    g_pairs = sum(len(g["targets"]) for _, g in matches)
    p_pairs = sum(len(p["targets"]) for p, _ in matches)
    both = [(p["targets"][t], g["targets"][t]) for p, g in matches for t in g["targets"] if t in p["targets"]]
    add("target_recall", len(both) / g_pairs if g_pairs else math.nan, g_pairs)
    add("target_precision", len(both) / p_pairs if p_pairs else math.nan, p_pairs)
    add("target_accuracy", sum(set(p["targets"]) == set(g["targets"]) for p, g in matches) / m if m else math.nan, m)
    ps = [x["stance"] for x, _ in both]
    gs = [y["stance"] for _, y in both]
    n = len(both)
    add("stance_exact_accuracy", sum(a == b for a, b in zip(ps, gs)) / n if n else math.nan, n)
    add("stance_sign_accuracy", sum(sign(a) == sign(b) for a, b in zip(ps, gs)) / n if n else math.nan, n)
    add("stance_kappa", cohen_kappa(ps, gs), n)
    add("stance_sign_kappa", cohen_kappa([sign(x) for x in ps], [sign(x) for x in gs]), n)
    add("cameo_accuracy", sum(x["cameo"] == y["cameo"] for x, y in both) / n if n else math.nan, n)
    add("date_accuracy", sum(p["said_on"] == g["said_on"] for p, g in matches) / m if m else math.nan, m)
    dated = [(p, g) for p, g in matches if g["said_on"]]
    add("date_accuracy_dated_gold", sum(p["said_on"] == g["said_on"] for p, g in dated) / len(dated)
        if dated else math.nan, len(dated))
    return rows


def evaluate(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Tidy scores (subset, metric, value, n) of predicted against gold statement rows."""
    pred, gold = _clean(pred), _clean(gold)
    rows = []
    for subset, keep in (("attributed", lambda k: k.isin(ATTRIBUTED)), ("authorial", lambda k: k == "authorial")):
        rows += _score(_statements(pred[keep(pred["kind"])]), _statements(gold[keep(gold["kind"])]), subset)
    return pd.DataFrame(rows, columns=["subset", "metric", "value", "n"])


def vader_baseline(gold: pd.DataFrame, bodies: dict[str, str] | None = None) -> pd.DataFrame:
    """VADER sentiment of each gold span as its stance toward every target of the statement."""
    from rhetoric.extract.stance import vader_stance

    gold = _clean(gold)
    gold = gold[gold["target"] != ""]
    rows = []
    for subset, keep in (("attributed", gold["kind"].isin(ATTRIBUTED)), ("authorial", gold["kind"] == "authorial")):
        g = gold[keep]
        texts = [(bodies[a][s:e] if bodies and a in bodies else q)
                 for a, s, e, q in zip(g["article_id"], g["start"], g["end"], g["quote"].fillna(""))]
        vs = [vader_stance(t) for t in texts]
        gs = list(g["stance"])
        n = len(gs)
        rows += [
            {"subset": subset, "metric": "vader_stance_exact_accuracy",
             "value": sum(a == b for a, b in zip(vs, gs)) / n if n else math.nan, "n": n},
            {"subset": subset, "metric": "vader_stance_sign_accuracy",
             "value": sum(sign(a) == sign(b) for a, b in zip(vs, gs)) / n if n else math.nan, "n": n},
            {"subset": subset, "metric": "vader_stance_kappa", "value": cohen_kappa(vs, gs), "n": n},
            {"subset": subset, "metric": "vader_stance_sign_kappa",
             "value": cohen_kappa([sign(x) for x in vs], [sign(x) for x in gs]), "n": n},
        ]
    return pd.DataFrame(rows, columns=["subset", "metric", "value", "n"])


TEXTACY_METRICS = ("textacy_statement_precision", "textacy_statement_recall", "textacy_statement_f1",
                   "textacy_speaker_accuracy", "textacy_direct_recall")


def textacy_baseline(rows: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Statement precision/recall/F1 and speaker accuracy of the spaCy/textacy quotation
    baseline (``rhetoric.extract.baselines.textacy_extract_corpus``) against the attributed gold
    statements, matched exactly as for the extractor; and its recall of the gold direct quotes."""
    pred, gold = _clean(rows), _clean(gold)
    gold = gold[gold["kind"].isin(ATTRIBUTED)]
    p_st = _statements(pred[pred["kind"].isin(ATTRIBUTED)])
    g_st = _statements(gold)
    base = {r["metric"]: r for r in _score(p_st, g_st, "attributed")}
    out = []
    for metric in ("statement_precision", "statement_recall", "statement_f1", "speaker_accuracy"):
        r = base[metric]
        out.append({"subset": "attributed", "metric": "textacy_" + metric, "value": r["value"], "n": r["n"]})
    g_direct = [g for g in g_st if g["kind"] == "direct"]
    m = len(match_statements(p_st, g_direct))
    out.append({"subset": "attributed", "metric": "textacy_direct_recall",
                "value": m / len(g_direct) if g_direct else math.nan, "n": len(g_direct)})
    return pd.DataFrame(out, columns=["subset", "metric", "value", "n"])


def report(pred: pd.DataFrame, gold: pd.DataFrame, bodies: dict[str, str] | None = None,
           textacy: pd.DataFrame | None = None) -> pd.DataFrame:
    """``evaluate`` and ``vader_baseline`` in one table, for a notebook or the console; with
    ``textacy`` (rows of ``rhetoric.extract.baselines.textacy_extract_corpus`` on the same corpus), the
    textacy quotation baseline's rows (``TEXTACY_METRICS``) are appended."""
    parts = [evaluate(pred, gold), vader_baseline(gold, bodies)]
    if textacy is not None:
        parts.append(textacy_baseline(textacy, gold))
    return pd.concat(parts, ignore_index=True)


def main(argv: list[str] | None = None) -> int:
    """Print the scores of the statements extracted from CORPUS against hand coding:
    ``python -m rhetoric.extract.evaluation CORPUS GOLD.csv [--actors actors.yml]``."""
    import argparse

    from rhetoric.actors import actors_for_corpus, load_actors
    from rhetoric.corpus import iter_articles

    ap = argparse.ArgumentParser(prog="python -m rhetoric.extract.evaluation", description=main.__doc__)
    ap.add_argument("corpus")
    ap.add_argument("gold", help="hand-coded statements.csv")
    ap.add_argument("--actors")
    ap.add_argument("--no-textacy", action="store_true", help="skip the spaCy/textacy quotation baseline")
    args = ap.parse_args(argv)
    registry = load_actors(args.actors or actors_for_corpus(args.corpus))
    from rhetoric.extract.statements import extract_corpus

    pred = extract_corpus(args.corpus, registry, progress=False)
    gold = pd.read_csv(args.gold, dtype=str, keep_default_na=False)
    bodies = {a.id: a.body for a in iter_articles(args.corpus)}
    textacy = None
    if not args.no_textacy:
        from rhetoric.extract.baselines import textacy_extract_corpus

        textacy = textacy_extract_corpus(args.corpus, registry)
    table = report(pred, gold, bodies, textacy)
    with pd.option_context("display.max_rows", 200, "display.width", 120):
        print(table.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
