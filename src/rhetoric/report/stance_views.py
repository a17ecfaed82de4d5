"""The tables the stance report shows: who says what about whom, by source and in all.

- ``stance_matrix``: mean stance of each speaker toward each target.
- ``by_source``: each speaker → target pair per article, and which pairs one article only has.
- ``authorial_framing``: the articles' own evaluative claims, kept apart from the speakers.
- ``statement_table``: the statements with quote, date, source and offsets, for reading.
- ``evaluation_table``: the automated extraction scored against hand coding.
- ``reliability``: the study's own reliability: the extraction scored as a second coder, and a
  second human coder (``annotations_b/`` beside the annotations) when there is one.

Each takes the statements as ``rhetoric.store.loading.load_statements`` returns them (a
``rhetoric.store.source.StatementSource`` with display names; a frame of statement rows also
works) and asks DuckDB for its counts and means, or for the columns of the rows it lists:
pandas receives what the report shows. Rounding and the final order of the small results stay
in pandas, as before.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from rhetoric.markup import md_text
from rhetoric.store.source import as_source

#: Statements attributed to a speaker (not the article's own voice), with a target.
ATTRIBUTED = "kind IS DISTINCT FROM 'authorial' AND coalesce(target, '') <> ''"


def stance_matrix(statements) -> pd.DataFrame:
    """Speaker × target: mean stance, number of statements, min and max (authorial left out)."""
    table = as_source(statements).query(f"""
        SELECT speaker_name, target_name, avg(stance) AS mean_stance, count(stance) AS n,
               min(stance) AS min_stance, max(stance) AS max_stance
        FROM named_statements WHERE {ATTRIBUTED} AND speaker IS NOT NULL
        GROUP BY speaker_name, target_name ORDER BY speaker_name, target_name""")
    table["mean_stance"] = table["mean_stance"].round(2)
    return table


def _articles(statements) -> list[str]:
    """The articles that have statements (any kind), sorted."""
    found = as_source(statements).query("SELECT DISTINCT article_id FROM statements WHERE article_id IS NOT NULL")
    return sorted(found["article_id"])


def by_source(statements) -> pd.DataFrame:
    """Each speaker → target pair: statements and mean stance per article, and who reports it."""
    articles = _articles(statements)
    table = as_source(statements).query(f"""
        SELECT speaker_name, target_name, article_id, avg(stance) AS mean, count(stance) AS count
        FROM named_statements WHERE {ATTRIBUTED} AND speaker IS NOT NULL
        GROUP BY speaker_name, target_name, article_id
        ORDER BY speaker_name, target_name, article_id""")
    return by_source_table(table, articles)


#: Up to this many articles, ``by_source`` has a count and a mean column per article; above,
#: one row per pair with the articles listed in one column.
WIDE_UP_TO = 3


def by_source_table(table: pd.DataFrame, articles: list[str]) -> pd.DataFrame:
    """``by_source``'s table from one row per speaker, target and article (mean, count)."""
    if len(articles) > WIDE_UP_TO:
        return _by_source_long(table, articles)
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


#: The articles ``by_source`` names in a pair's row (those with most statements); the others are counted.
BY_ARTICLE_SHOWN = 10


def _by_article(group: pd.DataFrame) -> str:
    shown = "; ".join(f"{a}: {int(c)} × {m:+.1f}" for a, c, m in
                      zip(group["article_id"][:BY_ARTICLE_SHOWN], group["count"], group["mean"]))
    more = len(group) - BY_ARTICLE_SHOWN
    return shown + (f"; and {more:,} more articles" if more > 0 else "")


def _by_source_long(table: pd.DataFrame, articles: list[str]) -> pd.DataFrame:
    """One row per speaker → target pair: how many articles and statements, the mean stance,
    and each article's count and mean ("a1: 2 × −1.5; a2: 1 × +2.0"), most statements first."""
    rows = []
    for (speaker, target), group in table.groupby(["speaker_name", "target_name"], sort=True):
        group = group.sort_values(["count", "article_id"], ascending=[False, True])
        n = int(group["count"].sum())
        mean = float((group["mean"] * group["count"]).sum() / n) if n else float("nan")
        rows.append({"speaker": speaker, "target": target,
                     "reported by": "all sources" if len(group) == len(articles) else f"{len(group)} of {len(articles)} articles",
                     "statements": n, "mean": round(mean, 2),
                     "by article": _by_article(group)})
    out = pd.DataFrame(rows, columns=["speaker", "target", "reported by", "statements", "mean", "by article"])
    return out.sort_values(["statements", "speaker", "target"], ascending=[False, True, True]).reset_index(drop=True)


def stance_points(statements) -> pd.DataFrame:
    """One row per (statement, target) for dot charts: pair label, article, stance, quote (its
    first 200 characters), in corpus order."""
    return as_source(statements).query(f"""
        SELECT speaker_name || ' → ' || target_name AS pair, article_id, stance,
               substr(quote, 1, 200) AS quote, kind,
               CAST("start" AS VARCHAR) || '-' || CAST("end" AS VARCHAR) AS offsets
        FROM named_statements WHERE {ATTRIBUTED} ORDER BY _file, _row""")


def aligned_quotes(statements) -> pd.DataFrame:
    """The same statement as two articles quote it (``rhetoric.analysis.alignment``), with the
    two wordings as a word-level redline: struck words only in article a, underlined only in b."""
    from rhetoric.analysis.alignment import align_across_sources, word_diff
    from rhetoric.report.tables import Redline

    table = align_across_sources(statements)
    redline = [Redline(word_diff(a, b)) for a, b in zip(table["quote_a"], table["quote_b"])]
    return table.drop(columns=["variants"]).assign(**{REDLINE: redline})


#: The redline column of ``aligned_quotes``, and the columns its table shows (the two quotes
#: themselves are in each row's toggle: the redline holds both).
REDLINE = "wording (struck: only in a; underlined: only in b)"
ALIGNED_KEY = ["speaker", REDLINE, "article_a", "span_a", "article_b", "span_b", "similarity"]


def authorial_framing(statements) -> pd.DataFrame:
    """The articles' own voice toward each target: claims, mean stance, per article."""
    table = as_source(statements).query("""
        SELECT article_id, target_name, count(stance) AS claims, avg(stance) AS mean_stance
        FROM named_statements WHERE kind = 'authorial' AND coalesce(target, '') <> ''
          AND article_id IS NOT NULL
        GROUP BY article_id, target_name""")
    table["mean_stance"] = table["mean_stance"].round(2)
    return table.sort_values(["article_id", "mean_stance", "target_name"]).reset_index(drop=True)


#: The statement table's columns: stored (or named) column → heading.
STATEMENT_TABLE_COLUMNS = {"article_id": "article", "statement_id": "id", "speaker_name": "speaker",
                           "target_name": "target", "kind": "kind", "stance": "stance",
                           "said_on": "said on", "quote": "quote", "start": "start", "end": "end"}


def statement_table(statements) -> pd.DataFrame:
    """Every statement row for reading: article, id, speaker, target, kind, stance, date,
    quote and offsets, in corpus order."""
    source = as_source(statements)
    present = set(source.columns) | {"speaker_name", "target_name"}
    columns = [c for c in STATEMENT_TABLE_COLUMNS if c in present]
    selected = ", ".join(f'"{c}" AS "{STATEMENT_TABLE_COLUMNS[c]}"' for c in columns)
    return source.query(f"SELECT {selected} FROM named_statements ORDER BY _file, _row").fillna("")


def summarize(statements, focus: str, registry, kind: str) -> str:
    """The headline: how many statements, and what the focus actor says and hears."""
    one = "DISTINCT (article_id, statement_id)"
    said, heard = f"{ATTRIBUTED} AND speaker = focus", f"{ATTRIBUTED} AND target = focus"
    counts = as_source(statements).query(f"""
        SELECT count({one}) FILTER (WHERE {ATTRIBUTED}) AS n_statements,
               count(DISTINCT speaker) FILTER (WHERE {ATTRIBUTED}) AS speakers,
               count({one}) FILTER (WHERE kind = 'authorial') AS authorial,
               count(*) FILTER (WHERE {said}) AS said_rows,
               count({one}) FILTER (WHERE {said}) AS said,
               count(*) FILTER (WHERE {said} AND stance < 0) AS hostile,
               count(*) FILTER (WHERE {said} AND stance > 0) AS warm,
               count(*) FILTER (WHERE {heard}) AS heard_rows,
               count({one}) FILTER (WHERE {heard}) AS heard,
               avg(stance) FILTER (WHERE {heard}) AS heard_mean
        FROM statements, (SELECT CAST(? AS VARCHAR) AS focus)""", [focus]).to_dict("records")[0]
    name = md_text(registry.name(focus)) if focus is not None else ""
    noun = "hand-coded" if kind == "hand-coded" else "automatically extracted"
    text = (f"The articles attribute **{counts['n_statements']} {noun} statements** with a target to "
            f"**{counts['speakers']} speakers**, besides **{counts['authorial']}** evaluative claims in their own voice.")
    if focus is None:
        text += (" No speaker is followed: none of the speakers quoted with a target is an actor of the "
                 "registry (the note at the top of the report names them, and the next step).")
    if counts["said_rows"]:
        text += (f" {name} is the speaker of **{counts['said']}**: "
                 f"{counts['hostile']} hostile or critical and {counts['warm']} favourable stances toward their targets.")
    if counts["heard_rows"]:
        text += (f" Others speak about {name} in **{counts['heard']}** "
                 f"statements, with a mean stance of **{counts['heard_mean']:+.2f}**.")
    return text


def evaluation_table(corpus_dir: Path | str, registry, annotations_dir: Path | str | None,
                     statements: Path | str | None = None) -> tuple[pd.DataFrame, str]:
    """Automated extraction scored against hand-coded gold, beside the VADER and textacy baselines.

    On a corpus with gold, the scores are this corpus's (of the statements store
    ``statements`` when one is given); without, they are the scores on the repository's
    hand-coded corpus (what a reader of an automated report should expect). The automated
    statements are read from the derived-table cache (``rhetoric.store.loading.statements_to_score``).
    The spaCy + textacy baseline is not run here: its scores on the study corpus are read from
    the table ``make baselines`` writes (``rhetoric.store.baseline_scores``), and on any other
    corpus with gold they are left out (``baselines_note`` says so).
    Returns the table (subset, metric, value, n) and a sentence saying which corpus it is.
    """
    from rhetoric.corpus import load_corpus
    from rhetoric.extract.evaluation import report
    from rhetoric.store import baseline_scores
    from rhetoric.store.loading import statements_to_score

    scoring = statements_to_score(corpus_dir, registry, annotations_dir, statements)
    scope = ("this corpus" if scoring.own_corpus else
             "the repository's hand-coded corpus (this corpus has no gold to score against)")
    bodies = dict(zip(*load_corpus(scoring.corpus_dir)[["id", "body"]].T.values))
    scores = report(scoring.predicted, scoring.gold, bodies)
    if baseline_scores.is_study(scoring.corpus_dir, annotations_dir if scoring.own_corpus else None):
        scores = pd.concat([scores, baseline_scores.read_scores()], ignore_index=True)
    scores["value"] = scores["value"].round(3)
    return scores, scope


def baselines_note(scores: pd.DataFrame) -> str:
    """Where the spaCy + textacy baseline's scores in ``scores`` come from, in one sentence."""
    from rhetoric.paths import PROJECT_ROOT
    from rhetoric.store.baseline_scores import REMAKE_COMMAND, TABLE

    where = TABLE.relative_to(PROJECT_ROOT) if TABLE.is_relative_to(PROJECT_ROOT) else TABLE.relative_to(TABLE.parents[2])
    table = f"`{where.as_posix()}`"
    if scores["metric"].str.startswith("textacy_").any():
        return (f"The spaCy + textacy baseline's scores are read from {table}, computed on the study "
                f"corpus by `{REMAKE_COMMAND}` (which installs spaCy and textacy and remakes it).")
    return (f"The spaCy + textacy baseline is scored on the study corpus only ({table}, remade by "
            f"`{REMAKE_COMMAND}`), so it is not shown here.")


def realistic_sentence(table: pd.DataFrame) -> str:
    """What the realistic sets (``rhetoric.extract.realistic.score_all``) say of the extraction,
    in one Markdown sentence: the lowest and highest figure of the sets for each measure."""
    if table.empty:
        return "The realistic test sets (tests/realistic) are not present, so the extraction was not measured on them."
    by = table.groupby("measure")["value"]
    low, high = by.min(), by.max()
    n_sets, n_articles = table["set"].nunique(), int(table.drop_duplicates("set")["articles"].sum())

    def span(m: str) -> str:
        a, b = f"{low[m]:.0%}", f"{high[m]:.0%}"
        return f"**{a}**" if a == b else f"**{a}–{b}**"

    return (f"On {n_articles} realistic articles written in other styles, with hand-coded gold ({n_sets} sets in "
            f"`tests/realistic`: a development set and sets written by others), the extraction finds {span('recall')} of "
            f"the statements, and {span('precision')} of what it finds is a real statement. Of the statements it "
            f"finds, the speaker is right for {span('speaker')}, the target for {span('target')}, the sign of the "
            f"stance toward a right target for {span('stance')} and the date for {span('said_on')} (lowest and "
            f"highest of the sets). The newest held-out set, written in styles no rule was written for "
            f"(tests/realistic/README.md lists them), is the fairer guide for a fork whose articles are unlike "
            f"these; everywhere, the target is the weakest link: check it against the quote.")


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


#: The agreement measures the reliability section shows (``rhetoric.analysis.agreement``).
RELIABILITY_METRICS = ["unitizing", "speaker", "target_pairs", "stance_alpha", "stance_kappa", "stance_exact", "said_on"]
#: The second human coder's folder, beside the first coder's.
SECOND_CODER = "annotations_b"


def second_coder(annotations_dir: Path | str | None) -> Path | None:
    """``annotations_b/`` beside the first coder's folder, when it holds a statements.csv."""
    if not annotations_dir:
        return None
    folder = Path(annotations_dir).resolve().parent / SECOND_CODER
    return folder if (folder / "statements.csv").is_file() else None


def reliability(corpus_dir: Path | str, registry, annotations_dir: Path | str | None,
                statements: Path | str | None = None) -> tuple[pd.DataFrame, str]:
    """The study's reliability, measured as ``python -m rhetoric agreement`` measures it: the hand
    coding against the automated extraction taken as a second coder (on the corpus the extraction
    is scored on, ``rhetoric.store.loading.statements_to_score``), and against a second human
    coder's ``annotations_b/`` when there is one. Returns the table (comparison, measure, value,
    n) and a Markdown sentence."""
    from rhetoric.analysis.agreement import agreement, verdict
    from rhetoric.store.loading import statements_to_score

    scoring = statements_to_score(corpus_dir, registry, annotations_dir, statements)
    scope = "this corpus" if scoring.own_corpus else "the repository's hand-coded corpus"
    results = {"hand coding vs automated extraction": agreement(scoring.gold, scoring.predicted)}
    second = second_coder(annotations_dir) if scoring.own_corpus else None
    if second is not None:
        from rhetoric.annotations import load_coded_statements

        results["first vs second human coder"] = agreement(scoring.gold, load_coded_statements(second))
    parts = []
    for comparison, result in results.items():
        rows = result.table.set_index("metric").loc[RELIABILITY_METRICS].reset_index()
        parts.append(rows.assign(comparison=comparison, value=rows["value"].round(3)))
    table = pd.concat(parts, ignore_index=True)[["comparison", "measure", "value", "n", "metric"]]
    auto = results["hand coding vs automated extraction"]
    alpha = auto.value("stance_alpha")
    text = (f"Scored as a second coder on {scope}, with the measure a reliability round uses, the automated "
            f"extraction's stances agree with the hand coding at **Krippendorff's α = {alpha:.2f}** (ordinal, "
            f"{auto.table.set_index('metric').at['stance_alpha', 'n']} statement–target pairs both coded; "
            f"{verdict(alpha)}); both found {auto.value('unitizing'):.0%} of the statements either found.")
    if second is not None:
        human = results["first vs second human coder"]
        text += (f" Two human coders agree at **α = {human.value('stance_alpha'):.2f}** "
                 f"({verdict(human.value('stance_alpha'))}), and both found {human.value('unitizing'):.0%} "
                 f"of the statements either found.")
    else:
        text += (" No second human coder has coded this corpus yet: a folder `annotations_b/` beside the "
                 "annotations would be compared here (the codebook says how to run a reliability round).")
    return table, text
