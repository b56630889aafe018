"""Silver check: the PETRARCH-2 validation sentences (../shared/data/petrarch, CAMEO-coded, hand-fixed)
converted to PLOVER through CAMEO2PLOVER (../shared/data/plover), scored at sentence level.

Measuring only: nothing in claimwatch is fit to these sentences.

    python benchmarks/petrarch_silver.py            # prints JSON scores
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
XML = SHARED / "petrarch" / "PETR2_GSR_validation.xml"
MAPPING = SHARED / "plover" / "CAMEO2PLOVER-2021.txt"


def cameo_to_plover() -> dict:
    table = {}
    for line in MAPPING.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([\w-]*)\s*)?", line)
        if m:
            table[m.group(1)] = (m.group(2), m.group(3) or None)
    return table


def plover_of(code: str, table: dict):
    for k in range(len(code), 1, -1):  # the most specific code the mapping has
        if code[:k] in table:
            return table[code[:k]]
    return None


def records() -> list:
    text = XML.read_text(encoding="utf-8")
    out = []
    for block in re.findall(r"<Sentence (.*?)</Text>", text, flags=re.S):
        sid = re.search(r'id="([^"]+)"', block).group(1)
        date = re.search(r'date="(\d{8})"', block)
        codings = re.findall(r'<EventCoding eventcode="(\d+)" sourcecode="([^"]*)" targetcode="([^"]*)"', block)
        body = block.split("<Text>", 1)[1]
        out.append({"id": sid, "date": date.group(1) if date else None, "text": " ".join(body.split()),
                    "codings": codings})
    return out


def actor_code(code: str):
    code = code.strip("-")
    return code[:3] if len(code) >= 3 and code[:3].isalpha() and code[:3].isupper() else None


def main() -> dict:
    if not XML.exists():
        print("../shared/data/petrarch is absent", file=sys.stderr)
        return {}
    import claimwatch
    from claimwatch.ingest import make_article
    table = cameo_to_plover()
    recs = [r for r in records() if r["codings"] and len(r["text"].split()) >= 3]
    arts = [make_article(r["text"], id=r["id"], title="",
                         published=f"{r['date'][:4]}-{r['date'][4:6]}-{r['date'][6:]}" if r["date"] else None,
                         check_language=False) for r in recs]
    counts, actor_ok, recip_ok, n_pairs = Counter(), 0, 0, 0
    for r, x in zip(recs, claimwatch.extract_many(arts, workers=2)):
        gold = Counter()
        gold_roles = {}
        for code, src, tgt in r["codings"]:
            pl = plover_of(code, table)
            if pl:
                gold[pl[0]] += 1
                gold_roles.setdefault(pl[0], (actor_code(src), actor_code(tgt)))
        events = [] if isinstance(x, Exception) else [e for e in x.events if e.reality != "negated"]
        pred = Counter(e.type for e in events)
        counts["tp"] += sum((gold & pred).values())
        counts["fp"] += sum((pred - gold).values())
        counts["fn"] += sum((gold - pred).values())
        for t, (src, tgt) in gold_roles.items():
            match = [e for e in events if e.type == t]
            if match and (src or tgt):
                n_pairs += 1
                e = match[0]
                actor_ok += (src is None) or src in {a.country for a in e.actor}
                recip_ok += (tgt is None) or tgt in {a.country for a in e.recipient}
    p = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    rc = counts["tp"] / max(1, counts["tp"] + counts["fn"])
    result = {"sentences": len(recs), "codings": sum(len(r["codings"]) for r in recs),
              "type_precision": round(p, 3), "type_recall": round(rc, 3),
              "type_f1": round(2 * p * rc / (p + rc), 3) if p + rc else 0.0,
              "actor_given_type": round(actor_ok / max(1, n_pairs), 3),
              "recipient_given_type": round(recip_ok / max(1, n_pairs), 3), "pairs": n_pairs, **counts}
    return result


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
