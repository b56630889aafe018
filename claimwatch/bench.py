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


def run_bench(corpus: str, repeat: int = 4, workers: int = 2, limit: Optional[int] = None) -> dict:
    out = {"corpus": corpus, "repeat": repeat, "workers": workers, "cpu_count": os.cpu_count()}
    for side in ("spacy", "claimwatch"):
        proc = subprocess.run([sys.executable, "-m", "claimwatch.bench", side, corpus, str(repeat), str(workers),
                               str(limit or 0)], capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"bench side {side} failed:\n{proc.stderr[-2000:]}")
        out[side] = json.loads(proc.stdout.strip().splitlines()[-1])
    out["time_ratio"] = round(out["claimwatch"]["seconds"] / out["spacy"]["seconds"], 3)
    return out


if __name__ == "__main__":
    side, corpus, repeat, workers, limit = sys.argv[1:6]
    print(json.dumps(_measure(side, corpus, int(repeat), int(workers), int(limit) or None)))
