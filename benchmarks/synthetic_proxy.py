"""Proxy check on NGEC's synthetic stories (../shared/data/ngec): each story was written for one
PLOVER type. The headline and first paragraph go through claimwatch; a story counts as found when
one of its events has the story's type. A stand-in for sentence-level PLOVER coding (one type per
short text); the stories are machine-written training data, so tuning on them is allowed, but
their style is not news.

    python benchmarks/synthetic_proxy.py               # 600 stories, seed 7
    python benchmarks/synthetic_proxy.py --n 4500      # all of them
    python benchmarks/synthetic_proxy.py --headlines   # the 375 headline templates, one sentence each

With --headlines each of NGEC's headline templates (synthetic_headlines.csv) is filled with fixed
names ("Kenya", "Ethiopia", "Nairobi"), written in sentence case and coded alone, as a one-sentence
text: a stand-in for coding single news sentences.
"""
import argparse
import csv
import io
import json
import random
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

ZIP = Path(__file__).resolve().parents[2] / "shared" / "data" / "ngec" / "synthetic_stories.csv.zip"
HEADLINES = ZIP.with_name("synthetic_headlines.csv")
FILL = {"country_1": "Kenya", "country_2": "Ethiopia", "country": "Kenya", "city": "Nairobi", "capital": "Nairobi"}


def stories(n: int, seed: int) -> list:
    with zipfile.ZipFile(ZIP) as z:
        name = z.namelist()[0]
        rows = list(csv.DictReader(io.TextIOWrapper(z.open(name), "utf-8")))
    random.seed(seed)
    return random.sample(rows, min(n, len(rows)))


def headlines() -> list:
    """(type, sentence) for each headline template: placeholders filled, words after the first in lower
    case unless they are names we filled in or acronyms."""
    out = []
    with open(HEADLINES, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            words = row["title"].strip().split(" ")
            words = [words[0]] + [w if w.startswith("{") or w.isupper() else w.lower() for w in words[1:]]
            text = re.sub(r"\{(\w+)\}", lambda m: FILL.get(m.group(1), "Kenya"), " ".join(words))
            out.append((row["event"], text.rstrip(".") + "."))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--headlines", action="store_true", help="code the headline templates, one sentence each")
    args = ap.parse_args(argv)
    if not ZIP.exists() or (args.headlines and not HEADLINES.exists()):
        print(f"skipped: {HEADLINES if args.headlines else ZIP} is absent")
        return 0
    from claimwatch.api import extract_many
    from claimwatch.errors import ClaimwatchError
    from claimwatch.ingest import make_article
    arts, labels = [], []
    rows = [] if args.headlines else stories(args.n, args.seed)
    for k, (label, text) in enumerate(headlines() if args.headlines else []):
        arts.append(make_article(text, id=f"headline-{k}", published="2023-06-01", check_language=False))
        labels.append(label)
    for k, row in enumerate(rows):
        title = row["prompt"].split("\n")[0]  # the headline with its country filled in
        lede = row["text"].split("\n\n")[0]
        try:
            arts.append(make_article(lede, id=f"synthetic-{k}", title=title, published="2023-06-01",
                                     check_language=False))
            labels.append(row["label"])
        except ClaimwatchError:
            continue  # an empty lede: nothing to code
    found, total, first, none = Counter(), Counter(), Counter(), Counter()
    for label, x in zip(labels, extract_many(arts, workers=args.workers)):
        types = [e.type for e in x.events]
        total[label] += 1
        found[label] += label in types
        first[label] += bool(types) and types[0] == label
        none[label] += not types
    per_type = {t: {"n": total[t], "found": round(found[t] / total[t], 2), "first_event": round(first[t] / total[t], 2),
                    "no_event": round(none[t] / total[t], 2)} for t in sorted(total)}
    n = sum(total.values())
    print(json.dumps({"stories": n, "found": round(sum(found.values()) / n, 3),
                      "first_event": round(sum(first.values()) / n, 3),
                      "macro_found": round(sum(v["found"] for v in per_type.values()) / len(per_type), 3),
                      "per_type": per_type}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
