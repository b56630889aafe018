"""Near-duplicate stories (wire copies republished with small edits), by MinHash over word shingles.

A copy is linked to the first stored article it matches; the ledger then counts a story and its
copies as one report."""
import re
from typing import Iterable, Optional

import numpy as np

NUM_PERM = 64
THRESHOLD = 0.5  # estimated Jaccard similarity of 5-word shingles
SHINGLE = 5
SCHEME = "affine32"  # datasketch's hashing scheme; stored signatures are only comparable within one
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def signatures(texts: Iterable[str]) -> list:
    """MinHash signatures (uint32 arrays as bytes) of many texts, computed in one batch."""
    from datasketch import MinHash
    sets = [shingles(t) for t in texts]
    return [m.hashvalues.astype(np.uint32).tobytes() for m in MinHash.bulk(sets, num_perm=NUM_PERM, scheme=SCHEME)]


class DuplicateIndex:
    """An LSH index over stored articles' signatures."""

    def __init__(self, stored: Iterable[tuple] = ()):
        from datasketch import MinHashLSH
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self.signature = {}
        for article_id, sig in stored:
            self.add(article_id, sig)

    def _minhash(self, sig: bytes):
        from datasketch import MinHash
        return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(sig, dtype=np.uint32).astype(np.uint64),
                       scheme=SCHEME)

    def add(self, article_id: str, sig: Optional[bytes]) -> None:
        if sig and article_id not in self.signature:
            self.signature[article_id] = sig
            self.lsh.insert(article_id, self._minhash(sig))

    def original_of(self, sig: bytes) -> Optional[str]:
        """The stored article this signature copies (the most similar one), if any."""
        m = self._minhash(sig)
        best, score = None, THRESHOLD
        for other in self.lsh.query(m):
            s = m.jaccard(self._minhash(self.signature[other]))
            if s >= score:
                best, score = other, s
        return best
