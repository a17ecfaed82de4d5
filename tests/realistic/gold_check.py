#!/usr/bin/env python3
"""Checks a realistic set's gold files against its articles and registry (standard library only).

Each set's `check_gold.py` calls ``main`` with its folder, the prefix of its article ids and the
surnames it leaves out of its registry on purpose. What is checked:

- every article has the front matter id (= file name, with the set's prefix), title, outlet, published
  (YYYY-MM-DD) and `language: en`, and a body of 450-650 words;
- every fragment occurs verbatim in the body of its article (not in the front matter);
- statement fragments have six or more words, event fragments five or more, and an event
  fragment lies inside one sentence (score_events.py matches it against one extracted sentence);
- speakers and targets are registry ids (or `author`, or one of the unregistered surnames), and
  the unregistered surnames are really absent from the registry;
- stance_sign is -1, 0, 1 (blank only with a blank target); said_on and event dates are
  YYYY, YYYY-MM or YYYY-MM-DD, alternatives separated by `|`;
- no row is duplicated, and no non-statement fragment overlaps a gold statement fragment of the
  same article.

`--selfcheck` also turns the gold into scorer input (one "extracted" row per gold row, with the
first alternative of each field) under the set's selfcheck/, runs devset/score.py and
devset/score_events.py on it unchanged and keeps their output in selfcheck/scores.txt: every
figure must be 1.000 and no non-statement may count as extracted. No extractor is involved.
"""
import csv
import re
import subprocess
import sys
from pathlib import Path

DEVSET = Path(__file__).resolve().parent / "devset"
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FRONT = ("id", "title", "outlet", "published", "language")

class GoldRows:
    """The coding rows a set's build_gold.py collects: ``st`` (article, speaker, target, fragment,
    sign, said_on), ``ev`` (article, date, fragment), ``ns`` (article, fragment, why); ``write``
    writes them as the set's three gold CSVs."""

    def __init__(self):
        self.statements: list = []
        self.events: list = []
        self.nonstatements: list = []

    def st(self, a, sp, tg, fr, sign, d):
        self.statements.append([a, sp, tg, fr, sign, d])

    def ev(self, a, d, fr):
        self.events.append([a, d, fr])

    def ns(self, a, fr, why):
        self.nonstatements.append([a, fr, why])

    def write(self, here: Path) -> None:
        write_gold(here, self.statements, self.events, self.nonstatements)


def write_gold(here: Path, statements: list, events: list, nonstatements: list) -> None:
    """Write a set's three gold CSVs (its build_gold.py holds the coding rows)."""
    for name, header, rows in (
            ("gold_statements.csv", ["article_id", "speaker", "target", "fragment", "stance_sign", "said_on"], statements),
            ("gold_events.csv", ["article_id", "date", "fragment"], events),
            ("gold_nonstatements.csv", ["article_id", "fragment", "why"], nonstatements)):
        with open(here / name, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)
    print(len(statements), "statements", len(events), "events", len(nonstatements), "non-statements")


def split_article(path):
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---", 2)
    meta = {}
    for line in front.strip().splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip().strip('"')
    return meta, body



def main(here: Path, prefix: str, unregistered: set[str], argv: list[str]) -> int:
    """Check the set in ``here`` (module doc); print the problems; 1 if there are any, else 0."""
    errors = []
    articles = {}
    for p in sorted((here / "corpus").glob("*.md")):
        meta, body = split_article(p)
        articles[p.stem] = body
        missing = [k for k in FRONT if not meta.get(k)]
        if missing:
            errors.append(f"{p.name}: front matter lacks {missing}")
        if meta.get("id") != p.stem or not p.stem.startswith(prefix):
            errors.append(f"{p.name}: id {meta.get('id')!r} must equal the file name and start with {prefix}")
        if meta.get("language") != "en":
            errors.append(f"{p.name}: language must be en")
        if not DATE.match(meta.get("published", "")) or len(meta.get("published", "")) != 10:
            errors.append(f"{p.name}: published must be YYYY-MM-DD")
        words = len(body.split())
        if not 450 <= words <= 650:
            errors.append(f"{p.name}: {words} words, outside 450-650")

    registry = (here / "actors.yml").read_text(encoding="utf-8")
    ids = set(re.findall(r"(?:^|[\s{,])id:\s*([a-z][a-z0-9_]*)", registry))
    alias_text = " ".join(line for line in registry.splitlines()
                          if not line.lstrip().startswith("#") and ("aliases" in line or "name:" in line)).lower()
    for name in unregistered:
        if name in ids or re.search(rf"\b{name}\b", alias_text):
            errors.append(f"unregistered speaker {name!r} appears in the registry")


    def rows(name):
        with open(here / name, newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))


    def check_fragment(kind, r, minwords):
        a = r["article_id"]
        if a not in articles:
            errors.append(f"{kind}: unknown article {a}")
            return
        if r["fragment"] not in articles[a]:
            errors.append(f"{kind}: fragment not in {a}: {r['fragment']!r}")
        if len(r["fragment"].split()) < minwords:
            errors.append(f"{kind}: fragment shorter than {minwords} words in {a}: {r['fragment']!r}")


    def check_dates(kind, value, allow_blank):
        for alt in value.split("|"):
            if (alt or not allow_blank) and not DATE.match(alt):
                errors.append(f"{kind}: bad date {alt!r} in {value!r}")


    st = rows("gold_statements.csv")
    ev = rows("gold_events.csv")
    nst = rows("gold_nonstatements.csv")
    for kind, table, key in (("statement", st, ("article_id", "target", "fragment")),
                             ("event", ev, ("article_id", "date", "fragment")),
                             ("non-statement", nst, ("article_id", "fragment"))):
        seen = set()
        for r in table:
            k = tuple(r[c] for c in key)
            if k in seen:
                errors.append(f"{kind}: duplicate row {k}")
            seen.add(k)

    for r in st:
        check_fragment("statement", r, 6)
        for alt in r["speaker"].split("|"):
            if alt not in ids and alt not in unregistered and alt != "author":
                errors.append(f"statement: unknown speaker {alt!r} in {r['article_id']}")
        if r["target"]:
            for alt in r["target"].split("|"):
                if alt not in ids:
                    errors.append(f"statement: unknown target {alt!r} in {r['article_id']}")
            if r["stance_sign"] not in {"-1", "0", "1"}:
                errors.append(f"statement: bad stance {r['stance_sign']!r}: {r['fragment']!r}")
        elif r["stance_sign"]:
            errors.append(f"statement: stance without target: {r['fragment']!r}")
        check_dates("statement said_on", r["said_on"], allow_blank=True)

    SENTENCE_BREAK = re.compile(r"[.?!][\"”’]? [A-Z]")
    for r in ev:
        check_fragment("event", r, 5)
        if SENTENCE_BREAK.search(r["fragment"]):
            errors.append(f"event: fragment spans two sentences (the scorer matches one): {r['fragment']!r}")
        check_dates("event", r["date"], allow_blank=False)
        if "|" in r["date"]:
            errors.append(f"event: one date per event, got {r['date']!r}")

    for r in nst:
        check_fragment("non-statement", r, 1)
        if not r["why"]:
            errors.append(f"non-statement without a reason: {r['fragment']!r}")
        for s in st:
            if s["article_id"] == r["article_id"] and (r["fragment"] in s["fragment"] or s["fragment"] in r["fragment"]):
                errors.append(f"non-statement overlaps a statement: {r['fragment']!r}")


    def precision(d):
        return {4: "year", 7: "month", 10: "day"}.get(len(d), "")


    def selfcheck():
        out = here / "selfcheck"
        out.mkdir(exist_ok=True)
        with open(out / "self_statements.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["article_id", "speaker", "target", "quote", "stance", "said_on", "said_on_precision"])
            for r in st:
                said = r["said_on"].split("|")[0]
                w.writerow([r["article_id"], r["speaker"].split("|")[0], r["target"].split("|")[0], r["fragment"],
                            r["stance_sign"], said, precision(said)])
        with open(out / "self_events.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["article_id", "date", "sentence"])
            for r in ev:
                w.writerow([r["article_id"], r["date"], r["fragment"]])
        commands = [
            [sys.executable, str(DEVSET / "score.py"), str(out / "self_statements.csv"), "--gold",
             str(here / "gold_statements.csv"), "--actors", str(here / "actors.yml"), "--nonstatements",
             str(here / "gold_nonstatements.csv")],
            [sys.executable, str(DEVSET / "score_events.py"), str(out / "self_events.csv"), "--gold",
             str(here / "gold_events.csv")],
        ]
        outputs = []
        for cmd in commands:
            done = subprocess.run(cmd, capture_output=True, text=True)
            print(done.stdout, end="")
            outputs.append(done.stdout)
            if done.returncode != 0:
                errors.append(f"scorer failed: {' '.join(cmd)}\n{done.stderr}")
            for line in done.stdout.splitlines():
                figures = re.findall(r"(\w[\w()]*) (\d\.\d{3})", line)
                for name, value in figures:
                    if value != "1.000":
                        errors.append(f"selfcheck: {name} is {value}, not 1.000")
                m = re.search(r"wrongly extracted (\d+)/", line)
                if m and m.group(1) != "0":
                    errors.append(f"selfcheck: {m.group(1)} non-statements count as extracted")
        (out / "scores.txt").write_text("".join(outputs), encoding="utf-8")

        # The check must be able to fail: the same rows with every speaker replaced by `author` and
        # every date dropped must score below 1.000 on speaker and said_on(dated).
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            bad = Path(tmp) / "perturbed.csv"
            with open(out / "self_statements.csv", newline="", encoding="utf-8") as f_in, \
                    open(bad, "w", newline="", encoding="utf-8") as f_out:
                rd = csv.DictReader(f_in)
                w = csv.DictWriter(f_out, fieldnames=rd.fieldnames)
                w.writeheader()
                for r in rd:
                    w.writerow(dict(r, speaker="author", said_on="", said_on_precision=""))
            done = subprocess.run([*commands[0][:2], str(bad), *commands[0][3:], "--quiet"],
                                  capture_output=True, text=True)
            got = dict(re.findall(r"(\w[\w()]*) (\d\.\d{3})", done.stdout))
            if not (float(got.get("speaker", 1)) < 1 and float(got.get("said_on(dated)", 1)) < 1):
                errors.append(f"selfcheck: a perturbed copy still scores 1.000: {done.stdout!r}")
            else:
                print(f"perturbed copy (speaker=author, no dates): speaker {got['speaker']}, "
                      f"said_on(dated) {got['said_on(dated)']} (must be below 1.000)")


    if "--selfcheck" in argv:
        selfcheck()

    for e in errors:
        print(e)
    print(f"{len(errors)} problems; {len(st)} statements, {len(ev)} events, {len(nst)} non-statements "
          f"in {len(articles)} articles")
    return 1 if errors else 0
