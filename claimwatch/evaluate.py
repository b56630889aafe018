"""Score claimwatch against gold annotations: events (type, mode, actor, recipient, place, date,
reality), claims (claimant, cue, content, stance, evidence kind) and evidence mentions (kind).

Gold files are JSONL (see benchmarks/gold/README.md and docs/annotation.md); offsets index
`title + "\\n" + text` of the corpus story named by `story_id`. claimwatch cleans text before
extracting (whitespace folded, page furniture dropped), so gold offsets are carried into the clean
text by aligning the two strings."""
import json
import math
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Optional


def align(raw: str, clean: str) -> list:
    """offset in raw -> offset in clean (the nearest kept character after it)."""
    mapping, j = [], 0
    for ch in raw:  # fast path: cleaning only dropped characters and folded whitespace
        mapping.append(j)
        if j < len(clean) and (ch == clean[j] or (ch.isspace() and clean[j] == " ")):
            j += 1
    mapping.append(j)
    if j == len(clean):
        return mapping
    return _align_blocks(raw, clean)


def _align_blocks(raw: str, clean: str) -> list:
    """Cleaning also rewrote characters ("MARANCHON, SPAIN — The" became a dateline line): align the
    two strings on their longest common blocks instead of walking them in step."""
    from difflib import SequenceMatcher
    mapping = [None] * (len(raw) + 1)
    for a, b, size in SequenceMatcher(None, raw, clean, autojunk=False).get_matching_blocks():
        for k in range(size):
            mapping[a + k] = b + k
    nxt = len(clean)
    for i in range(len(raw), -1, -1):  # a dropped character takes the position of the next kept one
        if mapping[i] is None:
            mapping[i] = nxt
        else:
            nxt = mapping[i]
    return mapping


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def _acc(hits: int, total: int) -> dict:
    return {"accuracy": round(hits / total, 3) if total else 0.0, "n": total}


def _overlap(a0, a1, b0, b1) -> bool:
    return a0 < b1 and b0 < a1


def load_jsonl(path) -> list:
    return [json.loads(line) for line in Path(path).open(encoding="utf-8") if line.strip()]


def _extractions(stories: dict, ids: Iterable[str], workers: Optional[int]) -> dict:
    from .api import extract_many
    from .ingest import make_article
    ids = sorted(set(ids))
    arts = [make_article(stories[i]["text"], id=i, title=stories[i].get("title"), published=stories[i].get("published"),
                         outlet=stories[i].get("outlet") or "VOA", check_language=False) for i in ids]
    out = {}
    for a, x in zip(arts, extract_many(arts, workers=workers)):
        raw = f"{stories[a.id].get('title') or ''}\n{stories[a.id]['text']}" if stories[a.id].get("title") else stories[a.id]["text"]
        out[a.id] = (x, align(raw, a.text))
    return out


def _codes(items) -> set:
    return {e.country for e in items if e.country}


def score_events(gold: list, results: dict) -> dict:
    by_story = defaultdict(list)
    for g in gold:
        by_story[g["story_id"]].append(g)
    detect = Counter()
    types = defaultdict(Counter)
    confusion = Counter()
    fields = {k: [0, 0] for k in ("mode", "actor", "recipient", "place", "date", "reality")}
    for sid, golds in by_story.items():
        x, amap = results[sid]
        preds = list(x.events)
        used = set()
        for g in golds:
            g0, g1 = amap[g["trigger"]["start"]], amap[g["trigger"]["end"]]
            match = next((n for n, e in enumerate(preds) if n not in used and _overlap(e.trigger.start, e.trigger.end, g0, g1)), None)
            if match is None:
                detect["fn"] += 1
                types[g["type"]]["fn"] += 1
                confusion[(g["type"], "-")] += 1
                continue
            used.add(match)
            e = preds[match]
            detect["tp"] += 1
            confusion[(g["type"], e.type)] += 1
            if e.type == g["type"]:
                types[g["type"]]["tp"] += 1
                _field(fields, "mode", g.get("mode") is not None, e.mode == g.get("mode"))
                _field(fields, "actor", True, _codes(e.actor) == set(g.get("actor") or []))
                _field(fields, "recipient", True, _codes(e.recipient) == set(g.get("recipient") or []))
                _field(fields, "place", bool(g.get("place_country")),
                       bool(e.location) and e.location.country == g.get("place_country"))
                _field(fields, "date", bool(g.get("date")), _same_date(e.date.value, g.get("date"), g.get("date_precision")))
                _field(fields, "reality", True, e.reality == g.get("reality"))
            else:
                types[g["type"]]["fn"] += 1
                types[e.type]["fp"] += 1
        for n, e in enumerate(preds):
            if n not in used:
                detect["fp"] += 1
                types[e.type]["fp"] += 1
                confusion[("-", e.type)] += 1
    per_type = {t: _prf(c["tp"], c["fp"], c["fn"]) for t, c in sorted(types.items())}
    gold_types = {g["type"] for g in gold}
    # fsum: the same total whatever the set's order (a plain sum printed 0.519 or 0.52 by hash seed)
    macro = math.fsum(per_type[t]["f1"] for t in gold_types) / len(gold_types) if gold_types else 0.0
    return {"stories": len(by_story), "gold_events": len(gold), "detection": _prf(detect["tp"], detect["fp"], detect["fn"]),
            "type_macro_f1": round(macro, 3), "per_type": per_type,
            "fields_given_type": {k: _acc(*v) for k, v in fields.items()},
            "confusion": {f"{a}->{b}": n for (a, b), n in sorted(confusion.items())}}


def _same_date(pred: Optional[str], gold: Optional[str], precision: Optional[str]) -> bool:
    """Dates agree at the gold's precision: the same day, ISO week, month or year."""
    if not pred or not gold:
        return False
    if precision == "year":
        return pred[:4] == gold[:4]
    if precision == "month":
        return pred[:7] == gold[:7]
    if precision == "week":
        from datetime import date
        try:
            return date.fromisoformat(pred[:10]).isocalendar()[:2] == date.fromisoformat(gold[:10]).isocalendar()[:2]
        except ValueError:
            return False
    return pred[:10] == gold[:10]


def _field(fields, name, applies, correct) -> None:
    if applies:
        fields[name][1] += 1
        fields[name][0] += bool(correct)


def _token_f1(a0, a1, b0, b1) -> float:
    inter = max(0, min(a1, b1) - max(a0, b0))
    if not inter:
        return 0.0
    p, r = inter / (a1 - a0), inter / (b1 - b0)
    return 2 * p * r / (p + r)


def score_claims(gold: list, results: dict) -> dict:
    by_story = defaultdict(list)
    for g in gold:
        by_story[g["story_id"]].append(g)
    cue_c, full_c, ev_c = Counter(), Counter(), Counter()
    content, stance = [], [0, 0]
    for sid, golds in by_story.items():
        x, amap = results[sid]
        preds = [c for c in x.claims if not isinstance(c.claimant, dict)]  # the outlet's hedges are not attributions
        used = set()
        for g in golds:
            if g.get("cue"):
                g0, g1 = amap[g["cue"]["start"]], amap[g["cue"]["end"]]
                match = next((n for n, c in enumerate(preds) if n not in used and _overlap(c.cue.start, c.cue.end, g0, g1)), None)
            else:  # a quote continuing in a later sentence has no cue of its own: match it by its content
                g0, g1 = amap[g["content"]["start"]], amap[g["content"]["end"]]
                match = next((n for n, c in enumerate(preds) if n not in used
                              and _token_f1(c.content.start, c.content.end, g0, g1) >= 0.5), None)
            if match is None:
                cue_c["fn"] += 1
                full_c["fn"] += 1
                continue
            used.add(match)
            c = preds[match]
            cue_c["tp"] += 1
            if _claimant_ok(c, g, amap):
                full_c["tp"] += 1
            else:
                full_c["fn"] += 1
                full_c["fp"] += 1
            gc = g.get("content") or {}
            if gc.get("end"):
                content.append(_token_f1(c.content.start, c.content.end, amap[gc["start"]], amap[gc["end"]]))
            stance[1] += 1
            stance[0] += c.stance == g.get("stance")
            gk = Counter(e["kind"] for e in g.get("evidence") or [])
            pk = Counter(e.kind for e in c.evidence)
            ev_c["tp"] += sum((gk & pk).values())
            ev_c["fn"] += sum((gk - pk).values())
            ev_c["fp"] += sum((pk - gk).values())
        for n, c in enumerate(preds):
            if n not in used:
                cue_c["fp"] += 1
                full_c["fp"] += 1
                ev_c["fp"] += len(c.evidence)
    return {"stories": len(by_story), "gold_claims": len(gold), "cue": _prf(cue_c["tp"], cue_c["fp"], cue_c["fn"]),
            "claimant_cue": _prf(full_c["tp"], full_c["fp"], full_c["fn"]),
            "content_overlap_f1": round(sum(content) / len(content), 3) if content else 0.0,
            "stance": _acc(*stance), "evidence_kind": _prf(ev_c["tp"], ev_c["fp"], ev_c["fn"])}


def score_evidence(gold: list, results: dict) -> dict:
    """Evidence mentions, each story annotated exhaustively: a predicted item is right when its span
    overlaps a gold item's and its kind is the same (`evidence_kind`); `evidence_span` ignores kind.
    A row with `"kind": null` marks a story that was annotated and mentions no evidence."""
    by_story = defaultdict(list)
    for g in gold:
        by_story[g["story_id"]]
        if g.get("kind"):
            by_story[g["story_id"]].append(g)
    span_c, kind_c = Counter(), Counter()
    kinds = defaultdict(Counter)
    confusion = Counter()
    for sid, golds in by_story.items():
        x, amap = results[sid]
        preds, seen = [], set()
        for c in x.claims:
            for e in c.evidence:
                if (e.span.start, e.kind) not in seen:  # one mention can back several claims
                    seen.add((e.span.start, e.kind))
                    preds.append(e)
        used = set()
        for g in golds:
            g0, g1 = amap[g["start"]], amap[g["end"]]
            overlapping = [n for n, e in enumerate(preds) if n not in used and _overlap(e.span.start, e.span.end, g0, g1)]
            same = [n for n in overlapping if preds[n].kind == g["kind"]]
            if not overlapping:
                span_c["fn"] += 1
                kind_c["fn"] += 1
                kinds[g["kind"]]["fn"] += 1
                confusion[(g["kind"], "-")] += 1
                continue
            n = (same or overlapping)[0]
            used.add(n)
            span_c["tp"] += 1
            confusion[(g["kind"], preds[n].kind)] += 1
            if same:
                kind_c["tp"] += 1
                kinds[g["kind"]]["tp"] += 1
            else:
                kind_c["fn"] += 1
                kind_c["fp"] += 1
                kinds[g["kind"]]["fn"] += 1
                kinds[preds[n].kind]["fp"] += 1
        for n, e in enumerate(preds):
            if n not in used:
                span_c["fp"] += 1
                kind_c["fp"] += 1
                kinds[e.kind]["fp"] += 1
                confusion[("-", e.kind)] += 1
    return {"stories": len(by_story), "gold_evidence": sum(len(v) for v in by_story.values()),
            "evidence_span": _prf(span_c["tp"], span_c["fp"], span_c["fn"]),
            "evidence_kind": _prf(kind_c["tp"], kind_c["fp"], kind_c["fn"]),
            "per_kind": {k: _prf(c["tp"], c["fp"], c["fn"]) for k, c in sorted(kinds.items())},
            "confusion": {f"{a}->{b}": n for (a, b), n in sorted(confusion.items())}}


def _claimant_ok(c, g, amap) -> bool:
    """Right claimant: the same country when the gold names one, else an overlapping span."""
    gc = g.get("claimant") or {}
    resolved = gc.get("resolved") if isinstance(gc.get("resolved"), dict) else {}
    code = gc.get("country") or resolved.get("country")
    if code:
        return getattr(c.claimant, "country", None) == code
    if gc.get("end") is not None:
        s = c.claimant.span
        return _overlap(s.start, s.end, amap[gc["start"]], amap[gc["end"]])
    return False


def gold_kind(gold: list) -> str:
    """What a gold file annotates, told apart by its fields."""
    if not gold:
        return "events"
    first = gold[0]
    if "cue" in first:
        return "claims"
    if "trigger" in first:
        return "events"
    if "kind" in first:
        return "evidence"
    raise ValueError("not a gold file claimwatch knows: rows need a 'cue' (claims), a 'trigger' (events) "
                     "or a 'kind' (evidence); see docs/accuracy.md")


def evaluate(gold_path: str, corpus_path: str, split: Optional[str] = None, workers: Optional[int] = None) -> dict:
    """Scores of a gold file (events or claims, told apart by their fields) against the corpus."""
    gold = load_jsonl(gold_path)
    if split:
        gold = [g for g in gold if g.get("split", split) == split]
    stories = {str(s["id"]): s for s in load_jsonl(corpus_path)}
    missing = {g["story_id"] for g in gold} - set(stories)
    if missing:
        raise ValueError(f"{len(missing)} gold stories are not in the corpus, e.g. {sorted(missing)[:3]}")
    results = _extractions(stories, {g["story_id"] for g in gold}, workers)
    kind = gold_kind(gold)
    scores = {"claims": score_claims, "events": score_events, "evidence": score_evidence}[kind](gold, results)
    return {"gold": str(gold_path), "kind": kind, "split": split, **scores}
