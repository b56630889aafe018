"""Development sentence sets: invented news sentences with the codes we expect, for tuning rules
(benchmarks/sentences/, written for claimwatch from the PLOVER codebook and docs/annotation.md, not
from any article). Measures only; no floors. Prints what is wrong with --show.

    python benchmarks/sentence_sets.py            # counts per file
    python benchmarks/sentence_sets.py --show     # and every wrong line

events_*.txt   TYPE ACTOR RECIPIENT | sentence   (ISO alpha-3, IGO for a body of no country, - for none)
claims.txt     N | claimant => cue ; claimant => cue | sentence
evidence.txt   KIND | evidence span | passage     (KIND NONE: no evidence mentioned)
"""
import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "sentences"
PUBLISHED = "2025-03-14"


def _lines(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if " | " in line and not line.startswith("#"):
            yield line


def events_file(path: Path, show: bool) -> tuple:
    import claimwatch
    wrong = 0
    lines = list(_lines(path))
    for line in lines:
        want, text = line.split(" | ", 1)
        etype, actor, recipient = want.split()
        found = [e for e in claimwatch.extract(text, published=PUBLISHED, id="s").events if e.type == etype]
        ok = bool(found)
        if ok:
            actors = {a.country for a in found[0].actor} - {None}
            recipients = {r.country for r in found[0].recipient} - {None}
            ok = (bool(actors) if actor == "IGO" else actor == "-" or actor in actors) and \
                (not recipients if recipient == "-" else bool(recipients) if recipient == "IGO" else recipient in recipients)
        if not ok:
            wrong += 1
            if show:
                print("  wrong:", line)
    return wrong, len(lines)


def claims_file(path: Path, show: bool) -> tuple:
    import claimwatch
    wrong = 0
    lines = list(_lines(path))
    for line in lines:
        parts = line.split(" | ")
        text = parts[-1]
        want = [] if parts[0].strip() == "0" else [tuple(x.strip() for x in c.split("=>")) for c in parts[1].split(" ; ")]
        got = [(getattr(getattr(c.claimant, "span", None), "text", str(c.claimant)), c.cue.text if c.cue else "")
               for c in claimwatch.extract(text, published=PUBLISHED, id="s").claims]
        left = list(got)
        for claimant, cue in want:
            hit = next((g for g in left if (cue in g[1] or g[1] and g[1] in cue)
                        and set(claimant.lower().split()) & set(g[0].lower().split())), None)
            if hit is not None:
                left.remove(hit)
        if len(got) - len(left) < len(want) or left:
            wrong += 1
            if show:
                print("  wrong:", line, "| got", got)
    return wrong, len(lines)


def evidence_file(path: Path, show: bool) -> tuple:
    import claimwatch
    wrong = 0
    lines = list(_lines(path))
    for line in lines:
        kind, span, text = line.split(" | ", 2)
        items = [(e.kind, e.span) for c in claimwatch.extract(text, published=PUBLISHED, id="s").claims for e in c.evidence]
        s = text.find(span)
        ok = not items if kind == "NONE" else any(
            k == kind and sp.start < s + len(span) and sp.end > s for k, sp in items)
        if not ok:
            wrong += 1
            if show:
                print("  wrong:", line, "|", [(k, sp.text) for k, sp in items])
    return wrong, len(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print every wrong line")
    args = ap.parse_args()
    for path in sorted(HERE.glob("*.txt")):
        run = claims_file if path.name.startswith("claims") else evidence_file if path.name.startswith("evidence") \
            else events_file
        wrong, n = run(path, args.show)
        print(f"{path.name}: {wrong} of {n} wrong")
    return 0


if __name__ == "__main__":
    sys.exit(main())
