#!/usr/bin/env python3
"""Checks the balkans gold files against the articles and the registry.

- every fragment occurs verbatim in the body of its article;
- statement fragments have six or more words, event fragments five or more;
- speakers and targets are registry ids (or `author`, or one of the unregistered surnames);
- stance_sign is -1, 0, 1 (blank only with a blank target); said_on and event dates are
  YYYY, YYYY-MM or YYYY-MM-DD, alternatives separated by `|`;
- no non-statement fragment is contained in a gold statement fragment of the same article.
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
UNREGISTERED = {"suljagic", "jankovic"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

def body(path):
    text = path.read_text(encoding="utf-8")
    parts = text.split("---", 2)
    return parts[2]

articles = {p.stem: body(p) for p in sorted((HERE / "corpus").glob("*.md"))}
ids = set(re.findall(r"(?:^|[\s{,])id:\s*([a-z][a-z0-9_]*)", (HERE / "actors.yml").read_text(encoding="utf-8")))
errors = []

def rows(name):
    with open(HERE / name, newline="", encoding="utf-8") as f:
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

st = rows("gold_statements.csv")
for r in st:
    check_fragment("statement", r, 6)
    for alt in r["speaker"].split("|"):
        if alt not in ids and alt not in UNREGISTERED and alt != "author":
            errors.append(f"statement: unknown speaker {alt!r} in {r['article_id']}")
    if r["target"]:
        for alt in r["target"].split("|"):
            if alt not in ids:
                errors.append(f"statement: unknown target {alt!r} in {r['article_id']}")
        if r["stance_sign"] not in {"-1", "0", "1"}:
            errors.append(f"statement: bad stance {r['stance_sign']!r}: {r['fragment']!r}")
    elif r["stance_sign"]:
        errors.append(f"statement: stance without target: {r['fragment']!r}")
    for alt in r["said_on"].split("|"):
        if alt and not DATE.match(alt):
            errors.append(f"statement: bad said_on {alt!r}")

for r in rows("gold_events.csv"):
    check_fragment("event", r, 5)
    if not DATE.match(r["date"]):
        errors.append(f"event: bad date {r['date']!r}")

for r in rows("gold_nonstatements.csv"):
    check_fragment("non-statement", r, 1)
    for s in st:
        if s["article_id"] == r["article_id"] and (r["fragment"] in s["fragment"] or s["fragment"] in r["fragment"]):
            errors.append(f"non-statement overlaps a statement: {r['fragment']!r}")

for e in errors:
    print(e)
print(f"{len(errors)} problems; {len(st)} statements, {len(rows('gold_events.csv'))} events, "
      f"{len(rows('gold_nonstatements.csv'))} non-statements in {len(articles)} articles")
sys.exit(1 if errors else 0)
