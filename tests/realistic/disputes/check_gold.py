#!/usr/bin/env python3
"""Check the gold files of the held-out "disputes" set against its articles and registry.

    python3 check_gold.py            # checks, prints problems and a summary
    python3 check_gold.py --selftest # also writes /tmp/disputes_selftest*.csv built from the
                                     # gold and scores them with the dev set's scorers

Checks: every fragment of gold_statements.csv, gold_events.csv and gold_nonstatements.csv
occurs verbatim in the body of its article (after the closing `---` of the front matter);
statement fragments have at least 6 words, event fragments at least 5; speakers and targets are
actor ids of actors.yml, `author`, or one of the deliberately unregistered surnames; stance
signs are -1, 0 or 1 (blank exactly when the target is blank); dates are YYYY, YYYY-MM or
YYYY-MM-DD (said_on alternatives may be empty); non-statement fragments do not also appear as
statement fragments.
"""
from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
UNREGISTERED = {"guillerm", "burbano"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DEVSET = Path(__file__).resolve().parent.parent / "devset"


def bodies() -> dict[str, str]:
    out = {}
    for p in sorted(CORPUS.glob("*.md")):
        text = p.read_text(encoding="utf-8")
        parts = text.split("\n---\n", 1)
        head, body = parts[0], parts[1]
        aid = re.search(r"^id:\s*(\S+)", head, re.M).group(1)
        assert aid == p.stem, f"{p.name}: id {aid} differs from file name"
        out[aid] = body
    return out


def registry_ids() -> set[str]:
    text = (HERE / "actors.yml").read_text(encoding="utf-8")
    return set(re.findall(r"(?:^|[\s{,])id:\s*([a-z][a-z0-9_]*)", text))


def read(name: str) -> list[dict]:
    with open(HERE / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main() -> int:
    arts = bodies()
    ids = registry_ids() | {"author"} | UNREGISTERED
    problems: list[str] = []

    def where(row, kind):
        return f"{kind} {row['article_id']}: \"{row['fragment'][:60]}\""

    stm = read("gold_statements.csv")
    for r in stm:
        if r["article_id"] not in arts:
            problems.append(f"{where(r, 'statement')}: unknown article")
            continue
        if r["fragment"] not in arts[r["article_id"]]:
            problems.append(f"{where(r, 'statement')}: fragment not in article")
        if len(r["fragment"].split()) < 6:
            problems.append(f"{where(r, 'statement')}: fewer than 6 words")
        for alt in r["speaker"].split("|"):
            if alt not in ids:
                problems.append(f"{where(r, 'statement')}: speaker {alt!r} not registered")
        for alt in filter(None, r["target"].split("|")):
            if alt not in ids:
                problems.append(f"{where(r, 'statement')}: target {alt!r} not registered")
        sign = r["stance_sign"].strip()
        if bool(sign) != bool(r["target"].strip()) or (sign and sign not in {"-1", "0", "1"}):
            problems.append(f"{where(r, 'statement')}: stance_sign {sign!r} with target {r['target']!r}")
        for alt in r["said_on"].split("|"):
            if alt and not DATE.match(alt):
                problems.append(f"{where(r, 'statement')}: bad said_on {alt!r}")

    ev = read("gold_events.csv")
    for r in ev:
        if r["article_id"] not in arts or r["fragment"] not in arts[r["article_id"]]:
            problems.append(f"{where(r, 'event')}: fragment not in article")
        if len(r["fragment"].split()) < 5:
            problems.append(f"{where(r, 'event')}: fewer than 5 words")
        if not DATE.match(r["date"]):
            problems.append(f"{where(r, 'event')}: bad date {r['date']!r}")

    ns = read("gold_nonstatements.csv")
    stm_frags = {(r["article_id"], r["fragment"]) for r in stm}
    for r in ns:
        if r["article_id"] not in arts or r["fragment"] not in arts[r["article_id"]]:
            problems.append(f"{where(r, 'nonstatement')}: fragment not in article")
        if (r["article_id"], r["fragment"]) in stm_frags:
            problems.append(f"{where(r, 'nonstatement')}: also a statement fragment")
        if not r.get("why", "").strip():
            problems.append(f"{where(r, 'nonstatement')}: no reason given")

    # ASCII-only article
    for aid, body in arts.items():
        if aid.startswith("x-ascii") and any(ord(c) > 127 for c in body):
            problems.append(f"{aid}: non-ASCII character in the ASCII-only article")

    for p in problems:
        print("PROBLEM ", p)
    per = {}
    for r in stm:
        per.setdefault(r["article_id"], [0, 0, 0])[0] += 1
    for r in ev:
        per.setdefault(r["article_id"], [0, 0, 0])[1] += 1
    for r in ns:
        per.setdefault(r["article_id"], [0, 0, 0])[2] += 1
    for aid in sorted(arts):
        words = len(arts[aid].split())
        s, e, n = per.get(aid, [0, 0, 0])
        print(f"{aid:32s} words {words:4d}  statements {s:3d}  events {e:3d}  nonstatements {n:3d}")
    print(f"statements {len(stm)}  events {len(ev)}  nonstatements {len(ns)}  problems {len(problems)}")

    if "--selftest" in sys.argv:
        selftest(stm, ev, ns)
    return 1 if problems else 0


def selftest(stm, ev, ns) -> None:
    """Score the gold against itself with the dev set's scorers (no extractor involved)."""
    out = Path("/tmp/disputes_selftest.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["article_id", "speaker", "target", "quote", "stance", "said_on", "said_on_precision"])
        for r in stm:
            said = r["said_on"].split("|")[0]
            prec = {10: "day", 7: "month", 4: "year"}.get(len(said), "")
            w.writerow([r["article_id"], r["speaker"].split("|")[0], r["target"].split("|")[0],
                        r["fragment"], r["stance_sign"], said, prec])
    out_ev = Path("/tmp/disputes_selftest_events.csv")
    with open(out_ev, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["article_id", "date", "sentence"])
        for r in ev:
            w.writerow([r["article_id"], r["date"], r["fragment"]])
    subprocess.run([sys.executable, str(DEVSET / "score.py"), str(out), "--gold", str(HERE / "gold_statements.csv"),
                    "--actors", str(HERE / "actors.yml"), "--nonstatements", str(HERE / "gold_nonstatements.csv")],
                   check=False)
    subprocess.run([sys.executable, str(DEVSET / "score_events.py"), str(out_ev), "--gold", str(HERE / "gold_events.csv")],
                   check=False)


if __name__ == "__main__":
    sys.exit(main())
