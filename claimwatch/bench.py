"""Benchmark: claimwatch extract against spaCy's full pipeline on the same texts, each measured
in its own process (wall time after loading, and peak resident memory of the process tree)."""
import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Optional


def default_corpus() -> Optional[str]:
    for base in (os.environ.get("CLAIMWATCH_SHARED"), "../shared", "../../shared", str(Path(__file__).parents[2] / "shared")):
        if base and (Path(base) / "data/voa/voa_stories.jsonl").exists():
            return str(Path(base) / "data/voa/voa_stories.jsonl")
    return None


def _texts(corpus: str, repeat: int, limit: Optional[int]) -> list:
    rows = [json.loads(line) for line in open(corpus, encoding="utf-8") if line.strip()]
    rows = rows[:limit] if limit else rows
    return [r for _ in range(repeat) for r in rows]


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (Linux /proc), shared pages counted in each."""
    total, stack = 0.0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) / 1024
            with open(f"/proc/{p}/task/{p}/children") as fh:
                stack.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


class _TreeSampler(threading.Thread):
    """Samples the process tree's resident memory every 50 ms; `peak` is the largest sum seen."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peak, self.running = 0.0, True

    def run(self):
        while self.running:
            self.peak = max(self.peak, _tree_rss_mb(os.getpid()))
            time.sleep(0.05)


def _peak_mb(sampler) -> dict:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"main_mb": round(own, 1), "largest_worker_mb": round(kids, 1),
            "tree_peak_mb": round(sampler.peak, 1) if os.path.exists("/proc/self/status") else None}


def _measure(side: str, corpus: str, repeat: int, workers: int, limit: Optional[int]) -> dict:
    rows = _texts(corpus, repeat, limit)
    sampler = _TreeSampler()
    sampler.start()
    t0 = time.perf_counter()
    if side == "spacy":
        import spacy
        from .nlp.pipeline import MODEL_NAMES
        nlp = None
        for name in MODEL_NAMES:
            try:
                nlp = spacy.load(name)
                break
            except OSError:
                continue
        loaded = time.perf_counter()
        texts = [f"{r.get('title') or ''}\n{r.get('text') or ''}" for r in rows]
        n = sum(1 for _ in nlp.pipe(texts, n_process=workers, batch_size=16))
        events = None
    else:
        from .api import extract_many, load_pipeline
        from .ingest import make_article
        load_pipeline()
        loaded = time.perf_counter()
        articles = [make_article(r["text"], id=f"{r.get('id')}-{k}", title=r.get("title"), published=r.get("published"))
                    for k, r in enumerate(rows)]
        results = list(extract_many(articles, workers=workers))
        n = len(results)
        events = sum(len(x.events) for x in results if not isinstance(x, Exception))
    done = time.perf_counter()
    sampler.running = False
    sampler.join()
    return {"side": side, "stories": n, "load_s": round(loaded - t0, 2), "seconds": round(done - loaded, 2),
            "stories_per_s": round(n / (done - loaded), 2), "events": events, "peak": _peak_mb(sampler)}


def stage_profile(corpus: str, limit: Optional[int] = None) -> dict:
    """Seconds per stage over the corpus once, on one process, and the ledger built over the results:
    what the claim ledger (claims stage + linking) adds to the rest of extract."""
    from .api import load_pipeline
    from .extract.actors import find_actors
    from .extract.claims import find_claims
    from .extract.dates import find_dates, publication_date
    from .extract.evaluations import find_evaluations
    from .extract.events import find_events
    from .extract.places import find_places
    from .ingest import make_article
    from .link import build_ledger, load_alliances
    from .nlp import parse_docs
    from .records import to_dict
    pl = load_pipeline()
    rows = _texts(corpus, 1, limit)
    t = {k: 0.0 for k in ("ingest", "parse", "actors", "places", "dates", "events", "claims", "evaluations", "ledger")}
    t0 = time.perf_counter()
    arts = [make_article(r["text"], id=str(r.get("id")), title=r.get("title"), published=r.get("published"), outlet="bench")
            for r in rows]
    t["ingest"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    parses = list(parse_docs(pl.nlp, (a.text for a in arts)))
    t["parse"] = time.perf_counter() - t0
    all_events, all_claims = [], []
    for a, p in zip(arts, parses):
        c = time.perf_counter()
        places = find_places(p, pl.gazetteer)
        t["places"] += time.perf_counter() - c; c = time.perf_counter()
        mentions, by_token, describe = find_actors(p, pl.dictionary, a.published, pl.place_country, places)
        t["actors"] += time.perf_counter() - c; c = time.perf_counter()
        dates = find_dates(a.text, a.published)
        t["dates"] += time.perf_counter() - c; c = time.perf_counter()
        events = find_events(p, a, mentions, by_token, places, dates, publication_date(a.published), pl.lexicon, pl.dictionary)
        t["events"] += time.perf_counter() - c; c = time.perf_counter()
        claims, events = find_claims(p, a, mentions, by_token, events, pl.lexicon, describe)
        t["claims"] += time.perf_counter() - c; c = time.perf_counter()
        events, claims = find_evaluations(p, a, mentions, by_token, places, dates, publication_date(a.published),
                                          pl.lexicon, pl.dictionary, events, claims)
        t["evaluations"] += time.perf_counter() - c
        all_events += [dict(to_dict(e), article_id=a.id) for e in events]
        all_claims += [to_dict(x) for x in claims]
    c = time.perf_counter()
    build_ledger(all_events, all_claims, {a.id: {"outlet": a.outlet, "published": a.published} for a in arts},
                 load_alliances())
    t["ledger"] = time.perf_counter() - c
    rest = sum(v for k, v in t.items() if k not in ("claims", "evaluations", "ledger"))
    return {"stories": len(arts), "seconds": {k: round(v, 3) for k, v in t.items()},
            "ledger_share_of_extract": round((t["claims"] + t["ledger"]) / rest, 3)}


def run_bench(corpus: str, repeat: int = 4, workers: int = 2, limit: Optional[int] = None) -> dict:
    out = {"corpus": corpus, "repeat": repeat, "workers": workers, "cpu_count": os.cpu_count()}
    for side in ("spacy", "claimwatch"):
        proc = subprocess.run([sys.executable, "-m", "claimwatch.bench", side, corpus, str(repeat), str(workers),
                               str(limit or 0)], capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"bench side {side} failed:\n{proc.stderr[-2000:]}")
        out[side] = json.loads(proc.stdout.strip().splitlines()[-1])
    out["time_ratio"] = round(out["claimwatch"]["seconds"] / out["spacy"]["seconds"], 3)
    proc = subprocess.run([sys.executable, "-m", "claimwatch.bench", "stages", corpus, "1", "1", str(limit or 0)],
                          capture_output=True, text=True)
    if proc.returncode == 0:
        out["stages"] = json.loads(proc.stdout.strip().splitlines()[-1])
    return out


if __name__ == "__main__":
    side, corpus, repeat, workers, limit = sys.argv[1:6]
    if side == "stages":
        print(json.dumps(stage_profile(corpus, int(limit) or None)))
    else:
        print(json.dumps(_measure(side, corpus, int(repeat), int(workers), int(limit) or None)))
