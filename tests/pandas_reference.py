"""The report computations as they were before they moved into DuckDB: pandas over the whole
statements table. Kept as the reference that tests/test_statement_source.py checks the SQL
against, and that benchmarks/bench_query.py measures the DuckDB path against. Not used by the
reports. Where a report shapes the rows it queried in pandas (the series of a shift, the
by-source pivot), the reference selects its rows in pandas and calls that same shaping.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz

from rhetoric.analysis.alignment import MIN_SIMILARITY, wording_variants
from rhetoric.analysis.focus import _rank, is_auto
from rhetoric.analysis.shift import REQUIRED_COLUMNS, ShiftError, _text, series_of_rows
from rhetoric.markup import md_text
from rhetoric.report.stance_views import by_source_table

# --- loading: the whole table ------------------------------------------------------------------

def load_statements(corpus_dir, registry, annotations_dir=None) -> tuple[pd.DataFrame, str]:
    """rhetoric.analysis.shift.load_statements as it was: the whole table as a frame."""
    from rhetoric.corpus import article_paths
    from rhetoric.store.cache import cached_table

    ids = {p.stem for p in article_paths(corpus_dir)}
    if annotations_dir is not None:
        path = Path(annotations_dir) / "statements.csv"
        if path.is_file():
            table = pd.read_csv(path, dtype=str, keep_default_na=False)
            return table[table["article_id"].isin(ids)].reset_index(drop=True), "hand-coded"
    return cached_table(corpus_dir, registry, "statements"), "automated"


def stance_frame(frame: pd.DataFrame, registry, article: str = "all") -> pd.DataFrame:
    """What rhetoric.report.stance_views.load_statements returned: numbers, targets and names added."""
    frame = frame.copy()
    for column in ("start", "end", "stance"):
        frame[column] = pd.to_numeric(frame[column])
    frame["target"] = frame["target"].fillna("").astype(str)
    frame["speaker_name"] = frame["speaker"].map(registry.name)
    frame["target_name"] = frame["target"].map(lambda t: registry.name(t) if t else "(none)")
    if article != "all":
        frame = frame[frame["article_id"] == article]
    return frame.reset_index(drop=True)


# --- rhetoric.report.stance_views -----------------------------------------------------------------------

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
    return by_source_table(table, articles)


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
    name = md_text(registry.name(focus))
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



# --- rhetoric.analysis.focus ----------------------------------------------------------------------------

def _targeted(statements: pd.DataFrame, registry) -> pd.DataFrame:
    """Attributed statement rows with a target, both ends actors of the registry."""
    rows = statements[(statements["kind"] != "authorial") & (statements["speaker"] != "author")]
    rows = rows[rows["target"].fillna("").astype(str) != ""]
    known = set(registry.actors) - {"author"}
    return rows[rows["speaker"].isin(known) & rows["target"].isin(known)]


def _count_statements(rows: pd.DataFrame, by: str) -> pd.Series:
    """Statements (not rows) per value of ``by``, most first, ties by id."""
    counts = rows.drop_duplicates(["article_id", "statement_id", by]).groupby(by).size()
    return counts.sort_index().sort_values(ascending=False, kind="stable")


def speakers(statements: pd.DataFrame, registry) -> pd.Series:
    """Registry actors by the number of statements with a target they make, most first."""
    return _count_statements(_targeted(statements, registry), "speaker")


def pick_speaker(statements: pd.DataFrame, value: str, registry) -> str:
    """An actor id: ``value`` resolved through the registry, or the auto:N most-quoted speaker."""
    if not is_auto(value):
        return registry.require(value)
    ranked = list(speakers(statements, registry).index)
    rank = _rank(value)
    return ranked[rank - 1] if len(ranked) >= rank else None


def pick_targets(statements: pd.DataFrame, speaker: str, value, registry, most: int = 2) -> list[str]:
    """Target ids: the given names resolved, or the speaker's most frequent targets."""
    if not is_auto(value):
        names = [value] if isinstance(value, str) else list(value)
        return [registry.require(n) for n in names]
    rows = _targeted(statements, registry)
    counts = _count_statements(rows[rows["speaker"] == speaker], "target")
    counts = counts.drop(speaker, errors="ignore")
    if counts.empty:
        return []
    # the speaker's own state and its bodies are left out unless nothing else is addressed
    home = registry.state_of(speaker)
    others = [t for t in counts.index if home is None or registry.state_of(t) != home]
    return (others or list(counts.index))[:most]


def pick_controls(statements: pd.DataFrame, speaker: str, targets: list[str], value, registry,
                  most: int = 2) -> list[dict]:
    """Control cases: as given, or the next speakers toward the same targets (auto)."""
    if not is_auto(value):
        return list(value)
    rows = _targeted(statements, registry)
    rows = rows[rows["target"].isin(targets) & (rows["speaker"] != speaker)
                & ~rows["speaker"].isin(targets)]
    others = list(_count_statements(rows, "speaker").index[:most])
    return [{"speaker": other, "targets": list(targets)} for other in others]


# --- rhetoric.analysis.alignment ------------------------------------------------------------------------

def align_across_sources(statements: pd.DataFrame, min_similarity: int = MIN_SIMILARITY) -> pd.DataFrame:
    """Pairs of statements by one speaker in two articles that render the same words.

    ``statements`` has one row per (statement, target); statements are compared once each.
    Columns: speaker, article_a, quote_a, span_a, article_b, quote_b, span_b, similarity,
    variants. Authorial statements are left out (the two articles' own voices differ).
    """
    cols = ["speaker", "article_a", "quote_a", "span_a", "article_b", "quote_b", "span_b", "similarity", "variants"]
    quoted = statements[statements["kind"].isin(["direct", "partial"])]
    unique = quoted.drop_duplicates(["article_id", "statement_id"])
    articles = sorted(unique["article_id"].unique())
    candidates = []
    for i, a in enumerate(articles):
        for b in articles[i + 1:]:
            left, right = unique[unique["article_id"] == a], unique[unique["article_id"] == b]
            for l in left.itertuples():
                for r in right.itertuples():
                    if l.speaker != r.speaker:
                        continue
                    score = fuzz.token_set_ratio(l.quote, r.quote)
                    if score >= min_similarity:
                        candidates.append((score, l, r))
    used, rows = set(), []
    for score, l, r in sorted(candidates, key=lambda c: (-c[0], c[1].start, c[2].start)):
        if (l.article_id, l.statement_id) in used or (r.article_id, r.statement_id) in used:
            continue
        used |= {(l.article_id, l.statement_id), (r.article_id, r.statement_id)}
        rows.append({"speaker": l.speaker, "article_a": l.article_id, "quote_a": l.quote,
                     "span_a": f"{l.start}-{l.end}", "article_b": r.article_id, "quote_b": r.quote,
                     "span_b": f"{r.start}-{r.end}", "similarity": round(score, 1),
                     "variants": wording_variants(l.quote, r.quote)})
    return pd.DataFrame(rows, columns=cols).sort_values(["speaker", "span_a"]).reset_index(drop=True)


# --- rhetoric.analysis.shift ----------------------------------------------------------------------------

def statement_series(statements: pd.DataFrame, speaker: str, targets: list[str]) -> pd.DataFrame:
    """The ordered statements of ``speaker`` toward any of ``targets``, one row per statement.

    Rows sharing (article_id, statement_id) are one statement: stance and goldstein are the
    means over its rows toward the targets, ``targets`` lists them, ``n_rows`` counts them.
    Order: dated statements by date, then article, then offset; undated ones after them, by
    article and offset. Columns: ``SERIES_COLUMNS``.
    """
    if isinstance(targets, str):
        targets = [targets]
    missing = [c for c in REQUIRED_COLUMNS if c not in statements.columns]
    if missing:
        raise ShiftError(f"statements table lacks the column(s): {', '.join(missing)}")
    wanted = set(targets)
    sel = statements[(statements["speaker"].map(_text) == speaker)
                     & statements["target"].map(_text).isin(wanted)]
    return series_of_rows(sel, speaker, targets)
