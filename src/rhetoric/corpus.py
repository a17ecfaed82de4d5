"""Load a corpus directory of articles (Markdown with YAML front matter) and describe its text.

An article file is ``<id>.md``: a front matter block between two ``---`` lines, then the body
exactly as received. Every character offset in this project refers to the body as stored, so
the body is never normalised, trimmed or re-encoded.

What this module gives:
- ``iter_articles(dir)`` streams validated ``Article`` objects, one file at a time;
- ``load_corpus(dir)`` collects them into a DataFrame, one row per article;
- ``Article.text`` is the body as the extraction reads it: a hard-wrapped paragraph's line breaks
  read as spaces (``unwrapped``), the same length, so its offsets are the body's;
- ``passages(article)`` splits that text into paragraphs and says which are not article text
  (image placeholders, captions, promotional teasers, headings);
- ``sentences(article)`` splits the article text into sentences with their offsets.

Every problem with a file raises ``CorpusError`` naming the file and the problem.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from rhetoric.errors import RhetoricError
from rhetoric.yaml_limits import check_nesting

if TYPE_CHECKING:  # pandas is imported where a table is made: reading articles does not need it
    import pandas as pd

#: Articles larger than this are refused: the extraction holds one article in memory at a time.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024

ARTICLE_SUFFIX = ".md"
#: A UTF-8 byte-order mark at the start of a file is skipped.
BOM = "\ufeff"

#: The range of publication dates an article may have.
EARLIEST_DATE = dt.date(1800, 1, 1)
LATEST_DATE = dt.date(2200, 12, 31)


class CorpusError(RhetoricError):
    """A corpus file that cannot be used, with the file and the problem."""

    def __init__(self, path: Path | str, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class Exclusion(BaseModel):
    """A paragraph of the body that is not part of the article, declared in the front matter."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description="the paragraph starts with this text")
    reason: str = Field(min_length=1)


class FrontMatter(BaseModel):
    """The validated front matter of one article. Unknown keys are kept (extra='allow')."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    title: str = Field(min_length=1)
    outlet: str | None = Field(description="null when the source does not say")
    published: dt.date
    language: str = Field(min_length=2)
    published_precision: Literal["exact", "estimated"] = "exact"
    published_earliest: dt.date | None = None
    published_latest: dt.date | None = None
    published_basis: str | None = None
    exclude: list[Exclusion] = []

    @field_validator("published", "published_earliest", "published_latest")
    @classmethod
    def _in_range(cls, value: dt.date | None) -> dt.date | None:
        # the analyses count days from these dates (and pandas holds 1677–2262 only): a year 1
        # or 9999 passed validation, then broke 3 of 5 reports with an OverflowError
        if value is not None and not EARLIEST_DATE <= value <= LATEST_DATE:
            raise ValueError(f"{value.isoformat()} is out of range: a publication date lies between "
                             f"{EARLIEST_DATE.isoformat()} and {LATEST_DATE.isoformat()}")
        return value

    @model_validator(mode="after")
    def _bounds_contain_published(self) -> "FrontMatter":
        lo = self.published_earliest or self.published
        hi = self.published_latest or self.published
        if not lo <= self.published <= hi:
            raise ValueError(
                f"published {self.published} lies outside published_earliest {lo} "
                f"… published_latest {hi}"
            )
        return self


@dataclass(frozen=True)
class Passage:
    """A paragraph (a line, or the lines of a hard-wrapped paragraph) of a body: offsets into the body,
    its kind, and why if excluded."""

    start: int
    end: int
    kind: Literal["text", "heading", "bullet", "excluded"]
    reason: str = ""


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    passage_kind: str


@dataclass
class Article:
    meta: FrontMatter
    body: str
    path: Path
    extra: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.meta.id

    @cached_property
    def text(self) -> str:
        """The body as the extraction reads it: a hard-wrapped paragraph's line breaks read as
        spaces (``unwrapped``), a typist's note inside a sentence as spaces (``without_typists_notes``),
        copy dictated over the telephone with its marks (``dictated``), and the pictographs that open
        a line as spaces (``PICTOGRAPH_MARK``), and the dash of an old-style colon that ends a line
        as a space (``_COLON_DASH``).
        The same length as ``body``, so every offset is the body's."""
        text = dictated(without_typists_notes(unwrapped(self.body)))
        if ":—" in text or ":-" in text:
            text = _COLON_DASH.sub(lambda m: ":" + " " * (len(m.group()) - 1), text)
        # (a pictograph lies above U+2600: one C-level look at the highest character skips most texts)
        return _pictographs_as_spaces(text) if text and max(text) >= "\u2600" else text

    @cached_property
    def passages(self) -> list[Passage]:
        return passages(self.text, self.meta.exclude, written=self.body)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences(self)


# --- reading and validation ------------------------------------------------------------------

class _FrontMatterLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as strings, so pydantic validates them with a clear message
    (PyYAML itself raises a bare ValueError on an impossible date such as 2025-02-30)."""


class _FastFrontMatterLoader(getattr(yaml, "CSafeLoader", _FrontMatterLoader)):
    """The same with libyaml's parser (PyYAML's wheels include it): about ten times faster than
    the pure-Python one, which took 5–10 % of the extraction time. Its error marks are less
    precise, so a file it rejects is parsed again with ``_FrontMatterLoader`` for the message."""


_FrontMatterLoader.yaml_implicit_resolvers = _FastFrontMatterLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _load_front_matter(text: str):
    try:
        return yaml.load(text, Loader=_FastFrontMatterLoader)
    except yaml.YAMLError:
        return yaml.load(text, Loader=_FrontMatterLoader)  # raises, with the precise position

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)


def read_article(path: Path | str) -> Article:
    """Read and validate one article file; raise CorpusError naming the file and the problem."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CorpusError(path, f"cannot be read ({exc.strerror})") from None
    if size > MAX_ARTICLE_BYTES:
        raise CorpusError(
            path,
            f"is {size / 1024 / 1024:.1f} MB; articles are limited to "
            f"{MAX_ARTICLE_BYTES // 1024 // 1024} MB (split it into several articles)",
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:  # unreadable (permissions), a folder named x.md, a vanished file
        raise CorpusError(path, f"cannot be read ({exc.strerror or exc})") from None
    if b"\x00" in raw:
        raise CorpusError(path, "is a binary file (it contains NUL bytes), not a Markdown article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CorpusError(
            path, f"is not valid UTF-8 (byte {exc.start}, line {line}): save it as UTF-8"
        ) from None
    if text.startswith(BOM):  # a byte-order mark some editors write: not part of the article
        text = text[len(BOM):]
    match = _FRONT_MATTER.match(text)
    if not match and "\r" in text[:200] and "\n" not in text[:text.index("\r") + 2]:
        raise CorpusError(path, "has old Mac line endings (CR only): save it with LF (or CRLF) line endings, "
                                "which paragraphs and the front matter are split on")
    if not match:
        raise CorpusError(
            path, "has no front matter: the file must start with a '---' line, YAML, and a '---' line"
        )
    if problem := check_nesting(match.group(1)):
        raise CorpusError(path, f"front matter {problem}")
    try:
        data = _load_front_matter(match.group(1))
    except RecursionError:
        raise CorpusError(path, "front matter is nested too deeply to be read") from None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" at front matter line {where.line + 1}" if where else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CorpusError(path, f"has invalid YAML in its front matter{at}: {problem}") from None
    if not isinstance(data, dict):
        raise CorpusError(path, "front matter is not a mapping of fields (key: value)")
    try:
        meta = FrontMatter.model_validate(data)
    except ValidationError as exc:
        raise CorpusError(path, _describe_validation_error(exc)) from None
    if meta.id != path.stem:
        raise CorpusError(path, f"id '{meta.id}' does not match the file name '{path.name}'")
    body = text[match.end():]
    if not body.strip():
        raise CorpusError(path, "has an empty body: there is no article text after the front matter")
    return Article(meta=meta, body=body, path=path)


def _describe_validation_error(exc: ValidationError) -> str:
    problems = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "front matter"
        if err["type"] == "missing":
            problems.append(f"missing required field '{where}'")
        elif "date" in err["type"]:
            problems.append(f"field '{where}' is not a valid date ({err['input']!r}): use YYYY-MM-DD")
        else:
            problems.append(f"field '{where}': {err['msg']}")
    return "; ".join(problems)


def _scan(corpus_dir: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """The article names of a corpus folder, and the entries that look like articles but are
    not read, each with the reason (``skipped_entries``)."""
    names, skipped = [], []
    root = corpus_dir.resolve()
    with os.scandir(corpus_dir) as entries:
        for e in entries:
            suffix = Path(e.name).suffix
            if suffix.lower() != ARTICLE_SUFFIX:
                continue
            if suffix != ARTICLE_SUFFIX:
                skipped.append((e.name, f"is named '{suffix}', not '{ARTICLE_SUFFIX}': rename it to have it read"))
                continue
            if e.is_symlink():
                try:
                    target = Path(e.path).resolve(strict=True)
                except (OSError, RuntimeError):
                    skipped.append((e.name, "is a symbolic link that loops or points to nothing"))
                    continue
                if not target.is_relative_to(root):
                    skipped.append((e.name, f"is a symbolic link to {target}, outside the corpus folder: "
                                            f"copy the file in to have it read"))
                    continue
            if e.is_dir():
                skipped.append((e.name, "is a folder, not a file"))
            elif not e.is_file():
                skipped.append((e.name, "is not a regular file (a pipe, socket or device)"))
            else:
                names.append(e.name)
    return sorted(names), sorted(skipped)


def skipped_entries(corpus_dir: Path | str) -> list[tuple[str, str]]:
    """(name, why) for each entry of a corpus folder that looks like an article but is not read:
    '.MD' and other spellings of the suffix, folders named x.md, pipes, symbolic links that
    loop or lead outside the corpus folder."""
    corpus_dir = Path(corpus_dir)
    return _scan(corpus_dir)[1] if corpus_dir.is_dir() else []


def note_skipped(corpus_dir: Path | str) -> None:
    """On stderr, one note per entry ``skipped_entries`` finds."""
    import sys

    for name, why in skipped_entries(corpus_dir):
        print(f"note: {Path(corpus_dir) / name}: skipped: {why}", file=sys.stderr)


def article_names(corpus_dir: Path | str) -> list[str]:
    """The file names of the articles of a corpus directory, sorted; an error if there are none.

    Names, not paths: a corpus of 100,000 articles is listed without a ``Path`` object per
    article (``rhetoric.store.parquet.Partitions`` holds such a list). What looks like an
    article but is not read is in ``skipped_entries``."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(corpus_dir, "corpus directory does not exist")
    names, skipped = _scan(corpus_dir)
    if not names:
        hint = f" (skipped: {'; '.join(f'{n} {why}' for n, why in skipped[:3])})" if skipped else ""
        raise CorpusError(corpus_dir, f"corpus directory has no {ARTICLE_SUFFIX} articles{hint}")
    return names


def article_paths(corpus_dir: Path | str) -> list[Path]:
    """The article files of a corpus directory, sorted by name; an error if there are none."""
    corpus_dir = Path(corpus_dir)
    return [corpus_dir / name for name in article_names(corpus_dir)]


def iter_articles(corpus_dir: Path | str, progress: str | None = None) -> Iterator[Article]:
    """Yield each article of a corpus directory, validated, one at a time (streaming).

    ``progress``: a label, to show a progress bar (tqdm, on stderr) with that label.
    """
    seen: dict[str, Path] = {}
    paths = article_paths(corpus_dir)
    if progress:
        import sys

        from tqdm import tqdm

        paths = tqdm(paths, unit="article", desc=progress, file=sys.stderr)
    for path in paths:
        article = read_article(path)
        if article.id in seen:
            raise CorpusError(path, f"duplicate id '{article.id}' (also in {seen[article.id].name})")
        seen[article.id] = path
        yield article


def load_corpus(corpus_dir: Path | str) -> pd.DataFrame:
    """Load a corpus directory into a DataFrame with one row per article, sorted by id."""
    import pandas as pd

    rows = []
    for a in iter_articles(corpus_dir):
        m = a.meta
        rows.append(
            {
                "id": m.id,
                "title": m.title,
                "outlet": m.outlet,
                "published": pd.Timestamp(m.published),
                "published_precision": m.published_precision,
                "published_earliest": pd.Timestamp(m.published_earliest or m.published),
                "published_latest": pd.Timestamp(m.published_latest or m.published),
                "published_basis": m.published_basis,
                "language": m.language,
                "n_chars": len(a.body),
                "n_article_chars": sum(p.end - p.start for p in a.passages if p.kind != "excluded"),
                "body": a.body,
                "path": str(a.path),
                "article": a,
            }
        )
    return pd.DataFrame(rows)


# --- passages --------------------------------------------------------------------------------

#: Paragraphs that are not article text whatever the front matter says, with the reason.
BUILT_IN_EXCLUSIONS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"^!\[[^\]]*\]\([^)]*\)"), "image placeholder (Markdown image)"),
    (re.compile(r"^\W{0,3}(EXCLUSIVE|CRISIS ALERT|BREAKING|READ MORE|SPONSORED|ADVERTISEMENT)\b"),
     "promotional teaser or advertisement, not part of the article"),
]


def ends_a_sentence(line: str) -> bool:
    """Whether a line, stripped, ends like a sentence: . ! or ? then any closing quotes or
    brackets (what the pattern in tests/test_regexes.py finds, without scanning the line)."""
    return line.rstrip("\"'”’)]").endswith((".", "!", "?"))


#: A quotation and, after a dash or in brackets, who said it ('“…” — Donald Tusk', '“…” (Tusk, on
#: X, 6 May)'): a line of text, not a heading.
_DASH_ATTRIBUTION = re.compile(r"[”\"][.,]?\s*(?:[—–]\s*\w|\(\s*[A-Z][^(),]{0,60},[^()]{0,150}\)[\s.*_]*$|"
                               # (or the source of the quote before: '“…” (same interview)', "(ibid.)")
                               r"\(\s*(?i:(?:the\s+)?same\s+[a-z]+(?:\s+[a-z]+)?|ibid\.?|idem)\s*\)[\s.*_]*$)")


#: A line that opens with the time of day it aired and goes on for four words or more: in capitals
#: ("17:22 VUCIC ACCUSES TURKEY OF …", a news channel's ticker log) or quoting (``_QUOTED_WORDS``),
#: an entry of a log, not a heading.
_TIMED_ENTRY = re.compile(r"[*_\[]*\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|GMT|CET|CEST|BST|UTC))?[*_\]]*"
                          r"(?:\s+\S+){4,}")


#: Words in quotation marks, two or more: a timed line that quotes someone ("**15:40** — Kurti:
#: drones "significantly strengthen Kosovo's defense capabilities"", a news app's alert) is an
#: entry of a log, not a heading (but "**17:14** · Vučić: Ankara is dreaming of an empire", a
#: paraphrase over a live page's post, is one).
_QUOTED_WORDS = re.compile(r"[\"“][^\"“”\n]*?\w[\s-]+\w[^\"“”\n]*[\"”]")


#: An item of a numbered list that is a quotation ("**3. “a prime example …”**", "2) "…""): a list
#: item, not a section heading such as "**3. The accusation**".
_NUMBERED_QUOTE = re.compile(r"[*_]*\d{1,3}[.)]\s+[*_]*[“\"‘]")


#: The label of a record's field that holds a quotation: "**quotation:**", "Quote:" (a noun for
#: quoted words, not a name: "Vučić: “…”" over a story is a headline).
QUOTE_FIELD_LABEL = re.compile(r"[*_]*(?i:quot(?:e|ation)|excerpt|text|statement|words|citation|remarks?|soundbite)"
                               r"[*_]*\s*:[*_]*\s+")
#: Such a field, the quotation filling the rest of its line ('**quotation:** "a clear signal to
#: the world …"', a knowledge base's item): a line of text, not a heading.
_QUOTE_FIELD = re.compile(QUOTE_FIELD_LABEL.pattern + _QUOTED_WORDS.pattern + r"[\s.*_]*")


#: A line that is a quotation after a field's label ('*Flavour:* "pouring oil on the fire"',
#: '*Quote:* "a man of his word."'), and a line under it signed after a dash ("— M. Đurić, on X, 8 October
#: 2025", a card's, an epigraph's): the quotation is a line of text, not a heading.
#: (the field's label, in emphasis or not, and not a question's, "**Q:**": ``QUOTE_LINE_LABEL``; the
#: dash that opens the signature's line: ``SIGNATURE_DASH``, which ``extract.attribution`` reads too)
QUOTE_LINE_LABEL = r"[*_]{0,2}(?!(?:Q|Question|Asked)\b)[A-ZÀ-Ž][\w'’ -]{0,24}:[*_]{0,2}[ \t]+"
SIGNATURE_DASH = re.compile(r"[ \t>]*[*_]{0,2}[ \t]*(?:[—–]{1,2}|--)[ \t]*")
_QUOTE_LINE = re.compile(r"(?P<label>" + QUOTE_LINE_LABEL + r")?[*_]{0,2}" + _QUOTED_WORDS.pattern + r"[\s.*_]*")
_SIGNED_LINE = re.compile(SIGNATURE_DASH.pattern + r"[A-ZÀ-ÖØ-ÞČĆŠŽĐ]")
#: A line of separators alone between a collection's entries: a ``fortune`` file's "%", "***", "* * *", "---".
_SEPARATOR_LINE = re.compile(r"[ \t]*[%*~=_#-](?:[ \t]*[%*~=_#-]){0,5}[ \t]*")
#: Quotation marks: a line with none of them is words set out bare.
_MARKS = re.compile(r"[\"“”„]")
#: How many words a bare line signed under it has at least: a saying, not a label ("Ibid.").
_SIGNED_BARE_WORDS = 5


def signed_bare_line(body: str, lines: list[Passage], i: int) -> bool:
    """Whether the line ``lines[i]`` is words set out bare, no quotation marks in them, signed on
    the line right under it after a dash, and standing alone as an entry: over the signature only
    a heading, a separator line or another signature, or nothing (a ``fortune`` file's entry
    between its "%" lines, "We have added … drones …!" over "-- Albin Kurti, Sunday 16 July 2023";
    an epigraph under a title). Not a letter's or a column's last paragraph over its sign-off,
    text above it: the writer's own text, not a saying; nor a line in emphasis or ending in a colon.
    (``extract.context`` reads such a line as a quotation when its signer is an actor the registry
    knows, whatever kind of passage it is.)"""
    p = lines[i]
    if i + 1 >= len(lines) or body.count("\n", p.end, lines[i + 1].start) != 1 or \
            not _SIGNED_LINE.match(body, lines[i + 1].start, lines[i + 1].end) or \
            _MARKS.search(body, p.start, p.end) or len(body[p.start:p.end].split()) < _SIGNED_BARE_WORDS or \
            body[p.start:p.end].lstrip(" *_")[:1] in ("[", "(", "#", ">", "|") or _SIGNED_LINE.match(body, p.start, p.end) or \
            body[p.start:p.start + 1] in ("*", "_") or body[p.start:p.end].rstrip().endswith(":"):
        return False  # (nor a line in emphasis or one that introduces, a heading: "**Who spoke at the forum**")
    if i == 0:
        return True
    above = lines[i - 1]
    return above.kind == "heading" or _SEPARATOR_LINE.fullmatch(body, above.start, above.end) is not None or \
        _SIGNED_LINE.match(body, above.start, above.end) is not None
#: The labels of a record's field that names whose words the record holds: "author", "author
#: name string", "speaker", "said", "said by", "attributed to", "quoted person"
#: (``extract.vocabulary.AUTHOR_FIELD``).
AUTHOR_FIELD_LABEL = (r"(?i:(?:author|speaker|said(?:\s+by)?|made\s+by|attributed\s+to|who|quoted\s+person|"
                      # (a certified or filed document's own: "Signatory:", "Issuing authority:", "Issued by:")
                      r"signatory|signed\s+by|issuing\s+authority|issued\s+by|issuer)(?:\s+name(?:\s+string)?)?)")
#: Such a field's line: "Said: Aleksandar Vučić, post on X, Wed 8 Oct 2025, 17:14" under a step
#: sheet's "Cue: “…”" (the two lines are text, as a quotation and its signature are).
_AUTHOR_LINE = re.compile(r"(?:[-*•][ \t]+)?[*_]{0,2}" + AUTHOR_FIELD_LABEL + r"[*_]{0,2}:[*_]{0,2}[ \t]+[A-ZÀ-ÖØ-ÞČĆŠŽĐ]")


#: A sentence that ends in a colon to introduce what follows ("On 26 June Tusk told the radio:",
#: "At his briefing the same morning, the spokesman said:"): six words or more, not all in bold
#: or italics, nor in capitals. It is text, a part of the story's narrative, not a label ("**What
#: they said:**", "DONALD TUSK, ON X:").
_INTRODUCES = re.compile(r"(?![*_#]{1,2}[^*_]*[*_]{1,2}:?$)[^\n]*?\w+[,;]?(?:\s+\S+){5,}:")
#: The small words a label of names and titles may have ("Viktor Orbán, Prime Minister of
#: Hungary, on X:" is a label over a quote, not a sentence).
_LABEL_SMALL_WORDS = frozenset("of on the in at for and to de del la von van der al el bin".split())


def _introduces(line: str) -> bool:
    """Whether a line is a sentence that introduces what follows (``_INTRODUCES``): not in
    capitals, and not only names, titles and their small words."""
    if not _INTRODUCES.fullmatch(line) or in_capitals(line):
        return False
    words = [w.strip("*_#,;:.()'’\"“”") for w in line.split()]
    return not all(not w or w[0].isupper() or w[0].isdigit() or w in _LABEL_SMALL_WORDS for w in words)


def _cut_short(line: str) -> bool:
    """Whether a line is running text cut short, an excerpt's snippet ("… Orbán said yesterday
    that Poland was lying about the veto …"): eight words or more ending in an ellipsis, in no
    markup of a heading (bold, italics, "#")."""
    return line.endswith(("…", "...")) and len(line.split()) >= 8 and not line.startswith(("*", "_", "#"))


def in_capitals(line: str) -> bool:
    """Whether a line is written in running capitals: at least 16 letters, nine in ten of them
    capitals (a ticker's crawl line; ``rhetoric.extract.casing`` reads such paragraphs as running
    text)."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 16 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def in_lower_case(line: str) -> bool:
    """Whether a line is written all in lower case: at least 16 letters, no capital (an automatic
    transcript's line, "0:29 he says the delivery …", ``automatic_transcript``)."""
    return line.islower() and sum(c.isalpha() for c in line) >= 16


#: So many timed lines all in lower case make a body an automatic transcript.
CAPTION_LINES = 5


def automatic_transcript(body: str) -> bool:
    """Whether a body is an automatic transcript: ``CAPTION_LINES`` timed lines or more all in
    lower case ("0:29 he says the delivery …"), which are text, however short, and are read in
    running case (``rhetoric.extract.casing``)."""
    return sum(1 for line in body.split("\n") if in_lower_case(line) and _TIMED_ENTRY.match(line.strip())) \
        >= CAPTION_LINES


#: A closed-caption file's marker of a change of speaker (">>", a new story ">>>") at the start of
#: a line, in a body with three such lines or more: the paragraph starts after it, so it is
#: text, not a Markdown blockquote (unless it stands inside one, under a line opening with ">").
CAPTION_TURN = re.compile(r">>>?[ \t]+(?=\S)")


#: A transcript's notes of what is heard, in square brackets at the end of a line ("… Too bad!"
#: [LAUGHTER]", "[SCATTERED APPLAUSE] [GROANS]"): the line ends its sentence before them (not a
#: headline's tag, "Merz warns Russia. [1/3]", "[PHOTOS]").
_TRAILING_NOTES = re.compile(r"(?:\s*\[[^\[\]\n]{0,20}?(?i:applause|laugh\w*|cheer\w*|boo\w*|groan\w*|gasp\w*|"
                             r"silence|crosstalk|inaudible|pause|sigh\w*|clapping|music|o+h+)[^\[\]\n]{0,20}\])+$")


#: A forum's closing tag of a quotation in BBCode ('[quote="…"]Our goal is peace.[/quote]'): the
#: line ends its sentence before it (``rhetoric.extract.quotes`` reads the quotation).
BBCODE_END = re.compile(r"\[/quote\]", re.I)


#: A note in square brackets at a line's end, perhaps in emphasis: "*[joint press conference, 12 Feb]*".
_END_NOTE = re.compile(r"\s*[*_]{0,2}\[[^\[\]\n]{1,100}\][*_]{0,2}\.?$")
#: An editor's note or a headline's tag, no occasion: "[Updated 14 Oct]", "[Part 2]", "[3 photos]".
_EDITORS_NOTE = re.compile(r"(?i)\b(?:updated?|correct\w*|edit\w*|amend\w*|added|part|video|photos?|pictures?|gallery|"
                           r"live|watch|listen|min|mins|read)\b")
#: A month's name or its first three letters ("Feb", "February"), in a note's day.
_MONTH_ABBR = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b"
#: What makes such a note one of the occasion or a mark of the words: a day ("12 Feb"), "same",
#: "ibid.", a translation's "[T]", a note's "[2]" (not a headline's tag, "[1/3]", "[video]").
_OCCASION_NOTE = re.compile(r"(?i)\d{1,2}\s+" + _MONTH_ABBR + r"|" + _MONTH_ABBR + r"\.?\s+\d{1,2}\b|\b(?:same|ibid|idem)\b|"
                            # (or a translation's letter or a note's number: '"…" [T]', '"…" [2]')
                            r"\[(?:[A-Z]|\^?\d{1,3})\]")


#: Closing tags of a data file's or a page's markup at a line's end: "</desc></wpt>".
_CLOSING_TAGS = re.compile(r"(?:</[A-Za-z][\w:.-]*>[ \t]*)+$")


def _without_trailing_notes(line: str) -> str:
    """A line without a transcript's notes at its end (``_TRAILING_NOTES``), or a quotation's
    closing tag (``BBCODE_END``), or a note of the occasion after a sentence (""…here.” *[joint
    press conference, 12 Feb]*": the sentence ends the line; not '"The Illiberal Turn" [book]'), or
    a data file's closing tags ('<desc>Attaf replied: "…"</desc></wpt>')."""
    if line.endswith(">"):
        line = _CLOSING_TAGS.sub("", line)
    if not line.rstrip("*_.").endswith("]"):
        return line
    if (noted := _END_NOTE.search(line)) is not None and ends_a_sentence(line[:noted.start()]) and \
            _OCCASION_NOTE.search(noted.group()) and not _EDITORS_NOTE.search(noted.group()):
        return line[:noted.start()]
    line = _TRAILING_NOTES.sub("", line)
    return line[:-len("[/quote]")] if BBCODE_END.fullmatch(line, len(line) - len("[/quote]")) else line


#: A line all in bold made of fields parted by " · ": a log's entry heading, however long its place
#: and note ("**Wed 21 Dec 2022, evening · Lima, Jorge Chávez Airport · Note (second pool, by phone)**"),
#: or whose code alone is in bold ("**Seg. 05** · President of Serbia · X · Thu 12.02.2026, late
#: evening, after his visit to Ankara that day": a review's segment; no quotation in its fields).
_BOLD_LINE_OF_FIELDS = re.compile(r"\*\*[^*\n]+(?: · [^*\n]+){2,}\*\*|\*\*[^*\n]{1,20}\*\*(?: · [^*\n\"“”]+){3,}")
#: A Markdown heading's marks: "### ", a heading however long its line of fields ("### Page 4 · Post by
#: the Home Secretary, Priti Patel · date line: 1 July 2020").
_ATX_HEADING = re.compile(r"#{1,6}[ \t]")


#: The widest line a hard wrap makes, and the narrowest: plain text wrapped at a fixed width
#: (email, a manual page, a commit message, a wire's fixed-width copy) keeps its lines between.
WRAP_WIDTH = (40, 80)
#: A line that starts something of its own, never the rest of a wrapped line: a list's mark, a
#: heading's "#", a blockquote's ">", a table's "|", a fence, emphasis, a note in brackets, a
#: signature's dash, an arrow, a field's label ("Date:", "said:"), a time that opens a log's entry.
_OWN_LINE_START = re.compile(r"[ \t]*(?:[-*•+>|#_\[—–→]|`{3}|\d{1,3}[.)][ \t]|\(?[a-z]\)[ \t]|"
                             r"[\w'’-]+(?:[ \t][\w'’-]+)?:(?:[ \t]|$)|\d{1,2}[:.]\d{2}\b)")
#: A colon and a dash that end a line, an old style's colon before what it brings in ("published
#: on the social network X the following:—", a parliamentary paper's, a Victorian letter's).
_COLON_DASH = re.compile(r":(?:—|–|--?)(?=[ \t]*$)", re.M)
#: A list item's mark and the space after it, its text's column the match's end: "  - ", "3. ".
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]+(?=\S)")
#: A line's first letter in lower case, after an opening quote or bracket if any: the rest of a
#: sentence (a poem's, a song's or an index's lines start with capitals).
_GOES_ON = re.compile(r"[\"“‘'(]?[a-zà-ÿ]")


#: A note of the typist, the editor or the translator in square brackets inside a sentence, after
#: a word and before one in lower case, its label in capitals or ending in "note" before a colon:
#: "Kurti [TAKER: spelt K-U-R-T-I] met …". It is no part of the sentence: read as spaces, the same
#: length (``without_typists_notes``). (Not a screen's caption between sentences, "… up. [ON
#: SCREEN: TRUDEAU, …] He spoke …", which names the speaker; nor a note that quotes.)
_TYPISTS_NOTE = re.compile(r"\[(?:[A-Z][A-Z'’ ]{1,20}|[A-Z][\w'’ ]{0,20}\bnote):[^\[\]\n\"“”]{1,160}\](?=[ \t]+(?:[a-z]|COMMA\b|POINT\b))")
#: A word of running text with a capital in a note, a name, a month or a weekday ("[EDITOR: Bayramov
#: …]", "[Editor's note: 10 November]"): such a note tells who or when, and is kept.
_NAMING_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-Ž][a-zà-ž]")
#: What stands right before such a note: a word, then a space.
_WORD_THEN_SPACE = re.compile(r"[\w'’][ \t]+$")
#: A punctuation word of copy dictated over the telephone, in capitals among running text:
#: "drones COMMA three months", "forces UNQUOTE POINT PAR", "Erdogan QUESTION MARK", "… ENDS", a
#: take's last "… POINT MORE".
_DICTATED_WORD = re.compile(r"(?<=[\w'’\]])[ \t]+(?P<word>COMMA|POINT|FULL[ \t]+STOP|COLON|SEMI-?COLON|"
                            r"QUESTION[ \t]+MARK|EXCLAMATION[ \t]+MARK|PARA?|ENDS|MORE(?=[ \t]*(?:\n|$)))(?![\w'’])")
#: The mark each dictated word stands for (a paragraph's "PAR", the copy's "ENDS" and the "MORE"
#: ending a take: a stop).
_DICTATED_MARK = {"COMMA": ",", "POINT": ".", "COLON": ":", "SEMICOLON": ";", "SEMI-COLON": ";",
                  "QUESTION": "?", "EXCLAMATION": "!", "FULL": ".", "PAR": ".", "PARA": ".", "ENDS": ".", "MORE": "."}
#: How many dictated words a text holds, at least, for them to be read as its punctuation.
_DICTATED_AT_LEAST = 3
#: The word before a dictated word: one of running text (a lower-case letter or a digit in it), a
#: dictated mark, or a quotation's "QUOTE"/"UNQUOTE".
_WORD_BEFORE = re.compile(r"(?:[\w'’\]]*[a-z0-9][\w'’\]]*|QUOTE|UNQUOTE|COMMA|POINT|STOP|COLON|MARK)$")


def _dictated_here(body: str, m: re.Match) -> bool:
    """Whether the dictated word ``m`` follows a word of running text or another dictated word (not
    a headline's "BREAKING POINT", a placard's "PARA"), and is no decimal point ("13 POINT 5")."""
    if _WORD_BEFORE.search(body, max(0, m.start() - 30), m.start()) is None:
        return False
    return not (m.group("word") == "POINT" and body[m.start() - 1:m.start()].isdigit() and
                re.match(r"[ \t]+\d", body[m.end():m.end() + 3]))


def dictated(body: str) -> str:
    """``body`` with the punctuation words of copy dictated over the telephone (a copytaker's
    typescript: running text with "QUOTE … UNQUOTE", "COMMA", "POINT", "PAR" in capitals;
    ``_DICTATED_WORD``), in its lines not in running capitals (a cable's: ``extract.casing``),
    written as the marks they stand for, the same length: 'wrote COMMA QUOTE contributing' ->
    'wrote,      "contributing', 'tactics UNQUOTE POINT PAR' -> 'tactics".               ' (each
    right after the word or mark before it; a mark after another, "POINT PAR", a space). Only in a
    text with ``_DICTATED_AT_LEAST`` such words or more after running text (``_dictated_here``): a
    word in capitals now and then is emphasis."""
    if "UNQUOTE" not in body and "COMMA" not in body and "POINT" not in body:
        return body  # (most articles)
    spans, pos = [], 0
    for line in body.split("\n"):
        if line.strip() and not in_capitals(line):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    found = [m for a, b in spans for m in _DICTATED_WORD.finditer(body, a, b) if _dictated_here(body, m)]
    pairs = [(a, pair) for a, b in spans for pair in cable_quotes(body[a:b]) or ()]
    if len(found) + 2 * len(pairs) < _DICTATED_AT_LEAST:
        return body
    out = list(body)
    for a, (qa, qb, ua, ub) in pairs:
        out[a + qa:a + qb] = " " * (qb - qa - 1) + '"'
        out[a + ua:a + ub] = '"' + " " * (ub - ua - 1)
    for m in found:
        at = m.start()  # (the mark goes right after the last word or mark: 'forces"       ,' -> 'forces",')
        while at > 0 and out[at - 1] in " \t":
            at -= 1
        out[m.start():m.end()] = " " * (m.end() - m.start())
        if at == 0 or out[at - 1] not in ".,:;?!":
            out[at] = _DICTATED_MARK[m.group("word").split()[0]]
    return "".join(out)


def without_typists_notes(text: str) -> str:
    """``text`` with each ``_TYPISTS_NOTE`` after a word and a space, with no ``_NAMING_WORD`` after
    its label, read as spaces, the same length."""
    if "[" not in text:
        return text
    return _TYPISTS_NOTE.sub(lambda m: " " * len(m.group()) if _WORD_THEN_SPACE.search(text, max(0, m.start() - 4), m.start())
                             and not _NAMING_WORD.search(m.group(), m.group().index(":")) else m.group(), text)


#: Pictographs that open a line, before its words: a social page's or a chat's marks for its
#: entries ("💔 **Ended a relationship** · …", "💬 **Lior Haiat**, …, replied"), which hide the
#: line's name and date from rules that read a line's start. Read as spaces.
_PICTOGRAPH = r"[\U0001F000-\U0001FAFF\u2600-\u275A\u2761-\u27BF\u2B00-\u2BFF]"  # (not the quotation marks ❛ ❜ ❝ ❞)
PICTOGRAPH_MARK = re.compile(_PICTOGRAPH + r"(?:[\uFE0F\u200D]?[ \t]*" + _PICTOGRAPH + r")*[\uFE0F\u200D]?[ \t]*(?=\S)")


def _pictographs_as_spaces(text: str) -> str:
    """``text`` with each run of ``PICTOGRAPH_MARK`` that opens a line (after its indent) as
    spaces, the same length."""
    out, done = None, -1
    for m in PICTOGRAPH_MARK.finditer(text):
        lo = text.rfind("\n", 0, m.start()) + 1
        if m.start() <= done or text[lo:m.start()].strip(" \t"):
            continue  # (a pictograph inside a line, "the 🔥 emoji", is a word's)
        out = out if out is not None else list(text)
        out[m.start():m.end()] = " " * (m.end() - m.start())
        done = m.end()
    return "".join(out) if out is not None else text


def unwrapped(body: str) -> str:
    """``body`` with the line breaks of its hard-wrapped paragraphs read as spaces, the same length.

    Paragraphs are lines (the corpus's convention, and the dev set's), but plain text wrapped at a
    fixed width breaks one paragraph over several lines. In a run of lines with the same indent,
    its widest line within ``WRAP_WIDTH``, a line break may be a wrap when the next line's first
    word would not have fitted on the line (the line and that word are wider than the run's widest
    line, the narrowest the wrapping can have been), the line ends in no emphasis, the next starts
    nothing of its own (``_OWN_LINE_START``), and no sentence ends there (a paragraph cut at a
    sentence's end loses less than two paragraphs joined: a chat's lines, "… our enemies."" over
    "tiani_ne said, …"). They are wraps when at least half of them go
    on in lower case (``_GOES_ON``): a poem's lines, a song's or an index's start with capitals.
    "said: 8 Oct, X" over a quote's first line is no wrap: the quote's first word fitted.
    A list item's lines indented to its text, each going on in lower case with no sentence ended
    before it, are the item's one line too (Markdown's continuation lines: "  - then: “Like anyone
    … is" over "    entitled to a fair …", ``_LIST_ITEM``).
    """
    if "\n" not in body:
        return body
    lines = body.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    soft: list[int] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        indent = len(lines[i]) - len(lines[i].lstrip())
        j = i + 1  # the run: the next lines of the same indent, none blank
        while j < len(lines) and lines[j].strip() and len(lines[j]) - len(lines[j].lstrip()) == indent:
            j += 1
        run = [lines[k].strip() for k in range(i, j)]
        widest = max(len(x) for x in run)
        if j - i >= 2 and WRAP_WIDTH[0] <= widest <= WRAP_WIDTH[1]:
            breaks = [k for k in range(len(run) - 1)
                      if len(run[k]) + 1 + len(run[k + 1].split()[0]) > widest and not run[k].endswith(("*", "_"))
                      and not _OWN_LINE_START.match(run[k + 1])
                      and not ends_a_sentence(run[k])]
            if 2 * sum(1 for k in breaks if _GOES_ON.match(run[k + 1])) >= len(breaks):
                soft.extend(starts[i + k + 1] - 1 for k in breaks)  # (each line's "\n")
        if j < len(lines) and (item := _LIST_ITEM.match(lines[j - 1])) is not None:
            # (a list item's lines indented to its text, the rest of its sentence in lower case:
            # "  - then, on the accused: “Like anyone … is" over "    entitled to a fair …")
            k = j
            while k < len(lines) and lines[k].strip() and len(lines[k]) - len(lines[k].lstrip()) == item.end() and \
                    _GOES_ON.match(lines[k].lstrip()) and not _OWN_LINE_START.match(lines[k]) and \
                    not ends_a_sentence(lines[k - 1].strip()):
                soft.append(starts[k] - 1)
                k += 1
            j = max(j, k)
        i = j
    if not soft:
        return body
    chars = list(body)
    for at in soft:
        chars[at] = " "
        if chars[at - 1] == "\r":
            chars[at - 1] = " "
    return "".join(chars)


def passages(body: str, exclude: list[Exclusion] = (), written: str | None = None) -> list[Passage]:
    """Split a body into its non-empty lines and classify each one (``Article.passages`` splits
    ``Article.text``, where a hard-wrapped paragraph is one line; ``written``: the body as written,
    the same length, whose lines the exclusions are matched on: "🔥 EXCLUSIVE:" as the front
    matter gives it, though ``Article.text`` reads the pictograph as a space).

    kind is 'excluded' (with the reason) for declared or built-in exclusions, 'bullet' for
    list items (also a numbered quotation, '**1. “…”**'), 'heading' for short lines without sentence-final punctuation (but a quote
    attributed after a dash or in brackets: '“…” — Donald Tusk', '“…” (Tusk, 6 May)'; and a table's row, whose cells are
    read one by one, ``sentences``), else 'text'.
    """
    result = []
    quoting: list[int] = []  # timed lines that quote someone
    captions = body.count("\n>>") + body.startswith(">>") >= 3  # (a caption file: one ">>" line is Markdown's)
    auto_captions = automatic_transcript(body)  # (its timed lines all in lower case are text)
    pos = 0
    in_blockquote = False
    for line in body.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        if written is not None and (raw := written[start:end]) != line:
            as_written = raw.strip()
            reason = next((e.reason for e in exclude if as_written.startswith(e.text)), "") or \
                next((r for rx, r in BUILT_IN_EXCLUSIONS if rx.search(as_written)), "")
            if reason:
                result.append(Passage(start + len(raw) - len(raw.lstrip()), end - len(raw) + len(raw.rstrip()),
                                      "excluded", reason))
                continue
        lead = len(line) - len(line.lstrip())
        trail = len(line) - len(line.rstrip())
        if (turn := CAPTION_TURN.match(stripped)) and not in_blockquote and captions:
            lead += turn.end()  # (a caption's turn marker is no text)
        in_blockquote = stripped.startswith(">") and not turn
        start, end = start + lead, end - trail
        reason = next((e.reason for e in exclude if stripped.startswith(e.text)), "")
        if not reason:
            reason = next((r for rx, r in BUILT_IN_EXCLUSIONS if rx.search(stripped)), "")
        if reason:
            result.append(Passage(start, end, "excluded", reason))
        elif re.match(r"^[-*•]\s", stripped) or _NUMBERED_QUOTE.match(stripped):
            result.append(Passage(start, end, "bullet"))
        elif not ends_a_sentence(_without_trailing_notes(stripped)) and \
                (len(stripped.split()) <= 15 or _ATX_HEADING.match(stripped) and len(stripped.split()) <= 30 or
                 _BOLD_LINE_OF_FIELDS.fullmatch(stripped) and len(stripped.split()) <= 24) \
                and not _DASH_ATTRIBUTION.search(stripped) \
                and not stripped.startswith(("|", "<blockquote")) \
                and not (_TIMED_ENTRY.match(stripped) and (in_capitals(stripped) or auto_captions and in_lower_case(stripped))) \
                and not _cut_short(stripped) and not _introduces(stripped) and not _QUOTE_FIELD.fullmatch(stripped) \
                and not cable_text(stripped):
            kind = "heading"
            if _TIMED_ENTRY.match(stripped) and _QUOTED_WORDS.search(stripped):
                quoting.append(len(result))  # (a log's entry or a live page's post heading: by what follows)
            result.append(Passage(start, end, kind))
        else:
            result.append(Passage(start, end, "text"))
    for i, p in enumerate(result[:-1]):
        if p.kind in ("heading", "text") and result[i + 1].kind == "heading" and \
                (_SIGNED_LINE.match(body, result[i + 1].start, result[i + 1].end) or
                 _AUTHOR_LINE.match(body, result[i + 1].start, result[i + 1].end)) and \
                (quote_line := _QUOTE_LINE.fullmatch(body, p.start, p.end)) and quote_line.group("label"):
            # (a field's quotation only, signed by a dash or an author's field, "Said: …": not a reading
            # list's '"The Illiberal Turn"' over "— Péter Magyar, …",
            # nor a quotation over a byline)
            # ('*Flavour:* "…"' over "— A. Kurti, on Facebook, 8 October 2025": the quotation and its
            # signature, which tells when the words were said, are text)
            result[i] = Passage(p.start, p.end, "text")
            result[i + 1] = Passage(result[i + 1].start, result[i + 1].end, "text")
    for i in quoting:
        # a timed line that quotes is an entry of a log, unless a post in plain text follows it
        # (a live page's heading over its post): the next line is another timed line, a note in
        # italics ("*Note: …*") or nothing
        nxt = next((p for p in result[i + 1:] if p.kind != "excluded"), None)
        if nxt is None or body[nxt.start] in "*_" or _TIMED_ENTRY.match(body, nxt.start, nxt.end):
            result[i] = Passage(result[i].start, result[i].end, "text")
    return result


def excluded_passages(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per excluded passage of every article: article_id, start, end, text, reason."""
    import pandas as pd

    rows = [
        {"article_id": a.id, "start": p.start, "end": p.end, "text": a.body[p.start:p.end],
         "reason": p.reason}
        for a in corpus["article"]
        for p in a.passages
        if p.kind == "excluded"
    ]
    return pd.DataFrame(rows, columns=["article_id", "start", "end", "text", "reason"])


# --- sentences -------------------------------------------------------------------------------

# A sentence ends at . ! or ? (plus closing quotes or brackets) followed by white space and an
# upper-case letter, a digit or an opening quote, unless the word before the stop is a known
# abbreviation or a single capital letter of any alphabet (initials, "U.S.", "Ç. Kürç").
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "sen", "rep",
    "gov", "pres", "st", "jr", "sr", "no", "vs", "etc", "e.g", "i.e", "approx", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "hon",
}
#: A stop, its closing marks, and any reference markers after them: "[1]", "[2, 3]", "[note 4]",
#: a wiki's "[citation needed]", superscript note numbers ("…in Davos.¹ He …"), as wikis and
#: papers put them (not a transcript's "[applause]", which its turn goes on after).
_REFERENCE = (r"(?:\[(?:(?:note\s)?\d{1,3}(?:[,–-] ?\d{1,3})*|citation needed|clarification needed|"
              r"better source needed|dubious|failed verification|according to whom\?|by whom\?|when\?|which\?)\]"
              r"|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*")
#: What a sentence may open with: a digit or a capital, of the Latin letters with their accents
#: too ("Đurić", "Şahin", "Øresund", "Łódź"), not only the ASCII ones.
_OPENING = "0-9" + "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
_BOUNDARY_PLAIN = re.compile(r"[.!?]+[\"'”’)\]]*" + _REFERENCE + r"[\"'”’)\]]*(?:(?<=[\"”’])[*_]{1,2})?(?=\s+(?:/\s+)?[\"'“‘(\[]?(?:\*\*|__)?#?[" + _OPENING + "])")
#: (a line mark between the sentences too, a dictated passage's "… in the region.\" / He said: …")
#: (a name in bold opens a sentence too: "… “absolutely offensive”. **TIMERMAN** said …", and a
#: number after its mark, a bib's or an item's: "… among the containers. #12 KURTI waves …"; a quotation in
#: italics closes one with its emphasis: '*"… for all I care."* Donald Trump, Truth Social, …')
#: The same, spelt to begin with a character class, so that ``re`` skips in C to the stops
#: (a leading ``[.!?]+`` is entered at every position). tests/test_regexes.py compares them.
_BOUNDARY = re.compile(r"[.!?][.!?]*[\"'”’)\]]*" + _REFERENCE + r"[\"'”’)\]]*(?:(?<=[\"”’])[*_]{1,2})?(?=\s+(?:/\s+)?[\"'“‘(\[]?(?:\*\*|__)?#?[" + _OPENING + "])")


#: A day and a month with dots, without the last one: "20.11" (of "20.11. Orpo: …").
_DOTTED_DAY = re.compile(r"(?:0[1-9]|[12][0-9]|3[01])\.(?:0[1-9]|1[0-2])")
#: Before "X.": the platform, not an initial ("posted on X. The …").
_ON_PLATFORM = re.compile(r"(?<![\w-])(?:on|via|to|from)\s+$", re.I)


#: A quotation closed after its comma, then a new sentence: a pronoun in capitals ('"… hostile
#: actions," He added that …'), or a determiner opening a colon lead to another quotation ('"…
#: June 17," The High Representative, Josep Borrell, said: "…"'), where a writer copied the words
#: with the comma their report had before its attribution; only after a colon lead that gave the
#: words their speaker ('X said: "…," He added'; not a quote opening its paragraph, which the lead
#: after it may claim). Not a name ('"…," Borrell said'), which attributes the words before it, nor
#: "The Guardian reported" without a colon.
_COMMA_CLOSE_BOUNDARY = re.compile(r",[\"”](?=[ \t]+(?:(?:He|She|They|We|It)[ \t]|(?:The|His|Her|Its|Their|This|That|A|An)[ \t]"
                                   r"[^\n\"“”:.!?]{1,120}:[ \t]*[\"“]))")


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in ``text``, shifted by ``offset``, without outer spaces; a
    sentence ends at a stop (``_BOUNDARY``) or after a quotation closed with its comma before a new
    sentence (``_COMMA_CLOSE_BOUNDARY``)."""
    stops = list(_BOUNDARY.finditer(text))
    if '," ' in text or ',” ' in text:
        stops = sorted(stops + list(_COMMA_CLOSE_BOUNDARY.finditer(text)), key=lambda m: m.start())
    spans, start = [], 0
    for m in stops:
        if text[m.start()] == ",":
            opening = text.rfind("“" if text[m.start() + 1] == "”" else '"', start, m.start())
            if opening > start and text[start:opening].rstrip(" \t*_").endswith(":"):
                spans.append((start, m.end()))  # (only after a colon lead: the words have their speaker)
                start = m.end()
            continue
        i = m.start()  # the word before the stop: the run of [\w.] characters that ends there
        while i > start and (text[i - 1].isalnum() or text[i - 1] in "._"):
            i -= 1
        prev = text[i:m.start()].lower().rstrip(".")
        if text[m.start()] == "." and (prev in _ABBREVIATIONS or len(prev) == 1 and prev.isalpha()) and \
                not (prev == "s" and i > 0 and text[i - 1] in "'’") and \
                text[m.start() + 1:m.start() + 2] not in ("\"", "”") and \
                not (prev == "x" and _ON_PLATFORM.search(text, max(0, i - 6), i)):
            continue  # "Wednesday's." and "also on X." (the platform) are no initials; nor a stop that
            # a quote mark closes, '… by the U.S." He called …'
        if text[m.start()] == "." and _DOTTED_DAY.fullmatch(prev) and \
                not text[max(start, text.rfind("\n", 0, i) + 1):i].strip(" \t-*•>_"):
            continue  # ("- 20.11. Orpo: “…”": a day and a month opening a line, as a register's entries)
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if e - trail > s + lead:
            out.append((offset + s + lead, offset + e - trail))
    return out


def sentences(article: Article) -> list[Sentence]:
    """The sentences of an article's text, bullets and headings; excluded passages are left out."""
    out = []
    body = article.text
    for p in article.passages:
        if p.kind == "excluded":
            continue
        # a table's row: each cell by itself (a headline in one cell is not one sentence with the
        # time in the cell before or the later version in the cell after); not its rule line
        cells = [(m.start(), m.end()) for m in _TABLE_CELL.finditer(body, p.start, p.end)] \
            if body.startswith("|", p.start) else [(p.start, p.end)]
        for lo, hi in cells:
            for s0, e0 in split_sentences(body[lo:hi], lo):
                for s, e in _cable_sentences(body, s0, e0):
                    out.append(Sentence(s, e, body[s:e], p.kind))
    return out


#: A cable's "STOP" or "PARA" in running capitals: a full stop, a new paragraph ("… AIRPORT STOP PM
#: KURTI …"); not the verb, after a modal, "to", "not" or "QUOTE", or before a gerund or a determiner
#: ("WILL NOT STOP DEPORTATIONS", "URGING KABUL TO STOP SHELTERING", "QUOTE STOP SUPPORTING …").
CABLE_STOP = re.compile(r"(?<!\bTO)(?<!\bNOT)(?<!\bWILL)(?<!\bMUST)(?<!\bCAN)(?<!\bQUOTE)(?<!\bSHOULD)(?<!\bWOULD)(?<!\bCOULD)"
                        r"(?<!\bMAY)(?<!\bDID)(?<!\bDOES)(?<!\bDO)(?<!\bCANNOT)(?<!,)"
                        r"[ \t]+(?:STOP|PARA)(?=[ \t]+(?![A-Z]+ING\b|(?:ITS|THE|HIS|HER|THEIR|A|AN|ALL|THIS|THAT|THESE|THOSE|"
                        r"US|THEM|IT)\b)\S|[ \t]*$)")


def cable_text(text: str) -> bool:
    """Whether ``text`` is a cable's or a telex's, in running capitals with pairs of "QUOTE …
    UNQUOTE" (``cable_quotes``), or with "ENDIT" and two cable "STOP"s or more (``CABLE_STOP``):
    text, however short, whose "STOP" and "PARA" end its sentences (``rhetoric.extract.casing``
    writes them as the stops they stand for, and its "QUOTE … UNQUOTE" as quotation marks)."""
    if "STOP" not in text and "UNQUOTE" not in text or not in_capitals(text):
        return False
    return cable_quotes(text) is not None or "ENDIT" in text and len(CABLE_STOP.findall(text)) >= 2


#: A cable's words for its quotation marks: "QUOTE" (perhaps after a comma, and its own comma) and
#: "UNQUOTE" (perhaps after a comma).
_CABLE_MARK = re.compile(r",?[ \t]*(?<![\w'’])(?P<un>UN)?QUOTE(?![\w'’]),?[ \t]*")


def cable_quotes(text: str) -> list[tuple[int, int, int, int]] | None:
    """The pairs of a cable's "QUOTE … UNQUOTE" in ``text``: (start, end) of each "QUOTE" with
    the spaces and commas around it, then of its "UNQUOTE", in order; None when there are none, or
    when they do not alternate with words between ("QUOTE UNQUOTE" said aloud, "QUOTE … QUOTE")."""
    marks = list(_CABLE_MARK.finditer(text)) if "UNQUOTE" in text else []
    if not marks or len(marks) % 2:
        return None
    pairs = []
    for opening, closing in zip(marks[::2], marks[1::2]):
        if opening.group("un") or not closing.group("un") or not text[opening.end():closing.start()].strip():
            return None
        pairs.append((opening.start(), opening.end(), closing.start(), closing.end()))
    return pairs


def _cable_sentences(body: str, s: int, e: int):
    """The sentence body[s:e], split at a cable's "STOP" and "PARA" (``cable_text``); else the
    sentence itself."""
    if not cable_text(body[s:e]):
        yield s, e
        return
    start = s
    for m in CABLE_STOP.finditer(body, s, e):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
        while start < e and body[start] in " \t":
            start += 1
    if e > start:
        yield start, e


def table_cell_at(body: str, pos: int) -> tuple[int, int] | None:
    """Where the Markdown table row that holds ``pos`` starts (its first bar) and where the cell
    that holds ``pos`` starts (past its bar), or None when ``pos`` is in no table row (a line
    that starts with "|")."""
    line = body.rfind("\n", 0, pos) + 1
    while body[line:line + 1] in (" ", "\t"):  # (an indented row, as ``passages`` strips it)
        line += 1
    return (line, body.rfind("|", line, pos) + 1) if body.startswith("|", line) else None


#: A cell of a table's row (a passage that starts with "|"), not the rule under its header
#: ("|---|:---:|"), which holds no words.
_TABLE_CELL = re.compile(r"[^|\n]*[^|\s:-][^|\n]*")


# --- what a report shows about the corpus ------------------------------------------------------

def _day(ts) -> str:
    return f"{ts.day} {ts.strftime('%B %Y')}"


def article_table(corpus: pd.DataFrame) -> pd.DataFrame:
    """One readable row per article: outlet, date with its bounds and basis, size."""
    import pandas as pd

    return pd.DataFrame(
        {
            "article": corpus["id"],
            "title": corpus["title"],
            "outlet": corpus["outlet"].fillna("not stated"),
            "published (estimate)": corpus["published"].dt.strftime("%Y-%m-%d"),
            "earliest": corpus["published_earliest"].dt.strftime("%Y-%m-%d"),
            "latest": corpus["published_latest"].dt.strftime("%Y-%m-%d"),
            "date is": corpus["published_precision"],
            "characters": corpus["n_chars"],
            "article characters": corpus["n_article_chars"],
            "how the date was established": corpus["published_basis"].fillna(""),
            "language": corpus["language"],
            "analysed": [_analysed(a) for a in corpus["article"]],
        }
    )


def _analysed(article) -> str:
    from rhetoric.languages import not_extracted

    reason = not_extracted(article)
    return f"no: {reason}" if reason else "yes"


def summarize_corpus(corpus: pd.DataFrame) -> str:
    """A sentence or two, in Markdown, saying what the corpus is and how sure its dates are."""
    from rhetoric.markup import md_code

    n = len(corpus)
    chars = int(corpus["n_article_chars"].sum())
    no_outlet = int(corpus["outlet"].isna().sum())
    estimated = corpus[corpus["published_precision"] == "estimated"]
    parts = [f"The study rests on **{n} article{'s' if n != 1 else ''}** "
             f"({chars:,} characters of article text)."]
    if no_outlet:
        parts.append(f"**{no_outlet} of {n}** name no outlet.")
    if len(estimated):
        ranges = "; ".join(
            f"{md_code(row.id)} between {_day(row.published_earliest)} and {_day(row.published_latest)}"
            for row in estimated.itertuples()
        )
        parts.append(f"**{len(estimated)} of {n}** give no publication date: it is estimated from "
                     f"the text ({ranges}).")
    return " ".join(parts)


# --- scaffolding a new article -----------------------------------------------------------------

def new_article(corpus_dir: Path | str, id: str, title: str, published: str, body: str,
                outlet: str | None = None, language: str = "en", source_name: str | None = None,
                estimated: bool = False) -> Path:
    """Write ``corpus_dir/<id>.md``: front matter for the fields given, then ``body`` unchanged.

    The new file is validated as any article is (``read_article``) before it is moved into
    place; an existing article is never overwritten. ``source_sha256`` records the body's hash,
    so a later edit of the text can be detected. ``estimated`` marks the date as an estimate,
    with bounds and a basis to fill in.
    """
    import hashlib
    import shutil
    import tempfile

    corpus_dir = Path(corpus_dir)
    corpus_dir.mkdir(parents=True, exist_ok=True)
    target = corpus_dir / f"{id}{ARTICLE_SUFFIX}"
    if target.exists():
        raise CorpusError(target, "already exists: choose another --id, or edit the file")
    meta: dict = {"id": id, "title": title, "outlet": outlet, "published": published,
                  "language": language}
    if estimated:
        meta.update(published_precision="estimated", published_earliest=published,
                    published_latest=published,
                    published_basis="TODO: why these dates (what in the text dates the article)")
    if source_name:
        meta["source_file"] = source_name
    meta["source_sha256"] = hashlib.sha256(body.encode("utf-8")).hexdigest()
    head = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=100)
    staging = Path(tempfile.mkdtemp(dir=corpus_dir, prefix=".new-"))  # ignored by article_paths
    try:
        draft = staging / target.name
        draft.write_text(f"---\n{head}---\n{body}", encoding="utf-8", newline="")
        try:
            read_article(draft)
        except CorpusError as exc:
            raise CorpusError(target, exc.problem) from None
        os.replace(draft, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target
