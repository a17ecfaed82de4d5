"""The tables the stance report shows: who says what about whom, by source and in all.

- ``load_statements``: hand-coded statements when the corpus has them (or when asked for the
  automated extraction, or when there are none), with display names; says which it used.
- ``stance_matrix``: mean stance of each speaker toward each target.
- ``by_source``: each speaker → target pair per article, and which pairs one article only has.
- ``authorial_framing``: the articles' own evaluative claims, kept apart from the speakers.
- ``statement_table``: the statements with quote, date, source and offsets, for reading.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from rhetoric.errors import RhetoricError

SOURCES = ("gold", "automated")


def load_statements(corpus_dir: Path | str, registry, annotations_dir: Path | str | None = None,
                    source: str = "gold", article: str = "all") -> tuple[pd.DataFrame, str]:
    """Statements (one row per target) and their provenance, "hand-coded" or "automated"."""
    from rhetoric.corpus import article_paths
    from rhetoric.shift import load_statements as statements_of_corpus

    if source not in SOURCES:
        raise RhetoricError(f"unknown statement source '{source}'; use one of: {', '.join(SOURCES)}")
    ids = [p.stem for p in article_paths(corpus_dir)]
    if article != "all" and article not in ids:
        raise RhetoricError(f"unknown article '{article}'; articles: all, {', '.join(ids)}")
    frame, kind = statements_of_corpus(corpus_dir, registry, annotations_dir if source == "gold" else None)
    frame = frame.copy()
    for column in ("start", "end", "stance"):
        frame[column] = pd.to_numeric(frame[column])
    frame["target"] = frame["target"].fillna("").astype(str)
    frame["speaker_name"] = frame["speaker"].map(registry.name)
    frame["target_name"] = frame["target"].map(lambda t: registry.name(t) if t else "(none)")
    if article != "all":
        frame = frame[frame["article_id"] == article]
    return frame.reset_index(drop=True), kind


def attributed(statements: pd.DataFrame) -> pd.DataFrame:
    return statements[statements["kind"] != "authorial"]


def stance_matrix(statements: pd.DataFrame) -> pd.DataFrame:
    """Speaker × target: mean stance, number of statements, min and max (authorial left out)."""
    rows = attributed(statements)
    rows = rows[rows["target"] != ""]
    grouped = rows.groupby(["speaker_name", "target_name"])["stance"]
    table = grouped.agg(mean_stance="mean", n="count", min_stance="min", max_stance="max").reset_index()
    table["mean_stance"] = table["mean_stance"].round(2)
    return table.sort_values(["speaker_name", "target_name"]).reset_index(drop=True)


def by_source(statements: pd.DataFrame) -> pd.DataFrame:
    """Each speaker → target pair: statements and mean stance per article, and who reports it."""
    rows = attributed(statements)
    rows = rows[rows["target"] != ""]
    articles = sorted(statements["article_id"].unique())
    table = (rows.groupby(["speaker_name", "target_name", "article_id"])["stance"]
                 .agg(["mean", "count"]).reset_index())
    wide = table.pivot_table(index=["speaker_name", "target_name"], columns="article_id",
                             values=["mean", "count"]).reset_index()
    wide.columns = [c if isinstance(c, str) else (c[0] if not c[1] else f"{c[0]} {c[1]}") for c in wide.columns]
    for a in articles:
        wide[f"count {a}"] = wide.get(f"count {a}", pd.Series(0, index=wide.index)).fillna(0).astype(int)
        wide[f"mean {a}"] = wide.get(f"mean {a}", pd.Series(float("nan"), index=wide.index)).round(2)

    def reported_by(r):
        present = [a for a in articles if r[f"count {a}"] > 0]
        return "all sources" if len(present) == len(articles) else "only " + ", ".join(present)

    wide["reported by"] = wide.apply(reported_by, axis=1)
    ordered = ["speaker_name", "target_name", "reported by"] + [f"{m} {a}" for a in articles for m in ("count", "mean")]
    return wide[ordered].rename(columns={"speaker_name": "speaker", "target_name": "target"})


def stance_points(statements: pd.DataFrame) -> pd.DataFrame:
    """One row per (statement, target) for dot charts: pair label, article, stance, quote."""
    rows = attributed(statements)
    rows = rows[rows["target"] != ""]
    return pd.DataFrame({
        "pair": rows["speaker_name"] + " → " + rows["target_name"],
        "article_id": rows["article_id"], "stance": rows["stance"],
        "quote": rows["quote"].str.slice(0, 200), "kind": rows["kind"],
        "offsets": rows["start"].astype(str) + "-" + rows["end"].astype(str),
    }).reset_index(drop=True)


def authorial_framing(statements: pd.DataFrame) -> pd.DataFrame:
    """The articles' own voice toward each target: claims, mean stance, per article."""
    rows = statements[statements["kind"] == "authorial"]
    rows = rows[rows["target"] != ""]
    table = (rows.groupby(["article_id", "target_name"])["stance"]
                 .agg(claims="count", mean_stance="mean").reset_index())
    table["mean_stance"] = table["mean_stance"].round(2)
    return table.sort_values(["article_id", "mean_stance", "target_name"]).reset_index(drop=True)


def statement_table(statements: pd.DataFrame) -> pd.DataFrame:
    cols = {"article_id": "article", "statement_id": "id", "speaker_name": "speaker",
            "target_name": "target", "kind": "kind", "stance": "stance", "said_on": "said on",
            "quote": "quote", "start": "start", "end": "end"}
    present = [c for c in cols if c in statements]
    return statements[present].rename(columns=cols).fillna("")


def summarize(statements: pd.DataFrame, focus: str, registry, kind: str) -> str:
    """The headline: how many statements, and what the focus actor says and hears."""
    rows = attributed(statements)
    rows = rows[rows["target"] != ""]
    n_statements = rows.drop_duplicates(["article_id", "statement_id"]).shape[0]
    speakers = rows["speaker"].nunique()
    authorial = statements[statements["kind"] == "authorial"].drop_duplicates(["article_id", "statement_id"]).shape[0]
    name = registry.name(focus)
    said = rows[rows["speaker"] == focus]
    heard = rows[rows["target"] == focus]
    noun = "hand-coded" if kind == "hand-coded" else "automatically extracted"
    text = (f"The articles attribute **{n_statements} {noun} statements** with a target to "
            f"**{speakers} speakers**, besides **{authorial}** evaluative claims in their own voice.")
    if len(said):
        hostile, warm = int((said["stance"] < 0).sum()), int((said["stance"] > 0).sum())
        text += (f" {name} is the speaker of **{said.drop_duplicates(['article_id', 'statement_id']).shape[0]}**: "
                 f"{hostile} hostile or critical and {warm} favourable stances toward their targets.")
    if len(heard):
        text += (f" Others speak about {name} in **{heard.drop_duplicates(['article_id', 'statement_id']).shape[0]}** "
                 f"statements, with a mean stance of **{heard['stance'].mean():+.2f}**.")
    return text


def evaluation_table(corpus_dir: Path | str, registry, annotations_dir: Path | str | None) -> tuple[pd.DataFrame, str]:
    """Automated extraction scored against hand-coded gold, beside the VADER and textacy baselines.

    On a corpus with gold, the scores are this corpus's; without, they are the scores on the
    repository's hand-coded corpus (what a reader of an automated report should expect).
    Returns the table (subset, metric, value, n) and a sentence saying which corpus it is.
    """
    from rhetoric.actors import load_actors
    from rhetoric.paths import DEFAULT_ACTORS, DEFAULT_ANNOTATIONS, DEFAULT_CORPUS
    from rhetoric.annotations import load_statements as load_gold
    from rhetoric.corpus import load_corpus
    from rhetoric.evaluation import report
    from rhetoric.statements import extract_corpus

    gold = load_gold(annotations_dir) if annotations_dir else None
    scope = "this corpus"
    if gold is None:
        corpus_dir, registry, gold = DEFAULT_CORPUS, load_actors(DEFAULT_ACTORS), load_gold(DEFAULT_ANNOTATIONS)
        scope = "the repository's hand-coded corpus (this corpus has no gold to score against)"
    from rhetoric.baselines import textacy_extract_corpus

    bodies = dict(zip(*load_corpus(corpus_dir)[["id", "body"]].T.values))
    scores = report(extract_corpus(corpus_dir, registry, progress=False), gold, bodies,
                    textacy=textacy_extract_corpus(corpus_dir, registry))
    scores["value"] = scores["value"].round(3)
    return scores, scope


#: The scores a reader needs first, in reading order, with plain names.
HEADLINE_METRICS = {
    "statement_precision": "statements found that are real (precision)",
    "statement_recall": "real statements found (recall)",
    "textacy_statement_recall": "real statements found (spaCy + textacy quotations, baseline)",
    "speaker_accuracy": "speaker right",
    "textacy_speaker_accuracy": "speaker right (spaCy + textacy quotations, baseline)",
    "target_recall": "gold targets found",
    "stance_sign_accuracy": "stance sign right (target-aware)",
    "vader_stance_sign_accuracy": "stance sign right (VADER sentence sentiment, baseline)",
    "stance_sign_kappa": "Cohen's kappa, stance sign (target-aware)",
    "vader_stance_sign_kappa": "Cohen's kappa, stance sign (VADER baseline)",
    "date_accuracy": "date right",
}


def headline_scores(scores: pd.DataFrame) -> pd.DataFrame:
    rows = scores[(scores["subset"] == "attributed") & scores["metric"].isin(HEADLINE_METRICS)]
    rows = rows.assign(measure=rows["metric"].map(HEADLINE_METRICS),
                       order=rows["metric"].map(list(HEADLINE_METRICS).index))
    return rows.sort_values("order")[["measure", "value", "n", "metric"]].reset_index(drop=True)


def accuracy_sentence(headline: pd.DataFrame, scope: str) -> str:
    """The extraction's measured accuracy in one Markdown sentence, for the landing page."""
    value = dict(zip(headline["metric"], headline["value"]))

    def pct(metric: str) -> str:
        return f"{value[metric]:.0%}" if metric in value and pd.notna(value[metric]) else "n/a"

    text = (f"Scored against hand coding on {scope}, the automated statement extraction finds "
            f"**{pct('statement_recall')}** of the attributed statements, **{pct('statement_precision')}** "
            f"of what it finds is a real statement, the speaker is right for **{pct('speaker_accuracy')}** "
            f"and the sign of the stance for **{pct('stance_sign_accuracy')}**.")
    if "textacy_statement_recall" in value:
        text += (f" The spaCy + textacy quotation finder, as a baseline, finds "
                 f"{pct('textacy_statement_recall')} of the statements, with the speaker right for "
                 f"{pct('textacy_speaker_accuracy')}.")
    if "vader_stance_sign_accuracy" in value:
        text += (f" Sentence sentiment (VADER) taken as stance gets the sign right for "
                 f"{pct('vader_stance_sign_accuracy')}.")
    return text
